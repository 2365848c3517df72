import { weights } from "../../../../src/engine/forms/department-evaluation/checks/weights";
import { departmentEvaluationCheck } from "../../check-tester";
import { edit, MERGED, PROFILE } from "./form";

departmentEvaluationCheck(weights, {
  valid: [
    { name: "分值 40 + 30 + 30 make the group's 100", rows: edit({}), merged: MERGED, profile: PROFILE },
  ],
  invalid: [
    { name: "an item's 分值 changed: the group's sum and the rubric's weight disagree", rows: edit({ D4: 25, F4: 25 }), merged: MERGED, profile: PROFILE, findings: ["WEIGHT_SUM_MISMATCH@D4", "WEIGHT_SUM_MISMATCH@A3"] },
  ],
});
