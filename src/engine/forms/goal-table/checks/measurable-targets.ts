import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { parsedTarget } from "../target-value";
import { unmeasurableTarget } from "../../indicators/measurability";

/** TARGET_NOT_MEASURABLE: a target the value parser rejects, with its reason (vague, compound, unparseable). */
export const measurableTargets: GoalTableCheck = {
  name: "measurable-targets",
  codes: ["TARGET_NOT_MEASURABLE"],
  run(form) {
    return form.indicators.flatMap((ind): FindingDraft[] => {
      if (!ind.name.text) return [];
      const f = unmeasurableTarget({ sheet: form.sheet, cell: ind.target.cell, text: ind.target.text, label: ind.name.text }, parsedTarget(ind.target), ["vague", "compound", "unparseable"]);
      return f ? [f] : [];
    });
  },
};
