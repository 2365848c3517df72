import { notANumberCheck } from "../../../../src/engine/forms/budget-table/checks/not-a-number";
import { budgetTableCheck } from "../../check-tester";
import { BASIC, basic, set } from "./tables";

budgetTableCheck(notANumberCheck, {
  valid: [
    { name: "every amount a number, blanks and dashes for none", rows: basic(BASIC) },
    { name: "a dash for no amount", rows: basic(set(BASIC, 7, 2, "-")) },
  ],
  invalid: [
    { name: "an amount written in words", rows: basic(set(BASIC, 6, 2, "十五")), findings: ["NOT_A_NUMBER@D10"] },
  ],
});
