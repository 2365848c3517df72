import { missingValues } from "../../../../src/engine/forms/goal-table/checks/missing-values";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(missingValues, {
  valid: [
    { name: "every target filled in", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "a target left blank", rows: edit({ D11: null }), merged: MERGED, findings: ["MISSING_VALUE@D11"] },
  ],
});
