import type { FindingDraft } from "../../../findings/finding";
import { qualified } from "../../../address";
import type { DeptCheck } from "./check";

/** Rows of the 基础数据 block that name a data item of the rubric but give no usable number. */
export const dataItems: DeptCheck = {
  name: "data-items",
  codes: ["NOT_A_NUMBER", "MISSING_VALUE"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    for (const p of scoring.data.problems) {
      const e = p.entry;
      const related = e.sheet === form.sheet ? [e.labelCell] : [qualified(e.sheet, e.labelCell)];
      if (p.problem === "text") out.push({ code: "NOT_A_NUMBER", sheet: e.sheet, cell: e.value.cell, actual: e.value.text, related, params: { label: e.label } });
      else out.push({ code: "MISSING_VALUE", context: "dataItem", sheet: e.sheet, cell: e.value.cell, related, params: { label: e.label } });
    }
    return out;
  },
};
