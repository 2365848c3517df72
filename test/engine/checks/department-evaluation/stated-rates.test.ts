import { statedRatesCheck } from "../../../../src/engine/forms/department-evaluation/checks/stated-rates";
import { departmentEvaluationCheck } from "../../check-tester";
import { edit, MERGED, PROFILE } from "./form";

departmentEvaluationCheck(statedRatesCheck, {
  valid: [
    { name: "the note states the rate the data give (95.00%)", rows: edit({}), merged: MERGED, profile: PROFILE },
  ],
  invalid: [
    { name: "the note states 90.00% where the data give 95.00%", rows: edit({ A13: "本年度固定资产利用率为90.00%。" }), merged: MERGED, profile: PROFILE, findings: ["CROSS_TABLE_MISMATCH@A13"] },
  ],
});
