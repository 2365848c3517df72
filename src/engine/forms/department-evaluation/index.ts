import type { CellOutput, FormScore } from "../../report";
import { siteOf, type FormModule } from "../form-module";
import { runChecks } from "../../checks/run-checks";
import { departmentEvaluationEvidence } from "./evidence";
import { dataItems } from "./checks/data-items";
import type { DeptCheck } from "./checks/check";
import { itemScores } from "./checks/item-scores";
import { statedRatesCheck } from "./checks/stated-rates";
import { totalAndGrade } from "./checks/total-and-grade";
import { weights } from "./checks/weights";
import { recogniseDepartmentEvaluations } from "./recognise";
import { departmentScoring, type DeptScoring } from "./scoring";
import type { DepartmentEvaluationForm } from "./types";

/** Every check of the form; adding one is one line here and never touches the others. */
export const DEPARTMENT_EVALUATION_CHECKS: DeptCheck[] = [itemScores, weights, totalAndGrade, dataItems, statedRatesCheck];

function formScore(form: DepartmentEvaluationForm, s: DeptScoring): FormScore {
  return {
    computed: s.total,
    entered: s.enteredTotal.kind === "number" ? s.enteredTotal.value : null,
    grade: s.grade,
    enteredGrade: form.grade && form.grade.text !== "" ? form.grade.text : null,
    items: s.items.map((i) => ({
      cell: i.item.score.cell,
      label: i.item.label,
      weight: i.weight,
      // A judged item, or a judgement accepted within its range, enters the total at the entered score.
      computed: i.mode === "judged" ? null : i.counted,
      entered: i.entered.kind === "number" ? i.entered.value : null,
      basis: i.mode === "judged" || i.acceptedJudgement ? "judged" : "computed",
    })),
  };
}

/** Computed values for the cells the form left empty: item scores, the 综合评分 and the 评分等级. */
function outputsOf(form: DepartmentEvaluationForm, s: DeptScoring): CellOutput[] {
  const out: CellOutput[] = [];
  for (const i of s.items) {
    if (i.mode !== "judged" && i.computed !== null) out.push({ sheet: form.sheet, cell: i.item.score.cell, value: i.computed, numberFormat: "0.00" });
  }
  if (form.total) out.push({ sheet: form.sheet, cell: form.total.score.cell, value: s.total, numberFormat: "0.00" });
  if (form.grade) out.push({ sheet: form.sheet, cell: form.grade.cell, value: s.grade });
  return out;
}

export const departmentEvaluationModule: FormModule<DepartmentEvaluationForm, "department-evaluation"> = {
  kind: "department-evaluation",
  recognise: recogniseDepartmentEvaluations,
  place: (form) => ({ kind: "department-evaluation", sheet: form.sheet, range: form.range, title: form.title, notes: form.remarks }),
  evidence: departmentEvaluationEvidence,
  checks: DEPARTMENT_EVALUATION_CHECKS,
  evaluate(form, ctx) {
    const scoring = departmentScoring(form, ctx.profile);
    const findings = runChecks(DEPARTMENT_EVALUATION_CHECKS, [form, scoring, ctx], { profile: ctx.profile, site: siteOf(form) });
    return { findings, score: formScore(form, scoring), outputs: outputsOf(form, scoring) };
  },
};
