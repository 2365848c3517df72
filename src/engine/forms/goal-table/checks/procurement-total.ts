import type { GoalTableCheck } from "./check";
import { textTotal } from "../breakdown";

/** TEXT_ARITHMETIC_MISMATCH: the 采购品目 detail adds up to 固定资产采购金额. */
export const procurementTotal: GoalTableCheck = {
  name: "procurement-total",
  codes: ["TEXT_ARITHMETIC_MISMATCH"],
  run(form, _ctx) {
    return textTotal(form, form.procurement, form.funds.assetAmount);
  },
};
