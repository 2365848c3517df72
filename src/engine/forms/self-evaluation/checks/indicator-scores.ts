import type { FindingDraft } from "../../../findings/finding";
import { text, type TextRef } from "../../../findings/text";
import { roundHalfAway } from "../../../numbers";
import type { IndicatorScore } from "../score";
import { scoresDiffer } from "../../../numbers";
import type { SelfEvalCheck } from "./check";

function detailOf(s: IndicatorScore): TextRef | "" {
  if (s.type !== "quantitative" || s.t === null || s.a === null) return "";
  if (s.actual.kind === "not-done") return text("detail.notDone");
  return text(s.negative ? "detail.negative" : "detail.positive", { target: s.indicator.target.text, actual: s.indicator.actual.text });
}

/** Each indicator's entered 得分 against the rules: quantitative formulas, qualitative bands, what cannot be computed. */
export const indicatorScores: SelfEvalCheck = {
  name: "indicator-scores",
  codes: ["SCORE_MISMATCH", "SCORE_EXCEEDS_WEIGHT", "ACTUAL_NOT_NUMERIC", "QUALITATIVE_SCORE_OUT_OF_BAND", "NEEDS_REVIEW", "NOT_A_NUMBER"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      const label = ind.name;
      const sheet = form.sheet;
      if (!ind.score || !ind.weight) {
        // Unscored: only whether the actual can be compared with the target at all.
        if (s.problem === "actual-not-numeric") out.push({ code: "ACTUAL_NOT_NUMERIC", sheet, cell: ind.actual.cell, related: [ind.target.cell], actual: ind.actual.text, params: { label, target: ind.target.text } });
        continue;
      }
      const scoreCell = ind.score.cell;
      if (s.entered.kind === "text") {
        out.push({ code: "NOT_A_NUMBER", sheet, cell: scoreCell, actual: s.entered.text, params: { label } });
      }
      const entered = s.entered.kind === "number" ? s.entered.value : null;
      if (s.problem === "actual-not-numeric") {
        out.push({ code: "ACTUAL_NOT_NUMERIC", sheet, cell: ind.actual.cell, related: [ind.target.cell], actual: ind.actual.text, params: { label, target: ind.target.text } });
      }
      if (s.weight !== null && entered !== null && entered > s.weight + 1e-9) {
        out.push({ code: "SCORE_EXCEEDS_WEIGHT", sheet, cell: scoreCell, related: [ind.weight.cell], expected: s.weight, actual: entered, params: { label } });
        continue;
      }
      if (s.computed !== null && entered !== null && scoresDiffer(entered, s.computed, ind.score.decimals, ctx.profile.tolerance)) {
        out.push({
          code: "SCORE_MISMATCH",
          sheet,
          cell: scoreCell,
          related: [ind.target.cell, ind.actual.cell, ind.weight.cell],
          expected: s.computed,
          actual: entered,
          params: { label, detail: detailOf(s) },
        });
      }
      if (s.problem === "out-of-band" && s.band && entered !== null) {
        const band = `[${roundHalfAway(s.band[0], 2).toFixed(2)}, ${roundHalfAway(s.band[1], 2).toFixed(2)})`;
        out.push({
          code: "QUALITATIVE_SCORE_OUT_OF_BAND",
          sheet,
          cell: scoreCell,
          related: [ind.actual.cell],
          expected: band,
          actual: entered,
          params: { label, result: s.result && s.result !== "unknown" ? text(`result.${s.result}`) : "" },
        });
      }
      if (s.problem === "unclassifiable" || s.problem === "needs-entry") {
        out.push({
          code: "NEEDS_REVIEW",
          sheet,
          cell: scoreCell,
          related: [ind.actual.cell],
          actual: ind.actual.text,
          params: { label, entered: entered === null ? "—" : entered.toFixed(2) },
        });
      }
    }
    return out;
  },
};
