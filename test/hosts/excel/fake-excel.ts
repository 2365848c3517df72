/**
 * An in-memory Excel with Office.js's proxy/load/sync semantics, for the Office.js host's tests and bench.
 *
 * - Proxies only describe objects; nothing reaches the "workbook" until `context.sync()`.
 * - Reading a property that was not loaded (and synced) throws PropertyNotLoaded, as Office.js does.
 * - Queued actions run in order at sync; the first failing one aborts the rest of that request (earlier ones
 *   stay applied, as in Excel). A request over the payload limit is refused whole.
 * - Writes to a protected sheet, to a read-only workbook, or sheet adds/deletes in a protected workbook
 *   structure fail like Excel's AccessDenied; an API above the configured ExcelApi version fails ApiNotFound.
 * - Counters: round trips (syncs), request bytes (JSON of the queued actions) and response bytes (JSON of the
 *   loaded data).
 *
 * Strictness on purpose: a method called on a null object (…OrNullObject that turned out null) fails at sync,
 * and a string beginning with = + - @ written into a cell not formatted as text becomes a formula.
 */
import { cellAddress, columnIndex, parseRange, qualified, rangeAddress, type RangeRef } from "../../../src/engine/address";
import type { ExcelEnvironment } from "../../../src/hosts/excel/context";

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string | null;
  /** -1 … 1; absent is 0. */
  tintAndShade?: number;
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string | null;
  numberFormat?: string;
  fill?: FakeFill | null;
  indent?: number;
  bold?: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Cells by "row,col" (0-based). */
  cells: Map<string, FakeCell>;
  merged: string[];
  columnWidths: Map<number, number>;
}

export interface FakeNote {
  sheet: string;
  cell: string;
  content: string;
}

export interface FakeComment extends FakeNote {
  id: string;
}

export interface FakeWorkbookState {
  name: string;
  readOnly: boolean;
  structureProtected: boolean;
  sheets: FakeSheet[];
  /** Add-in settings, stored as JSON text like the document part Excel keeps them in. */
  settings: Map<string, string>;
  notes: FakeNote[];
  comments: FakeComment[];
  selection?: { sheet: string; address: string };
  /** The sheet whose tab is active; else the sheet of the selection, else the first visible sheet. */
  activeSheet?: string;
}

export interface FakeStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** The largest single request. */
  maxRequestBytes: number;
}

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const ADDRESS_LIMIT = 8192;
const SHEET_AREA: RangeRef = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const encoder = new TextEncoder();
function bytesOf(data: unknown): number {
  return data === undefined ? 0 : encoder.encode(JSON.stringify(data)).length;
}

const key = (row: number, col: number) => `${row},${col}`;

export function newSheet(name: string, init: Partial<Omit<FakeSheet, "name">> = {}): FakeSheet {
  return { name, visibility: "Visible", protected: false, cells: new Map(), merged: [], columnWidths: new Map(), ...init };
}

export function newWorkbook(name: string, sheets: FakeSheet[]): FakeWorkbookState {
  return { name, readOnly: false, structureProtected: false, sheets, settings: new Map(), notes: [], comments: [] };
}

/** Set a cell from an A1 address (test setup; no proxies involved). */
export function putCell(sheet: FakeSheet, address: string, cell: Partial<FakeCell>): void {
  const r = parseRange(address);
  const k = key(r.top, r.left);
  sheet.cells.set(k, { value: null, ...sheet.cells.get(k), ...cell });
}

export function getCell(sheet: FakeSheet, address: string): FakeCell | undefined {
  const r = parseRange(address);
  return sheet.cells.get(key(r.top, r.left));
}

/** A deep copy, as if the workbook had been saved, closed and opened again. */
export function reopen(state: FakeWorkbookState): FakeWorkbookState {
  return {
    ...state,
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: new Map([...s.cells].map(([k, c]) => [k, structuredClone(c)])),
      merged: [...s.merged],
      columnWidths: new Map(s.columnWidths),
    })),
    settings: new Map(state.settings),
    notes: state.notes.map((n) => ({ ...n })),
    comments: state.comments.map((c) => ({ ...c })),
    selection: undefined,
  };
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi set this "Excel" supports. */
  excelApi?: string;
  payloadLimit?: number;
  /** Make the n-th sync fail as Excel does when it hits an internal error (GeneralException). */
  failAtSync?: number;
  /**
   * Make the n-th queued action (counted over every request since the last resetStats) fail with
   * GeneralException: the actions before it in its request stay applied and the rest of that request is dropped,
   * which is how a batch fails in Excel (OfficeExtension.Error.traceMessages: "all trace messages that were
   * executed before the error occurred").
   */
  failAtAction?: number;
  /**
   * Behave as the documentation and the office-js issues say real Excel does, where the default double is lenient:
   * - a cell with No Fill reads back as color "#FFFFFF" with pattern null, and a solid fill with pattern null too
   *   (office-js #6218, #4900); only tintAndShade tells them apart (null for No Fill, a number for a fill);
   * - reading values, formulas or number formats of a range over 5,000,000 cells fails with RangeExceedsLimit;
   * - getMergedAreasOrNullObject returns only merged areas whose top-left cell is inside the range;
   * - a VeryHidden sheet cannot be deleted, nor the last visible sheet.
   */
  strict?: boolean;
  /** The user is editing a cell: every request fails with InvalidOperationInCellEditMode unless run with delayForCellEdit. */
  cellEditMode?: boolean;
  /** Each round trip takes this long (Excel on the web, a busy machine), so a test can look at the pane between them. */
  syncLatencyMs?: number;
  /** Another workbook holds the focus: every request fails with InactiveWorkbook. */
  inactiveWorkbook?: boolean;
}

/** Excel refuses to read more than five million cells at once (Excel.ErrorCodes.rangeExceedsLimit). */
export const EXCEL_CELL_READ_LIMIT = 5_000_000;

/** Office.context.officeTheme as the pane reads it (the harness page puts it there): the colours of Office's theme. */
export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export const OFFICE_THEME_WHITE: FakeOfficeTheme = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };
export const OFFICE_THEME_BLACK: FakeOfficeTheme = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" };

export class FakeExcel {
  readonly stats: FakeStats = { syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0 };
  /** The Office theme the user has chosen (File > Account > Office Theme); changed by a test as a user would. */
  officeTheme: FakeOfficeTheme = OFFICE_THEME_WHITE;
  readonly excelApi: string;
  readonly payloadLimit: number;
  readonly failAtSync?: number;
  readonly options: FakeExcelOptions;
  /** Actions run (or refused) since the last resetStats: what failAtAction counts. */
  actionsRun = 0;

  constructor(
    readonly state: FakeWorkbookState,
    options: FakeExcelOptions = {},
  ) {
    this.excelApi = options.excelApi ?? "1.18";
    this.payloadLimit = options.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT;
    this.failAtSync = options.failAtSync;
    this.options = options;
  }

  get strict(): boolean {
    return this.options.strict === true;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.excelApi, version);
  }

  env(): ExcelEnvironment {
    return {
      run: async (batch, runOptions) => batch(new FakeContext(this, runOptions?.delayForCellEdit === true) as unknown as Excel.RequestContext),
      isSetSupported: (name, version) => name === "ExcelApi" && this.supports(version),
    };
  }

  resetStats(): void {
    Object.assign(this.stats, { syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0 });
    this.actionsRun = 0;
  }

  sheet(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

interface Action {
  bytes: number;
  run: () => unknown;
}

class FakeContext {
  private queue: Action[] = [];
  readonly workbook: FakeWorkbook;

  constructor(
    readonly excel: FakeExcel,
    /** Excel.run({ delayForCellEdit: true }): Excel waits for the user to leave cell-edit mode instead of failing. */
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): FakeWorkbookState {
    return this.excel.state;
  }

  /** Queue an action; `describe` is what Office.js would send for it, `run` applies it and returns loaded data. */
  enqueue(describe: unknown, run: () => unknown): void {
    this.queue.push({ bytes: bytesOf(describe), run });
  }

  requireApi(version: string, what: string): void {
    if (!this.excel.supports(version)) throw new OfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const stats = this.excel.stats;
    stats.syncs++;
    const bytes = actions.reduce((n, a) => n + a.bytes, 0);
    stats.requestBytes += bytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
    if (stats.syncs === this.excel.failAtSync) throw new OfficeError("GeneralException", "An internal error has occurred.");
    const o = this.excel.options;
    if (o.syncLatencyMs) await new Promise((resolve) => setTimeout(resolve, o.syncLatencyMs));
    if (o.inactiveWorkbook) {
      throw new OfficeError("InactiveWorkbook", "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.");
    }
    if (o.cellEditMode && !this.delayForCellEdit) {
      throw new OfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    if (bytes > this.excel.payloadLimit) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${bytes}) has exceeded the limit.`);
    }
    let response = 0;
    for (const a of actions) {
      this.excel.actionsRun++;
      if (this.excel.actionsRun === o.failAtAction) throw new OfficeError("GeneralException", "An internal error has occurred.");
      response += bytesOf(a.run());
    }
    stats.responseBytes += response;
    // Excel on the web refuses a response over its limit too (a read of a very large workbook in one go).
    if (response > this.excel.payloadLimit) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${response}) has exceeded the limit.`);
    }
  }
}

function notLoaded(prop: string): never {
  throw new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function loadList(props?: string | string[]): string[] {
  if (!props) return [];
  return (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
}

/** Base of every proxy: loaded values live here, and only here, after a sync. */
abstract class Proxy<T> {
  protected loaded = new Map<string, unknown>();
  private nullChecked = false;
  private isNull = false;

  constructor(
    protected ctx: FakeContext,
    /** Finds the real object at sync time; null only for an …OrNullObject that found nothing. */
    protected resolveTarget: () => T | null,
  ) {}

  /** The real object for an action; a null object cannot be acted on. */
  protected target(): T {
    const t = this.resolveTarget();
    if (t === null) throw new OfficeError("InvalidObjectPath", "The object path is not valid: the object is a null object.");
    return t;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) notLoaded("isNullObject");
    return this.isNull;
  }

  protected abstract fetch(target: T, prop: string): unknown;

  load(props?: string | string[]): this {
    const list = loadList(props);
    this.ctx.enqueue({ load: list }, () => {
      const t = this.resolveTarget();
      this.nullChecked = true;
      this.isNull = t === null;
      const data: Record<string, unknown> = {};
      for (const p of list) {
        const v = t === null ? null : this.fetch(t, p);
        this.loaded.set(p, v);
        data[p] = v;
      }
      return data;
    });
    return this;
  }

  /** Queue a write; it applies at sync. */
  protected write(describe: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(describe, () => {
      apply(this.target());
      return undefined;
    });
  }
}

function assertWritable(ctx: FakeContext, sheet: FakeSheet): void {
  if (ctx.state.readOnly) throw new OfficeError("AccessDenied", "The workbook is read-only.");
  if (sheet.protected) throw new OfficeError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
}

function findSheet(ctx: FakeContext, name: string): FakeSheet | undefined {
  return ctx.state.sheets.find((s) => s.name === name);
}

class FakeWorkbook extends Proxy<FakeWorkbookState> {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  readonly settings: FakeSettingCollection;

  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx, () => ctx.state);
    this.settings = new FakeSettingCollection(ctx);
  }

  protected fetch(t: FakeWorkbookState, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "readOnly") return t.readOnly;
    throw new OfficeError("InvalidArgument", `Workbook has no property ${prop}`);
  }

  get name(): string {
    return this.read("name");
  }
  get readOnly(): boolean {
    return this.read("readOnly");
  }
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, null);
  }
  get comments(): FakeCommentCollection {
    return new FakeCommentCollection(this.ctx);
  }
}

class FakeWorkbookProtection extends Proxy<FakeWorkbookState> {
  protected fetch(t: FakeWorkbookState, prop: string): unknown {
    if (prop === "protected") return t.structureProtected;
    throw new OfficeError("InvalidArgument", `WorkbookProtection has no property ${prop}`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];

  constructor(private ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) notLoaded("items");
    return this.loadedItems;
  }

  load(props?: string): this {
    const list = loadList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ load: list }, () => {
      this.loadedItems = this.ctx.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name);
        ws.fill(s, list);
        return ws;
      });
      return this.ctx.state.sheets.map((s) => Object.fromEntries(list.map((p) => [p, p === "protection/protected" ? s.protected : (s as unknown as Record<string, unknown>)[p]])));
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }

  /** The active worksheet (ExcelApi 1.1). */
  getActiveWorksheet(): FakeWorksheet {
    const st = this.ctx.state;
    const name = st.activeSheet ?? st.selection?.sheet ?? st.sheets.find((s) => s.visibility === "Visible")?.name ?? "";
    return new FakeWorksheet(this.ctx, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue({ add: name }, () => {
      const st = this.ctx.state;
      if (st.readOnly || st.structureProtected) throw new OfficeError("AccessDenied", "The workbook structure is protected.");
      if (findSheet(this.ctx, name)) throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      st.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet extends Proxy<FakeSheet> {
  readonly protection: FakeWorksheetProtection;

  constructor(ctx: FakeContext, sheetName: string, nullable = false) {
    super(ctx, () => {
      const s = findSheet(ctx, sheetName);
      if (s) return s;
      if (nullable) return null;
      throw new OfficeError("ItemNotFound", `The requested resource (${sheetName}) doesn't exist.`);
    });
    this.protection = new FakeWorksheetProtection(ctx, () => this.target());
  }

  /** Populate from a collection load ("items/name,…"). */
  fill(s: FakeSheet, props: string[]): void {
    for (const p of props) {
      if (p === "protection/protected") this.protection.set(s.protected);
      else this.loaded.set(p, this.fetch(s, p));
    }
  }

  protected fetch(t: FakeSheet, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "visibility") return t.visibility;
    throw new OfficeError("InvalidArgument", `Worksheet has no property ${prop}`);
  }

  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: FakeSheet["visibility"]) {
    this.write({ visibility: v }, (s) => {
      if (this.ctx.state.structureProtected) throw new OfficeError("AccessDenied", "The workbook structure is protected.");
      s.visibility = v;
    });
  }

  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.ctx, () => this.target());
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.target(), address);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.9", "Worksheet.getRanges");
      if (address.length > ADDRESS_LIMIT) throw new OfficeError("InvalidArgument", `The address is longer than ${ADDRESS_LIMIT} characters.`);
      return { sheet: this.target(), areas: address.split(",").map((a) => parseRange(a)) };
    });
  }

  /** Used range; on an empty sheet Excel returns A1 rather than failing. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => this.target(), undefined, (s) => usedArea(s, valuesOnly));
  }

  activate(): void {
    this.write({ activate: true }, (s) => {
      this.ctx.state.activeSheet = s.name;
      this.ctx.state.selection = { sheet: s.name, address: "A1" };
    });
  }

  delete(): void {
    this.write({ delete: true }, (s) => {
      const st = this.ctx.state;
      if (st.readOnly || st.structureProtected) throw new OfficeError("AccessDenied", "The workbook structure is protected.");
      if (this.ctx.excel.strict && s.visibility === "VeryHidden") throw new OfficeError("InvalidOperation", "A very hidden sheet cannot be deleted.");
      if (this.ctx.excel.strict && s.visibility === "Visible" && !st.sheets.some((x) => x !== s && x.visibility === "Visible")) {
        throw new OfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      st.sheets = st.sheets.filter((x) => x !== s);
      st.notes = st.notes.filter((n) => n.sheet !== s.name);
      st.comments = st.comments.filter((n) => n.sheet !== s.name);
    });
  }
}

class FakeWorksheetProtection extends Proxy<FakeSheet> {
  set(value: boolean): void {
    this.loaded.set("protected", value);
  }
  protected fetch(t: FakeSheet, prop: string): unknown {
    if (prop === "protected") return t.protected;
    throw new OfficeError("InvalidArgument", `WorksheetProtection has no property ${prop}`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

function usedArea(s: FakeSheet, valuesOnly: boolean): RangeRef {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, c] of s.cells) {
    const hasContent = c.value !== null || !!c.formula;
    if (valuesOnly ? !hasContent : !hasContent && !c.fill && !c.numberFormat) continue;
    const [r, col] = k.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, col);
    bottom = Math.max(bottom, r);
    right = Math.max(right, col);
  }
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

const COLUMNS_RE = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

function parseAddress(address: string): RangeRef {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = COLUMNS_RE.exec(local);
  if (m) return { top: 0, bottom: SHEET_AREA.bottom, left: columnIndex(m[1]), right: columnIndex(m[2]) };
  try {
    return parseRange(local);
  } catch {
    throw new OfficeError("InvalidArgument", `The address ${address} is not valid.`);
  }
}

function cellCountOf(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function* cellsIn(r: RangeRef): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col];
}

function cellAt(s: FakeSheet, row: number, col: number): FakeCell {
  const k = key(row, col);
  let c = s.cells.get(k);
  if (!c) {
    c = { value: null };
    s.cells.set(k, c);
  }
  return c;
}

function grid<V>(r: RangeRef, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

function assertShape(r: RangeRef, v: unknown[][], what: string): void {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new OfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
}

const FORMULA_START = /^[=+\-@]/;

interface Areas {
  sheet: FakeSheet;
  areas: RangeRef[];
}

class FakeRange extends Proxy<Areas> {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, sheet: () => FakeSheet, address?: string, area?: (s: FakeSheet) => RangeRef) {
    super(ctx, () => {
      const s = sheet();
      return { sheet: s, areas: [area ? area(s) : address === undefined ? SHEET_AREA : parseAddress(address)] };
    });
    this.format = new FakeRangeFormat(ctx, () => this.target());
  }

  private get area(): RangeRef {
    return this.target().areas[0];
  }

  protected fetch(t: Areas, prop: string): unknown {
    const s = t.sheet;
    const r = t.areas[0];
    if (this.ctx.excel.strict && prop !== "address" && cellCountOf(r) > EXCEL_CELL_READ_LIMIT) {
      throw new OfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
    }
    switch (prop) {
      case "address":
        return qualified(s.name, rangeAddress(r));
      case "values":
        return grid(r, (row, col) => s.cells.get(key(row, col))?.value ?? "");
      case "formulas":
        return grid(r, (row, col) => {
          const c = s.cells.get(key(row, col));
          return c?.formula ?? c?.value ?? "";
        });
      case "numberFormat":
        return grid(r, (row, col) => s.cells.get(key(row, col))?.numberFormat ?? "General");
      default:
        throw new OfficeError("InvalidArgument", `Range has no property ${prop}`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.write({ values: v }, (t) => {
      assertWritable(this.ctx, t.sheet);
      const r = t.areas[0];
      assertShape(r, v, "values");
      for (const [row, col] of cellsIn(r)) {
        const x = v[row - r.top][col - r.left];
        const c = cellAt(t.sheet, row, col);
        if (typeof x === "string" && FORMULA_START.test(x) && c.numberFormat !== "@") {
          c.formula = x;
          c.value = "#FORMULA";
        } else {
          c.formula = null;
          c.value = x === "" ? null : (x as FakeCell["value"]);
        }
      }
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write({ numberFormat: v }, (t) => {
      assertWritable(this.ctx, t.sheet);
      const r = t.areas[0];
      assertShape(r, v, "numberFormat");
      for (const [row, col] of cellsIn(r)) cellAt(t.sheet, row, col).numberFormat = String(v[row - r.top][col - r.left]);
    });
  }
  set hyperlink(h: FakeCell["hyperlink"]) {
    this.write({ hyperlink: h }, (t) => {
      assertWritable(this.ctx, t.sheet);
      const r = t.areas[0];
      const c = cellAt(t.sheet, r.top, r.left);
      c.hyperlink = h;
      if (h?.textToDisplay !== undefined) c.value = h.textToDisplay;
    });
  }

  select(): void {
    this.write({ select: true }, (t) => {
      this.ctx.state.selection = { sheet: t.sheet.name, address: rangeAddress(t.areas[0]) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const t = this.target();
      const r = t.areas[0];
      const overlaps = (m: RangeRef) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right;
      const topLeftInside = (m: RangeRef) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right;
      const inside = t.sheet.merged.map((m) => parseRange(m)).filter(this.ctx.excel.strict ? topLeftInside : overlaps);
      return inside.length ? { sheet: t.sheet, areas: inside } : null;
    });
  }

  /**
   * The cells holding constants or formulas, as Excel gives them: one area per run of neighbouring cells in a row,
   * runs spanning the same columns on consecutive rows joined (ExcelApi 1.9).
   */
  getSpecialCellsOrNullObject(type: "Constants" | "Formulas"): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.9", "Range.getSpecialCellsOrNullObject");
      const t = this.target();
      const r = t.areas[0];
      const byRow = new Map<number, number[]>();
      for (const [k, c] of t.sheet.cells) {
        const [row, col] = k.split(",").map(Number);
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
        const isFormula = !!c.formula;
        if (type === "Formulas" ? !isFormula : isFormula || c.value === null) continue;
        byRow.set(row, [...(byRow.get(row) ?? []), col]);
      }
      const areas: RangeRef[] = [];
      const open = new Map<string, RangeRef>();
      for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
        const cols = byRow.get(row)!.sort((a, b) => a - b);
        for (let i = 0; i < cols.length; ) {
          let j = i;
          while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
          const k = `${cols[i]}:${cols[j]}`;
          const prev = open.get(k);
          if (prev && prev.bottom === row - 1) prev.bottom = row;
          else {
            const a = { top: row, left: cols[i], bottom: row, right: cols[j] };
            areas.push(a);
            open.set(k, a);
          }
          i = j + 1;
        }
      }
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  getCellProperties(spec: { format?: { indentLevel?: boolean } }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.enqueue({ getCellProperties: spec }, () => {
      this.ctx.requireApi("1.9", "Range.getCellProperties");
      const t = this.target();
      if (this.ctx.excel.strict && cellCountOf(t.areas[0]) > EXCEL_CELL_READ_LIMIT) {
        throw new OfficeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
      }
      const value = grid(t.areas[0], (row, col) => ({ format: { indentLevel: t.sheet.cells.get(key(row, col))?.indent ?? 0 } }));
      result.set(value);
      return value;
    });
    return result;
  }

  /** Where Excel would put a single-cell note or comment. */
  topLeft(): { sheet: FakeSheet; cell: string } {
    const r = this.area;
    return { sheet: this.target().sheet, cell: cellAddress(r.top, r.left) };
  }
}

class FakeRangeAreas extends Proxy<Areas> {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, resolve: () => Areas | null) {
    super(ctx, resolve);
    this.format = new FakeRangeFormat(ctx, () => this.target());
  }

  protected fetch(t: Areas, prop: string): unknown {
    if (prop === "address") return t.areas.map((a) => qualified(t.sheet.name, rangeAddress(a))).join(",");
    throw new OfficeError("InvalidArgument", `RangeAreas has no property ${prop}`);
  }

  get address(): string {
    return this.read("address");
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(
    private ctx: FakeContext,
    private areas: () => Areas,
  ) {
    this.fill = new FakeRangeFill(ctx, areas);
    this.font = new FakeRangeFont(ctx, areas);
  }

  set columnWidth(w: number) {
    this.ctx.enqueue({ columnWidth: w }, () => {
      const t = this.areas();
      assertWritable(this.ctx, t.sheet);
      for (const a of t.areas) for (let col = a.left; col <= a.right; col++) t.sheet.columnWidths.set(col, w);
    });
  }
}

function eachCell(t: Areas, f: (c: FakeCell) => void): void {
  for (const a of t.areas) for (const [row, col] of cellsIn(a)) f(cellAt(t.sheet, row, col));
}

class FakeRangeFill extends Proxy<Areas> {
  /**
   * What Excel reports: a cell with no fill reads as white with pattern None (strict: pattern null, as a solid
   * fill also reads, office-js #6218/#4900); tintAndShade is null for no fill and a number for a fill (Microsoft
   * on #4900); mixed cells read as null.
   */
  protected fetch(t: Areas, prop: string): unknown {
    const strict = this.ctx.excel.strict;
    if (prop === "pattern" || prop === "patternColor" || prop === "tintAndShade") this.ctx.requireApi("1.9", `RangeFill.${prop}`);
    const seen = new Set<string | number | null>();
    for (const a of t.areas) {
      for (const [row, col] of cellsIn(a)) {
        const f = t.sheet.cells.get(key(row, col))?.fill ?? null;
        if (prop === "color") seen.add(f ? f.color : "#FFFFFF");
        else if (prop === "pattern") seen.add(f ? (strict && f.pattern === "Solid" ? null : f.pattern) : strict ? null : "None");
        else if (prop === "patternColor") seen.add(f ? f.patternColor : null);
        else if (prop === "tintAndShade") seen.add(f ? (f.tintAndShade ?? 0) : null);
        else throw new OfficeError("InvalidArgument", `RangeFill has no property ${prop}`);
        if (seen.size > 1) return null;
      }
    }
    return [...seen][0] ?? null;
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write({ color }, (t) => {
      assertWritable(this.ctx, t.sheet);
      eachCell(t, (c) => {
        c.fill = { color: color.toUpperCase(), pattern: c.fill && c.fill.pattern !== "None" ? c.fill.pattern : "Solid", patternColor: c.fill?.patternColor ?? null };
      });
    });
  }
  get tintAndShade(): number | null {
    return this.read("tintAndShade");
  }
  set tintAndShade(tintAndShade: number) {
    this.ctx.requireApi("1.9", "RangeFill.tintAndShade");
    this.write({ tintAndShade }, (t) => {
      assertWritable(this.ctx, t.sheet);
      eachCell(t, (c) => {
        c.fill = { color: c.fill?.color ?? "#FFFFFF", pattern: c.fill?.pattern ?? "Solid", patternColor: c.fill?.patternColor ?? null, ...(tintAndShade ? { tintAndShade } : {}) };
      });
    });
  }
  get pattern(): string {
    return this.read("pattern");
  }
  set pattern(pattern: string) {
    this.ctx.requireApi("1.9", "RangeFill.pattern");
    this.write({ pattern }, (t) => {
      assertWritable(this.ctx, t.sheet);
      eachCell(t, (c) => {
        c.fill = { color: c.fill?.color ?? "#FFFFFF", pattern, patternColor: c.fill?.patternColor ?? null };
      });
    });
  }
  get patternColor(): string {
    return this.read("patternColor");
  }
  set patternColor(patternColor: string) {
    this.write({ patternColor }, (t) => {
      assertWritable(this.ctx, t.sheet);
      eachCell(t, (c) => {
        c.fill = { color: c.fill?.color ?? "#FFFFFF", pattern: c.fill?.pattern ?? "Solid", patternColor };
      });
    });
  }
  clear(): void {
    this.write({ clear: true }, (t) => {
      assertWritable(this.ctx, t.sheet);
      eachCell(t, (c) => {
        c.fill = null;
      });
    });
  }
}

class FakeRangeFont extends Proxy<Areas> {
  protected fetch(t: Areas, prop: string): unknown {
    if (prop === "bold") return t.sheet.cells.get(key(t.areas[0].top, t.areas[0].left))?.bold ?? false;
    throw new OfficeError("InvalidArgument", `RangeFont has no property ${prop}`);
  }
  set bold(bold: boolean) {
    this.write({ bold }, (t) => {
      assertWritable(this.ctx, t.sheet);
      eachCell(t, (c) => {
        c.bold = bold;
      });
    });
  }
}

class FakeClientResult<V> {
  private loadedValue?: { v: V };
  set(v: V): void {
    this.loadedValue = { v };
  }
  get value(): V {
    if (!this.loadedValue) notLoaded("value");
    return this.loadedValue.v;
  }
}

/** Notes of the workbook (sheet null) or of one sheet. */
class FakeNoteCollection {
  private loadedItems?: FakeNoteProxy[];

  constructor(
    private ctx: FakeContext,
    private sheet: (() => FakeSheet) | null,
  ) {}

  private all(): FakeNote[] {
    this.ctx.requireApi("1.18", "notes");
    const s = this.sheet?.();
    return this.ctx.state.notes.filter((n) => !s || n.sheet === s.name);
  }

  get items(): FakeNoteProxy[] {
    if (!this.loadedItems) notLoaded("items");
    return this.loadedItems;
  }

  load(props?: string): this {
    const list = loadList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ load: list }, () => {
      const notes = this.all();
      this.loadedItems = notes.map((n) => FakeNoteProxy.loaded(this.ctx, n));
      return notes.map((n) => ({ content: n.content }));
    });
    return this;
  }

  getItemOrNullObject(address: string): FakeNoteProxy {
    return new FakeNoteProxy(this.ctx, () => {
      this.ctx.requireApi("1.18", "notes");
      const s = this.sheet?.();
      const cell = s ? address : address.slice(address.lastIndexOf("!") + 1);
      return this.ctx.state.notes.find((n) => (!s || n.sheet === s.name) && n.cell === cell) ?? null;
    });
  }

  add(where: FakeRange | string, content: string): FakeNoteProxy {
    let placed: FakeNote | null = null;
    this.ctx.enqueue({ add: typeof where === "string" ? where : "range", content }, () => {
      this.ctx.requireApi("1.18", "notes");
      const at = typeof where === "string" ? { sheet: this.sheet!(), cell: where } : where.topLeft();
      assertWritable(this.ctx, at.sheet);
      if (this.ctx.state.notes.some((n) => n.sheet === at.sheet.name && n.cell === at.cell)) {
        throw new OfficeError("InvalidArgument", `The cell ${at.cell} already has a note.`);
      }
      placed = { sheet: at.sheet.name, cell: at.cell, content };
      this.ctx.state.notes.push(placed);
    });
    return new FakeNoteProxy(this.ctx, () => placed);
  }
}

class FakeNoteProxy extends Proxy<FakeNote> {
  static loaded(ctx: FakeContext, n: FakeNote): FakeNoteProxy {
    const p = new FakeNoteProxy(ctx, () => (ctx.state.notes.includes(n) ? n : null));
    p.loaded.set("content", n.content);
    return p;
  }

  protected fetch(t: FakeNote, prop: string): unknown {
    if (prop === "content") return t.content;
    throw new OfficeError("InvalidArgument", `Note has no property ${prop}`);
  }
  get content(): string {
    return this.read("content");
  }
  set content(content: string) {
    this.write({ content }, (n) => {
      n.content = content;
    });
  }
  delete(): void {
    this.write({ delete: true }, (n) => {
      const i = this.ctx.state.notes.indexOf(n);
      if (i >= 0) this.ctx.state.notes.splice(i, 1);
    });
  }
}

class FakeCommentCollection {
  private loadedItems?: FakeCommentProxy[];

  constructor(private ctx: FakeContext) {}

  get items(): FakeCommentProxy[] {
    if (!this.loadedItems) notLoaded("items");
    return this.loadedItems;
  }

  load(props?: string): this {
    const list = loadList(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ load: list }, () => {
      this.ctx.requireApi("1.10", "comments");
      this.loadedItems = this.ctx.state.comments.map((c) => FakeCommentProxy.loaded(this.ctx, c));
      return this.ctx.state.comments.map((c) => ({ id: c.id, content: c.content }));
    });
    return this;
  }

  add(address: string, content: string): void {
    this.ctx.enqueue({ add: address, content }, () => {
      this.ctx.requireApi("1.10", "comments");
      const sheetName = address.slice(0, address.lastIndexOf("!")).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      const cell = address.slice(address.lastIndexOf("!") + 1);
      const sheet = findSheet(this.ctx, sheetName);
      if (!sheet) throw new OfficeError("ItemNotFound", `No sheet ${sheetName}`);
      assertWritable(this.ctx, sheet);
      if (this.ctx.state.comments.some((c) => c.sheet === sheetName && c.cell === cell)) {
        throw new OfficeError("InvalidArgument", `The cell ${cell} already has a comment thread.`);
      }
      this.ctx.state.comments.push({ id: `c${this.ctx.state.comments.length + 1}-${Date.now()}`, sheet: sheetName, cell, content });
    });
  }
}

class FakeCommentProxy extends Proxy<FakeComment> {
  static loaded(ctx: FakeContext, c: FakeComment): FakeCommentProxy {
    const p = new FakeCommentProxy(ctx, () => (ctx.state.comments.includes(c) ? c : null));
    p.loaded.set("content", c.content);
    p.loaded.set("id", c.id);
    return p;
  }
  protected fetch(t: FakeComment, prop: string): unknown {
    if (prop === "content") return t.content;
    if (prop === "id") return t.id;
    throw new OfficeError("InvalidArgument", `Comment has no property ${prop}`);
  }
  get content(): string {
    return this.read("content");
  }
  get id(): string {
    return this.read("id");
  }
  /** The cell of the thread (ExcelApi 1.10). */
  getLocation(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const c = this.target();
        const s = findSheet(this.ctx, c.sheet);
        if (!s) throw new OfficeError("ItemNotFound", `No sheet ${c.sheet}`);
        return s;
      },
      undefined,
      () => parseRange(this.target().cell),
    );
  }
  delete(): void {
    this.write({ delete: true }, (c) => {
      this.ctx.state.comments = this.ctx.state.comments.filter((x) => x !== c);
    });
  }
}

class FakeSettingCollection {
  constructor(private ctx: FakeContext) {}

  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.ctx, k, true);
  }
  getItem(k: string): FakeSetting {
    return new FakeSetting(this.ctx, k, false);
  }
  add(k: string, value: unknown): void {
    this.ctx.enqueue({ add: k, value }, () => {
      if (this.ctx.state.readOnly) throw new OfficeError("AccessDenied", "The workbook is read-only.");
      this.ctx.state.settings.set(k, JSON.stringify(value));
    });
  }
}

class FakeSetting extends Proxy<{ key: string; value: unknown }> {
  constructor(ctx: FakeContext, k: string, nullable: boolean) {
    super(ctx, () => {
      const raw = ctx.state.settings.get(k);
      if (raw !== undefined) return { key: k, value: JSON.parse(raw) as unknown };
      if (nullable) return null;
      throw new OfficeError("ItemNotFound", `No setting ${k}`);
    });
  }
  protected fetch(t: { key: string; value: unknown }, prop: string): unknown {
    if (prop === "value") return t.value;
    if (prop === "key") return t.key;
    throw new OfficeError("InvalidArgument", `Setting has no property ${prop}`);
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.write({ delete: true }, (t) => {
      this.ctx.state.settings.delete(t.key);
    });
  }
}
