import { execution } from "../../../../src/engine/forms/self-evaluation/checks/execution";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(execution, {
  valid: [
    { name: "rate 95.00% and score 9.5 of 10", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "a wrong rate", rows: edit({ F4: "90.00%" }), merged: MERGED, findings: ["EXEC_RATE_MISMATCH@F4"] },
    { name: "a wrong score", rows: edit({ G4: 9 }), merged: MERGED, findings: ["SCORE_MISMATCH@G4"] },
    { name: "a score above the weight", rows: edit({ G4: 11 }), merged: MERGED, findings: ["SCORE_EXCEEDS_WEIGHT@G4"] },
  ],
});
