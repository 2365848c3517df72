import ExcelJS from "exceljs";
import { WorkbookReadError, detailKey } from "./errors";
import type { ReadNotice } from "../../engine/read-notices";
import { installLinearMergeCheck } from "./exceljs-merges";
import { MAX_INFLATED_BYTES, MAX_WORKBOOK_BYTES, prepareInput } from "./input";
import type { Prepared } from "./prepass";

/**
 * .xlsx bytes in and out of ExcelJS, the writer of every file-host output (checked copy, cleared copy, embedded
 * profile). Reading a workbook for the check needs no ExcelJS (read.ts, xlsx-reader.ts). Browser-safe: no fs.
 */

export { MAX_INFLATED_BYTES, MAX_WORKBOOK_BYTES };

// ExcelJS's own overlap check of merged areas is quadratic in their number (10,000 merges: 15 s).
installLinearMergeCheck();

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
  const prepared = await prepareInput(bytes, name);
  return { workbook: await loadPrepared(prepared, name), notices: prepared.notices };
}

/** ExcelJS's workbook of input the prepass has checked and cleaned (prepareInput). */
export async function loadPrepared(prepared: Prepared, name: string): Promise<ExcelJS.Workbook> {
  const bytes = await prepared.bytes();
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; JSZip underneath takes any Uint8Array (and does in the browser).
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    // The library's own words ("Invalid string length", "Bug : uncompressed data size mismatch") tell a user
    // nothing: the reason says what kind of damage it is.
    throw new WorkbookReadError("corrupt", { file: name, detail: detailKey(e) });
  }
  // A zip without a workbook part (a .docx renamed, a zip of other files) loads as a workbook with no sheets.
  if (wb.worksheets.length === 0) throw new WorkbookReadError("corrupt", { file: name, detail: "no-worksheets" });
  // ExcelJS names a theme in every copy's relationships and content types, but writes the theme part only when the
  // loaded workbook had one: a workbook from an exporter that writes no theme would get a copy pointing at a missing
  // part, which Excel offers to "repair". With none loaded, ExcelJS writes its default theme instead.
  const themed = wb as unknown as { _themes?: Record<string, string> };
  if (themed._themes && Object.keys(themed._themes).length === 0) delete themed._themes;
  // A sheet loaded under a stand-in name gets its own name back (ExcelJS's name setter would refuse it); the copy
  // is written with it too.
  for (const ws of wb.worksheets) {
    const own = prepared.names.get(ws.name);
    if (own !== undefined) (ws as unknown as { _name: string })._name = own;
  }
  return wb;
}

/** The workbook as .xlsx bytes: a Node Buffer in Node, an ArrayBuffer in the browser; either way a Uint8Array view. */
export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out);
}
