import { siteOf, type EngineContext, type FormModule } from "../form-module";
import { runChecks } from "../../checks/run-checks";
import { selfEvaluationEvidence } from "./evidence";
import { text, type TextRef } from "../../findings/text";
import type { CellOutput, FormScore } from "../../report";
import { recogniseSelfEvaluations } from "./recognise";
import { scoreDecimals, scoreForm, type FormScoring } from "./score";
import type { SelfEvaluationForm } from "./types";
import type { SelfEvalCheck } from "./checks/check";
import { fundsTotals } from "./checks/funds-totals";
import { execution } from "./checks/execution";
import { indicatorScores } from "./checks/indicator-scores";
import { overachievement } from "./checks/overachievement";
import { missingValues } from "./checks/missing-values";
import { deviationReason } from "./checks/deviation-reason";
import { weights } from "./checks/weights";
import { profileWeights } from "./checks/profile-weights";
import { coverage } from "./checks/coverage";
import { measurableTargets } from "./checks/measurable-targets";
import { totalAndGrade } from "./checks/total-and-grade";
import { subtotals } from "./checks/subtotals";
import { breakdownTotals } from "./checks/breakdowns";
import { goalText } from "./checks/goal-text";

/** Every check of the form; adding one is one line here and never touches the others. */
export const SELF_EVALUATION_CHECKS: SelfEvalCheck[] = [
  fundsTotals,
  goalText,
  execution,
  indicatorScores,
  overachievement,
  missingValues,
  deviationReason,
  weights,
  profileWeights,
  coverage,
  measurableTargets,
  subtotals,
  breakdownTotals,
  totalAndGrade,
];

function formScore(form: SelfEvaluationForm, s: FormScoring): FormScore {
  const items: FormScore["items"] = [];
  if (s.execution && s.execution.row.score) {
    items.push({ cell: s.execution.row.score.cell, label: s.execution.row.label, weight: s.execution.weight, computed: s.execution.computed, entered: s.execution.entered, basis: s.execution.computed === null ? "judged" : "computed" });
  }
  for (const i of s.indicators) {
    if (!i.indicator.score) continue;
    items.push({
      cell: i.indicator.score.cell,
      label: i.indicator.name,
      weight: i.weight,
      computed: i.computed,
      entered: i.entered.kind === "number" ? i.entered.value : null,
      basis: i.computed === null ? "judged" : "computed",
    });
  }
  return { computed: s.total, entered: s.enteredTotal, grade: s.grade, enteredGrade: form.grade?.text ?? null, items };
}

/** Computed values for the cells the form left empty: scores, rates and the total. */
function outputsOf(form: SelfEvaluationForm, s: FormScoring): CellOutput[] {
  const out: CellOutput[] = [];
  const ex = s.execution;
  if (ex) {
    if (ex.row.score && ex.computed !== null) out.push({ sheet: form.sheet, cell: ex.row.score.cell, value: ex.computed, numberFormat: s.decimals === 0 ? "0" : "0.00" });
    if (ex.row.rate && ex.rate !== null) out.push({ sheet: form.sheet, cell: ex.row.rate.cell, value: Number(ex.rate.toFixed(6)), numberFormat: "0.00%" });
  }
  for (const i of s.indicators) {
    const fmt = s.decimals === 0 ? "0" : "0.00";
    if (i.computed !== null && i.indicator.score) out.push({ sheet: form.sheet, cell: i.indicator.score.cell, value: i.computed, numberFormat: fmt });
  }
  for (const sub of s.subtotals) out.push({ sheet: form.sheet, cell: sub.subtotal.score.cell, value: sub.computed, numberFormat: "0.00" });
  if (form.total?.score && form.scored) out.push({ sheet: form.sheet, cell: form.total.score.cell, value: s.total, numberFormat: "0.00" });
  return out;
}

/** What the recogniser inferred, for the report: an unscored form, whole-point scoring, template rows skipped. */
function notesOf(form: SelfEvaluationForm, ctx: EngineContext): TextRef[] {
  const notes: TextRef[] = [];
  if (!form.scored) notes.push(text("self.note.unscored"));
  else if (ctx.profile.scoreDecimals === undefined && scoreDecimals(form, ctx.profile) === 0) notes.push(text("self.note.wholePoints"));
  if (form.skippedRows) notes.push(text("self.note.placeholders", { count: form.skippedRows }));
  return notes;
}

export const selfEvaluationModule: FormModule<SelfEvaluationForm, "self-evaluation"> = {
  kind: "self-evaluation",
  recognise: (grid, ctx) => recogniseSelfEvaluations(grid).map((form) => ({ ...form, notes: notesOf(form, ctx) })),
  place: (form) => ({
    kind: "self-evaluation",
    sheet: form.sheet,
    range: form.range,
    title: form.projectName,
    notes: form.notes,
  }),
  evidence: selfEvaluationEvidence,
  checks: SELF_EVALUATION_CHECKS,
  evaluate(form, ctx) {
    const scoring = scoreForm(form, ctx.profile);
    const findings = runChecks(SELF_EVALUATION_CHECKS, [form, scoring, ctx], { profile: ctx.profile, site: siteOf(form) });
    return { findings, ...(form.scored ? { score: formScore(form, scoring) } : {}), outputs: outputsOf(form, scoring) };
  },
};
