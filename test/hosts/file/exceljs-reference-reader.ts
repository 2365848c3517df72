import ExcelJS from "exceljs";
import { cellAddress, parseRange } from "../../../src/engine/address";
import type { ReadNotice } from "../../../src/engine/read-notices";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { evaluateMissingResults, MAX_FORMULA_CELLS, referencedCells, type PendingFormula } from "../../../src/hosts/file/evaluate-formulas";
import { WorkbookReadError } from "../../../src/hosts/file/errors";
import { undoOwnMarks } from "../../../src/hosts/file/own-marks";
import { loadWorkbookWithNotices } from "../../../src/hosts/file/workbook-io";

/**
 * THE OLD READER, kept for the parity test only (reader-parity.test.ts): the file host read workbooks through ExcelJS's
 * object model this way until issue 14 replaced it by src/hosts/file/xlsx-reader.ts. Unchanged but for its imports.
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

interface CellEntry {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numFmt: string | null;
  indent: number;
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

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

interface SheetRead {
  snapshot: SheetSnapshot;
  pending: PendingFormula[];
  /** Every cell's content, for the formula evaluator. */
  entries: CellEntry[];
  notices: ReadNotice[];
}

export type { ReadNotice };

/**
 * A sheet's grid holds at most this many cells (rows × columns of the used range): a dense grid over A1 and
 * XFD1048576 would be 17 billion cells. Real forms are far smaller (a 1,000-form workbook: about 30,000 rows × 12).
 */
export const MAX_GRID_CELLS = 4_000_000;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(points: { row: number; col: number }[]): Box | null {
  if (points.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const p of points) {
    top = Math.min(top, p.row);
    left = Math.min(left, p.col);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  return { top, left, bottom, right };
}

/** The widest gap between consecutive distinct values: where the cells split into two groups. */
function widestGap(values: number[]): { at: number; size: number } {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  let best = { at: sorted[0], size: 0 };
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > best.size) best = { at: sorted[i - 1], size: sorted[i] - sorted[i - 1] };
  return best;
}

/**
 * The box the grid covers: all points while its area is within MAX_GRID_CELLS, else the larger group of cells,
 * split again and again at the widest empty gap of rows or columns until it fits. Time and memory follow the
 * cells that exist, not the used range's area.
 */
function denseBox(points: { row: number; col: number }[]): { box: Box | null; dropped: number } {
  let kept = points;
  for (;;) {
    const box = boxOf(kept);
    if (!box || (box.bottom - box.top + 1) * (box.right - box.left + 1) <= MAX_GRID_CELLS) return { box, dropped: points.length - kept.length };
    const rows = widestGap(kept.map((p) => p.row));
    const cols = widestGap(kept.map((p) => p.col));
    const byRow = rows.size * (box.right - box.left + 1) >= cols.size * (box.bottom - box.top + 1);
    const cut = byRow ? rows.at : cols.at;
    const first = kept.filter((p) => (byRow ? p.row : p.col) <= cut);
    const second = kept.filter((p) => (byRow ? p.row : p.col) > cut);
    // No gap left to split at (one huge block of cells): keep the top-left corner that fits.
    if (first.length === kept.length || second.length === 0) {
      const side = Math.floor(Math.sqrt(MAX_GRID_CELLS));
      kept = kept.filter((p) => p.row < box.top + side && p.col < box.left + side);
      continue;
    }
    kept = second.length > first.length ? second : first;
  }
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

  // The used range: cells holding a value or a formula, and every merged area (a merged title counts as used).
  // The snapshot is a dense grid over it, so cells far from the rest (A1 and XFD1048576) are left out, reported.
  const points: { row: number; col: number }[] = [];
  for (const e of entries) if (e.value !== null || e.formula) points.push(e);
  const allMerges = mergesOf(ws).map((m) => ({ m, r: parseRange(m) }));
  for (const { r } of allMerges) points.push({ row: r.top, col: r.left }, { row: r.bottom, col: r.right });
  const { box, dropped } = denseBox(points);
  const top = box?.top ?? Infinity;
  const left = box?.left ?? Infinity;
  const bottom = box?.bottom ?? -1;
  const right = box?.right ?? -1;
  const inBox = (r: { top: number; left: number; bottom: number; right: number }) => r.top >= top && r.left >= left && r.bottom <= bottom && r.right <= right;
  const merged = allMerges.filter(({ r }) => inBox(r)).map(({ m }) => m);
  const far = entries.filter((e) => (e.value !== null || e.formula) && !inBox({ top: e.row, left: e.col, bottom: e.row, right: e.col }));
  const notices: ReadNotice[] =
    dropped > 0 ? [{ kind: "far-cells", sheet: ws.name, count: far.length + allMerges.length - merged.length, cell: far[0] ? cellAddress(far[0].row, far[0].col) : allMerges.find(({ r }) => !inBox(r))!.m }] : [];

  const name = ws.name;
  const base = { name, visibility: visibilityOf(ws), protected: isProtected(ws), merged };
  if (bottom < 0) {
    return { snapshot: { ...base, origin: { row: 0, col: 0 }, values: [] }, pending: [], entries, notices };
  }
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const values = grid<CellValue>(rows, cols, null);
  const formulas = grid<string | null>(rows, cols, null);
  const numberFormats = grid<string | null>(rows, cols, null);
  const indents = grid<number>(rows, cols, 0);
  let anyFormula = false;
  for (const e of entries) {
    const i = e.row - top;
    const j = e.col - left;
    if (i < 0 || j < 0 || i >= rows || j >= cols) continue;
    values[i][j] = e.value;
    formulas[i][j] = e.formula;
    numberFormats[i][j] = e.numFmt;
    indents[i][j] = e.indent;
    if (e.formula) anyFormula = true;
  }
  const snapshot: SheetSnapshot = {
    ...base,
    origin: { row: top, col: left },
    values,
    ...(anyFormula ? { formulas } : {}),
    numberFormats,
    indents,
  };
  const pending = pendingCells
    .filter((e) => inBox({ top: e.row, left: e.col, bottom: e.row, right: e.col }))
    .map((e) => ({ sheet: name, row: e.row, col: e.col, formula: e.formula! }));
  // The evaluator sees the cells of the grid only: far cells would make its arrays as large as the used range.
  return { snapshot, pending, entries: entries.filter((e) => inBox({ top: e.row, left: e.col, bottom: e.row, right: e.col })), notices };
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
  const reads = wb.worksheets.map((ws) => readSheet(ws, date1904));
  if (reads.every((r) => r.snapshot.values.length === 0)) throw new WorkbookReadError("empty", { file: name });

  const pending = reads.flatMap((r) => r.pending);
  const notices = reads.flatMap((r) => r.notices);
  // A formula whose evaluation would pass the budget is left without a value, and said (not a hang, not a guess).
  for (const p of pending) {
    const cells = referencedCells(p.formula);
    if (cells > MAX_FORMULA_CELLS) notices.push({ kind: "uncomputed", sheet: p.sheet, cell: cellAddress(p.row, p.col), formula: p.formula, cells, limit: MAX_FORMULA_CELLS });
  }
  if (pending.length > 0) {
    const results = evaluateMissingResults(
      reads.map((r) => ({ name: r.snapshot.name, cells: r.entries })),
      pending,
    );
    const byName = new Map(reads.map((r) => [r.snapshot.name, r.snapshot]));
    pending.forEach((p, i) => {
      const s = byName.get(p.sheet)!;
      s.values[p.row - s.origin.row][p.col - s.origin.col] = results[i];
    });
  }
  return { snapshot: { name, sheets: reads.map((r) => r.snapshot) }, notices };
}

