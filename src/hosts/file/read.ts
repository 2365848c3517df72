import type ExcelJS from "exceljs";
import { cellAddress, parseCell, parseRange } from "../../engine/address";
import type { ReadNotice } from "../../engine/read-notices";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import { evaluateMissingResults, MAX_FORMULA_CELLS, referencedCells, type PendingFormula } from "./evaluate-formulas";
import { WorkbookReadError } from "./errors";
import { prepareInput } from "./input";
import { MARKS_SHEET, parseMarks } from "./own-marks";
import type { Prepared } from "./prepass";
import { NULL, readXlsxParts, VALUE, type ReadCell, type ReadSheet } from "./xlsx-reader";

/**
 * The file host's reader: .xlsx bytes → WorkbookSnapshot. Browser-safe (no fs): the CLI reads the file and the
 * browser file mode hands over the picked file's ArrayBuffer.
 *
 * The prepass (prepass.ts) inflates the parts under its caps and cleans what a reader cannot take; xlsx-reader.ts
 * reads the cells straight from their XML. No workbook object model is built: ExcelJS is loaded only when a checked
 * copy is written (openWorkbook's `workbook`).
 *
 * Dates are kept as Excel serial numbers (with their number format), exactly what Office.js `values` returns,
 * so the engine sees the same snapshot from either host.
 */

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** One cell as a reader found it, before the snapshot's grid is laid over the sheet. */
export interface CellEntry {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numFmt: string | null;
  indent: number;
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

export interface SheetRead {
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

function readSheet(ws: ReadSheet): SheetRead {
  const entries: CellEntry[] = [];
  const pendingCells: CellEntry[] = [];
  for (const row of ws.rows) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell || cell.kind === NULL) continue;
      const entry: CellEntry = {
        row: cell.row,
        col: cell.col,
        value: cell.value ?? null,
        formula: cell.formula ? `=${cell.formula}` : null,
        numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null,
        indent: cell.indent,
      };
      entries.push(entry);
      if (cell.value === undefined && entry.formula) pendingCells.push(entry);
    }
  }

  const visibility: SheetSnapshot["visibility"] = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
  return sheetFromCells({ name: ws.name, visibility, protected: ws.protected, merges: ws.merges }, entries, pendingCells);
}

/**
 * A sheet's snapshot from the cells a reader found (`pendingCells`: formulas without a result), shared by every reader
 * (and the parity test's ExcelJS reference): the used range, the dense grid over it, cells far from the rest left out
 * and reported, and the formulas the evaluator must compute.
 */
export function sheetFromCells(
  sheet: { name: string; visibility: SheetSnapshot["visibility"]; protected: boolean; merges: string[] },
  entries: CellEntry[],
  pendingCells: CellEntry[],
): SheetRead {
  // The used range: cells holding a value or a formula, and every merged area (a merged title counts as used).
  // The snapshot is a dense grid over it, so cells far from the rest (A1 and XFD1048576) are left out, reported.
  const points: { row: number; col: number }[] = [];
  for (const e of entries) if (e.value !== null || e.formula) points.push(e);
  const allMerges = sheet.merges.map((m) => ({ m, r: parseRange(m) }));
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
    dropped > 0 ? [{ kind: "far-cells", sheet: sheet.name, count: far.length + allMerges.length - merged.length, cell: far[0] ? cellAddress(far[0].row, far[0].col) : allMerges.find(({ r }) => !inBox(r))!.m }] : [];

  const name = sheet.name;
  const base = { name, visibility: sheet.visibility, protected: sheet.protected, merged };
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

/**
 * A checked copy checked again: budget-check's earlier computed values are taken back (own-marks.ts), so the engine
 * sees the user's workbook. The record's sheet is not read. Fills and notes are not part of a snapshot: the writer
 * takes them back in the copy (undoOwnMarks).
 */
function undoOwnValues(sheets: ReadSheet[]): ReadSheet[] {
  const at = sheets.findIndex((s) => s.name === MARKS_SHEET);
  if (at < 0) return sheets;
  let text = "";
  for (const row of sheets[at].rows) {
    const a = row?.[0];
    if (a && a.kind === VALUE && typeof a.plain === "string") text += a.plain;
  }
  const rest = sheets.filter((_, i) => i !== at);
  for (const m of parseMarks(text)) {
    if (!m.value) continue;
    const sheet = rest.find((s) => s.name === m.sheet);
    let ref: { row: number; col: number };
    try {
      ref = parseCell(m.cell);
    } catch {
      continue;
    }
    const cell: ReadCell | undefined = sheet?.rows[ref.row]?.[ref.col];
    // Only a value that is still ours (the user has not typed over it) is taken back.
    if (!cell || cell.kind !== VALUE || cell.plain !== m.value.ours) continue;
    const original = m.value.original;
    if (original === null) {
      cell.kind = NULL;
      continue;
    }
    cell.value = original;
    cell.plain = original;
    cell.numFmt = m.value.numFmt ?? undefined;
  }
  return rest;
}

/** Worksheets read so far, of all: the pane's 正在读取 第 k / n 个工作表. */
export type ReadProgress = (done: number, total: number) => void;

/** Read a workbook's bytes into the snapshot the engine checks. Throws WorkbookReadError for unreadable input. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, name: string, onProgress?: ReadProgress): Promise<WorkbookSnapshot> {
  return (await openWorkbook(data, name, onProgress)).snapshot;
}

/**
 * The snapshot with what was not read as it stands, and the workbook for a caller that also writes the checked copy:
 * `workbook()` loads it with ExcelJS (with budget-check's earlier marks taken back) from the bytes already checked and
 * inflated here, only when called.
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  name: string,
  onProgress?: ReadProgress,
): Promise<{ snapshot: WorkbookSnapshot; notices: ReadNotice[]; workbook: () => Promise<ExcelJS.Workbook> }> {
  const prepared = await prepareInput(toBytes(data), name);
  const read = readPrepared(prepared, name, onProgress);
  const all = [...prepared.notices, ...read.notices];
  let loaded: Promise<ExcelJS.Workbook> | undefined;
  const workbook = () => (loaded ??= loadForWriting(prepared, name));
  // The engine reports what was not read as findings (read-notices.ts); the host may also say it at once.
  return { snapshot: all.length ? { ...read.snapshot, notices: all } : read.snapshot, notices: all, workbook };
}

/** ExcelJS (and the modules using it) are required on first use: a run that writes no copy never loads them. */
async function loadForWriting(prepared: Prepared, name: string): Promise<ExcelJS.Workbook> {
  const io = require("./workbook-io") as typeof import("./workbook-io");
  const marks = require("./own-marks") as typeof import("./own-marks");
  const wb = await io.loadPrepared(prepared, name);
  marks.undoOwnMarks(wb);
  return wb;
}

/**
 * The snapshot of a workbook built in memory with ExcelJS (tests, the bench): written out and read back by the one
 * reader, so it is the snapshot a user's file of the same content gives.
 */
export async function snapshotOf(wb: ExcelJS.Workbook, name: string): Promise<WorkbookSnapshot> {
  const io = require("./workbook-io") as typeof import("./workbook-io");
  return (await openWorkbook(await io.saveWorkbook(wb), name)).snapshot;
}

function readPrepared(prepared: Prepared, name: string, onProgress?: ReadProgress): { snapshot: WorkbookSnapshot; notices: ReadNotice[] } {
  const book = readXlsxParts(prepared.parts, prepared.names, name, onProgress);
  // A zip without a workbook part (a .docx renamed, a zip of other files) has no sheets.
  if (book.sheets.length === 0) throw new WorkbookReadError("corrupt", { file: name, detail: "no-worksheets" });
  return workbookFromSheets(name, undoOwnValues(book.sheets).map((ws) => readSheet(ws)));
}

/**
 * The workbook's snapshot from its sheets' reads, shared by every reader: "empty" when no sheet holds a cell, and the
 * formulas without a saved result computed (or, past the evaluator's budget, left blank and said).
 */
export function workbookFromSheets(name: string, reads: SheetRead[]): { snapshot: WorkbookSnapshot; notices: ReadNotice[] } {
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
