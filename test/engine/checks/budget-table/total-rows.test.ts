import { totalRowsCheck } from "../../../../src/engine/forms/budget-table/checks/total-rows";
import { budgetTableCheck } from "../../check-tester";
import { BASIC, basic, set } from "./tables";

budgetTableCheck(totalRowsCheck, {
  valid: [
    { name: "the 合计 row the sum of the unit rows", rows: basic(BASIC) },
  ],
  invalid: [
    { name: "a 合计 row that is not the sum", rows: basic(set(BASIC, 0, 0, 110)), findings: ["SUM_MISMATCH@B4"] },
  ],
});
