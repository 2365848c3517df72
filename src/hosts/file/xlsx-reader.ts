import type { CellValue } from "../../engine/snapshot";
import { WorkbookReadError } from "./errors";
import { attrAt, CLOSE, decodeAttr, decodeText, END, nameEndsAt, OPEN, skipSpecial, tagEndAt, TEXT, XmlScanner } from "./xml-scan";

/**
 * The parts of an .xlsx (as the prepass inflated and cleaned them) → the cells of each sheet, with no workbook object
 * model in between. Browser-safe, no dependencies.
 *
 * It reads what the file host read through ExcelJS until issue 14, value for value (test/hosts/file/reader-parity.test.ts
 * holds the two side by side): which sheets there are and in what order, shared strings with rich text runs joined,
 * shared formulas written out for each cell, number formats (ExcelJS's codes for the built-in ids), dates as serial
 * numbers, merged cells, hyperlinks. Where ExcelJS's model showed a cell otherwise than Excel does, the reader
 * follows Excel: a cached 0 or FALSE is a result (ExcelJS dropped it and the cell was computed again), a hyperlink
 * over a number reads as the number (ExcelJS gave the link's address), a formula's text under a date format stays
 * text (ExcelJS made it NaN) — the parity test names these three differences. A date written as ISO 8601 text
 * (t="d", Strict packages and some exporters) reads as its serial number; ExcelJS gets the serial from the prepass.
 *
 * The parts come under Excel's own names, found through the package's relationships by the prepass (prepass.ts,
 * package-layout.ts), so the fixed names here are the ones the package's relationships resolve to.
 */

/** What ExcelJS made of a cell, as far as the snapshot needs it. */
export const NULL = 0; // styled, no value: no cell of the snapshot, but a merge keeps its style
export const VALUE = 1;
export const FORMULA = 2;
export const HYPERLINK = 3;
export const SLAVE = 4; // a merged area's other cells: empty in Excel

export interface ReadCell {
  /** 0-based. */
  row: number;
  col: number;
  kind: number;
  /** The snapshot's value; undefined: a formula whose result the file does not carry. */
  value: CellValue | undefined;
  /** Formula text without "=" (a shared formula's own text for this cell), or null. */
  formula: string | null;
  /** The cell's value as ExcelJS held it, when a plain string, number or boolean (own-marks compares with it). */
  plain: string | number | boolean | undefined;
  /** ExcelJS's number format code ("General" included), or undefined. */
  numFmt: string | undefined;
  indent: number;
}

interface PendingShared {
  cell: ReadCell;
  /** The address its master cell was written at. */
  master: string;
  address: string;
}

export interface ReadSheet {
  name: string;
  state: string | undefined;
  protected: boolean;
  /** Merged areas, top-left:bottom-right, in file order. */
  merges: string[];
  /** rows[row][col], sparse; 0-based. */
  rows: ReadCell[][];
}

export interface ReadBook {
  date1904: boolean;
  sheets: ReadSheet[];
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers that copy ExcelJS's behaviour (lib/utils/utils.js, lib/xlsx/defaultnumformats.js, lib/utils/shared-formula.js)

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const dateFmtCache = new Map<string, boolean>();
/** ExcelJS's test of a date format (utils.isDateFmt): a number under it is read as a date. */
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let known = dateFmtCache.get(fmt);
  if (known === undefined) {
    known = /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
    dateFmtCache.set(fmt, known);
  }
  return known;
}

const MS_PER_DAY = 86_400_000;
/**
 * A number under a date format as the old reader gave it: ExcelJS made a Date of it (rounded to the millisecond) and
 * the reader turned that back into a serial number. The same arithmetic, so the same number to the last bit.
 */
export function dateSerial(v: unknown, date1904: boolean): number {
  const ms = Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const time = new Date(ms).getTime();
  return time / MS_PER_DAY + (date1904 ? 24107 : 25569);
}

const ISO_DATE = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/;

/**
 * An ISO 8601 date, time or both ("2024-01-01T00:00:00", as a t="d" cell holds it in Strict packages and from some
 * exporters) as Excel's serial number: days since the epoch of the workbook's date system, the 1900 system counting
 * Excel's 29 February 1900. undefined for text that is no such date. A time zone, which Excel has no notion of, is
 * ignored.
 */
export function isoDateSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let days = 0;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const utc = Date.UTC(y, mo - 1, d);
    const back = new Date(utc);
    if (mo < 1 || mo > 12 || back.getUTCDate() !== d || back.getUTCFullYear() !== y) return undefined;
    days = (utc - Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30)) / MS_PER_DAY;
    if (!date1904 && days < 61) days -= 1;
    if (days < 0) return undefined;
  }
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const min = m[5] === undefined ? 0 : Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 24 || min > 59 || sec >= 61) return undefined;
  return days + (h * 3600 + min * 60 + sec) / 86400;
}

/** ExcelJS decodes the text of a t="str" cell once more (utils.xmlDecode). */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** Shared-string and rich-run text: Excel's _xHHHH_ escapes decoded as ExcelJS does (text-xform.js). */
function unescapeX(text: string): string {
  return text.indexOf("_x") >= 0 ? text.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}

/** Column letters → 1-based number (any letters, as ExcelJS's col-cache does). */
function lettersToNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) & ~32) - 64);
  return n;
}

function numberToLetters(n: number): string {
  let s = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** "B12" → 1-based { row, col }, or null. */
function decodeAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address);
  if (!m) return null;
  return { row: Number(m[2]), col: lettersToNumber(m[1]) };
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula moved from its master cell to another (ExcelJS's slideFormula, lib/utils/shared-formula.js): the
 * relative references shift by the distance, absolute ones stay.
 */
export function slideFormula(formula: string, from: string, to: string): string | null {
  const a = decodeAddress(from);
  const b = decodeAddress(to);
  if (!a || !b) return null;
  let bad = false;
  const out = formula.replace(CANDIDATE, (ref: string, sheet: string | undefined, _s: string, part: string, paren: string | undefined) => {
    if (paren) return ref;
    const m = CELL_REF.exec(part);
    if (!m) return ref;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return ref;
    let col = lettersToNumber(letters);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += b.col - a.col;
    if (!m[3]) row += b.row - a.row;
    // ExcelJS throws on a column moved off the sheet; the cell is read without its formula instead.
    if (col < 1 || col > 16384) bad = true;
    return (sheet || "") + (m[1] || "") + numberToLetters(col) + (m[3] || "") + row;
  });
  return bad ? null : out;
}

function corrupt(file: string): WorkbookReadError {
  return new WorkbookReadError("corrupt", { file, detail: "content-unparseable" });
}

// ---------------------------------------------------------------------------------------------------------------------
// Shared strings and styles

type SharedString = string | { richText: { text: string | undefined }[] } | Record<string, never>;

function readSharedStrings(xml: string): SharedString[] {
  const out: SharedString[] = [];
  const s = new XmlScanner(xml);
  let current: SharedString | null = null;
  let inRun = false;
  let inPhonetic = false;
  let text: string[] | null = null;
  let run: { text: string | undefined } | null = null;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN) {
      const n = s.name;
      if (n === "si") {
        current = {};
      } else if (current === null) continue;
      else if (n === "r" && !inRun && !inPhonetic) {
        inRun = true;
        run = { text: undefined };
      } else if (n === "rPh" && !inRun && !inPhonetic) inPhonetic = true;
      else if (n === "t" && !inPhonetic && text === null) text = [];
    } else if (t === TEXT) {
      if (text !== null) text.push(s.text());
    } else if (t === CLOSE) {
      const n = s.name;
      if (current === null) continue;
      if (n === "t" && text !== null) {
        const value = unescapeX(text.join(""));
        text = null;
        if (inRun) run!.text = value;
        else current = value;
      } else if (n === "r" && inRun) {
        inRun = false;
        if (typeof current === "string" || !("richText" in current)) current = { richText: [] };
        (current as { richText: { text: string | undefined }[] }).richText.push(run!);
        run = null;
      } else if (n === "rPh" && inPhonetic) inPhonetic = false;
      else if (n === "si") {
        out.push(current);
        current = null;
      }
    }
  }
  return out;
}

interface Style {
  numFmt: string | undefined;
  indent: number | undefined;
  /** ExcelJS keeps an alignment only when one of its attributes is set. */
  hasAlignment: boolean;
}


/** The style of an s that names none. */
const EMPTY_STYLE: Style = { numFmt: undefined, indent: undefined, hasAlignment: false };

class Styles {
  private readonly xfs: { numFmtId: number; alignment: { indent: number | undefined } | null }[] = [];
  private readonly formats = new Map<number, string>();
  private readonly cache: (Style | null)[] = [];
  readonly present: boolean;

  constructor(xml: string | undefined) {
    this.present = xml !== undefined;
    if (xml === undefined) return;
    const s = new XmlScanner(xml);
    let section = "";
    let xf: { numFmtId: number; alignment: { indent: number | undefined } | null } | null = null;
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t === OPEN) {
        const n = s.name;
        if (section === "") {
          if (n === "numFmts" || n === "cellXfs" || n === "cellStyleXfs" || n === "dxfs" || n === "fonts" || n === "fills" || n === "borders" || n === "tableStyles" || n === "colors" || n === "extLst") section = n;
          if (s.selfClosing) section = "";
          continue;
        }
        if (section === "numFmts" && n === "numFmt") {
          const code = s.attr("formatCode");
          if (code !== undefined) this.formats.set(parseInt(s.attr("numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
        } else if (section === "cellXfs" && n === "xf") {
          xf = { numFmtId: parseInt(s.attr("numFmtId") ?? "", 10), alignment: null };
          this.xfs.push(xf);
        } else if (section === "cellXfs" && n === "alignment" && xf) {
          const has = (a: string) => {
            const v = s.attr(a);
            return v !== undefined && v !== "";
          };
          const indent = s.attr("indent");
          const valid = ["horizontal", "vertical", "wrapText", "shrinkToFit", "indent", "textRotation", "readingOrder"].some(has);
          xf.alignment = valid ? { indent: indent ? parseInt(indent, 10) : undefined } : null;
        }
      } else if (t === CLOSE) {
        if (s.name === section) section = "";
        else if (s.name === "xf") xf = null;
      }
    }
  }

  /** The style of a cell's s (ExcelJS's getStyleModel): null when there is no such style. */
  get(id: number): Style | null {
    if (!this.present || !(id >= 0)) return null;
    const known = this.cache[id];
    if (known !== undefined) return known;
    const xf = this.xfs[id];
    let style: Style | null = null;
    if (xf) {
      let numFmt: string | undefined;
      if (xf.numFmtId) numFmt = this.formats.get(xf.numFmtId) || BUILTIN_FORMATS[xf.numFmtId] || undefined;
      style = { numFmt, indent: xf.alignment?.indent, hasAlignment: xf.alignment !== null };
    }
    this.cache[id] = style;
    return style;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Relationships and the workbook

function readRels(xml: string | undefined): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  if (xml === undefined) return out;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN && s.name === "Relationship") {
      const id = s.attr("Id");
      if (id !== undefined) out.set(id, s.attr("Target"));
    }
  }
  return out;
}

interface SheetEntry {
  name: string;
  id: number;
  state: string | undefined;
  rId: string | undefined;
}

function readWorkbookXml(xml: string | undefined, file: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  if (xml === undefined) return { sheets, date1904 };
  const s = new XmlScanner(xml);
  let inSheets = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN) {
      if (s.name === "workbookPr") date1904 = s.attr("date1904") === "1";
      else if (s.name === "sheets") inSheets = !s.selfClosing;
      else if (s.name === "sheet" && inSheets) {
        const raw = s.attr("name");
        // ExcelJS failed the whole load on a sheet without a name.
        if (raw === undefined) throw new WorkbookReadError("corrupt", { file, detail: "content-unparseable" });
        sheets.push({ name: xmlDecode(raw), id: parseInt(s.attr("sheetId") ?? "", 10), state: s.attr("state"), rId: s.attr("r:id") });
      }
    } else if (t === CLOSE && s.name === "sheets") inSheets = false;
  }
  return { sheets, date1904 };
}

// ---------------------------------------------------------------------------------------------------------------------
// A sheet

interface Context {
  file: string;
  date1904: boolean;
  styles: Styles;
  shared: SharedString[] | undefined;
}

/** The snapshot's value of what ExcelJS held as a cell's value (read.ts's plainValue before issue 14). */
function plainOf(v: unknown, date1904: boolean, isDate: boolean): CellValue {
  if (isDate) return dateSerial(v, date1904);
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "object" && "richText" in v && Array.isArray((v as { richText: unknown }).richText)) return (v as { richText: { text?: string }[] }).richText.map((r) => r.text).join("");
  if (typeof v === "object" && "error" in v && typeof (v as { error: unknown }).error === "string") return (v as { error: string }).error;
  return null;
}

/**
 * A hyperlink cell's value: what the cell shows — its text, number (a date as its serial) or TRUE/FALSE; the link's
 * address only when the cell holds nothing (ExcelJS gave the address for a number too).
 */
function hyperlinkValue(text: unknown, isDate: boolean, target: string, date1904 = false): CellValue {
  if (typeof text === "number") return isDate ? dateSerial(text, date1904) : text;
  if (typeof text === "boolean") return text;
  if (!isDate && typeof text === "string") return text;
  if (!isDate && text && typeof text === "object" && "richText" in text) return plainOf(text, false, false);
  return target;
}

/** A cell as read from the XML, before ExcelJS's reconciliation (cell-xform.js) is repeated on it. */
class RawCell implements ReadCell {
  kind = NULL;
  value: CellValue | undefined = null;
  formula: string | null = null;
  plain: string | number | boolean | undefined = undefined;
  numFmt: string | undefined = undefined;
  indent = 0;
  /** <f> text, its t / si / ref. */
  f: string | undefined = undefined;
  shareType: string | undefined = undefined;
  si: string | undefined = undefined;
  ref: string | undefined = undefined;
  /** <v> / <t> text, or the runs of an inline rich string. */
  v: string | { richText: { text: string | undefined }[] } | undefined = undefined;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly address: string,
    readonly t: string | undefined,
    readonly style: Style | null,
    /** The row it was read into (a row written twice replaces the earlier one, cells and all). */
    readonly rowCells: ReadCell[] | undefined,
  ) {}
}

/** A cell's content other than a lone <v>: formulas, inline strings, rich runs (the general case). */
function readCellContent(content: string, cur: RawCell): void {
  const s = new XmlScanner(content);
  let node: "f" | "v" | "t" | null = null;
  let inRun = false;
  let runText: string[] | null = null;
  let run: { text: string | undefined } | null = null;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === TEXT) {
      if (inRun) {
        if (runText) runText.push(s.text());
      } else if (node === "f") cur.f = (cur.f ?? "") + s.text();
      else if (node === "v" || node === "t") {
        if (cur.v === undefined) cur.v = s.text();
        else if (typeof cur.v === "string") cur.v += s.text();
      }
      continue;
    }
    const n = s.name;
    if (t === OPEN) {
      if (inRun) {
        if (n === "t") runText = [];
      } else if (n === "f") {
        node = "f";
        cur.si = s.attr("si");
        cur.shareType = s.attr("t");
        cur.ref = s.attr("ref");
      } else if (n === "v") node = "v";
      else if (n === "t") node = "t";
      else if (n === "r") {
        inRun = true;
        run = { text: undefined };
      }
      continue;
    }
    if (inRun) {
      if (n === "t" && runText) {
        run!.text = unescapeX(runText.join(""));
        runText = null;
      } else if (n === "r") {
        inRun = false;
        if (cur.v === undefined || typeof cur.v === "string") cur.v = { richText: [] };
        cur.v.richText.push(run!);
        run = null;
      }
    } else if (n === "f" || n === "v" || n === "is" || n === "t") node = null;
  }
}

/**
 * <sheetData> read straight from the text (the bulk of a workbook: a scanner event per tag costs several times as
 * much). Returns where the scan goes on, after </sheetData>.
 */
function readSheetData(xml: string, from: number, styles: Styles, rows: ReadCell[][], rowStyles: (Style | null)[], raws: RawCell[]): number {
  const len = xml.length;
  let i = from;
  let rowIndex = -1;
  let rowCells: ReadCell[] | undefined;
  let inRow = false;
  while (i < len) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return len;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 47) {
      let gt = xml.indexOf(">", lt);
      gt = gt < 0 ? len : gt + 1;
      if (xml.startsWith("</sheetData", lt) && nameEndsAt(xml, lt + 11)) return gt;
      if (xml.startsWith("</row", lt) && nameEndsAt(xml, lt + 5)) inRow = false;
      i = gt;
      continue;
    }
    if (c1 === 33 || c1 === 63) {
      i = skipSpecial(xml, lt);
      continue;
    }
    const gt = tagEndAt(xml, lt);
    const self = xml.charCodeAt(gt - 1) === 47;
    const attrEnd = self ? gt - 1 : gt;
    if (c1 === 99 && nameEndsAt(xml, lt + 2)) {
      if (!inRow) {
        i = gt + 1;
        continue;
      }
      cellAttrs(xml, lt + 2, attrEnd);
      const styleId = attrStyle;
      const address = attrR ?? "";
      const col = columnOfAddress(address);
      // An s naming no style still makes a cell of it (ExcelJS: a styled empty cell, styled with nothing).
      const cur = new RawCell(rowIndex, col - 1, address, attrT, styleId ? (styles.get(styleId) ?? EMPTY_STYLE) : null, rowCells);
      raws.push(cur);
      if (self) {
        i = gt + 1;
        continue;
      }
      let close = xml.indexOf("</c", gt + 1);
      while (close >= 0 && !nameEndsAt(xml, close + 3)) close = xml.indexOf("</c", close + 3);
      if (close < 0) close = len;
      // The usual cell: one <v> and nothing else.
      if (xml.startsWith("<v>", gt + 1) && xml.startsWith("</v>", close - 4) && xml.indexOf("<", gt + 4) === close - 4) {
        if (close - 4 > gt + 4) cur.v = decodeText(xml.slice(gt + 4, close - 4));
      } else if (close > gt + 1) readCellContent(xml.slice(gt + 1, close), cur);
      const end = xml.indexOf(">", close);
      i = end < 0 ? len : end + 1;
      continue;
    }
    if (c1 === 114 && xml.startsWith("<row", lt) && nameEndsAt(xml, lt + 4)) {
      rowIndex = parseInt(attrAt(xml, lt + 4, attrEnd, "r") ?? "", 10) - 1;
      const sAttr = attrAt(xml, lt + 4, attrEnd, "s");
      const styleId = sAttr ? parseInt(sAttr, 10) : 0;
      // A row written twice: the later one replaces the earlier (ExcelJS keeps one row object a number).
      if (rowIndex >= 0) {
        rowCells = rows[rowIndex] = [];
        rowStyles[rowIndex] = styleId ? styles.get(styleId) : null;
      } else rowCells = undefined;
      inRow = !self;
    }
    i = gt + 1;
  }
  return len;
}

let attrR: string | undefined;
let attrS: string | undefined;
let attrT: string | undefined;
/** The style id of s as ExcelJS takes it (s ? parseInt(s) : none), 0 for none. */
let attrStyle = 0;
/**
 * A cell tag's r, s and t in one pass (into attrR, attrStyle, attrT); the first of a name counts, as with attrAt. An s
 * of digits is read without a string made of it.
 */
function cellAttrs(xml: string, from: number, end: number): void {
  attrR = attrS = attrT = undefined;
  attrStyle = 0;
  let styleSeen = false;
  let i = from;
  while (i < end) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    // The usual form, r="A1": one letter, "=", a double quote, no entity.
    if ((c === 114 || c === 115 || c === 116) && xml.charCodeAt(i + 1) === 61 && xml.charCodeAt(i + 2) === 34) {
      const close = xml.indexOf('"', i + 3);
      if (close < 0 || close > end) return;
      if (c === 115) {
        if (!styleSeen) {
          styleSeen = true;
          let n = 0;
          let k = i + 3;
          for (; k < close; k++) {
            const d = xml.charCodeAt(k) - 48;
            if (d < 0 || d > 9) break;
            n = n * 10 + d;
          }
          if (k === close) attrStyle = n;
          else {
            const raw = decodeAttr(xml.slice(i + 3, close));
            attrStyle = raw ? parseInt(raw, 10) : 0;
          }
        }
        i = close + 1;
        continue;
      }
      let value = xml.slice(i + 3, close);
      if (value.indexOf("&") >= 0 || /[\t\n\r]/.test(value)) value = decodeAttr(value);
      if (c === 114) attrR ??= value;
      else attrT ??= value;
      i = close + 1;
      continue;
    }
    // Anything else: the general parse of the whole tag.
    attrR = attrAt(xml, from, end, "r");
    attrS = attrAt(xml, from, end, "s");
    attrStyle = attrS ? parseInt(attrS, 10) : 0;
    attrT = attrAt(xml, from, end, "t");
    return;

  }
}

/** The 1-based column of an address's letters ("AB12" → 28), or 0 when it is no address. */
function columnOfAddress(address: string): number {
  let i = address.charCodeAt(0) === 36 ? 1 : 0;
  let n = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  if (n === 0 || i === address.length) return 0;
  if (address.charCodeAt(i) === 36) i++;
  for (let j = i; j < address.length; j++) {
    const d = address.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return 0;
  }
  return i < address.length ? n : 0;
}

function readSheetXml(xml: string, rels: Map<string, string | undefined> | undefined, ctx: Context): Omit<ReadSheet, "name" | "state"> {
  const { styles, date1904 } = ctx;
  const s = new XmlScanner(xml);
  const rows: ReadCell[][] = [];
  const rowStyles: (Style | null)[] = [];
  const cols: { min: number; max: number; style: Style | null }[] = [];
  const mergeRefs: string[] = [];
  const links: { ref: string | undefined; rId: string | undefined }[] = [];
  let isProtected = false;
  // The cells are read first, the hyperlinks (written after sheetData) applied after.
  const raws: RawCell[] = [];
  let section = "";

  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === TEXT) continue;
    const n = s.name;
    if (t === OPEN) {
      if (section === "") {
        if (n === "sheetData") {
          if (!s.selfClosing) s.seek(readSheetData(xml, s.position, styles, rows, rowStyles, raws));
        } else if (n === "cols" || n === "mergeCells" || n === "hyperlinks") section = s.selfClosing ? "" : n;
        else if (n === "sheetProtection") isProtected = true;
        continue;
      }
      if (section === "cols" && n === "col") {
        const st = s.attr("style");
        const styleId = st ? parseInt(st, 10) : 0;
        cols.push({ min: parseInt(s.attr("min") || "0", 10), max: parseInt(s.attr("max") || "0", 10), style: styleId ? styles.get(styleId) : null });
      } else if (section === "mergeCells" && n === "mergeCell") {
        const ref = s.attr("ref");
        if (ref !== undefined) mergeRefs.push(ref);
      } else if (section === "hyperlinks" && n === "hyperlink") links.push({ ref: s.attr("ref"), rId: s.attr("r:id") });
      continue;
    }
    if (n === section) section = "";
  }

  // Hyperlinks by address (ExcelJS reads a link's target from the sheet's relationships; a missing one failed the load).
  const linkMap = new Map<string, string>();
  for (const l of links) {
    if (!l.rId || l.ref === undefined) continue;
    if (!rels || !rels.has(l.rId)) throw corrupt(ctx.file);
    const target = rels.get(l.rId);
    if (target) linkMap.set(l.ref, target);
  }

  // Each cell as ExcelJS reconciled it (cell-xform.js parseClose + reconcile).
  const masters = new Map<string, string>();
  const followers: PendingShared[] = [];
  for (const r of raws) {
    const cell = r;
    const type = r.t;
    const numFmt = r.style?.numFmt;
    const isDate = isDateFmt(numFmt);
    cell.numFmt = numFmt;
    cell.indent = r.style?.hasAlignment ? (r.style.indent ?? 0) : 0;
    const link = linkMap.get(r.address);
    if (r.f || r.shareType) {
      let result: unknown;
      if (r.v) {
        const v = r.v;
        if (type === "str") result = xmlDecode(v as string);
        else if (type === "b") result = parseInt(v as string, 10) !== 0;
        else if (type === "e") result = { error: v };
        else if (type === "d") result = typeof v === "string" ? (isoDateSerial(v, date1904) ?? xmlDecode(v)) : undefined;
        else result = parseFloat(v as string);
      }
      // Only a number is a date serial: text a formula gives under a date format stays text (ExcelJS made it NaN).
      const resultIsDate = typeof result === "number" && isDate;
      let master: string | undefined;
      if (r.shareType === "shared") {
        if (r.ref) masters.set(String(r.si), r.address);
        else master = masters.get(String(r.si));
      }
      if (link !== undefined) {
        cell.kind = HYPERLINK;
        cell.value = hyperlinkValue(result, resultIsDate, link, date1904);
      } else {
        cell.kind = FORMULA;
        cell.formula = r.f || null;
        const hasKey = Boolean(r.f) || master !== undefined;
        // A cached 0, FALSE or error is the formula's result, as Excel (and Office.js) shows it; ExcelJS dropped a
        // falsy one, so the cell was computed again — a formula the evaluator cannot compute (an external link)
        // then read as blank instead of 0.
        const kept = result !== undefined;
        cell.value = hasKey ? (kept ? plainOf(result, date1904, resultIsDate) : undefined) : null;
        if (!r.f && master !== undefined) followers.push({ cell, master, address: r.address });
      }
    } else if (r.v !== undefined) {
      let v: unknown = r.v;
      let isNumber = false;
      switch (type) {
        case "s": {
          const index = parseInt(r.v as string, 10);
          if (ctx.shared) {
            v = ctx.shared[index];
            if (v === undefined || v === null) throw corrupt(ctx.file);
          } else v = index;
          break;
        }
        case "str":
          v = xmlDecode(r.v as string);
          break;
        case "inlineStr":
          break;
        case "b":
          v = parseInt(r.v as string, 10) !== 0;
          break;
        case "e":
          v = { error: r.v };
          break;
        case "d": {
          // An ISO 8601 date: its serial number, as Excel holds it (a text no date reads as the text).
          const serial = typeof r.v === "string" ? isoDateSerial(r.v, date1904) : undefined;
          if (serial === undefined) v = typeof r.v === "string" ? xmlDecode(r.v) : null;
          else {
            v = serial;
            isNumber = true;
          }
          break;
        }
        default:
          v = parseFloat(r.v as string);
          isNumber = true;
      }
      const date = isNumber && isDate;
      if (link !== undefined) {
        cell.kind = HYPERLINK;
        cell.value = hyperlinkValue(v, date, link, date1904);
      } else {
        cell.kind = VALUE;
        cell.value = plainOf(v, date1904, date);
        cell.plain = !date && (typeof v === "string" || typeof v === "number" || typeof v === "boolean") ? v : undefined;
      }
    } else if (link !== undefined) {
      cell.kind = HYPERLINK;
      cell.value = link;
    } else if (r.style) {
      cell.kind = NULL;
    } else {
      // No value and no style: ExcelJS makes no cell of it (its "merge" placeholder).
      continue;
    }
    // Cells with the same address in one row: ExcelJS keeps one cell object per column (the last wins).
    if (!(cell.col >= 0) || r.rowCells === undefined || rows[cell.row] !== r.rowCells) continue;
    r.rowCells[cell.col] = cell;
  }

  // Merged areas: the other cells read empty, keeping their own style, or the row's / column's when they had no cell.
  const colStyle = columnStyles(cols);
  const merges: string[] = [];
  for (const ref of mergeRefs) {
    const [a, b] = ref.split(":");
    const p = decodeAddress(a);
    const q = b === undefined ? p : decodeAddress(b);
    if (!p || !q) continue;
    const top = Math.min(p.row, q.row);
    const left = Math.min(p.col, q.col);
    const bottom = Math.max(p.row, q.row);
    const right = Math.max(p.col, q.col);
    merges.push(`${numberToLetters(left)}${top}:${numberToLetters(right)}${bottom}`);
    for (let i = top - 1; i < bottom; i++) {
      const row = (rows[i] ??= []);
      for (let j = left - 1; j < right; j++) {
        if (i === top - 1 && j === left - 1) continue;
        const had = row[j];
        if (had) {
          had.kind = SLAVE;
          had.value = null;
          had.formula = null;
          had.plain = undefined;
          continue;
        }
        const rs = rowStyles[i] ?? null;
        const cs = colStyle[j + 1] ?? null;
        const numFmt = rs?.numFmt || cs?.numFmt || undefined;
        const align = rs?.hasAlignment ? rs : cs?.hasAlignment ? cs : null;
        row[j] = { row: i, col: j, kind: SLAVE, value: null, formula: null, plain: undefined, numFmt, indent: align ? (align.indent ?? 0) : 0 };
      }
    }
  }

  // Shared formulas: each follower's own text, moved from its master's (ExcelJS's translation when read).
  for (const f of followers) {
    const at = decodeAddress(f.master);
    const master = at ? rows[at.row - 1]?.[at.col - 1] : undefined;
    if (f.cell.kind !== FORMULA) continue;
    const text = master && master.kind === FORMULA ? master.formula : null;
    f.cell.formula = text ? slideFormula(text, f.master, f.address) : null;
    if (f.cell.formula === null && f.cell.value === undefined) f.cell.value = null;
  }

  return { protected: isProtected, merges, rows };
}

/** Each column's style from <cols> (ExcelJS's Column.fromModel: sorted by min, the first to claim a column keeps it). */
function columnStyles(cols: { min: number; max: number; style: Style | null }[]): (Style | null)[] {
  const out: (Style | null)[] = [];
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  let count = 1;
  for (const c of sorted) {
    if (count < c.min) count = c.min;
    for (; count <= c.max && count <= 16384; count++) out[count] = c.style;
  }
  return out;
}

const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;

/**
 * Read the workbook's sheets from its parts (prepass.ts's `parts`), in the order ExcelJS gave them. `names` gives
 * a sheet loaded under a stand-in its own name. Throws WorkbookReadError ("corrupt") where ExcelJS failed the load.
 */
export function readXlsxParts(
  parts: Map<string, string>,
  names: Map<string, string>,
  file: string,
  onSheet?: (done: number, total: number) => void,
): ReadBook {
  // A package part holds no DTD (ECMA-376 part 2 forbids it; Excel refuses one): no entity of one is ever expanded.
  for (const text of parts.values()) if (text.includes("<!DOCTYPE")) throw corrupt(file);
  const book = readWorkbookXml(parts.get("xl/workbook.xml"), file);
  const bookRels = readRels(parts.get("xl/_rels/workbook.xml.rels"));
  const sharedXml = parts.get("xl/sharedStrings.xml");
  const ctx: Context = {
    file,
    date1904: book.date1904,
    styles: new Styles(parts.get("xl/styles.xml")),
    shared: sharedXml === undefined ? undefined : readSharedStrings(sharedXml),
  };

  // The sheet parts in zip order (ExcelJS's model.worksheets), each with the sheet of workbook.xml naming it.
  const sheetRels = new Map<string, string>();
  const partsInOrder: { part: string; no: string }[] = [];
  for (const part of parts.keys()) {
    if (part === "xl/workbook.xml" || part === "xl/_rels/workbook.xml.rels" || part === "xl/sharedStrings.xml" || part === "xl/styles.xml") continue;
    const sheet = SHEET_PART.exec(part);
    if (sheet) partsInOrder.push({ part, no: sheet[1] });
    else {
      const rels = SHEET_RELS_PART.exec(part);
      if (rels) sheetRels.set(rels[1], part);
    }
  }
  const named = new Map<string, SheetEntry>();
  for (const sheet of book.sheets) {
    const target = sheet.rId === undefined ? undefined : bookRels.get(sheet.rId);
    if (target === undefined && !(sheet.rId !== undefined && bookRels.has(sheet.rId))) continue;
    if (target === undefined) throw corrupt(file);
    const key = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (partsInOrder.some((p) => p.part === key)) named.set(key, sheet);
  }
  // ExcelJS files its sheets by sheetId (a later part with the same id replaces an earlier) and lists them in
  // workbook.xml's order.
  const byId = new Map<number, { part: string; no: string; sheet: SheetEntry }>();
  for (const p of partsInOrder) {
    const sheet = named.get(p.part);
    if (!sheet || !Number.isInteger(sheet.id) || sheet.id < 1 || sheet.id > 2 ** 32 - 2) continue;
    byId.set(sheet.id, { ...p, sheet });
  }
  const listed = [...byId.values()]
    .map((e) => ({ ...e, order: book.sheets.findIndex((s) => s.id === e.sheet.id) }))
    .sort((a, b) => a.order - b.order || a.sheet.id - b.sheet.id);

  const sheets: ReadSheet[] = listed.map((e, i) => {
    const relsPart = sheetRels.get(e.no);
    const rels = relsPart === undefined ? undefined : readRels(parts.get(relsPart));
    const read = readSheetXml(parts.get(e.part)!, rels, ctx);
    const name = e.sheet.name;
    onSheet?.(i + 1, listed.length);
    return { name: names.get(name) ?? name, state: e.sheet.state, ...read };
  });
  return { date1904: book.date1904, sheets };
}

