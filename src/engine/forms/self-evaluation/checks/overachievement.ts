import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import type { SelfEvalCheck } from "./check";

/** An actual far above a positive target (profile ratio, 130% by default): the target was possibly set too low. */
export const overachievement: SelfEvalCheck = {
  name: "overachievement",
  codes: ["OVERACHIEVEMENT"],
  run(form, scoring, ctx) {
    const ratio = ctx.profile.overachievementRatio;
    if (ratio === null) return [];
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      if (s.type !== "quantitative" || s.negative || s.t === null || s.a === null || s.t <= 0) continue;
      // A target too small to divide by (a typo such as 0.000001) gives no meaningful ratio.
      if (s.a < ratio * s.t || !Number.isFinite(s.a / s.t)) continue;
      out.push({
        code: "OVERACHIEVEMENT",
        sheet: form.sheet,
        cell: s.indicator.actual.cell,
        related: [s.indicator.target.cell],
        expected: s.t,
        actual: s.a,
        params: { label: s.indicator.name, expected: s.indicator.target.text, actual: s.indicator.actual.text, ratio: roundHalfAway((s.a / s.t) * 100, 0) },
      });
    }
    return out;
  },
};
