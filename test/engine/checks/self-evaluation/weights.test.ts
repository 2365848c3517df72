import { weights } from "../../../../src/engine/forms/self-evaluation/checks/weights";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(weights, {
  valid: [
    { name: "weights 10 + 90 make 100", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "the 总分 row's weight is not the sum of the weights", rows: edit({ F14: 95 }), merged: MERGED, findings: ["SUM_MISMATCH@F14"] },
  ],
});
