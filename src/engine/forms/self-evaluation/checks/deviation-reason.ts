import type { FindingDraft } from "../../../findings/finding";
import type { SelfEvalCheck } from "./check";

/**
 * A deviation needs a 偏差原因分析 (where the form has that column): 得分 < 分值 in a scored form; in an unscored form
 * (no 分值/得分), an actual that does not meet its target.
 */
export const deviationReason: SelfEvalCheck = {
  name: "deviation-reason",
  codes: ["MISSING_DEVIATION_REASON"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      const reason = s.indicator.reason;
      if (!reason || reason.text !== "") continue;
      if (!form.scored) {
        if (s.met !== false) continue;
        out.push({
          code: "MISSING_DEVIATION_REASON",
          context: "unscored",
          sheet: form.sheet,
          cell: reason.cell,
          related: [s.indicator.actual.cell],
          expected: s.indicator.target.text,
          actual: s.indicator.actual.text,
          params: { label: s.indicator.name },
        });
        continue;
      }
      if (s.weight === null) continue;
      const score = s.entered.kind === "number" ? s.entered.value : s.computed;
      if (score === null || score >= s.weight - 0.005) continue;
      out.push({
        code: "MISSING_DEVIATION_REASON",
        sheet: form.sheet,
        cell: reason.cell,
        related: s.indicator.score ? [s.indicator.score.cell] : [],
        expected: s.weight,
        actual: score,
        params: { label: s.indicator.name },
      });
    }
    return out;
  },
};
