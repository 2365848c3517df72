import type ExcelJS from "exceljs";
import { REVIEW_SHEET } from "../../engine/reviews";

/** 忽略 / 已核实 kept in the checked copy (src/engine/reviews): a very hidden sheet, texts in column A; replaced whole. */
export function writeReviewSheet(wb: ExcelJS.Workbook, cells: string[]): void {
  const old = wb.getWorksheet(REVIEW_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REVIEW_SHEET, { state: "veryHidden" });
  cells.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.numFmt = "@";
  });
}
