import { draft, type FindingDraft } from "../../../findings/finding";
import { text } from "../../../findings/text";
import type { SelfEvalCheck } from "./check";
import type { Indicator } from "../types";

/** Every indicator has a target, an actual and a weight. */
export const missingValues: SelfEvalCheck = {
  name: "missing-values",
  codes: ["MISSING_VALUE"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      // An unscored form has no 分值 column: only the target and the actual are required. Each field is looked at in
      // place (no list of fields per indicator: every indicator of the workbook passes here).
      if (ind.target.text === "") out.push(missing(form.sheet, ind, ind.target.cell, "field.target"));
      if (ind.actual.text === "") out.push(missing(form.sheet, ind, ind.actual.cell, "field.actual"));
      if (ind.weight && ind.weight.text === "") out.push(missing(form.sheet, ind, ind.weight.cell, "field.weight"));
    }
    return out;
  },
};

function missing(sheet: string, ind: Indicator, cell: string, key: "field.target" | "field.actual" | "field.weight"): FindingDraft {
  return draft({ code: "MISSING_VALUE", sheet, cell, params: { label: ind.name || ind.nameCell, field: text(key) } });
}
