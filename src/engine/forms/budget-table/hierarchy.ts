import type { SheetGrid } from "../../sheet-grid";
import type { Block, BudgetRow } from "./schema";
import { NUMBERING } from "./vocabulary";

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
function parentsByLevel(rows: BudgetRow[], indents: number[], ranks: (number | null)[]): void {
  const lastRankAt = new Map<number, number>();
  let stack: number[] = [];
  rows.forEach((r, i) => {
    if (BREAKS.has(r.kind)) {
      stack = [];
      lastRankAt.clear();
      r.level = 0;
      return;
    }
    const rank = ranks[i] ?? lastRankAt.get(indents[i]) ?? 0;
    lastRankAt.set(indents[i], rank);
    r.level = indents[i] * 100 + rank;
    if (r.kind === "ofWhich") {
      r.parent = stack.length ? stack[stack.length - 1] : null;
      return;
    }
    while (stack.length && rows[stack[stack.length - 1]].level >= r.level) stack.pop();
    r.parent = stack.length ? stack[stack.length - 1] : null;
    stack.push(i);
  });
}

/** Link every row to its parent; returns how the hierarchy was read. */
export function assignParents(rows: BudgetRow[], indents: number[], ranks: (number | null)[]): Block["hierarchy"] {
  if (rows.some((r) => r.code !== null)) {
    parentsByCode(rows);
    return "code";
  }
  parentsByLevel(rows, indents, ranks);
  const items = rows.map((r, i) => ({ r, i })).filter(({ r }) => !BREAKS.has(r.kind));
  if (new Set(items.map(({ i }) => indents[i])).size > 1) return "indent";
  if (rows.some((r) => r.parent !== null)) return "numbering";
  return "none";
}
