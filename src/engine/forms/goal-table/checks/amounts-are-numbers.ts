import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { parseAmount } from "../../../parse/amount";

/** NOT_A_NUMBER: text where the project block expects an amount (项目总金额, 财政拨款资金 …). */
export const amountsAreNumbers: GoalTableCheck = {
  name: "amounts-are-numbers",
  codes: ["NOT_A_NUMBER"],
  run(form, _ctx) {
    const out: FindingDraft[] = [];
    for (const field of Object.values(form.funds)) {
      if (!field) continue;
      const a = parseAmount(field.value.value);
      if (a.kind !== "text") continue;
      out.push({ code: "NOT_A_NUMBER", sheet: form.sheet, cell: field.value.cell, actual: a.text, params: { label: field.label } });
    }
    return out;
  },
};
