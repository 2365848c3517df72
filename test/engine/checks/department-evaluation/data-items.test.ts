import { dataItems } from "../../../../src/engine/forms/department-evaluation/checks/data-items";
import { departmentEvaluationCheck } from "../../check-tester";
import { edit, MERGED, PROFILE } from "./form";

departmentEvaluationCheck(dataItems, {
  valid: [
    { name: "every data item a number", rows: edit({}), merged: MERGED, profile: PROFILE },
  ],
  invalid: [
    { name: "a data item written in words", rows: edit({ B11: "九十五" }), merged: MERGED, profile: PROFILE, findings: ["NOT_A_NUMBER@B11"] },
    { name: "a data item left blank", rows: edit({ B11: null }), merged: MERGED, profile: PROFILE, findings: ["MISSING_VALUE@B11"] },
  ],
});
