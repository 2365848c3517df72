/** A1 addresses. Rows and columns are 0-based everywhere in the engine; only the text form is 1-based. */

export interface CellRef {
  row: number;
  col: number;
}
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Names of the first columns, made once: every cell address of every form spells one. */
const FIRST_COLUMNS = Array.from({ length: 256 }, (_, col) => spellColumn(col));

export function columnName(col: number): string {
  return col >= 0 && col < FIRST_COLUMNS.length && Number.isInteger(col) ? FIRST_COLUMNS[col] : spellColumn(col);
}

function spellColumn(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Addresses spelt so far, per column of the first 64 (then per row, both 0-based): every cell a form reads keeps its
 * address, and the sheets of a workbook (and each run over it) repeat the same ones. Spelt once, the strings are shared
 * and live in the old generation instead of being made for each cell and copied by each young-generation collection.
 */
const SPELT: (string | undefined)[][] = [];
/** Cells past these are spelt afresh: the table grows with the cells asked for, and no further than 64 columns × 8192 rows. */
const SPELT_COLUMNS = 64;
const SPELT_ROWS = 8192;

export function cellAddress(row: number, col: number): string {
  if (col < 0 || col >= SPELT_COLUMNS || row < 0 || row >= SPELT_ROWS || !Number.isInteger(row) || !Number.isInteger(col)) {
    return `${columnName(col)}${row + 1}`;
  }
  const column = (SPELT[col] ??= []);
  let a = column[row];
  if (a === undefined) {
    // Filled without gaps below the row, so the array stays packed (a holey or dictionary array is slower to read).
    for (let r = column.length; r < row; r++) column.push(undefined);
    column[row] = a = `${FIRST_COLUMNS[col]}${row + 1}`;
  }
  return a;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCell(a1: string): CellRef {
  const m = CELL_RE.exec(a1.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function parseRange(a1: string): RangeRef {
  return parsePlainRange(a1) ?? parseAnyRange(a1);
}

/**
 * "B3" or "B3:D7" as hosts write them (upper-case letters, no $, no sheet, no spaces), read without a regex or a copy:
 * every merged area of every sheet and every form's range is parsed (tens of thousands on a big workbook). Anything
 * else is left to parseAnyRange (null).
 */
function parsePlainRange(a1: string): RangeRef | null {
  const colon = a1.indexOf(":");
  const end1 = colon < 0 ? a1.length : colon;
  const r1 = plainRow(a1, 0, end1);
  if (r1 < 0) return null;
  const c1 = plainCol(a1, 0, end1);
  if (colon < 0) return { top: r1, left: c1, bottom: r1, right: c1 };
  // A second colon ("A1:B2:C3") is parseAnyRange's to judge.
  if (a1.indexOf(":", colon + 1) >= 0) return null;
  const r2 = plainRow(a1, colon + 1, a1.length);
  if (r2 < 0) return null;
  const c2 = plainCol(a1, colon + 1, a1.length);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** The 0-based row of a plain address in a1[from, to): 1–3 letters A–Z, then digits (no leading sign); -1 if not plain. */
function plainRow(a1: string, from: number, to: number): number {
  let i = from;
  while (i < to && i - from < 4) {
    const ch = a1.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    i++;
  }
  const letters = i - from;
  if (letters < 1 || letters > 3 || i === to) return -1;
  let row = 0;
  for (; i < to; i++) {
    const d = a1.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  // Past 2^53 the digits no longer make an exact number: the regex path reads them as it always did.
  return to - from - letters > 15 ? -1 : row - 1;
}

/** The 0-based column of a plain address whose row plainRow accepted. */
function plainCol(a1: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = a1.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    n = n * 26 + (ch - 64);
  }
  return n - 1;
}

function parseAnyRange(a1: string): RangeRef {
  const bare = a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1;
  const [a, b] = bare.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** `'Sheet name'!C13:C24`, quoting as Excel does when the name is not a plain identifier. */
export function qualified(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return plain ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

export function contains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
