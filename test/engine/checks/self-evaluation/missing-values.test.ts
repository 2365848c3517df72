import { missingValues } from "../../../../src/engine/forms/self-evaluation/checks/missing-values";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(missingValues, {
  valid: [
    { name: "every target and actual filled in", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "an actual left blank", rows: edit({ E9: null }), merged: MERGED, findings: ["MISSING_VALUE@E9"] },
  ],
});
