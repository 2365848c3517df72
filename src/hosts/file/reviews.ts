import type ExcelJS from "exceljs";
import { REVIEW_SHEET } from "../../engine/reviews";
import { replaceHiddenTextSheet } from "./hidden-text-sheet";

/** 忽略 / 已核实 kept in the checked copy (src/engine/reviews): a very hidden sheet, texts in column A; replaced whole. */
export function writeReviewSheet(wb: ExcelJS.Workbook, cells: string[]): void {
  // No decision left (only the sheet's mark): no empty review sheet is left behind.
  replaceHiddenTextSheet(wb, REVIEW_SHEET, cells.length > 1 ? cells : []);
}
