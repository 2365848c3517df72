import { measurableTargets } from "../../../../src/engine/forms/self-evaluation/checks/measurable-targets";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(measurableTargets, {
  valid: [
    { name: "every target a number or a clear statement", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "a vague target", rows: edit({ D9: "较好", E9: "较好" }), merged: MERGED, findings: ["TARGET_NOT_MEASURABLE@D9"] },
  ],
});
