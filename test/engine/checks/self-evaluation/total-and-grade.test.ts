import { totalAndGrade } from "../../../../src/engine/forms/self-evaluation/checks/total-and-grade";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(totalAndGrade, {
  valid: [
    { name: "total 99.5 and grade 优", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "a wrong total", rows: edit({ G14: 98 }), merged: MERGED, findings: ["SCORE_MISMATCH@G14"] },
    { name: "a grade that does not follow the total", rows: edit({ B15: "良" }), merged: MERGED, findings: ["GRADE_MISMATCH@B15"] },
  ],
});
