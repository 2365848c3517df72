import type ExcelJS from "exceljs";

/** One bordered, wrapping cell as the printed templates show them; shared by every example layout. */
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

export function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
  const c = ws.getCell(row, col);
  c.value = value;
  if (numFmt && typeof value === "number") c.numFmt = numFmt;
  c.border = thin;
  c.alignment = { wrapText: true, vertical: "middle" };
  return c;
}
