import { parseRange, rangeAddress, type RangeRef } from "../../engine/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import { splitAreas, localAddress } from "./addresses";
import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";
import { capabilities } from "./requirements";

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Office's `formulas` repeats the value for plain cells; only real formulas are kept. */
function formulaOf(f: unknown, v: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") && f !== v ? f : null;
}

interface SheetCells {
  origin: { row: number; col: number };
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
  indents?: Excel.CellProperties[][];
}

function sheetSnapshot(name: string, visibility: string, isProtected: boolean, cells: SheetCells, mergedAddress: string | null): SheetSnapshot {
  const values = cells.values.map((row) => row.map(cellValue));
  const formulas = cells.formulas.map((row, i) => row.map((f, j) => formulaOf(f, cells.values[i][j])));
  const numberFormats = cells.numberFormats.map((row) => row.map((f) => (typeof f === "string" && f !== "General" ? f : null)));
  const indents = cells.indents?.map((row) => row.map((p) => p.format?.indentLevel ?? 0));
  return {
    name,
    visibility: VISIBILITY[visibility] ?? "visible",
    protected: isProtected,
    origin: cells.origin,
    values,
    formulas,
    numberFormats,
    ...(indents ? { indents } : {}),
    merged: mergedAddress ? splitAreas(mergedAddress) : [],
  };
}

/**
 * Excel refuses a read it cannot answer in one go: over 5 MB on the web (Request/ResponsePayloadSizeLimitExceeded),
 * over five million cells anywhere (RangeExceedsLimit, Excel.ErrorCodes). Either way the workbook is read again
 * in blocks, over the part of each sheet that holds values.
 */
const TOO_LARGE_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

/** Excel answered a read over its cell limit with null values instead of an error (seen on some builds). */
class NullRead extends Error {
  readonly code = "RangeExceedsLimit";
}

function isTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && TOO_LARGE_CODES.has(code);
}

/** Excel reads at most five million cells at once (Excel.ErrorCodes.rangeExceedsLimit). */
export const CELL_READ_LIMIT = 5_000_000;

/**
 * The largest part of one sheet read into the snapshot. A sheet whose used range is larger (a stray value at
 * XFD1048576) is read over the box that holds its values from the top left on; the values beyond it are named
 * in `unread`, never silently dropped.
 */
export const MAX_SHEET_CELLS = 2_000_000;

/** Values that were too far out to read, by sheet: what the pane tells the user. */
export interface UnreadArea {
  sheet: string;
  /** A1 addresses of the areas not read, nearest first. */
  areas: string[];
}

/** The snapshot the Office.js host reads, with the areas it could not (none on any ordinary workbook). */
export type HostSnapshot = WorkbookSnapshot & { unread?: UnreadArea[] };

interface SheetHead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

/** What to read: the whole workbook, or only the active worksheet (with budget-check's own sheets). */
export interface ReadScope {
  /** Read only the sheet the user is on, and budget-check's own sheets (results, stamp, reviews) beside it. */
  activeSheetOnly?: boolean;
  /**
   * The pane's 取消: no further round trip once it is aborted (the read rejects with its reason). A round trip
   * already sent cannot be stopped (Office.js has no way to), so this tells only where a read takes several: a
   * workbook read in blocks stops after the block in flight instead of reading every other block for nothing.
   */
  signal?: AbortSignal;
}

/** Before a round trip: stop here when the pane has cancelled the read. */
function stopIfCancelled(scope: ReadScope): void {
  if (scope.signal?.aborted) throw scope.signal.reason ?? new Error("read cancelled");
}

/** budget-check's own sheets, read even when only the active sheet is checked: the results sheet, the stamp, the reviews. */
const OWN_SHEET = /^((校验结果|Validation results)(\(\d+\))?|_budget_check_.*)$/i;

/** Round trip 1 of either way of reading: the sheets, and (when wanted) their used ranges' addresses and merges. */
async function readHeads(context: Excel.RequestContext, caps: ReturnType<typeof capabilities>, withAddresses: boolean, scope: ReadScope = {}): Promise<SheetHead[]> {
  context.workbook.load("name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const active = scope.activeSheetOnly ? sheets.getActiveWorksheet().load("name") : null;
  await context.sync();
  const items = active ? sheets.items.filter((s) => s.name === active.name || OWN_SHEET.test(s.name)) : sheets.items;
  if (!withAddresses) return items.map((sheet) => ({ sheet, used: sheet.getUsedRange(true) }));
  const heads = items.map((sheet) => {
    const head: SheetHead = { sheet, used: sheet.getUsedRange(true).load("address") };
    if (caps.mergedAreas) head.merged = sheet.getRange().getMergedAreasOrNullObject().load("address");
    return head;
  });
  await context.sync();
  return heads;
}

const mergedOf = (head: SheetHead) => (head.merged && !head.merged.isNullObject ? head.merged.address : null);

/**
 * The whole workbook in two round trips whatever the number of sheets and cells: the first learns the sheets,
 * the second loads every sheet's used range, merged areas and indents at once.
 */
async function readWhole(env: ExcelEnvironment, caps: ReturnType<typeof capabilities>, scope: ReadScope): Promise<WorkbookSnapshot> {
  return env.run(async (context) => {
    const heads = await readHeads(context, caps, false, scope);
    const loads = heads.map((head) => {
      // valuesOnly: a column formatted to row 1,048,576 must not become a million-row read.
      head.used.load("address,values,formulas,numberFormat");
      // On the whole sheet, not on the used range: a merged title may reach past the last value.
      if (caps.mergedAreas) head.merged = head.sheet.getRange().getMergedAreasOrNullObject().load("address");
      const indents = caps.cellProperties ? head.used.getCellProperties({ format: { indentLevel: true } }) : undefined;
      return { head, indents };
    });
    await context.sync();
    if (loads.some(({ head }) => !Array.isArray(head.used.values))) throw new NullRead("Excel returned no values for a used range over its cell limit");
    return {
      name: context.workbook.name,
      sheets: loads.map(({ head, indents }) => {
        const o = parseRange(localAddress(head.used.address));
        const cells: SheetCells = {
          origin: { row: o.top, col: o.left },
          values: head.used.values,
          formulas: head.used.formulas,
          numberFormats: head.used.numberFormat,
          ...(indents ? { indents: indents.value } : {}),
        };
        return sheetSnapshot(head.sheet.name, head.sheet.visibility, head.sheet.protection.protected, cells, mergedOf(head));
      }),
    };
  }, RUN_OPTIONS);
}

const cellCount = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

const boxOf = (a: RangeRef, b: RangeRef): RangeRef => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/**
 * The part of a sheet to read, from the areas that hold values: areas are taken nearest the top left first while
 * the box around them stays within `limit` cells; the rest are too far out to read with it.
 */
export function mainBox(areas: RangeRef[], limit = MAX_SHEET_CELLS): { box: RangeRef | null; far: RangeRef[] } {
  const sorted = [...areas].sort((a, b) => (a.bottom + 1) * (a.right + 1) - (b.bottom + 1) * (b.right + 1) || a.top - b.top || a.left - b.left);
  let box: RangeRef | null = null;
  const far: RangeRef[] = [];
  for (const a of sorted) {
    const next: RangeRef = box ? boxOf(box, a) : a;
    if (far.length === 0 && cellCount(next) <= limit) box = next;
    else far.push(a);
  }
  return { box, far };
}

interface Block {
  sheet: number;
  range: Excel.Range;
  indents?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/**
 * The extent of each sheet to read in blocks: its used range, or where that is over the cell limit, the box
 * around the areas that hold values (Range.getSpecialCells, ExcelApi 1.9: one more round trip, only then).
 */
async function extentsOf(context: Excel.RequestContext, caps: ReturnType<typeof capabilities>, heads: SheetHead[]): Promise<{ extents: RangeRef[]; unread: UnreadArea[] }> {
  const extents = heads.map((h) => parseRange(localAddress(h.used.address)));
  const huge = extents.map((e, i) => (cellCount(e) > MAX_SHEET_CELLS ? i : -1)).filter((i) => i >= 0);
  const unread: UnreadArea[] = [];
  if (huge.length === 0) return { extents, unread };
  if (!caps.specialCells) {
    const h = heads[huge[0]];
    throw new ExcelHostError("sheet-too-large", { sheet: h.sheet.name, address: localAddress(h.used.address) });
  }
  const found = huge.map((i) => ({
    i,
    constants: heads[i].used.getSpecialCellsOrNullObject("Constants").load("address"),
    formulas: heads[i].used.getSpecialCellsOrNullObject("Formulas").load("address"),
  }));
  await context.sync();
  for (const { i, constants, formulas } of found) {
    const areas = [constants, formulas].flatMap((a) => (a.isNullObject ? [] : splitAreas(a.address))).map((a) => parseRange(a));
    const { box, far } = mainBox(areas);
    extents[i] = box ?? { top: 0, left: 0, bottom: 0, right: 0 };
    if (far.length) unread.push({ sheet: heads[i].sheet.name, areas: far.map(rangeAddress) });
  }
  return { extents, unread };
}

/**
 * The workbook in row blocks of at most `cellsPerSync` cells per round trip, for a workbook too large for one
 * response on Excel on the web or over Excel's five-million-cell read limit: 2 round trips for the sheets and
 * their extents (3 when a sheet's used range reaches far out), then one per batch of blocks.
 */
async function readInBlocks(env: ExcelEnvironment, caps: ReturnType<typeof capabilities>, cellsPerSync: number, scope: ReadScope): Promise<HostSnapshot> {
  return env.run(async (context) => {
    const heads = await readHeads(context, caps, true, scope);
    stopIfCancelled(scope);
    const { extents, unread } = await extentsOf(context, caps, heads);
    const cells: SheetCells[] = extents.map((e) => ({ origin: { row: e.top, col: e.left }, values: [], formulas: [], numberFormats: [], ...(caps.cellProperties ? { indents: [] } : {}) }));
    const pending: Block[] = [];
    let queued = 0;
    const flush = async () => {
      stopIfCancelled(scope);
      await context.sync();
      for (const b of pending) {
        const c = cells[b.sheet];
        if (!Array.isArray(b.range.values)) throw new NullRead("Excel returned no values for a block");
        c.values.push(...b.range.values);
        c.formulas.push(...b.range.formulas);
        c.numberFormats.push(...b.range.numberFormat);
        if (b.indents) c.indents!.push(...b.indents.value);
      }
      pending.length = 0;
      queued = 0;
    };
    for (let i = 0; i < heads.length; i++) {
      const e = extents[i];
      const width = e.right - e.left + 1;
      const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / width));
      for (let top = e.top; top <= e.bottom; top += rowsPerBlock) {
        const bottom = Math.min(e.bottom, top + rowsPerBlock - 1);
        const size = (bottom - top + 1) * width;
        if (queued > 0 && queued + size > cellsPerSync) await flush();
        const range = heads[i].sheet.getRange(rangeAddress({ top, left: e.left, bottom, right: e.right })).load("values,formulas,numberFormat");
        pending.push({ sheet: i, range, ...(caps.cellProperties ? { indents: range.getCellProperties({ format: { indentLevel: true } }) } : {}) });
        queued += size;
      }
    }
    if (pending.length) await flush();
    return {
      name: context.workbook.name,
      sheets: heads.map((h, i) => sheetSnapshot(h.sheet.name, h.sheet.visibility, h.sheet.protection.protected, cells[i], mergedOf(h))),
      ...(unread.length ? { unread } : {}),
    };
  }, RUN_OPTIONS);
}

/** Cells per round trip for the first block read after a refusal: ~60 bytes a cell keeps it near 2.4 MB. */
export const FIRST_BLOCK_CELLS = 40_000;

/**
 * The whole workbook as the engine reads it. Two round trips whatever the number of sheets and cells; only when
 * Excel refuses that (over 5 MB on the web, over five million cells, or no values for a range too large) is it
 * read again in row blocks that fit, halving the block on each refusal. Nothing is written.
 */
export async function readSnapshot(env: ExcelEnvironment, firstBlockCells = FIRST_BLOCK_CELLS, scope: ReadScope = {}): Promise<HostSnapshot> {
  const caps = capabilities(env);
  try {
    try {
      return await readWhole(env, caps, scope);
    } catch (e) {
      if (!isTooLarge(e)) throw e;
    }
    for (let cells = firstBlockCells; ; cells = Math.floor(cells / 2)) {
      stopIfCancelled(scope);
      try {
        return await readInBlocks(env, caps, cells, scope);
      } catch (e) {
        if (!isTooLarge(e) || cells < 500) throw e;
      }
    }
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    // Cancelled by the pane: its own reason, not a failed read.
    if (scope.signal?.aborted) throw scope.signal.reason ?? e;
    throw hostError("read-failed", e);
  }
}
