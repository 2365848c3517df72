import { categoryCoverage } from "../../../../src/engine/forms/goal-table/checks/category-coverage";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(categoryCoverage, {
  valid: [
    { name: "数量, 质量, 时效, 成本, 效益 and 满意度 present", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "no 时效 indicator", rows: edit({ B12: "质量指标" }), merged: MERGED, findings: ["MISSING_INDICATOR_CATEGORY@A10"] },
  ],
});
