import { coverage } from "../../../../src/engine/forms/self-evaluation/checks/coverage";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(coverage, {
  valid: [
    { name: "数量, 质量, 时效, 成本, 社会效益 and 满意度 present", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "no 时效 indicator", rows: edit({ B10: "质量指标" }), merged: MERGED, findings: ["MISSING_INDICATOR_CATEGORY@A8"] },
  ],
});
