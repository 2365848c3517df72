import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { parsedTarget } from "../target-value";

/** TARGET_NOT_MEASURABLE: a target the value parser rejects, with its reason (vague, compound, unparseable). */
export const measurableTargets: GoalTableCheck = {
  name: "measurable-targets",
  codes: ["TARGET_NOT_MEASURABLE"],
  run(form, _ctx) {
    const out: FindingDraft[] = [];
    for (const ind of form.indicators) {
      if (!ind.name.text) continue;
      const v = parsedTarget(ind.target);
      if (v.kind !== "invalid") continue;
      out.push({
        code: "TARGET_NOT_MEASURABLE",
        context: v.reason,
        sheet: form.sheet,
        cell: ind.target.cell,
        actual: ind.target.text,
        params: { label: ind.name.text },
      });
    }
    return out;
  },
};
