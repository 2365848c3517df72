import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import type { AmountCell, BudgetTable } from "../schema";
import { cellLabel } from "./labels";

/** SUM_MISMATCH (part): a "其中" amount, row or column, may not exceed the whole it is part of. */
export function ofWhich(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  const check = (part: AmountCell, whole: AmountCell, label: string, otherLabel: string) => {
    if (part.kind !== "number" || whole.kind !== "number" || part.value === null || whole.value === null) return;
    const tolerance = 0.5 * 10 ** -part.decimals + 0.5 * 10 ** -whole.decimals;
    if (part.value - whole.value <= tolerance + 1e-9) return;
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
  };
  for (const block of table.blocks) {
    for (const row of block.rows) {
      for (const s of block.columnSubsets)
        check(row.amounts[s.part], row.amounts[s.whole], cellLabel(block, row, block.columns[s.part]), cellLabel(block, row, block.columns[s.whole]));
      if (row.kind === "ofWhich" && row.parent !== null) {
        const whole = block.rows[row.parent];
        block.columns.forEach((column, c) => check(row.amounts[c], whole.amounts[c], cellLabel(block, row, column), cellLabel(block, whole, column)));
      }
    }
  }
  return out;
}
