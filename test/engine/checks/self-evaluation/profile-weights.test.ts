import { profileWeights } from "../../../../src/engine/forms/self-evaluation/checks/profile-weights";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(profileWeights, {
  valid: [
    { name: "10 / 50 / 40 as the Shenzhen profile expects", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "产出 60 and 效益 30 under the Shenzhen profile", rows: edit({ F8: 30, G8: 30, F12: 20, G12: 20 }), merged: MERGED, findings: ["WEIGHT_SUM_MISMATCH@A8", "WEIGHT_SUM_MISMATCH@A12"] },
  ],
});
