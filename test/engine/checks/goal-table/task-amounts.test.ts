import { taskAmounts } from "../../../../src/engine/forms/goal-table/checks/task-amounts";
import { goalTableCheck } from "../../check-tester";
import { department, DEPARTMENT_MERGED } from "./form";

goalTableCheck(taskAmounts, {
  valid: [
    { name: "each task's 总额 its 财政拨款 + 其他资金, and 金额合计 the tasks' sum", rows: department([[300, 200, 100], [200, 200, 0]], [500, 400, 100]), merged: DEPARTMENT_MERGED },
  ],
  invalid: [
    {
      name: "a task's 其他资金 changed: its 总额 and the 金额合计 column no longer add up",
      rows: department([[300, 200, 50], [200, 200, 0]], [500, 400, 100]),
      merged: DEPARTMENT_MERGED,
      findings: ["SUM_MISMATCH@C5", "SUM_MISMATCH@E7"],
    },
    {
      name: "a 金额合计 that is not the tasks' sum",
      rows: department([[300, 200, 100], [200, 200, 0]], [600, 400, 100]),
      merged: DEPARTMENT_MERGED,
      findings: ["SUM_MISMATCH@C7"],
    },
  ],
});
