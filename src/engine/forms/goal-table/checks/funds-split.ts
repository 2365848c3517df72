import { compareSum } from "../../../checks/rounding";
import type { GoalTableCheck } from "./check";
import { text } from "../../../findings/text";
import { amountOf, decimalsOf } from "../amounts";
import { parseAmount } from "../../../parse/amount";

/** SUM_MISMATCH / ROUNDING_TAIL: 项目总金额 = 财政拨款资金 + 其他资金 (a blank 其他资金 adds nothing). */
export const fundsSplit: GoalTableCheck = {
  name: "funds-split",
  codes: ["SUM_MISMATCH", "ROUNDING_TAIL"],
  run(form) {
    const { total, fiscal, other } = form.funds;
    const t = amountOf(total?.value);
    const f = amountOf(fiscal?.value);
    const o = amountOf(other?.value);
    if (!total || t === null || (f === null && o === null)) return [];
    // A part written as text is reported as NOT_A_NUMBER; the sum is unknown, not the other part alone.
    if ([fiscal, other].some((c) => c && ["text", "error"].includes(parseAmount(c.value.value).kind))) return [];
    const decimals = decimalsOf(total.value, form.unit);
    const cmp = compareSum({ value: t, decimals }, [f ?? 0, o ?? 0].map((value) => ({ value, decimals })));
    if (cmp.status === "equal") return [];
    const partLabels = [fiscal?.label, other?.label].filter((l): l is string => Boolean(l)).join(" + ");
    const at = {
      sheet: form.sheet,
      cell: total.value.cell,
      related: [fiscal?.value.cell, other?.value.cell].filter((c): c is string => Boolean(c)),
      expected: cmp.sum,
      actual: t,
      params: { label: total.label, detail: text("goal.fundsSplit", { parts: partLabels }), envelope: cmp.envelope },
    };
    return [cmp.status === "tail" ? { code: "ROUNDING_TAIL", ...at } : { code: "SUM_MISMATCH", ...at }];
  },
};
