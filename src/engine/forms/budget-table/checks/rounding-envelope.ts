import { parseCell, rangeAddress, type RangeRef } from "../../../address";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import type { AmountCell } from "../schema";
import { compareSum } from "../../../checks/rounding";

/** A total against its parts (the shared rule in checks/rounding.ts), with what amount cells add: blanks and text. */
export interface Comparison {
  status: "equal" | "tail" | "mismatch" | "blank" | "skip";
  sum: number;
  envelope: number;
  /** Decimals to show the sum with: the finest precision among the cells compared. */
  decimals: number;
}

export function compareTotal(total: AmountCell, parts: AmountCell[]): Comparison {
  const skip: Comparison = { status: "skip", sum: 0, envelope: 0, decimals: 0 };
  if (total.kind === "text" || total.kind === "error" || parts.some((p) => p.kind === "text" || p.kind === "error")) return skip;
  const numbers = parts.filter((p) => p.kind === "number").map((p) => ({ value: p.value ?? 0, decimals: p.decimals }));
  // Parts left blank are unknown, not zero: nothing to prove.
  if (numbers.length === 0) return skip;
  if (total.kind === "none") {
    const { sum, decimals } = compareSum({ value: 0, decimals: total.decimals }, numbers);
    return { status: Math.abs(sum) <= 1e-9 * Math.max(1, Math.abs(sum)) ? "equal" : "blank", sum, envelope: 0, decimals };
  }
  return compareSum({ value: total.value ?? 0, decimals: total.decimals }, numbers);
}

/** Cells as the fewest A1 ranges: vertical runs first, then runs side by side joined. */
export function cellRanges(cells: { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: RangeRef[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === c.col && last.bottom + 1 === c.row) last.bottom = c.row;
    else if (!(last && last.left === c.col && last.top <= c.row && c.row <= last.bottom)) runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  const joined: RangeRef[] = [];
  for (const r of runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left)) {
    const last = joined[joined.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && last.right + 1 === r.left) last.right = r.right;
    else joined.push({ ...r });
  }
  return joined.map(rangeAddress);
}

export interface TotalRelation {
  total: AmountCell;
  parts: AmountCell[];
  label: string;
  /** The column's own name ("小计"), used to name the other columns of a row that show the same rounding tail. */
  column?: string;
}

function draft(sheet: string, rel: TotalRelation, cmp: Comparison): FindingDraft | null {
  const related = cellRanges(rel.parts);
  const expected = roundHalfAway(cmp.sum, cmp.decimals);
  if (cmp.status === "mismatch")
    return { code: "SUM_MISMATCH", sheet, cell: rel.total.address, related, expected, actual: rel.total.value, params: { label: rel.label } };
  if (cmp.status === "tail")
    return {
      code: "ROUNDING_TAIL",
      sheet,
      cell: rel.total.address,
      related,
      expected,
      actual: rel.total.value,
      params: { label: rel.label, envelope: roundHalfAway(cmp.envelope, cmp.decimals + 1) },
    };
  if (cmp.status === "blank")
    return {
      code: "SUM_MISMATCH",
      severity: "warning",
      context: "blank",
      sheet,
      cell: rel.total.address,
      related,
      expected,
      actual: null,
      params: { label: rel.label },
    };
  return null;
}

/** Findings of independent total relations: one per relation that does not hold. */
export function totalFindings(sheet: string, relations: TotalRelation[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const rel of relations) {
    const f = draft(sheet, rel, compareTotal(rel.total, rel.parts));
    if (f) out.push(f);
  }
  return out;
}

/**
 * Findings of one total row checked column by column. A rounding tail usually shows in every column that
 * carries the same amount (总计 = 小计 = 一般公共预算拨款): the row gets one warning, on its first column,
 * naming the others in `related`. Mismatches stay one per cell.
 */
export function rowTotalFindings(sheet: string, relations: TotalRelation[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  let tail: FindingDraft | null = null;
  let more = 0;
  const others: string[] = [];
  const also: string[] = [];
  for (const rel of relations) {
    const f = draft(sheet, rel, compareTotal(rel.total, rel.parts));
    if (!f) continue;
    if (f.code !== "ROUNDING_TAIL") out.push(f);
    else if (!tail) tail = f;
    else {
      more++;
      tail.related = [...(tail.related ?? []), rel.total.address, ...cellRanges(rel.parts)];
      others.push(rel.column ? `${rel.total.address}（${rel.column}）` : rel.total.address);
      also.push(rel.total.address);
    }
  }
  if (tail) {
    if (more > 0) {
      // The other columns are named and marked too (issue 12): a reviewer sees which cells share the tail.
      tail.context = "more";
      tail.params = { ...tail.params, more, columns: others.join("、") };
      tail.also = also;
    }
    out.push(tail);
  }
  return out.sort((a, b) => parseCell(a.cell).col - parseCell(b.cell).col);
}
