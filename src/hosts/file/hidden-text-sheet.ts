import type ExcelJS from "exceljs";

/**
 * Replace a very hidden sheet of budget-check's own (the validation stamp, the 忽略 / 已核实 decisions) with `cells`
 * as text in column A; no cells: the sheet is removed.
 */
export function replaceHiddenTextSheet(wb: ExcelJS.Workbook, name: string, cells: string[]): void {
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
  if (cells.length === 0) return;
  const ws = wb.addWorksheet(name, { state: "veryHidden" });
  cells.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.numFmt = "@";
  });
}
