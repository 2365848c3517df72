import type { RangeRef } from "../../address";
import type { SheetGrid } from "../../sheet-grid";
import { normalizeHeader } from "../../text/normalize";
import { amountValue } from "../../parse/amount";
import { isCodeOrPartHeader, LABEL_HEADERS, MEMO_COLUMN, NOTE_ROW, OF_WHICH, OTHER_PART, TITLE_WORDS, TOTAL_LABEL, UNIT_LINE } from "./vocabulary";

/** The header block of a table: rows top..bottom (inclusive), columns left..right (inclusive). */
export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** One header cell (a merged area counts once) with the columns it spans. */
interface HeaderNode {
  key: string;
  label: string;
  left: number;
  right: number;
  children: HeaderNode[];
  /** Set on leaves: the amount column index in the block. */
  column?: number;
}

/** LABEL_HEADERS as a set: every cell of every sheet is asked (recogniseBudgetTables), most of them no label word. */
const LABEL_HEADER_SET: ReadonlySet<string> = new Set(LABEL_HEADERS);

export function isLabelHeader(text: string): boolean {
  return LABEL_HEADER_SET.has(text);
}

function isHeaderWordOfLabels(text: string): boolean {
  return isLabelHeader(text) || isCodeOrPartHeader(text);
}

function rowTexts(grid: SheetGrid, row: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const t = grid.text(row, c);
    if (t) out.push(t);
  }
  return out;
}

function lastUsedCol(grid: SheetGrid, row: number, from: number): number {
  let right = from;
  for (let c = from; c < grid.right; c++) {
    if (grid.isBlank(row, c)) continue;
    const m = grid.mergeAt(row, c);
    right = Math.max(right, m ? m.right : c);
  }
  return right;
}

/**
 * A row above the anchor that still belongs to the header (收入 | 支出 over 项目 | 金额 | 项目 | 金额). A row with a cell
 * merged down into the header below it (“三公”经费预算数 over the 三公 columns beside 机关运行经费预算数 merged over three
 * header rows) belongs to the header whatever its words.
 */
function isHeaderAbove(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const texts = rowTexts(grid, row, left, right);
  if (texts.length < 2) return false;
  if (isKeyValue(grid, row, left, right)) return false;
  let mergedDown = false;
  for (let c = left; c <= right; c++) {
    const m = grid.mergeAt(row, c);
    if (m && m.top === row && m.bottom > row && m.left >= left && !grid.isBlank(row, c)) mergedDown = true;
  }
  if (mergedDown && !texts.some((t) => UNIT_LINE.test(t) || NOTE_ROW.test(normalizeHeader(t)))) return true;
  return !texts.some((t) => UNIT_LINE.test(t) || NOTE_ROW.test(normalizeHeader(t)) || TITLE_WORDS.test(t) || /^表\s*\d/.test(t));
}

/**
 * A key | value row of a form's block above a table (立项依据 | a value merged over the rest of the row): a single key
 * cell and one value merged across two or more columns to the table's right edge. Header bands merge their first cell too
 * (收入 over 项目 | 金额), so they are not taken for one.
 */
function isKeyValue(grid: SheetGrid, row: number, left: number, right: number): boolean {
  const cells: number[] = [];
  for (let c = left; c <= right; c++) if (grid.isAnchor(row, c) && !grid.isBlank(row, c)) cells.push(c);
  if (cells.length !== 2) return false;
  const key = grid.mergeAt(row, cells[0]);
  const value = grid.mergeAt(row, cells[1]);
  return !key && value !== undefined && value.right > value.left && value.bottom === value.top && value.right >= right;
}

/**
 * A row below the merged header rows that is still header (sub-headers without merged cells above them). Under a label
 * column it may only hold header words (功能分类科目编码 | 功能分类科目名称 over 类 | 款 | 项 under 项目), never a row's label.
 */
function isHeaderBelow(grid: SheetGrid, row: number, block: HeaderBlock, labelCols: number[]): boolean {
  if (row >= grid.bottom) return false;
  if (labelCols.some((c) => grid.isAnchor(row, c) && !grid.isBlank(row, c) && !isHeaderWordOfLabels(grid.header(row, c)))) return false;
  let any = false;
  for (let c = block.left; c <= block.right; c++) {
    if (!grid.isAnchor(row, c) || grid.isBlank(row, c)) continue;
    if (amountValue(grid.value(row, c)) !== null) return false;
    const t = normalizeHeader(grid.text(row, c));
    if (t === "-" || t === "—" || t === "/") return false;
    any = true;
  }
  return any;
}

/** Grow the header block from the anchor row: rows above, merged header cells below, unmerged sub-headers. */
export function headerBlock(grid: SheetGrid, anchor: number, left: number, floor: number): HeaderBlock {
  let right = lastUsedCol(grid, anchor, left);
  let top = anchor;
  while (top - 1 >= floor && isHeaderAbove(grid, top - 1, left, right)) {
    top--;
    right = Math.max(right, lastUsedCol(grid, top, left));
  }
  let bottom = anchor;
  for (let changed = true; changed; ) {
    changed = false;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const m = grid.mergeAt(r, c);
        if (m && m.left >= left && m.top >= top && m.bottom > bottom) {
          bottom = m.bottom;
          changed = true;
        }
      }
    }
  }
  const labelCols: number[] = [];
  for (let c = left; c <= right; c++) if (isLabelHeader(grid.header(anchor, c))) labelCols.push(c);
  const block = { top, bottom, left, right };
  while (isHeaderBelow(grid, block.bottom + 1, block, labelCols)) block.bottom++;
  for (let r = block.top; r <= block.bottom; r++) block.right = Math.max(block.right, lastUsedCol(grid, r, left));
  return block;
}

/** The header texts of a column, top to bottom, each merged area once, normalised. */
export function columnPath(grid: SheetGrid, block: HeaderBlock, col: number): { keys: string[]; labels: string[]; spans: RangeRef[] } {
  const keys: string[] = [];
  const labels: string[] = [];
  const spans: RangeRef[] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    const m = grid.mergeAt(r, col);
    const key = m ? `${m.top}:${m.left}` : `${r}:${col}`;
    if (keys.includes(key)) continue;
    const t = grid.header(r, col);
    if (!t) continue;
    keys.push(key);
    labels.push(t);
    spans.push(m ?? { top: r, left: col, bottom: r, right: col });
  }
  return { keys, labels, spans };
}

export interface ColumnRelations {
  sums: { total: number; parts: number[] }[];
  subsets: { part: number; whole: number }[];
}

/**
 * Which amount columns total which, from the header tree: a 总计/合计/小计 column totals its siblings
 * (a group with a 小计 column is worth that column); "其中" columns are parts that may not exceed the total,
 * unless the breakdown includes "其他…", which makes it exhaustive; 政府采购 groups sit beside the sources of funds.
 */
export function columnRelations(paths: { keys: string[]; labels: string[] }[]): ColumnRelations {
  const root: HeaderNode = { key: "", label: "", left: 0, right: 0, children: [] };
  const nodes = new Map<string, HeaderNode>();
  paths.forEach((p, index) => {
    let parent = root;
    p.keys.forEach((key, depth) => {
      let node = nodes.get(key);
      if (!node) {
        node = { key, label: p.labels[depth], left: index, right: index, children: [] };
        nodes.set(key, node);
        parent.children.push(node);
      }
      node.right = index;
      if (depth === p.keys.length - 1) node.column = index;
      parent = node;
    });
  });
  const out: ColumnRelations = { sums: [], subsets: [] };
  const leaves = (n: HeaderNode): number[] => (n.column !== undefined && n.children.length === 0 ? [n.column] : n.children.flatMap(leaves));
  const valueOf = (n: HeaderNode): number[] => {
    if (n.children.length === 0) return n.column !== undefined ? [n.column] : [];
    // A total must own a column: a damaged header (two columns sharing one key) can leave a label without one.
    const totals = n.children.filter((c) => c.children.length === 0 && c.column !== undefined && TOTAL_LABEL.test(c.label));
    const ofWhich = n.children.filter((c) => OF_WHICH.test(c.label));
    const exhaustive = ofWhich.some((c) => OTHER_PART.test(c.label));
    const memo = n.children.filter((c) => MEMO_COLUMN.test(c.label));
    const summands = n.children.filter((c) => !totals.includes(c) && !memo.includes(c) && (exhaustive || !ofWhich.includes(c)));
    for (const m of memo) valueOf(m);
    const parts = summands.flatMap(valueOf);
    // A total group over measures (合计 over 预算数 | 决算数, each item likewise): measure by measure.
    const group = totals.length === 0 ? n.children.find((c) => isMeasureGroup(c) && TOTAL_LABEL.test(c.label)) : undefined;
    if (group) {
      const others = summands.filter((c) => c !== group);
      for (const leaf of group.children) {
        const measureParts = others.flatMap((c) => valueFor(c, leaf.label));
        if (measureParts.length > 0 && leaf.column !== undefined) out.sums.push({ total: leaf.column, parts: measureParts });
      }
      return leaves(group);
    }
    if (totals.length === 0) return parts;
    for (const t of totals) if (parts.length > 0) out.sums.push({ total: t.column!, parts });
    if (!exhaustive) for (const o of ofWhich) for (const part of leaves(o)) out.subsets.push({ part, whole: totals[0].column! });
    return [totals[0].column!];
  };
  /** A header cell whose children are leaves, each a measure (预算数, 决算数) of that item. */
  const isMeasureGroup = (n: HeaderNode): boolean =>
    n.children.length > 1 && n.children.every((c) => c.children.length === 0 && c.column !== undefined) && new Set(n.children.map((c) => c.label)).size === n.children.length;
  /** The columns that carry a header cell's value for one measure: its own, or its total group's, or its parts'. */
  const valueFor = (n: HeaderNode, measure: string): number[] => {
    if (n.children.length === 0) return n.column !== undefined && n.label === measure ? [n.column] : [];
    if (isMeasureGroup(n)) return n.children.filter((c) => c.label === measure).map((c) => c.column!);
    const total = n.children.find((c) => isMeasureGroup(c) && TOTAL_LABEL.test(c.label));
    if (total) return valueFor(total, measure);
    return n.children.filter((c) => !MEMO_COLUMN.test(c.label) && !OF_WHICH.test(c.label)).flatMap((c) => valueFor(c, measure));
  };
  valueOf(root);
  return out;
}
