import { draft, type FindingDraft } from "../../../findings/finding";
import { text } from "../../../findings/text";
import type { SelfEvalCheck } from "./check";

/** Every indicator has a target, an actual and a weight. */
export const missingValues: SelfEvalCheck = {
  name: "missing-values",
  codes: ["MISSING_VALUE"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      // An unscored form has no 分值 column: only the target and the actual are required.
      type Field = ["field.target" | "field.actual" | "field.weight", { cell: string; text: string }];
      const fields: Field[] = [["field.target", ind.target], ["field.actual", ind.actual], ...(ind.weight ? ([["field.weight", ind.weight]] as Field[]) : [])];
      for (const [key, c] of fields) {
        if (c.text !== "") continue;
        out.push(draft({ code: "MISSING_VALUE", sheet: form.sheet, cell: c.cell, params: { label: ind.name || ind.nameCell, field: text(key) } }));
      }
    }
    return out;
  },
};
