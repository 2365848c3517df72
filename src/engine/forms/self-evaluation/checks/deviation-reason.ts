import type { FindingDraft } from "../../../findings/finding";
import type { SelfEvalCheck } from "./check";

/** 得分 < 分值 needs a 偏差原因分析 (where the form has that column). */
export const deviationReason: SelfEvalCheck = {
  name: "deviation-reason",
  codes: ["MISSING_DEVIATION_REASON"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      const reason = s.indicator.reason;
      if (!reason || s.weight === null) continue;
      const score = s.entered.kind === "number" ? s.entered.value : s.computed;
      if (score === null || score >= s.weight - 0.005 || reason.text !== "") continue;
      out.push({
        code: "MISSING_DEVIATION_REASON",
        sheet: form.sheet,
        cell: reason.cell,
        related: [s.indicator.score.cell],
        expected: s.weight,
        actual: score,
        params: { label: s.indicator.name },
      });
    }
    return out;
  },
};
