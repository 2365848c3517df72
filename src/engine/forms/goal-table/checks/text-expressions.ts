import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { roundHalfAway } from "../../../numbers";
import { findExpressions } from "../text-amounts";

/**
 * TEXT_ARITHMETIC_MISMATCH (expression): a calculation written in text ("6000元/台*4=24000元") holds.
 * One finding per text cell, for its first wrong calculation: the cell is what the reviewer opens.
 */
export const textExpressions: GoalTableCheck = {
  name: "text-expressions",
  codes: ["TEXT_ARITHMETIC_MISMATCH"],
  run(form, _ctx) {
    const out: FindingDraft[] = [];
    for (const t of form.texts) {
      const wrong = findExpressions(t.value.text).find((e) => roundHalfAway(e.computed, 2) !== roundHalfAway(e.stated, 2));
      if (!wrong) continue;
      out.push({
        code: "TEXT_ARITHMETIC_MISMATCH",
        context: "expression",
        sheet: form.sheet,
        cell: t.value.cell,
        expected: wrong.computed,
        actual: wrong.stated,
        params: { label: t.label, expression: wrong.text },
      });
    }
    return out;
  },
};
