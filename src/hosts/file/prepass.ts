import JSZip from "jszip";
import { columnIndex, columnName, rangeAddress, type RangeRef } from "../../engine/address";
import type { ReadNotice } from "../../engine/read-notices";
import { WorkbookReadError, detailKey } from "./errors";
import { attr, entryPart, packageLayout, relationshipsPrefix, rootTag, SHARED_STRINGS_PART, STYLES_PART, unescapeXml, WORKBOOK_PART, WORKBOOK_RELS_PART } from "./package-layout";
import { isoDateSerial } from "./xlsx-reader";

/**
 * The pass over a workbook's zip before ExcelJS sees it. Browser-safe (JSZip, TextDecoder; no fs, no zlib).
 *
 * 1. Every part is found where the package's relationships say it is (package-layout.ts: an exporter's own part names
 *    and folders, absolute targets, entry names in another case, no relationships at all) and handed on under the
 *    name ExcelJS and the reader look for; a Strict Open XML part gets Transitional's namespaces, a part whose
 *    SpreadsheetML elements carry a prefix (x:) loses it.
 * 2. Every part is inflated as a stream with a running count, so a part that lies about its inflated size is stopped
 *    at the cap instead of being inflated whole (a 1 MB file holding 1.1 GB of zeros under a header saying 1 KB).
 * 3. What ExcelJS cannot load but Excel opens is cleaned from the sheet XML, each change said as a ReadNotice:
 *    a merged area over the whole sheet (ExcelJS makes one object per merged cell: it hung), overlapping merges
 *    and cells past XFD1048576 (ExcelJS threw and the whole workbook was called damaged). Sheet names Excel keeps
 *    but ExcelJS refuses ("预算[2024]") get a stand-in for the load and their own name back after it.
 * A workbook that needs none of this reaches ExcelJS as the very bytes it came as.
 */

/** What a workbook's parts may inflate to in all (ExcelJS holds them in memory; a run may use 1.5 GB). */
export const MAX_INFLATED_BYTES = 800 * 1024 * 1024;
/** What one sheet's XML may inflate to: it is read as one string, and ExcelJS would need several GB for such a sheet. */
export const MAX_SHEET_XML_BYTES = 256 * 1024 * 1024;
/** A merged area larger than this is read as the part of it that holds cells (ExcelJS: ~270 bytes, 5 µs a cell). */
export const MAX_MERGE_CELLS = 100_000;
/** Merged cells a workbook may hold in all; merges beyond it are not read as merged. */
export const MAX_MERGED_CELLS = 1_000_000;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** ExcelJS reads a worksheet from any part whose name matches this (xlsx.js), so the pass looks at the same ones. */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

export interface Prepared {
  notices: ReadNotice[];
  /** Stand-in sheet name → the sheet's own name, to be given back after the load. */
  names: Map<string, string>;
  /**
   * The text of every part the reader reads (xlsx-reader.ts), under the names Excel itself writes whatever names the
   * package used (xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/styles.xml,
   * xl/worksheets/sheetN.xml and their relationships; the workbook's relationships pointing at them): workbook.xml and
   * the sheets as cleaned, in Transitional's namespaces.
   */
  parts: Map<string, string>;
  /** The bytes for ExcelJS (the writer of the checked copy): the input itself when nothing needed cleaning. */
  bytes(): Promise<Uint8Array>;
}

/** Parts the reader reads besides the sheets and workbook.xml (their text is kept). */
const SHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const OTHER_READ_PARTS = new Set([SHARED_STRINGS_PART, STYLES_PART]);

/** Notices of one sheet part, before the part is known by its sheet's name. */
type PartNotice = ReadNotice extends infer N ? (N extends { sheet: string } ? Omit<N, "sheet"> : never) : never;

/** Inflating stopped at a cap: the workbook's (all parts) or one sheet's (its XML is read as one string). */
class InflateCap extends Error {
  constructor(readonly cap: "workbook" | "sheet") {
    super("inflate cap");
  }
}

interface StreamHelper {
  on(event: "data", f: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", f: () => void): StreamHelper;
  on(event: "error", f: (e: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/**
 * Inflate one part as a stream, counting every byte against the workbook's budget; the part's text when `keep`.
 * Stops (InflateCap) the moment the count passes a cap: a lying header costs the cap, never the lie.
 */
function inflatePart(file: JSZip.JSZipObject, keep: boolean, budget: { used: number }): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const helper = (file as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    const stop = (e: unknown) => {
      if (settled) return;
      settled = true;
      helper.pause();
      chunks.length = 0;
      reject(e);
    };
    helper
      .on("data", (chunk) => {
        if (settled) return;
        size += chunk.length;
        budget.used += chunk.length;
        if (budget.used > MAX_INFLATED_BYTES) return stop(new InflateCap("workbook"));
        if (keep && size > MAX_SHEET_XML_BYTES) return stop(new InflateCap("sheet"));
        if (keep) chunks.push(chunk);
      })
      .on("error", stop)
      .on("end", () => {
        if (settled) return;
        settled = true;
        if (!keep) return resolve(null);
        // One decode of the whole part: far faster than decoding chunk by chunk and joining the pieces.
        const whole = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          whole.set(c, at);
          at += c.length;
        }
        chunks.length = 0;
        resolve(new TextDecoder("utf-8").decode(whole));
      })
      .resume();
  });
}

/** A1 → 0-based cell inside Excel's grid, or null (past XFD / row 1048576, or not an address). */
function gridCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnIndex(m[1]) + 1;
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return null;
  return { row: row - 1, col: col - 1 };
}

function gridRange(ref: string): RangeRef | null {
  const [a, b, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const p = gridCell(a);
  const q = b === undefined ? p : gridCell(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const area = (r: RangeRef) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Intervals of merged columns per row, to find an overlap without comparing every pair of merges. */
class MergeIndex {
  private rows = new Map<number, { left: number; right: number; ref: string }[]>();

  overlapping(r: RangeRef): string | undefined {
    for (let row = r.top; row <= r.bottom; row++) {
      const hit = this.rows.get(row)?.find((i) => i.left <= r.right && i.right >= r.left);
      if (hit) return hit.ref;
    }
    return undefined;
  }

  add(r: RangeRef, ref: string): void {
    for (let row = r.top; row <= r.bottom; row++) {
      const list = this.rows.get(row);
      if (list) list.push({ left: r.left, right: r.right, ref });
      else this.rows.set(row, [{ left: r.left, right: r.right, ref }]);
    }
  }
}

const CELL_TAG = /<c(?=[\s>/])[^>]*>/g;
const CELL_ELEMENT = /<c(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const ROW_ELEMENT = /<row(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const MERGE_BLOCK = /<mergeCells(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/;
const MERGE_TAG = /<mergeCell(?=[\s>/])[^>]*>/g;
/** A row or cell tag with no r attribute (one linear search, no array of every tag). */
const ROW_WITHOUT_R = /<row(?=[\s>/])(?![^>]*\sr\s*=)[^>]*>/;
const CELL_WITHOUT_R = /<c(?=[\s>/])(?![^>]*\sr\s*=)[^>]*>/;
/** The r of every row / cell tag, captured directly. */
const ROW_REF = /<row(?=[\s>/])[^>]*?\sr\s*=\s*["']([^"']*)["']/g;
const CELL_REF = /<c(?=[\s>/])[^>]*?\sr\s*=\s*["']([^"']*)["']/g;

/** 1-based column of the letters of an address, or 0 when they are no column of the grid. */
function columnOf(ref: string, end: number): number {
  if (end < 1 || end > 3) return 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) return 0;
    n = n * 26 + (c - 64);
  }
  return n <= MAX_COL ? n : 0;
}

/** A cell address inside the grid, parsed without a regular expression (every cell of a sheet passes here). */
function fastCell(ref: string): { row: number; col: number } | null {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  const col = columnOf(ref, i);
  if (col === 0 || i === ref.length || ref.length - i > 7) return null;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return row >= 1 && row <= MAX_ROW ? { row: row - 1, col: col - 1 } : null;
}

function isTagSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Whether the r of some cell tag is no address inside the grid: CELL_REF and fastCell over every cell, without a match
 * array, a string and an object for each of a sheet's hundreds of thousands of cells.
 */
function anyCellOutside(xml: string): boolean {
  let i = xml.indexOf("<c");
  while (i >= 0) {
    const after = xml.charCodeAt(i + 2);
    if (isTagSpace(after) || after === 62 || after === 47) {
      let gt = xml.indexOf(">", i + 2);
      if (gt < 0) gt = xml.length;
      // The first \sr\s*=\s*["'] in the tag, as CELL_REF finds it.
      for (let j = i + 2; j < gt; j++) {
        if (!isTagSpace(xml.charCodeAt(j)) || xml.charCodeAt(j + 1) !== 114) continue;
        let k = j + 2;
        while (k < gt && isTagSpace(xml.charCodeAt(k))) k++;
        if (xml.charCodeAt(k) !== 61) continue;
        k++;
        while (k < gt && isTagSpace(xml.charCodeAt(k))) k++;
        const q = xml.charCodeAt(k);
        if (q !== 34 && q !== 39) continue;
        let end = k + 1;
        while (end < xml.length && xml.charCodeAt(end) !== 34 && xml.charCodeAt(end) !== 39) end++;
        if (end >= xml.length) break;
        if (!cellInGrid(xml, k + 1, end)) return true;
        break;
      }
      i = xml.indexOf("<c", gt);
    } else i = xml.indexOf("<c", i + 2);
  }
  return false;
}

/** fastCell(xml.slice(from, end)) !== null, without the slice. */
function cellInGrid(xml: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && xml.charCodeAt(i) >= 65) i++;
  const letters = i - from;
  if (letters < 1 || letters > 3) return false;
  let col = 0;
  for (let k = from; k < i; k++) {
    const c = xml.charCodeAt(k) & ~32;
    if (c < 65 || c > 90) return false;
    col = col * 26 + (c - 64);
  }
  if (col > MAX_COL || i === end || end - i > 7) return false;
  let row = 0;
  for (let k = i; k < end; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  return row >= 1 && row <= MAX_ROW;
}

/** The box of the cells that exist (any <c> inside the grid), for clipping a merge far larger than them. */
function cellBox(xml: string): RangeRef | null {
  let box: RangeRef | null = null;
  for (const m of xml.matchAll(CELL_REF)) {
    const c = fastCell(m[1]);
    if (!c) continue;
    if (!box) box = { top: c.row, left: c.col, bottom: c.row, right: c.col };
    else {
      if (c.row < box.top) box.top = c.row;
      if (c.row > box.bottom) box.bottom = c.row;
      if (c.col < box.left) box.left = c.col;
      if (c.col > box.right) box.right = c.col;
    }
  }
  return box;
}

const VALIDATION_ELEMENT = /<dataValidation(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g;

/**
 * Rows and cells written without their address (`r` is optional in the file format; some programs leave it out, and
 * Excel counts on from the previous one): each given its address, as ExcelJS cannot load them without.
 */
function addressed(xml: string): string | null {
  if (!ROW_WITHOUT_R.test(xml) && !CELL_WITHOUT_R.test(xml)) return null;
  let row = 0;
  return xml.replace(ROW_ELEMENT, (element) => {
    const tag = /^<row[^>]*>/.exec(element)![0];
    const r = attr(tag, "r");
    row = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
    let col = 0;
    const cells = element.slice(tag.length).replace(CELL_TAG, (cell) => {
      const ref = attr(cell, "r");
      const at = ref !== undefined ? /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref) : null;
      if (ref !== undefined) {
        col = at ? columnIndex(at[1]) + 1 : col + 1;
        return cell;
      }
      col += 1;
      return cell.replace(/^<c/, `<c r="${columnName(col - 1)}${row}"`);
    });
    return (r === undefined ? tag.replace(/^<row/, `<row r="${row}"`) : tag) + cells;
  });
}

function rowOutside(tag: string): boolean {
  const r = attr(tag, "r");
  return r !== undefined && !(/^\d{1,7}$/.test(r) && Number(r) >= 1 && Number(r) <= MAX_ROW);
}

function cellOutside(tag: string): boolean {
  const r = attr(tag, "r");
  return r !== undefined && gridCell(r) === null;
}

/**
 * One sheet's XML made loadable: cells and rows past the grid taken out, merged areas clipped or left unmerged.
 * `xml` is null when nothing needed changing. `merged` carries the workbook's count of merged cells across sheets.
 */
export function cleanSheetXml(text: string, merged: { cells: number }): { xml: string | null; notices: PartNotice[] } {
  const notices: PartNotice[] = [];
  let xml = text;
  let changed = false;
  const withAddresses = addressed(xml);
  if (withAddresses !== null) {
    xml = withAddresses;
    changed = true;
  }

  // Rows and cells past XFD1048576: Excel's grid ends there, ExcelJS throws on them. Counted, then taken out.
  let pastGrid = 0;
  let firstPast: string | undefined;
  let badRows = false;
  for (const m of xml.matchAll(ROW_REF)) {
    const r = m[1];
    if (!(r.length <= 7 && /^\d+$/.test(r) && Number(r) >= 1 && Number(r) <= MAX_ROW)) {
      badRows = true;
      break;
    }
  }
  if (badRows) {
    xml = xml.replace(ROW_ELEMENT, (row) => {
      const tag = /^<row[^>]*>/.exec(row)![0];
      if (!rowOutside(tag)) return row;
      const cells = row.match(CELL_TAG) ?? [];
      pastGrid += Math.max(1, cells.length);
      firstPast ??= (cells[0] && attr(cells[0], "r")) ?? `${attr(tag, "r")}`;
      return "";
    });
    changed = true;
  }
  const badCells = anyCellOutside(xml);
  if (badCells) {
    xml = xml.replace(CELL_ELEMENT, (cell) => {
      const tag = /^<c[^>]*>/.exec(cell)![0];
      if (!cellOutside(tag)) return cell;
      pastGrid++;
      firstPast ??= attr(tag, "r");
      return "";
    });
    changed = true;
  }
  if (pastGrid > 0) notices.push({ kind: "past-grid", cell: firstPast || "?", count: pastGrid });

  // A data validation's ranges past the grid (ExcelJS throws on them) are dropped; it keeps the others. A rule for
  // input, not content: nothing of the workbook's content is lost, so nothing is said.
  if (/<dataValidation[\s>]/.test(xml)) {
    xml = xml.replace(VALIDATION_ELEMENT, (element) => {
      const tag = /^<dataValidation[^>]*>/.exec(element)![0];
      const sqref = attr(tag, "sqref");
      if (sqref === undefined) return element;
      const refs = sqref.split(/\s+/).filter(Boolean);
      const kept = refs.filter((ref) => gridRange(ref) !== null);
      if (kept.length === refs.length) return element;
      changed = true;
      if (kept.length === 0) return "";
      return tag.replace(/(\ssqref\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${kept.join(" ")}"`) + element.slice(tag.length);
    });
  }

  // Merged areas: ExcelJS refuses overlapping ones (the whole workbook failed) and builds every merged cell.
  const block = MERGE_BLOCK.exec(xml);
  let box: RangeRef | null | undefined;
  if (block) {
    const index = new MergeIndex();
    const seen = new Set<string>();
    const kept: string[] = [];
    let mergesChanged = false;
    for (const m of block[0].matchAll(MERGE_TAG)) {
      const ref = unescapeXml(attr(m[0], "ref") ?? "");
      let r = gridRange(ref);
      if (!r) {
        notices.push({ kind: "merge-dropped", cell: ref, reason: "invalid" });
        mergesChanged = true;
        continue;
      }
      // A one-cell "merge" merges nothing (Excel writes none): not read, without a word.
      if (r.top === r.bottom && r.left === r.right) {
        mergesChanged = true;
        continue;
      }
      const key = rangeAddress(r);
      // The same merge written twice: nothing is lost by reading it once.
      if (seen.has(key)) {
        mergesChanged = true;
        continue;
      }
      seen.add(key);
      let clippedTo = false;
      if (area(r) > MAX_MERGE_CELLS) {
        if (box === undefined) box = cellBox(xml);
        const clipped: RangeRef = {
          top: r.top,
          left: r.left,
          bottom: Math.min(r.bottom, box?.bottom ?? r.top),
          right: Math.min(r.right, box?.right ?? r.left),
        };
        mergesChanged = true;
        // Nothing of it holds cells (or only its first cell), or still too large: not read as merged.
        if (
          clipped.bottom < clipped.top ||
          clipped.right < clipped.left ||
          (clipped.bottom === r.top && clipped.right === r.left) ||
          area(clipped) > MAX_MERGE_CELLS
        ) {
          notices.push({ kind: "merge-dropped", cell: key, reason: "too-large" });
          continue;
        }
        notices.push({ kind: "merge-clipped", cell: key, to: rangeAddress(clipped) });
        r = clipped;
        clippedTo = true;
      }
      const other = index.overlapping(r);
      if (other !== undefined) {
        notices.push({ kind: "merge-dropped", cell: rangeAddress(r), reason: "overlap", other });
        mergesChanged = true;
        continue;
      }
      if (merged.cells + area(r) > MAX_MERGED_CELLS) {
        notices.push({ kind: "merge-dropped", cell: rangeAddress(r), reason: "too-large" });
        mergesChanged = true;
        continue;
      }
      merged.cells += area(r);
      index.add(r, rangeAddress(r));
      kept.push(clippedTo ? `<mergeCell ref="${rangeAddress(r)}"/>` : m[0]);
    }
    if (mergesChanged) {
      const rebuilt = kept.length ? `<mergeCells count="${kept.length}">${kept.join("")}</mergeCells>` : "";
      xml = xml.slice(0, block.index) + rebuilt + xml.slice(block.index + block[0].length);
      changed = true;
    }
  }
  return { xml: changed ? xml : null, notices };
}

/** What ExcelJS's worksheet name setter refuses (it throws, and the whole load with it) or truncates with a warning. */
function nameExcelJsRefuses(name: string): boolean {
  return name === "" || name === "History" || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name) || name.length > 31;
}

/**
 * workbook.xml with a stand-in for every sheet name ExcelJS refuses; the map gives each stand-in its own name back.
 * Sheet names are also compared case-insensitively by ExcelJS: a stand-in never collides with another name.
 */
export function cleanWorkbookXml(text: string): { xml: string | null; names: Map<string, string> } {
  const names = new Map<string, string>();
  const tags = [...text.matchAll(/<sheet(?=[\s>/])[^>]*>/g)];
  const taken = new Set(tags.map((m) => unescapeXml(attr(m[0], "name") ?? "").toLowerCase()));
  let n = 0;
  // Names already given, as ExcelJS compares them (case-insensitively) and as they will be named after the load.
  const seen = new Set<string>();
  const own = new Set(tags.map((m) => unescapeXml(attr(m[0], "name") ?? "")));
  const earlier = new Set<string>();
  const xml = text.replace(/<sheet(?=[\s>/])[^>]*>/g, (tag) => {
    const raw = attr(tag, "name");
    if (raw === undefined) return tag;
    let name = unescapeXml(raw);
    const duplicate = seen.has(name.toLowerCase());
    const same = earlier.has(name);
    seen.add(name.toLowerCase());
    earlier.add(name);
    if (!duplicate && !nameExcelJsRefuses(name)) return tag;
    // The very same name twice (a damaged file): the second is read as "name(2)", so each sheet has its own name.
    if (same) {
      let k = 2;
      while (own.has(`${name}(${k})`)) k++;
      own.add((name = `${name}(${k})`));
    }
    let standIn: string;
    do standIn = `budget-check sheet ${++n}`;
    while (taken.has(standIn.toLowerCase()));
    taken.add(standIn.toLowerCase());
    names.set(standIn, name);
    return tag.replace(/(\sname\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${standIn}"`);
  });
  return { xml: names.size ? xml : null, names };
}

/** Sheet part path ("xl/worksheets/sheet1.xml") → the sheet's name, from workbook.xml and its relationships. */
function sheetNamesByPart(workbookXml: string | undefined, relsXml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!workbookXml || !relsXml) return out;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship(?=[\s>/])[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (!id || !target) continue;
    const t = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    targets.set(id, t.replace(/\/\.\//g, "/"));
  }
  for (const m of workbookXml.matchAll(/<sheet(?=[\s>/])[^>]*>/g)) {
    const id = attr(m[0], "r:id");
    const name = attr(m[0], "name");
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(target, unescapeXml(name));
  }
  return out;
}

const SPREADSHEETML_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Strict Open XML's namespaces and relationship types (http://purl.oclc.org/ooxml/…), as a pattern. */
const STRICT_URI = /http:\/\/purl\.oclc\.org\/ooxml\/([A-Za-z]+)\/([A-Za-z]+)(?:\/([A-Za-z]+))?/g;
/** Where Strict's and Transitional's names differ by more than their stem (ECMA-376 part 1, annex). */
const TRANSITIONAL_NAMES: Record<string, string> = { extendedProperties: "extended-properties", customProperties: "custom-properties" };

/**
 * A part of a Strict Open XML package (Excel's "Strict Open XML Spreadsheet" save option) with Transitional's
 * namespaces and relationship types instead of Strict's (http://purl.oclc.org/ooxml/spreadsheetml/main →
 * http://schemas.openxmlformats.org/spreadsheetml/2006/main …): the same elements and attributes, so ExcelJS and the
 * reader take it as any other part. null when the part names no Strict namespace (the usual case, untouched).
 */
export function transitionalXml(text: string): string | null {
  if (text.indexOf("http://purl.oclc.org/ooxml/") < 0) return null;
  return text.replace(STRICT_URI, (uri, area: string, name: string, type: string | undefined) => {
    if (area === "officeDocument" && name === "relationships") {
      const base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      return type === undefined ? base : `${base}/${TRANSITIONAL_NAMES[type] ?? type}`;
    }
    if (type !== undefined) return uri;
    return `http://schemas.openxmlformats.org/${area}/2006/${TRANSITIONAL_NAMES[name] ?? name}`;
  });
}

/**
 * A Strict theme's percentages ("75%") as Transitional writes them (75000, thousandths of a percent): ExcelJS copies
 * the theme into the checked copy as it is, and Excel would call a Transitional theme with "75%" damaged.
 */
function transitionalTheme(text: string): string {
  return text.replace(/(\s[\w:]+\s*=\s*")(-?\d+(?:\.\d+)?)%"/g, (_, head: string, n: string) => `${head}${Math.round(Number(n) * 1000)}"`);
}

/**
 * A part whose elements carry a prefix for SpreadsheetML's namespace (`<x:worksheet xmlns:x="…/main">`, as the Open
 * XML SDK writes by default) with the prefix taken off its tags: Excel opens such a file, ExcelJS and the reader
 * match the plain names. null when the part's root element has no such prefix (the usual case, untouched). Only
 * that one prefix goes: another namespace's elements (x14:, mc:) and attributes (r:id) keep theirs.
 */
export function unprefixedXml(text: string): string | null {
  // The root element: the first tag that is no declaration, processing instruction or comment.
  const root = /<(?![?!])(?:([A-Za-z_][\w.-]*):)?[A-Za-z_][\w.-]*[\s>/]/.exec(text);
  if (!root || root[1] === undefined) return null;
  const prefix = root[1];
  const declared = new RegExp(`xmlns:${prefix}\\s*=\\s*(["'])([^"']*)\\1`).exec(text.slice(root.index, text.indexOf(">", root.index) + 1));
  if (!declared || declared[2] !== SPREADSHEETML_MAIN) return null;
  return text.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1");
}

/**
 * A part whose relationship ids carry another prefix than r: (`xmlns:rel="…/relationships"`, `rel:id="rId1"`) with
 * r:id instead, the name ExcelJS and the reader look for. null when the prefix is r (the usual case, untouched).
 */
export function relationshipIdsAsR(text: string): string | null {
  const prefix = relationshipsPrefix(text);
  if (prefix === "r") return null;
  return text.replace(new RegExp(`(\\s)${prefix.replace(/\./g, "\\.")}:id(\\s*=)`, "g"), "$1r:id$2");
}

/** One part's text as the reader and ExcelJS take it: Transitional namespaces, no x: prefix, r:id. */
function readableXml(part: string, text: string, isRels: boolean): string {
  // A part's namespaces are declared on its root element: a sheet of many megabytes is not searched for Strict's.
  let out = isRels || rootTag(text).includes("http://purl.oclc.org/ooxml/") ? (transitionalXml(text) ?? text) : text;
  if (isRels) return out;
  out = unprefixedXml(out) ?? out;
  out = relationshipIdsAsR(out) ?? out;
  // xsd:boolean's other spelling: ExcelJS and the reader read date1904 only as "1".
  if (part === WORKBOOK_PART) out = out.replace(/(<workbookPr(?=[\s>/])[^>]*\sdate1904\s*=\s*)(["'])true\2/, "$1$21$2");
  return out;
}

const DATE_CELL = /<c(?=[\s>/])[^>]*\st\s*=\s*["']d["'][^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/**
 * A sheet's cells of ISO 8601 dates (t="d", as Strict packages and some exporters write them) as the serial numbers
 * Excel holds, for ExcelJS (which would read "2024-01-01" as the number 2024). The reader converts them itself
 * (xlsx-reader.ts); null when the sheet has none.
 */
export function serialDates(xml: string, date1904: boolean): string | null {
  if (!/\st\s*=\s*["']d["']/.test(xml)) return null;
  return xml.replace(DATE_CELL, (cell) => {
    const open = /^<c[^>]*>/.exec(cell)![0];
    const v = /<v>([^<]*)<\/v>/.exec(cell);
    const serial = v ? isoDateSerial(v[1], date1904) : undefined;
    // Not a date Excel could read either: kept as the text it is.
    const type = serial === undefined && v ? 't="str"' : "";
    const tag = open.replace(/\st\s*=\s*["']d["']/, type ? ` ${type}` : "");
    return tag + cell.slice(open.length).replace(/<v>[^<]*<\/v>/, v && serial !== undefined ? `<v>${serial}</v>` : (v?.[0] ?? ""));
  });
}

function isXmlPart(part: string): boolean {
  return /\.(xml|rels|vml)$/i.test(part);
}

/**
 * Inflate and check every part under the caps, and clean what ExcelJS cannot load; throws WorkbookReadError
 * (too-large-inflated, corrupt) for a workbook that cannot be read at all.
 */
export async function prepareWorkbook(bytes: Uint8Array, name: string): Promise<Prepared> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new WorkbookReadError("corrupt", { file: name, detail: detailKey(e) });
  }
  const budget = { used: 0 };
  const merged = { cells: 0 };
  const replaced = new Map<string, string>();
  const partNotices: { part: string; notices: PartNotice[] }[] = [];
  let names = new Map<string, string>();
  const parts = new Map<string, string>();
  /** The zip entry each read part is written to for ExcelJS. */
  const entryOf = new Map<string, string>();
  const removed = new Set<string>();
  /** workbook.xml with the sheets' own names (before any stand-in), for naming the notices. */
  let workbookXml: string | undefined;
  try {
    // Texts the layout needed (the workbook, the relationships), inflated once, counted once.
    const inflated = new Map<string, string | null>();
    const textOf = async (entry: string): Promise<string | null> => {
      if (!inflated.has(entry)) inflated.set(entry, await inflatePart(zip.files[entry], true, budget));
      return inflated.get(entry) ?? null;
    };
    const files = Object.values(zip.files).filter((f) => !f.dir);
    // Every part where the relationships say it is, under the name ExcelJS and the reader look for (package-layout.ts).
    const layout = await packageLayout(files.map((f) => f.name), textOf);
    // A zip of other files, or a package whose workbook part is gone: nothing to read, and said so.
    if (!layout.found) throw new WorkbookReadError("corrupt", { file: name, detail: "no-workbook" });
    const workbookEntry = [...layout.renames].find(([, p]) => p === WORKBOOK_PART)?.[0] ?? files.find((f) => entryPart(f.name) === WORKBOOK_PART)?.name;
    const strict = workbookEntry !== undefined && rootTag((await textOf(workbookEntry)) ?? "").includes("http://purl.oclc.org/ooxml/");

    const take = (part: string, entry: string, raw: string, moved: boolean) => {
      const isSheet = SHEET_PART.test(part);
      const isRels = part === WORKBOOK_RELS_PART || SHEET_RELS_PART.test(part);
      const read = isSheet || isRels || part === WORKBOOK_PART || OTHER_READ_PARTS.has(part);
      let text = read ? readableXml(part, raw, isRels) : (transitionalXml(raw) ?? raw);
      if (/(^|\/)theme\/[^/]*\.xml$/i.test(part) && text !== raw) text = transitionalTheme(text);
      if (text !== raw || moved) replaced.set(entry, text);
      if (!read) return;
      entryOf.set(part, entry);
      if (part === WORKBOOK_PART) {
        workbookXml = text;
        const cleaned = cleanWorkbookXml(text);
        names = cleaned.names;
        if (cleaned.xml !== null) replaced.set(entry, cleaned.xml);
        parts.set(part, cleaned.xml ?? text);
      } else if (isSheet) {
        const cleaned = cleanSheetXml(text, merged);
        if (cleaned.xml !== null) replaced.set(entry, cleaned.xml);
        if (cleaned.notices.length) partNotices.push({ part, notices: cleaned.notices });
        parts.set(part, cleaned.xml ?? text);
      } else parts.set(part, text);
    };

    for (const file of files) {
      if (layout.displaced.has(file.name)) {
        removed.add(file.name);
        continue;
      }
      const stored = entryPart(file.name);
      const part = layout.renames.get(file.name) ?? stored;
      const moved = part !== stored;
      if (moved) removed.add(file.name);
      // The name a changed part is written under for ExcelJS: the stored one, or the new one of a moved part.
      const entry = moved ? part : file.name;
      const rewritten = layout.rewritten.get(part);
      const keep =
        rewritten === undefined &&
        (SHEET_PART.test(part) || part === WORKBOOK_PART || part === WORKBOOK_RELS_PART || OTHER_READ_PARTS.has(part) || SHEET_RELS_PART.test(part) || moved || (strict && isXmlPart(part)));
      const text = rewritten ?? (inflated.has(file.name) ? inflated.get(file.name)! : await inflatePart(file, keep, budget));
      if (text === null) continue;
      if (rewritten !== undefined) layout.rewritten.delete(part);
      take(part, entry, text, moved || rewritten !== undefined);
    }
    // Parts written anew that the package did not have (relationships some exporters leave out).
    for (const [part, text] of layout.rewritten) take(part, part, text, true);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof InflateCap) {
      const sheet = e.cap === "sheet";
      throw new WorkbookReadError("too-large-inflated", {
        file: name,
        variant: sheet ? "sheet" : "stopped",
        limit: (sheet ? MAX_SHEET_XML_BYTES : MAX_INFLATED_BYTES) / 1024 / 1024,
      });
    }
    throw new WorkbookReadError("corrupt", { file: name, detail: detailKey(e) });
  }

  const byPart = sheetNamesByPart(workbookXml, parts.get(WORKBOOK_RELS_PART));
  const notices: ReadNotice[] = partNotices.flatMap(({ part, notices: ns }) => ns.map((n) => ({ ...n, sheet: byPart.get(part) ?? part }) as ReadNotice));
  let cleanBytes: Promise<Uint8Array> | undefined;
  const forExcelJs = async (): Promise<Uint8Array> => {
    // Dates written as ISO 8601 text become serial numbers for ExcelJS (the reader reads them itself).
    const date1904 = /<workbookPr(?=[\s>/])[^>]*\sdate1904\s*=\s*["']1["']/.test(parts.get(WORKBOOK_PART) ?? "");
    for (const [part, xml] of parts) {
      if (!SHEET_PART.test(part)) continue;
      const serial = serialDates(xml, date1904);
      if (serial !== null) replaced.set(entryOf.get(part)!, serial);
    }
    if (replaced.size === 0 && removed.size === 0) return bytes;
    // Only the changed parts are new (stored, not deflated again); every other part is copied as it was compressed.
    for (const old of removed) zip.remove(old);
    for (const [entry, xml] of replaced) zip.file(entry, xml, { compression: "STORE" });
    try {
      return await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    } catch (e) {
      throw new WorkbookReadError("corrupt", { file: name, detail: detailKey(e) });
    }
  };
  return { notices, names, parts, bytes: () => (cleanBytes ??= forExcelJs()) };
}
