import { deltaRowsCheck } from "../../../../src/engine/forms/budget-table/checks/delta-rows";
import { budgetTableCheck } from "../../check-tester";
import { SANGONG, sangong, set } from "./tables";

budgetTableCheck(deltaRowsCheck, {
  valid: [
    { name: "增减变化金额 the difference of the two years", rows: sangong(SANGONG) },
  ],
  invalid: [
    { name: "a change that is not the difference", rows: sangong(set(SANGONG, 2, 1, -5)), findings: ["SUM_MISMATCH@C6"] },
  ],
});
