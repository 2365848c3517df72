import { sumByCodePrefixCheck } from "../../../../src/engine/forms/budget-table/checks/sum-by-code-prefix";
import { budgetTableCheck } from "../../check-tester";
import { FUNCTIONS, functions, set } from "./tables";

budgetTableCheck(sumByCodePrefixCheck, {
  valid: [
    { name: "each code the sum of the codes it prefixes", rows: functions(FUNCTIONS) },
  ],
  invalid: [
    { name: "行政运行 changed: 人大事务 (20101) no longer adds up", rows: functions(set(FUNCTIONS, 2, 0, 65)), findings: ["SUM_MISMATCH@C5"] },
  ],
});
