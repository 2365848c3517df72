import type { IndicatorRef } from "../../indicators/coverage";
import { coverageFindings, pairingFindings } from "../../indicators/coverage";
import { inferSecondaryFromName, primaryOf, primaryOfSecondary, secondaryOf } from "../../indicators/categories";
import type { FormScoring } from "../score";
import type { SelfEvaluationForm } from "../types";
import type { SelfEvalCheck } from "./check";

/** The form's indicators as the shared coverage rules read them; 不适用 rows only place their block's label. */
function indicatorRefs(form: SelfEvaluationForm, scoring: FormScoring): IndicatorRef[] {
  const scored = new Set(scoring.indicators.map((s) => s.indicator));
  return form.indicators.map((i) => {
    // Without a 二级 column the category is read from the name, as for goal tables.
    const secondary = secondaryOf(i.secondary) ?? (i.secondary === "" ? inferSecondaryFromName(i.name) : null);
    return {
      name: i.name,
      nameCell: i.nameCell,
      primary: primaryOf(i.primary) ?? (secondary ? primaryOfSecondary(secondary) : null),
      primaryLabel: i.primary,
      primaryCell: i.primaryCell,
      secondary,
      applicable: scored.has(i),
    };
  });
}

/**
 * Required categories (profile) and each quantity's quality and timeliness partners: the rules goal tables follow.
 * A self-evaluation reports against the indicators approved with its goals: a category the approved set lacks is a
 * defect of the goal setting, reported on the goal table as an error; here it is a warning (the self-evaluation
 * itself is not wrong to report the indicators it was given).
 */
export const coverage: SelfEvalCheck = {
  name: "coverage",
  codes: ["MISSING_INDICATOR_CATEGORY", "UNPAIRED_INDICATOR"],
  run(form, scoring, ctx) {
    const refs = indicatorRefs(form, scoring);
    if (refs.length === 0) return [];
    return [
      ...coverageFindings(form.sheet, refs, ctx.profile, [refs[0].nameCell]).map((f) => ({ ...f, severity: "warning" as const })),
      ...pairingFindings(form.sheet, refs),
    ];
  },
};
