import type { FindingDraft } from "../../../findings/finding";
import { unmeasurableTarget } from "../../indicators/measurability";
import type { SelfEvalCheck } from "./check";

/** The kinds of unmeasurable target this check reports (one list for every indicator). */
const JUDGED = ["vague", "compound"] as const;

/** TARGET_NOT_MEASURABLE for vague ("进一步提升") and compound targets; free text is judged against the actual. */
export const measurableTargets: SelfEvalCheck = {
  name: "measurable-targets",
  codes: ["TARGET_NOT_MEASURABLE"],
  run(form, scoring) {
    // A loop, not flatMap: no list made for each of a big workbook's tens of thousands of indicators, most of them none.
    const out: FindingDraft[] = [];
    for (const { indicator: i, target } of scoring.indicators) {
      // Only an invalid target can be unmeasurable: the others are passed over without making the finding's place.
      if (target.kind !== "invalid") continue;
      const f = unmeasurableTarget({ sheet: form.sheet, cell: i.target.cell, text: i.target.text, label: i.name }, target, JUDGED);
      if (f) out.push(f);
    }
    return out;
  },
};
