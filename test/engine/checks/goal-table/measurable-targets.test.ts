import { measurableTargets } from "../../../../src/engine/forms/goal-table/checks/measurable-targets";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(measurableTargets, {
  valid: [
    { name: "every target measurable", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "a vague target", rows: edit({ D11: "较好" }), merged: MERGED, findings: ["TARGET_NOT_MEASURABLE@D11"] },
  ],
});
