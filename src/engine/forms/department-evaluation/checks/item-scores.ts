import { draft, type FindingDraft } from "../../../findings/finding";
import { text, type TextParam } from "../../../findings/text";
import { roundHalfAway } from "../../../numbers";
import type { ItemScoring } from "../scoring";
import { scoresDiffer } from "../../../numbers";
import type { DeptCheck } from "./check";

/** "（三公经费控制率 10.6%、日常公用经费控制率 78.66%）": the figures behind a computed item's score, as a list. */
function figures(s: ItemScoring): TextParam {
  const list = s.parts.map((p) => (p.rate ? `${p.rate.label} ${roundHalfAway(p.rate.value * 100, 2)}%` : `${p.part.label} ${roundHalfAway(p.score, 2)}`));
  return list.length ? text("paren", { text: list }) : "";
}

function related(s: ItemScoring): string[] {
  return [...new Set(s.parts.flatMap((p) => p.rate?.refs ?? []))];
}

/**
 * Each 三级 item's 分数 against the rules:
 * - computed from data → SCORE_MISMATCH when the entered score differs;
 * - with a judged part (政府采购政策功能) → between the formula part and the full score it stands, with a
 *   NEEDS_REVIEW note for the reviewer; outside that range SCORE_MISMATCH;
 * - judged (no formula, or its data missing) → only 0 ≤ 分数 ≤ 分值 (SCORE_EXCEEDS_WEIGHT, SCORE_MISMATCH_negative),
 *   and an empty 分数 is MISSING_VALUE.
 */
export const itemScores: DeptCheck = {
  name: "item-scores",
  codes: ["SCORE_MISMATCH", "NEEDS_REVIEW", "SCORE_EXCEEDS_WEIGHT", "MISSING_VALUE", "NOT_A_NUMBER"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    const tolerance = ctx.profile.tolerance;
    for (const s of scoring.items) {
      const { item } = s;
      const at = { sheet: form.sheet, cell: item.score.cell };
      const label = item.label;
      if (s.entered.kind === "text") {
        out.push({ code: "NOT_A_NUMBER", ...at, actual: s.entered.text, params: { label } });
        continue;
      }
      const entered = s.entered.kind === "number" ? s.entered.value : null;
      if (s.mode === "judged") {
        if (entered === null) {
          out.push(draft({ code: "MISSING_VALUE", ...at, params: { label, field: text("field.score") } }));
        } else if (s.weight !== null && scoresDiffer(entered, Math.min(entered, s.weight), item.score.decimals, tolerance)) {
          out.push({ code: "SCORE_EXCEEDS_WEIGHT", ...at, expected: s.weight, actual: entered, related: [item.weight.cell], params: { label } });
        } else if (entered < 0) {
          out.push({ code: "SCORE_MISMATCH", context: "negative", ...at, expected: s.weight ?? 0, actual: entered, params: { label } });
        }
        continue;
      }
      if (entered === null || s.computed === null) continue; // an empty cell receives the computed score
      const detail = figures(s);
      if (s.mode === "partlyJudged") {
        const judged = s.rubricItem!.parts.filter((p) => p.judged);
        const params = {
          label,
          detail,
          min: s.formulaPart ?? 0,
          max: s.computed,
          judged: judged.map((p) => p.label),
          judgedMax: judged.reduce((a, p) => a + p.max, 0),
          entered,
        };
        if (s.acceptedJudgement) {
          out.push({ code: "NEEDS_REVIEW", context: "partlyJudged", ...at, expected: s.computed, actual: entered, related: related(s), params });
        } else if (scoresDiffer(entered, s.computed, item.score.decimals, tolerance)) {
          out.push({ code: "SCORE_MISMATCH", context: "range", ...at, expected: s.computed, actual: entered, related: related(s), params });
        }
        continue;
      }
      if (scoresDiffer(entered, s.computed, item.score.decimals, tolerance)) {
        out.push({ code: "SCORE_MISMATCH", ...at, expected: s.computed, actual: entered, related: related(s), params: { label, detail } });
      }
    }
    return out;
  },
};
