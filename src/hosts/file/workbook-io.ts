import ExcelJS from "exceljs";
import { WorkbookReadError, detailKey } from "./errors";
import type { ReadNotice } from "../../engine/read-notices";
import { MAX_INFLATED_BYTES, prepareWorkbook } from "./prepass";
import { declaredInflatedSize, otherZipFormat, sniffFile } from "./sniff";

/**
 * .xlsx bytes in and out of ExcelJS, shared by every file-host step (read, checked copy, embedded profile).
 * Browser-safe: no fs.
 */

/** ExcelJS holds the whole workbook in memory; beyond this a browser tab would die rather than fail cleanly. */
export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;

export { MAX_INFLATED_BYTES };

/** A private copy of the caller's bytes: JSZip must never get a view it could share with the caller's buffer. */
export function copyBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
}

/** Load .xlsx bytes with ExcelJS, or throw the WorkbookReadError that says why not. Shared by every file-host step. */
export async function loadWorkbook(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookWithNotices(bytes, name)).workbook;
}

/**
 * Load .xlsx bytes with ExcelJS, with what could not be read as it stands (ReadNotice: cells past the grid, merged
 * areas clipped or left unmerged), or throw the WorkbookReadError that says why nothing could be read.
 */
export async function loadWorkbookWithNotices(bytes: Uint8Array, name: string): Promise<{ workbook: ExcelJS.Workbook; notices: ReadNotice[] }> {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new WorkbookReadError("too-large", {
      file: name,
      size: Math.round(bytes.length / 1024 / 1024),
      limit: MAX_WORKBOOK_BYTES / 1024 / 1024,
    });
  }
  const kind = sniffFile(bytes);
  if (kind === "ole2-encrypted") throw new WorkbookReadError("encrypted", { file: name });
  if (kind === "ole2") throw new WorkbookReadError("xls", { file: name });
  if (kind === "other") throw new WorkbookReadError("not-xlsx", { file: name });
  // A zip bomb (a few MB inflating to gigabytes) is refused on its declared size, before anything is inflated.
  const inflated = declaredInflatedSize(bytes);
  if (inflated !== null && inflated > MAX_INFLATED_BYTES) {
    throw new WorkbookReadError("too-large-inflated", { file: name, size: Math.round(inflated / 1024 / 1024), limit: MAX_INFLATED_BYTES / 1024 / 1024 });
  }
  const other = otherZipFormat(bytes);
  if (other) throw new WorkbookReadError("other-format", { file: name, format: other });
  // Every part inflated under a running cap (a part may lie about its size), and what ExcelJS cannot load but Excel
  // opens cleaned out, each change said (prepass.ts).
  const prepared = await prepareWorkbook(bytes, name);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array (and does in the browser).
    await wb.xlsx.load(prepared.bytes as unknown as ArrayBuffer);
  } catch (e) {
    // The library's own words ("Invalid string length", "Bug : uncompressed data size mismatch") tell a user
    // nothing: the reason says what kind of damage it is.
    throw new WorkbookReadError("corrupt", { file: name, detail: detailKey(e) });
  }
  // A zip without a workbook part (a .docx renamed, a zip of other files) loads as a workbook with no sheets.
  if (wb.worksheets.length === 0) throw new WorkbookReadError("corrupt", { file: name, detail: "no-worksheets" });
  // A sheet loaded under a stand-in name gets its own name back (ExcelJS's name setter would refuse it); the copy
  // is written with it too.
  for (const ws of wb.worksheets) {
    const own = prepared.names.get(ws.name);
    if (own !== undefined) (ws as unknown as { _name: string })._name = own;
  }
  return { workbook: wb, notices: prepared.notices };
}

/** The workbook as .xlsx bytes: a Node Buffer in Node, an ArrayBuffer in the browser; either way a Uint8Array view. */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}
