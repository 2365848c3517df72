import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import type { AmountCell, BudgetTable } from "../schema";
import { cellLabel } from "./labels";
import { cellRanges } from "./rounding-envelope";

/**
 * SUM_MISMATCH (part): a "其中" amount, row or column, may not exceed the whole it is part of; nor may the items of a
 * 其中 list together (其中:公务用车运行维护费 + 公务用车购置 within 公务用车购置及运行维护费), within the rounding envelope.
 * Signed amounts (a column of changes: 增减 −109.01 and 270.36 under 161.35) are no parts of a whole: where a part in a
 * column is negative, that list's column is not compared (a negative whole still is).
 * Rows of changes (增减变化金额) are not compared: a part may fall less, or rise, while its whole falls.
 */
export function ofWhich(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  const check = (part: AmountCell, whole: AmountCell, label: string, otherLabel: string): boolean => {
    if (part.kind !== "number" || whole.kind !== "number" || part.value === null || whole.value === null) return false;
    if (part.value < 0) return false;
    const tolerance = 0.5 * 10 ** -part.decimals + 0.5 * 10 ** -whole.decimals;
    if (part.value - whole.value <= tolerance + 1e-9) return false;
    out.push({
      code: "SUM_MISMATCH",
      context: "exceedsTotal",
      sheet: table.sheet,
      cell: part.address,
      related: [whole.address],
      expected: roundHalfAway(whole.value, whole.decimals),
      actual: part.value,
      params: { label, otherLabel },
    });
    return true;
  };
  for (const block of table.blocks) {
    for (const row of block.rows) {
      // A 增减变化金额 row holds changes: a part's change is not bounded by the whole's (-1 against -3 is no error).
      if (row.kind === "delta") continue;
      for (const s of block.columnSubsets)
        check(row.amounts[s.part], row.amounts[s.whole], cellLabel(block, row, block.columns[s.part]), cellLabel(block, row, block.columns[s.whole]));
    }
    const lists = new Map<number, number[]>();
    block.rows.forEach((row, i) => {
      if (row.kind === "ofWhich" && row.parent !== null) lists.set(row.parent, [...(lists.get(row.parent) ?? []), i]);
    });
    for (const [p, items] of lists) {
      const whole = block.rows[p];
      block.columns.forEach((column, c) => {
        const parts = items.map((i) => block.rows[i].amounts[c]);
        if (parts.some((a) => a.kind === "number" && (a.value ?? 0) < 0)) return;
        let exceeded = false;
        items.forEach((i) => (exceeded = check(block.rows[i].amounts[c], whole.amounts[c], cellLabel(block, block.rows[i], column), cellLabel(block, whole, column)) || exceeded));
        const numbers = parts.filter((a) => a.kind === "number");
        const w = whole.amounts[c];
        if (exceeded || numbers.length < 2 || w.kind !== "number" || w.value === null) return;
        const sum = numbers.reduce((s, a) => s + (a.value ?? 0), 0);
        const envelope = 0.5 * 10 ** -w.decimals + numbers.reduce((s, a) => s + 0.5 * 10 ** -a.decimals, 0);
        if (sum - w.value <= envelope + 1e-9) return;
        const decimals = Math.max(w.decimals, ...numbers.map((a) => a.decimals));
        out.push({
          code: "SUM_MISMATCH",
          context: "exceedsTotal",
          sheet: table.sheet,
          cell: w.address,
          related: cellRanges(numbers),
          expected: roundHalfAway(w.value, w.decimals),
          actual: roundHalfAway(sum, decimals),
          params: { label: items.map((i) => block.rows[i].label.trim()).join(" + "), otherLabel: cellLabel(block, whole, column) },
        });
      });
    }
  }
  return out;
}

/** The check as the runner sees it (checks/check.ts). */
export const ofWhichCheck: BudgetTableCheck = { name: "of-which", codes: ["SUM_MISMATCH"], run: ofWhich };
