import { indicatorPairs } from "../../../../src/engine/forms/goal-table/checks/indicator-pairs";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(indicatorPairs, {
  valid: [
    { name: "the 数量 indicator has its 质量 and 时效 pair", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "the 质量 indicator names another thing", rows: edit({ C11: "图书验收合格率" }), merged: MERGED, findings: ["UNPAIRED_INDICATOR@C10"] },
  ],
});
