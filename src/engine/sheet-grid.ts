import { parseRange, type RangeRef, cellAddress } from "./address";
import type { CellValue, SheetSnapshot } from "./snapshot";
import { isErrorValue } from "./snapshot";
import { normalizeHeader } from "./text/normalize";
import { memoByText } from "./text/memo";

/**
 * normalizeHeader as a module-local binding: every cell of every sheet is normalised once, and in CommonJS output (tsx,
 * the bench) each read of an imported name is a getter call.
 */
const normalizeCellHeader = normalizeHeader;

/**
 * Read access to one sheet of a snapshot by absolute 0-based coordinates, merge-aware.
 * Recognisers walk sheets through this, never through the raw arrays.
 */
export class SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** One past the last used row / column. */
  readonly bottom: number;
  readonly right: number;
  readonly merges: RangeRef[];
  // Per used-range cell, in one array (index row * width + column): recognisers ask for the same cells many times
  // (millions of calls on a department's workbook), and an array lookup is several times faster than a keyed Map.
  // It holds 1 + the merge's index in `merges` (0: none): numbers, not references, so the garbage collector has
  // nothing to trace in it and it is made zeroed at once.
  private readonly mergeCells: Int32Array | null;
  /**
   * header() of each used-range row, one array a row (index column - left), filled in one pass on the row's first ask:
   * recognisers walk whole rows (every row of every sheet is read for header words), and a loop over a row's array
   * is cheaper than a header() call per cell.
   */
  private headerRows: (readonly string[] | undefined)[] | null = null;
  /** text() of each used-range cell, in one array (index row * width + column), made on first use. */
  private textCache: (string | undefined)[] | null = null;
  private readonly width: number;
  private readonly cells: number;
  /** A merge reaching outside the used range (rare). */
  private readonly mergesOutside = new Map<string, RangeRef>();

  private readonly synonyms: Map<string, string> | null;

  /** `synonyms`: a profile's own header words mapped to known ones (Profile.headerSynonyms), applied by header(). */
  constructor(
    readonly sheet: SheetSnapshot,
    synonyms?: Record<string, string>,
  ) {
    this.synonyms = synonyms && Object.keys(synonyms).length ? new Map(Object.entries(synonyms).map(([k, v]) => [normalizeHeader(k), normalizeHeader(v)])) : null;
    this.name = sheet.name;
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = this.top + sheet.values.length;
    this.right = this.left + sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
    this.width = this.right - this.left;
    this.cells = this.width * sheet.values.length;
    this.merges = sheet.merged.map(parseRange);
    this.mergeCells = this.merges.length ? new Int32Array(this.cells) : null;
    this.merges.forEach((m, k) => {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          const i = this.cellIndex(r, c);
          if (i < 0) this.mergesOutside.set(`${r}:${c}`, m);
          else this.mergeCells![i] = k + 1;
        }
      }
    });
  }

  /** The raw value of a cell; null outside the used range. */
  raw(row: number, col: number): CellValue {
    const r = this.sheet.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): RangeRef | undefined {
    if (this.mergeCells === null) return undefined;
    const i = this.cellIndex(row, col);
    if (i < 0) return this.mergesOutside.size ? this.mergesOutside.get(`${row}:${col}`) : undefined;
    const k = this.mergeCells[i];
    return k === 0 ? undefined : this.merges[k - 1];
  }

  /** The cell that holds a merged area's value (its top-left), or the cell itself. */
  anchorOf(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Whether a cell holds its own value: a plain cell, or the top-left cell of its merged area. */
  isAnchor(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** The value shown at a cell: inside a merged area, the area's top-left value. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The shown value as trimmed text ("" for blank). Numbers are printed without formatting. Cached like header(). */
  text(row: number, col: number): string {
    const i = this.cellIndex(row, col);
    if (i < 0) return this.textOf(row, col);
    const cache = (this.textCache ??= new Array<string | undefined>(this.cells));
    let t = cache[i];
    if (t === undefined) cache[i] = t = this.textOf(row, col);
    return t;
  }

  /** A used-range cell's place in the caches, or -1 outside the used range. */
  private cellIndex(row: number, col: number): number {
    const rowIndex = row - this.top;
    const colIndex = col - this.left;
    if (rowIndex < 0 || colIndex < 0 || colIndex >= this.width || row >= this.bottom) return -1;
    return rowIndex * this.width + colIndex;
  }

  private textOf(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    return String(v).trim();
  }

  /** Text of a cell as a header word is matched. Cached: recognisers ask for the same cells many times. */
  header(row: number, col: number): string {
    const k = col - this.left;
    // Outside the used range, read directly: not a row's array made for one cell.
    if (k < 0 || k >= this.width || row < this.top || row >= this.bottom) return this.headerOf(row, col);
    return this.headerRow(row)[k];
  }

  /**
   * header() of every cell of a row in the used columns, index column - left (so `headerRow(r)[c - left]` is
   * `header(r, c)`). Cached per row: the same array on every ask, not to be changed by callers.
   */
  headerRow(row: number): readonly string[] {
    const i = row - this.top;
    if (i < 0 || row >= this.bottom) return this.readHeaderRow(row);
    const rows = (this.headerRows ??= new Array<readonly string[] | undefined>(this.bottom - this.top));
    let hs = rows[i];
    if (hs === undefined) rows[i] = hs = this.readHeaderRow(row);
    return hs;
  }

  private readHeaderRow(row: number): string[] {
    // Made at the row's width, not grown by push (which reserves 17 slots at the first): every row of every sheet
    // keeps its array for the whole run.
    const hs = new Array<string>(this.width);
    const merged = this.mergeCells;
    if (merged === null || row < this.top || row >= this.bottom) {
      for (let i = 0; i < this.width; i++) hs[i] = this.headerOf(row, this.left + i);
      return hs;
    }
    const first = (row - this.top) * this.width;
    for (let i = 0; i < this.width; i++) {
      const k = merged[first + i];
      const m = k === 0 ? undefined : this.merges[k - 1];
      const c = this.left + i;
      if (m !== undefined && this.sharesHeader(m, k, row, c)) hs[i] = m.top === row ? hs[m.left - this.left] : this.header(m.top, m.left);
      else hs[i] = this.headerOf(row, c);
    }
    return hs;
  }

  /**
   * Whether a cell of a merged area (`k`: 1 + its index in `merges`) has the header of the area's top-left cell, read
   * already: it shows that cell's value (a third of the bench workbook's cells are such). Not where the top-left cell
   * lies outside the used range or in another merge too (overlapping merges): there the cell's own header is read.
   */
  private sharesHeader(m: RangeRef, k: number, row: number, col: number): boolean {
    if (m.top === row && m.left === col) return false;
    const anchor = this.cellIndex(m.top, m.left);
    return anchor >= 0 && this.mergeCells![anchor] === k;
  }

  private headerOf(row: number, col: number): string {
    const t = this.text(row, col);
    // Blank cells (a tenth of the bench workbook's) skip the memo's lookup: blank text normalises to "".
    const h = t === "" ? "" : normalizeCellHeader(t);
    return this.synonyms ? (this.synonyms.get(h) ?? h) : h;
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  /** Whether the raw cell itself (not its merged area) is empty: where computed values may be written. */
  isEmptyCell(row: number, col: number): boolean {
    if (!this.isAnchor(row, col)) return false;
    const v = this.raw(row, col);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  isError(row: number, col: number): boolean {
    return isErrorValue(this.value(row, col));
  }

  formula(row: number, col: number): string | null {
    return this.sheet.formulas?.[row - this.top]?.[col - this.left] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  indent(row: number, col: number): number {
    return this.sheet.indents?.[row - this.top]?.[col - this.left] ?? 0;
  }

  /**
   * Decimals the cell displays, from its number format ("0.00" → 2, "0%" → 0 of the percentage);
   * null for General, where the value is shown as stored.
   */
  displayDecimals(row: number, col: number): number | null {
    const f = this.numberFormat(row, col);
    return f ? decimalsOfFormat(f) : null;
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }

  /** Row numbers of the used range, top to bottom. */
  *rows(from = this.top, to = this.bottom): Generator<number> {
    for (let r = Math.max(from, this.top); r < Math.min(to, this.bottom); r++) yield r;
  }
}

/** Decimals a number format displays; a workbook has few formats and millions of cells. */
const decimalsOfFormat = memoByText((f: string): number | null => {
  if (!f || /^general$/i.test(f)) return null;
  const section = f.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const m = /[0#](?:[.]([0#]+))?/.exec(section.slice(section.search(/[0#]/)));
  if (!m) return null;
  const dot = section.indexOf(".");
  if (dot < 0) return 0;
  const after = section.slice(dot + 1).match(/^[0#]+/);
  return after ? after[0].length : 0;
});
