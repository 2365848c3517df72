import { totalAndGrade } from "../../../../src/engine/forms/department-evaluation/checks/total-and-grade";
import { departmentEvaluationCheck } from "../../check-tester";
import { edit, MERGED, PROFILE } from "./form";

departmentEvaluationCheck(totalAndGrade, {
  valid: [
    { name: "综合评分 100 and 优", rows: edit({}), merged: MERGED, profile: PROFILE },
  ],
  invalid: [
    { name: "a 综合评分 that is not the items' sum", rows: edit({ F6: 98 }), merged: MERGED, profile: PROFILE, findings: ["SCORE_MISMATCH@F6"] },
    { name: "a grade that does not follow the total", rows: edit({ F7: "良" }), merged: MERGED, profile: PROFILE, findings: ["GRADE_MISMATCH@F7"] },
  ],
});
