import ExcelJS from "exceljs";
import type { EmbedPlan } from "../../engine/profile/embedded";
import { sniffFile } from "./sniff";
import { WorkbookReadError } from "./errors";

/**
 * The file host's side of embedding a profile: the original bytes plus an EmbedPlan → the bytes of a copy with
 * the profile in a very hidden sheet. Browser-safe (no fs). Any sheet of that name is replaced, so embedding
 * twice leaves one profile, the newer.
 */
export async function embedProfileInWorkbook(data: ArrayBuffer | Uint8Array, plan: EmbedPlan, name = "workbook.xlsx"): Promise<Uint8Array> {
  // A copy of the bytes: JSZip must never get a view it could share with the caller's buffer.
  const bytes = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
  const kind = sniffFile(bytes);
  if (kind === "ole2-encrypted") throw new WorkbookReadError("encrypted", { file: name });
  if (kind === "ole2") throw new WorkbookReadError("xls", { file: name });
  if (kind === "other") throw new WorkbookReadError("not-xlsx", { file: name });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("corrupt", { file: name, detail: e instanceof Error ? e.message : String(e) });
  }
  if (wb.worksheets.length === 0) throw new WorkbookReadError("corrupt", { file: name, detail: "no worksheets" });

  const old = wb.getWorksheet(plan.sheetName);
  if (old) wb.removeWorksheet(old.id);
  // Excel needs one visible sheet to stay active; the profile sheet goes last and never becomes the active tab.
  const ws = wb.addWorksheet(plan.sheetName, { state: plan.visibility });
  plan.cells.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    // Text format: Excel never reads a chunk back as a number or a formula when the sheet is edited.
    cell.numFmt = "@";
  });
  const out = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}
