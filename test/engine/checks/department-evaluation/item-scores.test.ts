import { itemScores } from "../../../../src/engine/forms/department-evaluation/checks/item-scores";
import { departmentEvaluationCheck } from "../../check-tester";
import { edit, MERGED, PROFILE } from "./form";

departmentEvaluationCheck(itemScores, {
  valid: [
    { name: "every item at its rubric score", rows: edit({}), merged: MERGED, profile: PROFILE },
  ],
  invalid: [
    { name: "a judged item scored above its 分值", rows: edit({ F4: 35, F6: 105 }), merged: MERGED, profile: PROFILE, findings: ["SCORE_EXCEEDS_WEIGHT@F4"] },
    { name: "固定资产利用率 80% earns 20, not the 30 entered", rows: edit({ B11: 80 }), merged: MERGED, profile: PROFILE, findings: ["SCORE_MISMATCH@F5"] },
    { name: "a score left blank", rows: edit({ F3: null }), merged: MERGED, profile: PROFILE, findings: ["MISSING_VALUE@F3"] },
  ],
});
