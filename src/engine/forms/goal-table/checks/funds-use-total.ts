import type { GoalTableCheck } from "./check";
import { textTotal } from "../breakdown";

/** TEXT_ARITHMETIC_MISMATCH: the 资金用途 breakdown adds up to 本年度项目金额 (项目总金额 where no year's amount is given). */
export const fundsUseTotal: GoalTableCheck = {
  name: "funds-use-total",
  codes: ["TEXT_ARITHMETIC_MISMATCH"],
  run(form, _ctx) {
    return textTotal(form, form.fundsUse, form.funds.currentYear ?? form.funds.total);
  },
};
