import type { SheetGrid } from "../../sheet-grid";
import type { Block, BudgetRow } from "./schema";
import { NUMBERING, OF_WHICH } from "./vocabulary";

/**
 * How far a label is indented: the cell's alignment indent and its leading spaces on one scale
 * (an indent level = a full-width space = two half-width spaces). Only compared within one table.
 */
export function indentMeasure(grid: SheetGrid, row: number, col: number): number {
  const raw = grid.raw(row, col);
  let spaces = 0;
  if (typeof raw === "string") {
    for (const ch of raw) {
      if (ch === "\u3000") spaces += 2;
      else if (ch === " " || ch === "\u00A0") spaces += 1;
      else if (ch === "\t") spaces += 4;
      else break;
    }
  }
  return grid.indent(row, col) * 2 + spaces;
}

/** The rank of a label's enumeration (一、 0, （一） 1, 1. 2, （1） 3), or null when it has none. */
export function numberingRank(label: string): number | null {
  for (const n of NUMBERING) if (n.re.test(label)) return n.rank;
  return null;
}

export function stripNumbering(label: string): string {
  for (const n of NUMBERING) if (n.re.test(label)) return label.replace(n.re, "");
  return label;
}

const BREAKS = new Set<BudgetRow["kind"]>(["sum", "grand", "subtotal", "delta", "year"]);

const firstValue = (r: BudgetRow): number | null => r.amounts.find((a) => a.kind === "number")?.value ?? null;
const firstColumnValue = (r: BudgetRow, c: number): number | null => (r.amounts[c]?.kind === "number" ? r.amounts[c].value : null);

/**
 * "其中" lists. A 其中 row often opens a list whose further items are printed without "其中"
 * ("其中:(1)公务用车运行维护费" then "(2)公务用车购置"; "其中:公务用车运行维护费" then "公务用车购置"). A row continues the list
 * when it carries the same enumeration as the item after "其中", or — both unnumbered, at the same indent — when the list
 * still fits within the row above it once the row is added (evidence from the amounts, so a new top-level item that
 * merely follows a 其中 row is not swallowed). Returns, per 其中 row, the enumeration rank inside its item and the first
 row of its list (null elsewhere).
 * A numbered "…合计" row with more deeply numbered rows under it ("一、“三公”经费合计" over "(一)…") is an item of the
 * hierarchy, not a total of the rows above it.
 */
export function markOfWhichLists(rows: BudgetRow[], indents: number[], ranks: (number | null)[]): OfWhichLists {
  const inner: (number | null)[] = rows.map(() => null);
  const start: (number | null)[] = rows.map(() => null);
  rows.forEach((r, i) => {
    if (r.kind === "sum" && ranks[i] !== null) {
      const next = rows.findIndex((x, j) => j > i && x.kind !== "ofWhich");
      if (next > i && ranks[next] !== null && ranks[next]! > ranks[i]!) r.kind = "item";
    }
  });
  let list: { first: number; rank: number | null; sum: number[] } | null = null;
  rows.forEach((r, i) => {
    if (r.kind === "ofWhich") {
      const rank = numberingRank(r.name.replace(OF_WHICH, ""));
      inner[i] = rank;
      if (!list || rows[i - 1]?.kind !== "ofWhich") list = { first: i, rank, sum: r.amounts.map((_, c) => firstColumnValue(r, c) ?? 0) };
      else r.amounts.forEach((_, c) => (list!.sum[c] += firstColumnValue(r, c) ?? 0));
      start[i] = list.first;
      return;
    }
    if (!list || r.kind !== "item" || r.code !== null) {
      list = null;
      return;
    }
    // A numbered list runs on past the rows numbered under its items ("(二)…" over "1.…", "2.…", then "(三)…").
    if (list.rank !== null && ranks[i] !== null && ranks[i]! > list.rank) return;
    if (list.rank === null && rows[i - 1]?.kind !== "ofWhich") {
      list = null;
      return;
    }
    let continues = false;
    if (list.rank !== null) continues = ranks[i] === list.rank;
    else if (ranks[i] === null && indents[i] === indents[list.first] && firstValue(r) !== null) {
      // The list with this row must stay within the row the list belongs to (the row above the first 其中), column by column.
      const whole = rows.slice(0, list.first).reverse().find((x) => x.kind !== "ofWhich") ?? null;
      continues =
        whole !== null &&
        r.amounts.every((a, c) => {
          const w = firstColumnValue(whole, c);
          const v = firstColumnValue(r, c);
          if (v === null) return true;
          if (w === null) return false;
          return list!.sum[c] + v <= w + 0.5 * 10 ** -Math.max(a.decimals, whole.amounts[c].decimals) * 2 + 1e-9;
        });
    }
    if (continues) {
      r.kind = "ofWhich";
      inner[i] = list.rank;
      start[i] = list.first;
      r.amounts.forEach((_, c) => (list!.sum[c] += firstColumnValue(r, c) ?? 0));
    } else list = null;
  });
  return { inner, start };
}

export interface OfWhichLists {
  inner: (number | null)[];
  start: (number | null)[];
}

/** Parents by classification code: the longest code above that is a prefix (206 → 20605 → 2060599); else the unit row. */
function parentsByCode(rows: BudgetRow[]): void {
  const byCode = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.code !== null && !byCode.has(r.code)) byCode.set(r.code, i);
  });
  let unit: number | null = null;
  let lastItem: number | null = null;
  rows.forEach((r, i) => {
    if (BREAKS.has(r.kind)) {
      unit = null;
      lastItem = null;
      r.level = 0;
      return;
    }
    if (r.kind === "unit") {
      unit = i;
      r.level = 0;
      return;
    }
    if (r.kind === "ofWhich") {
      r.parent = lastItem;
      r.level = lastItem === null ? 0 : rows[lastItem].level + 1;
      return;
    }
    lastItem = i;
    if (r.code === null) {
      r.level = 0;
      return;
    }
    r.level = r.code.length;
    for (let len = r.code.length - 1; len >= 1; len--) {
      const p = byCode.get(r.code.slice(0, len));
      if (p !== undefined && p !== i) {
        r.parent = p;
        return;
      }
    }
    r.parent = unit;
  });
}

/**
 * Parents by indentation (or, when every label sits at the same indent, by enumeration):
 * a row is a part of the nearest row above it that is less indented. Totals end a hierarchy.
 */
function parentsByLevel(rows: BudgetRow[], indents: number[], ranks: (number | null)[], { inner, start }: OfWhichLists): void {
  const lastRankAt = new Map<number, number>();
  let stack: number[] = [];
  rows.forEach((r, i) => {
    if (BREAKS.has(r.kind)) {
      stack = [];
      lastRankAt.clear();
      r.level = 0;
      return;
    }
    if (r.kind === "ofWhich") {
      // Every item of a 其中 list belongs to the row above the list; a numbered item may head rows of its own.
      const first = start[i] ?? i;
      const listParent = first === i ? (stack.length ? stack[stack.length - 1] : null) : rows[first].parent;
      r.parent = listParent;
      r.level = listParent === null ? 0 : rows[listParent].level + 1;
      if (inner[i] !== null) {
        while (stack.length && stack[stack.length - 1] !== listParent) stack.pop();
        r.level = indents[i] * 100 + inner[i]!;
        lastRankAt.set(indents[i], inner[i]!);
        stack.push(i);
      }
      return;
    }
    // An unnumbered row right above numbered ones heads them (年初财政拨款结转和结余 over 一、一般公共预算财政拨款 …).
    const next = rows.findIndex((x, j) => j > i && x.kind !== "ofWhich");
    const heads = ranks[i] === null && next > i && !BREAKS.has(rows[next].kind) && ranks[next] !== null && indents[next] === indents[i];
    const rank = ranks[i] ?? lastRankAt.get(indents[i]) ?? (heads ? -1 : 0);
    lastRankAt.set(indents[i], rank);
    r.level = indents[i] * 100 + rank;
    while (stack.length && rows[stack[stack.length - 1]].level >= r.level) stack.pop();
    r.parent = stack.length ? stack[stack.length - 1] : null;
    stack.push(i);
  });
}

/** Link every row to its parent; returns how the hierarchy was read. */
export function assignParents(rows: BudgetRow[], indents: number[], ranks: (number | null)[]): Block["hierarchy"] {
  const lists = markOfWhichLists(rows, indents, ranks);
  if (rows.some((r) => r.code !== null)) {
    parentsByCode(rows);
    return "code";
  }
  parentsByLevel(rows, indents, ranks, lists);
  const items = rows.map((r, i) => ({ r, i })).filter(({ r }) => !BREAKS.has(r.kind));
  if (new Set(items.map(({ i }) => indents[i])).size > 1) return "indent";
  if (rows.some((r) => r.parent !== null)) return "numbering";
  return "none";
}
