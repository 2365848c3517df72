import type { FindingDraft } from "../../../findings/finding";
import { enteredNumber } from "../score";
import { scoresDiffer } from "../../../numbers";
import type { SelfEvalCheck } from "./check";

/** A 小计 row: its entered score is the sum of its block's scores, its weight the sum of their weights. */
export const subtotals: SelfEvalCheck = {
  name: "subtotals",
  codes: ["SCORE_MISMATCH", "WEIGHT_SUM_MISMATCH"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    for (const s of scoring.subtotals) {
      const { subtotal } = s;
      const entered = enteredNumber(subtotal.score);
      if (entered !== null && scoresDiffer(entered, s.computed, subtotal.score.decimals, ctx.profile.tolerance)) {
        out.push({ code: "SCORE_MISMATCH", sheet: form.sheet, cell: subtotal.score.cell, expected: s.computed, actual: entered, params: { label: subtotal.label } });
      }
      const weight = enteredNumber(subtotal.weight);
      if (weight !== null && Math.abs(weight - s.weight) > 0.005) {
        out.push({ code: "WEIGHT_SUM_MISMATCH", sheet: form.sheet, cell: subtotal.weight.cell, expected: weight, actual: s.weight, params: { label: subtotal.label } });
      }
    }
    return out;
  },
};
