import type { FindingDraft } from "../../../findings/finding";
import { normalizeHeader } from "../../../text/normalize";
import { scoresDiffer } from "../../../numbers";
import type { SelfEvalCheck } from "./check";

/** The entered 总分 and grade against the computed total and the profile's grade bands. */
export const totalAndGrade: SelfEvalCheck = {
  name: "total-and-grade",
  codes: ["SCORE_MISMATCH", "GRADE_MISMATCH"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    const cell = form.total?.score;
    if (cell && scoring.enteredTotal !== null && scoresDiffer(scoring.enteredTotal, scoring.total, cell.decimals, ctx.profile.tolerance)) {
      out.push({ code: "SCORE_MISMATCH", context: "total", sheet: form.sheet, cell: cell.cell, expected: scoring.total, actual: scoring.enteredTotal, params: { label: "总分" } });
    }
    if (form.grade && normalizeHeader(form.grade.text) !== scoring.grade) {
      out.push({ code: "GRADE_MISMATCH", sheet: form.sheet, cell: form.grade.cell, related: cell ? [cell.cell] : [], expected: scoring.grade, actual: form.grade.text, params: { score: scoring.total.toFixed(2) } });
    }
    return out;
  },
};
