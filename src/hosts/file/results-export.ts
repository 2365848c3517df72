import ExcelJS from "exceljs";
import type { WritePlan } from "../../engine/write-plan";
import { saveWorkbook } from "./workbook-io";
import { addResultsSheet } from "./write";

/**
 * The results on their own, as an .xlsx the pane lets a reviewer download: the 校验结果 sheet as the checked copy
 * has it (same rows, styles and filter), without the links into the checked workbook, which is not beside it.
 */
export async function resultsWorkbook(results: WritePlan["results"]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-check";
  addResultsSheet(wb, { ...results, replaces: [], rows: results.rows.map(({ link: _link, ...row }) => row) });
  return saveWorkbook(wb);
}
