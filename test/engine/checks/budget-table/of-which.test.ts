import { ofWhichCheck } from "../../../../src/engine/forms/budget-table/checks/of-which";
import { budgetTableCheck } from "../../check-tester";
import { SANGONG, sangong, set } from "./tables";

budgetTableCheck(ofWhichCheck, {
  valid: [
    { name: "其中 within its whole; on the 增减变化金额 row a 其中 falling less than its whole (-1 against -3) is no error", rows: sangong(SANGONG) },
  ],
  invalid: [
    { name: "a 其中 amount above its whole", rows: sangong(set(SANGONG, 1, 4, 30)), findings: ["SUM_MISMATCH@F5"] },
  ],
});
