import type ExcelJS from "exceljs";
import { replaceHiddenTextSheet } from "./hidden-text-sheet";
import { STAMP_SHEET } from "../../engine/stamp";

/** SHA-256 of a text as lowercase hex, by Web Crypto (Node ≥ 20 and every browser): the stamp's digests. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Put the stamp into a workbook about to be written as the checked copy: a very hidden sheet, texts in column A as
 * text; an older stamp (a checked copy checked again) is replaced.
 */
export function writeStampSheet(wb: ExcelJS.Workbook, cells: string[]): void {
  replaceHiddenTextSheet(wb, STAMP_SHEET, cells);
}

/** Take a workbook's validation stamp away (its sheet); whether there was one. */
export function removeStampSheet(wb: ExcelJS.Workbook): boolean {
  const old = wb.getWorksheet(STAMP_SHEET);
  if (!old) return false;
  wb.removeWorksheet(old.id);
  return true;
}
