import { sumByIndentCheck } from "../../../../src/engine/forms/budget-table/checks/sum-by-indent";
import { budgetTableCheck } from "../../check-tester";
import { BASIC, basic, set } from "./tables";

budgetTableCheck(sumByIndentCheck, {
  valid: [
    { name: "each class the sum of the items indented under it", rows: basic(BASIC) },
  ],
  invalid: [
    { name: "an item changed: its class no longer adds up", rows: basic(set(BASIC, 3, 0, 55)), findings: ["SUM_MISMATCH@B6"] },
  ],
});
