import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { primaryOf, primaryOfSecondary, secondaryOf } from "../../indicators/categories";
import { enteredNumber } from "../score";
import type { SelfEvalCheck } from "./check";

type Block = "output" | "outcome" | "satisfaction";

/**
 * The 一级 weights and the funds weight against the profile's (central practice 10 / 50 / 30 / 10; Shenzhen 10 / 50 /
 * 40 with 满意度 inside 效益). A form may follow its own jurisdiction's weights (Sichuan's 衔接资金 forms print 70 / 20 / 10),
 * so a difference is a warning by default (profile.primaryWeightsCheck), on the block's 一级 cell. Checked on a scored
 * form that is whole (a 总分 row, or weights adding up to 100) and where every indicator's 一级 is known.
 */
export const profileWeights: SelfEvalCheck = {
  name: "profile-weights",
  codes: ["WEIGHT_SUM_MISMATCH"],
  run(form, scoring, ctx) {
    const mode = ctx.profile.primaryWeightsCheck;
    if (mode === "off" || !form.scored || scoring.indicators.length === 0) return [];
    const expected = ctx.profile.primaryWeights;
    const sums: Record<Block, number> = { output: 0, outcome: 0, satisfaction: 0 };
    const cells: Partial<Record<Block, { cell: string; label: string }>> = {};
    let total = scoring.execution?.weight ?? 0;
    // Without a 分值 column the weights are the 一级 blocks' printed ones, counted once per block.
    const byBlockLabel = scoring.indicators.every((s) => s.indicator.weight === null);
    const seen = new Set<string>();
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      const sec = secondaryOf(ind.secondary);
      const cat = primaryOf(ind.primary) ?? (sec ? primaryOfSecondary(sec) : null);
      if (cat === null) return [];
      const block: Block = cat === "产出" || cat === "成本" ? "output" : cat === "效益" ? "outcome" : "satisfaction";
      let w = s.weight ?? 0;
      if (byBlockLabel) {
        const key = ind.primaryCell ?? ind.primary;
        if (ind.primaryWeight === null) return [];
        w = seen.has(key) ? 0 : ind.primaryWeight;
        seen.add(key);
      }
      sums[block] += w;
      total += w;
      if (!cells[block]) cells[block] = { cell: ind.primaryCell ?? ind.weight?.cell ?? ind.nameCell, label: ind.primary || ind.secondary };
    }
    // A form cut short (no 总分 row, weights short of 100) has partial block sums: nothing to compare.
    if (!form.total && roundHalfAway(total, 2) !== 100) return [];
    const out: FindingDraft[] = [];
    const severity = mode === "warning" ? ("warning" as const) : undefined;
    const profile = ctx.profile.name;
    const compare = (block: Block, want: number, got: number, label: string) => {
      const at = cells[block];
      if (!at || roundHalfAway(got, 2) === want) return;
      out.push({ code: "WEIGHT_SUM_MISMATCH", ...(severity ? { severity } : {}), context: "profileWeight", sheet: form.sheet, cell: at.cell, expected: want, actual: roundHalfAway(got, 2), params: { label: at.label || label, profile } });
    };
    compare("output", expected.output, sums.output, "产出指标");
    if (expected.satisfaction === null) {
      // 满意度 counts within 效益: report the sum on the 效益 block (or on 满意度 where the form has no 效益 block).
      const block: Block = cells.outcome ? "outcome" : "satisfaction";
      compare(block, expected.outcome, sums.outcome + sums.satisfaction, "效益指标");
    } else {
      compare("outcome", expected.outcome, sums.outcome, "效益指标");
      compare("satisfaction", expected.satisfaction, sums.satisfaction, "满意度指标");
    }
    const ex = scoring.execution;
    if (ex && roundHalfAway(ex.weight, 2) !== expected.execution) {
      const cell = ex.row.weight && enteredNumber(ex.row.weight) !== null ? ex.row.weight.cell : ex.row.labelCell;
      out.push({ code: "WEIGHT_SUM_MISMATCH", ...(severity ? { severity } : {}), context: "profileWeight", sheet: form.sheet, cell, expected: expected.execution, actual: ex.weight, params: { label: ex.row.label, profile } });
    }
    return out;
  },
};
