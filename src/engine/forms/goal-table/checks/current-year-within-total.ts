import type { GoalTableCheck } from "./check";
import { roundHalfAway } from "../../../numbers";
import { amountOf, decimalsOf } from "../amounts";

/** SUM_MISMATCH (exceedsTotal): a year's share of a project cannot exceed the project's total. */
export const currentYearWithinTotal: GoalTableCheck = {
  name: "current-year-within-total",
  codes: ["SUM_MISMATCH"],
  run(form, _ctx) {
    const { total, currentYear } = form.funds;
    const t = amountOf(total?.value);
    const y = amountOf(currentYear?.value);
    if (!total || !currentYear || t === null || y === null) return [];
    const d = Math.max(decimalsOf(total.value, form.unit), decimalsOf(currentYear.value, form.unit));
    if (roundHalfAway(y, d) <= roundHalfAway(t, d)) return [];
    return [
      {
        code: "SUM_MISMATCH",
        context: "exceedsTotal",
        sheet: form.sheet,
        cell: currentYear.value.cell,
        related: [total.value.cell],
        expected: t,
        actual: y,
        params: { label: currentYear.label, otherLabel: total.label },
      },
    ];
  },
};
