import type { FindingDraft } from "../../../findings/finding";
import { unmeasurableTarget } from "../../indicators/measurability";
import type { SelfEvalCheck } from "./check";

/** TARGET_NOT_MEASURABLE for vague ("进一步提升") and compound targets; free text is judged against the actual. */
export const measurableTargets: SelfEvalCheck = {
  name: "measurable-targets",
  codes: ["TARGET_NOT_MEASURABLE"],
  run(form, scoring) {
    return scoring.indicators.flatMap(({ indicator: i, target }): FindingDraft[] => {
      const f = unmeasurableTarget({ sheet: form.sheet, cell: i.target.cell, text: i.target.text, label: i.name }, target, ["vague", "compound"]);
      return f ? [f] : [];
    });
  },
};
