import { copyBytes, loadWorkbook, saveWorkbook } from "./workbook-io";
import { MARKS_SHEET, undoOwnMarks } from "./own-marks";
import { removeStampSheet } from "./stamp";

/**
 * 清除标注 for a workbook file (a checked copy), as the Excel host's clearHighlights does in the open workbook: the
 * fills, notes and computed values budget-check wrote are taken back where the user has not changed them since
 * (own-marks.ts), and the validation stamp goes — it described the workbook as checked, which clearing undoes. The
 * results sheet stays, as in Excel. Browser-safe (no fs); throws WorkbookReadError when the bytes cannot be loaded.
 */
export interface ClearedWorkbook {
  bytes: Uint8Array;
  /** Whether the workbook held budget-check's marks (their record) — all taken back now. */
  marksRemoved: boolean;
  stampRemoved: boolean;
}

export async function clearWorkbook(data: ArrayBuffer | Uint8Array, name = "workbook.xlsx"): Promise<ClearedWorkbook> {
  const wb = await loadWorkbook(copyBytes(data), name);
  const marksRemoved = wb.getWorksheet(MARKS_SHEET) !== undefined;
  undoOwnMarks(wb);
  const stampRemoved = removeStampSheet(wb);
  return { bytes: await saveWorkbook(wb), marksRemoved, stampRemoved };
}
