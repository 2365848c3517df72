import { totalColumnsCheck } from "../../../../src/engine/forms/budget-table/checks/total-columns";
import { budgetTableCheck } from "../../check-tester";
import { BASIC, basic, set } from "./tables";

budgetTableCheck(totalColumnsCheck, {
  valid: [
    { name: "each 合计 the sum of 人员经费 and 公用经费", rows: basic(BASIC) },
  ],
  invalid: [
    { name: "a 合计 five above its parts", rows: basic(set(BASIC, 4, 0, 35)), findings: ["SUM_MISMATCH@B8"] },
    { name: "a 合计 one above its parts, within the rounding of whole 万元: a rounding tail", rows: basic(set(BASIC, 4, 0, 31)), findings: ["ROUNDING_TAIL@B8"] },
  ],
});
