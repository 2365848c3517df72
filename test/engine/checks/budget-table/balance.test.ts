import { balanceCheck } from "../../../../src/engine/forms/budget-table/checks/balance";
import { budgetTableCheck } from "../../check-tester";
import { balanceTable } from "./tables";

budgetTableCheck(balanceCheck, {
  valid: [
    { name: "本年收入合计 equal to 本年支出合计", rows: balanceTable([80, 20], [70, 30]) },
  ],
  invalid: [
    { name: "支出 110 against 收入 100", rows: balanceTable([80, 20], [70, 40]), findings: ["BALANCE_MISMATCH@D7"] },
  ],
});
