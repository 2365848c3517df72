import type { FindingDraft } from "../../../findings/finding";
import { te } from "../../../i18n";
import type { SelfEvalCheck } from "./check";

/** Every indicator has a target, an actual and a weight. */
export const missingValues: SelfEvalCheck = {
  name: "missing-values",
  codes: ["MISSING_VALUE"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      // An unscored form has no 分值 column: only the target and the actual are required.
      const fields: [string, { cell: string; text: string }][] = [
        ["field.target", ind.target],
        ["field.actual", ind.actual],
        ...(ind.weight ? ([["field.weight", ind.weight]] as [string, { cell: string; text: string }][]) : []),
      ];
      for (const [key, c] of fields) {
        if (c.text !== "") continue;
        out.push({ code: "MISSING_VALUE", sheet: form.sheet, cell: c.cell, params: { label: ind.name || ind.nameCell, field: te(ctx.lang, key) } });
      }
    }
    return out;
  },
};
