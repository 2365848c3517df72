import { REVIEW_SHEET } from "../../engine/reviews";
import type { ExcelEnvironment } from "./context";
import { replaceHiddenTextSheet } from "./hidden-text-sheet";

/** 忽略 / 已核实 kept in the open workbook (src/engine/reviews); the sheet is replaced as a whole. */
export async function writeReviews(env: ExcelEnvironment, cells: string[]): Promise<void> {
  await // No decision left (only the sheet's mark): no empty review sheet is left behind.
  await replaceHiddenTextSheet(env, REVIEW_SHEET, cells.length > 1 ? cells : []);
}
