import type { FindingDraft } from "../../../findings/finding";
import { normalizeHeader } from "../../../text/normalize";
import { scoresDiffer } from "../../../numbers";
import { parseValue } from "../../../parse/value";

/** A grade as compared: 「优秀」 and 「优」, 「良好」 and 「良」 are one grade (the value parser's qualitative words). */
function gradeKey(text: string): string {
  const v = parseValue(text, "actual");
  return v.kind === "qualitative" ? v.value : normalizeHeader(text);
}
import type { DeptCheck } from "./check";

/** The 综合评分 equals the sum of the item scores (judged items at their entered 分数); 评分等级 follows it. */
export const totalAndGrade: DeptCheck = {
  name: "total-and-grade",
  codes: ["SCORE_MISMATCH", "GRADE_MISMATCH", "NOT_A_NUMBER"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    const t = form.total;
    const scoreCells = form.items.map((i) => i.score.cell);
    if (t && scoring.enteredTotal.kind === "number") {
      if (scoresDiffer(scoring.enteredTotal.value, scoring.total, t.score.decimals, ctx.profile.tolerance)) {
        out.push({ code: "SCORE_MISMATCH", context: "total", sheet: form.sheet, cell: t.score.cell, expected: scoring.total, actual: scoring.enteredTotal.value, related: scoreCells });
      }
    } else if (t && scoring.enteredTotal.kind === "text") {
      out.push({ code: "NOT_A_NUMBER", sheet: form.sheet, cell: t.score.cell, actual: scoring.enteredTotal.text, params: { label: t.label } });
    }
    const g = form.grade;
    if (g && g.text !== "" && gradeKey(g.text) !== gradeKey(scoring.grade)) {
      out.push({
        code: "GRADE_MISMATCH",
        sheet: form.sheet,
        cell: g.cell,
        expected: scoring.grade,
        actual: g.text,
        related: t ? [t.score.cell] : [],
        params: { score: scoring.total },
      });
    }
    return out;
  },
};
