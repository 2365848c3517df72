import ExcelJS from "exceljs";
import type { ReadNotice } from "../../../src/engine/read-notices";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { undoOwnMarks } from "../../../src/hosts/file/own-marks";
import { sheetFromCells, workbookFromSheets, type CellEntry, type SheetRead } from "../../../src/hosts/file/read";
import { loadWorkbookWithNotices } from "../../../src/hosts/file/workbook-io";

/**
 * THE OLD READER, kept for the parity test only (reader-parity.test.ts): the file host read workbooks through ExcelJS's
 * object model this way until issue 14 replaced it by src/hosts/file/xlsx-reader.ts. Its reading of ExcelJS's cells is
 * unchanged; the steps after it (the dense grid, far cells, formulas to compute) are the file host's own
 * (sheetFromCells, workbookFromSheets), so the parity test compares what the two readers make of the cells.
 *
 * The file host's reader: .xlsx bytes → WorkbookSnapshot. Browser-safe (no fs): the CLI reads the file and the
 * browser file mode hands over the picked file's ArrayBuffer.
 *
 * Dates are kept as Excel serial numbers (with their number format), exactly what Office.js `values` returns,
 * so the engine sees the same snapshot from either host.
 */

const MS_PER_DAY = 86_400_000;
// Days from each Excel epoch to 1970-01-01 (the 1900 system counts the phantom 1900-02-29, hence 25569).
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function dateSerial(d: Date, date1904: boolean): number {
  return d.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/**
 * A cell value as the snapshot holds it. `undefined` means "a formula whose result the file does not carry"
 * (written by a program, never opened in Excel): the caller evaluates it.
 */
function plainValue(v: ExcelJS.CellValue | undefined, date1904: boolean): CellValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (typeof v !== "object") return null;
  if ("richText" in v && Array.isArray(v.richText)) return richText(v);
  if ("error" in v && typeof v.error === "string") return v.error;
  if ("hyperlink" in v) {
    const text = (v as { text?: unknown }).text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text) return richText(text as { richText: { text: string }[] });
    return String(v.hyperlink);
  }
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined) return undefined;
    return plainValue(result as ExcelJS.CellValue, date1904) ?? null;
  }
  return null;
}


function numberFormatOf(cell: ExcelJS.Cell): string | null {
  const f = cell.numFmt;
  return f && f !== "General" ? f : null;
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetSnapshot["visibility"] {
  return ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
}

function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean | string | number } | null }).sheetProtection;
  if (!p) return false;
  return p.sheet === undefined || p.sheet === true || p.sheet === "1" || p.sheet === 1 || p.sheet === "true";
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  return merges.map((m) => m.replace(/\$/g, ""));
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetRead {
  const entries: CellEntry[] = [];
  const pendingCells: CellEntry[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's other cells echo its top-left value in ExcelJS; Excel (and Office.js) shows them empty.
      const isSlave = cell.type === ExcelJS.ValueType.Merge;
      const formulaText = !isSlave && cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      const value = isSlave ? null : plainValue(cell.value, date1904);
      const entry: CellEntry = {
        row: rowNumber - 1,
        col: colNumber - 1,
        value: value ?? null,
        formula: formulaText ? `=${formulaText}` : null,
        numFmt: numberFormatOf(cell),
        indent: cell.alignment?.indent ?? 0,
      };
      entries.push(entry);
      if (value === undefined && entry.formula) pendingCells.push(entry);
    });
  });

  return sheetFromCells({ name: ws.name, visibility: visibilityOf(ws), protected: isProtected(ws), merges: mergesOf(ws) }, entries, pendingCells);
}

/** Read a workbook's bytes into the snapshot the engine checks. Throws WorkbookReadError for unreadable input. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookSnapshot> {
  return (await openWorkbook(data, name)).snapshot;
}

/**
 * The loaded workbook with its snapshot, for a caller that also writes the checked copy: parsing an .xlsx is the
 * costliest step, so the copy is made from this workbook (checkedCopyOf) rather than from the bytes again.
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  name: string,
): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot; notices: ReadNotice[] }> {
  const { workbook, notices } = await loadWorkbookWithNotices(toBytes(data), name);
  // A checked copy checked again: budget-check's earlier fills, notes and computed values are taken back first, so
  // the engine sees the user's workbook and the new copy carries only this run's marks.
  undoOwnMarks(workbook);
  const read = readAll(workbook, name);
  const all = [...notices, ...read.notices];
  // The engine reports what was not read as findings (read-notices.ts); the host may also say it at once.
  return { workbook, snapshot: all.length ? { ...read.snapshot, notices: all } : read.snapshot, notices: all };
}

/** The snapshot of an already loaded ExcelJS workbook (the bench times loading and snapshotting apart). */
export async function snapshotOf(wb: ExcelJS.Workbook, name: string): Promise<WorkbookSnapshot> {
  return readAll(wb, name).snapshot;
}

function readAll(wb: ExcelJS.Workbook, name: string): { snapshot: WorkbookSnapshot; notices: ReadNotice[] } {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  return workbookFromSheets(name, wb.worksheets.map((ws) => readSheet(ws, date1904)));
}

