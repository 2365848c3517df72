import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { Block, BudgetTable } from "../schema";
import { cellLabel } from "./labels";
import { rowTotalFindings } from "./rounding-envelope";

const TOTAL_KINDS = new Set(["sum", "grand", "subtotal"]);
const isTop = (block: Block, i: number) => {
  const r = block.rows[i];
  return r.parent === null && (r.kind === "item" || r.kind === "unit");
};

/**
 * Which rows a 合计/小计/总计 row totals: the top-level rows since the previous total row; a 总计 after a
 * 合计 is that 合计 plus the rows between (上年结余、结转); a 合计 after 小计 rows totals the 小计 rows;
 * a total printed first (合计 above the detail) totals the top-level rows below it.
 */
export function totalRowParts(block: Block, t: number): number[] {
  const row = block.rows[t];
  let start = t - 1;
  while (start >= 0 && !TOTAL_KINDS.has(block.rows[start].kind)) start--;
  const between = (a: number, b: number) => {
    const out: number[] = [];
    for (let i = a + 1; i < b; i++) if (isTop(block, i)) out.push(i);
    return out;
  };
  if (row.kind === "grand") {
    let sum = t - 1;
    while (sum >= 0 && block.rows[sum].kind !== "sum" && block.rows[sum].kind !== "grand") sum--;
    if (sum >= 0 && block.rows[sum].kind === "sum") return [sum, ...between(sum, t)];
  }
  if (row.kind !== "subtotal") {
    const subtotals: number[] = [];
    for (let i = start; i >= 0 && block.rows[i].kind === "subtotal"; ) {
      subtotals.unshift(i);
      let j = i - 1;
      while (j >= 0 && !TOTAL_KINDS.has(block.rows[j].kind)) j--;
      i = j;
    }
    if (subtotals.length) return [...subtotals, ...between(start, t)];
  }
  const above = between(start, t);
  if (above.length || t === block.rows.length - 1) return above;
  let end = t + 1;
  while (end < block.rows.length && !TOTAL_KINDS.has(block.rows[end].kind)) end++;
  return between(t, end);
}

/** SUM_MISMATCH / ROUNDING_TAIL: 合计, 小计 and 总计 rows against the rows they total. */
export function totalRows(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const block of table.blocks) {
    block.rows.forEach((row, t) => {
      if (!TOTAL_KINDS.has(row.kind)) return;
      const parts = totalRowParts(block, t);
      if (parts.length === 0) return;
      out.push(
        ...rowTotalFindings(
          table.sheet,
          block.columns.map((column, c) => ({
            total: row.amounts[c],
            parts: parts.map((i) => block.rows[i].amounts[c]),
            label: cellLabel(block, row, column),
            column: column.label,
          })),
        ),
      );
    });
  }
  return out;
}

/** The check as the runner sees it (checks/check.ts). */
export const totalRowsCheck: BudgetTableCheck = { name: "total-rows", codes: ["SUM_MISMATCH", "ROUNDING_TAIL"], run: totalRows };
