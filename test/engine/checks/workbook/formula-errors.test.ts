import { formulaErrors } from "../../../../src/engine/checks/formula-errors";
import { workbookCheck } from "../../check-tester";
import { edit, MERGED } from "../self-evaluation/form";

workbookCheck(formulaErrors, {
  valid: [
    { name: "no error value in the form", rows: edit({}), merged: MERGED },
    { name: "an error value outside every form is not the form's", rows: edit({ J30: "#REF!" }), merged: MERGED },
  ],
  invalid: [
    { name: "a #REF! score inside the self-evaluation", rows: edit({ G8: "#REF!" }), merged: MERGED, findings: ["FORMULA_ERROR@G8"] },
    { name: "#DIV/0! and #N/A, one finding each", rows: edit({ F4: "#DIV/0!", E9: "#N/A" }), merged: MERGED, findings: ["FORMULA_ERROR@F4", "FORMULA_ERROR@E9"] },
  ],
});
