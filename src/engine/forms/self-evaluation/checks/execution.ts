import type { FindingDraft } from "../../../findings/finding";
import { text } from "../../../findings/text";
import { formatAmount, roundHalfAway } from "../../../numbers";
import { rateOf, readRate } from "../score";
import { scoresDiffer } from "../../../numbers";
import type { SelfEvalCheck } from "./check";

/** 执行率 = 执行数 / 预算数 on every funds row that shows one; the execution score = min(执行率, 100%) × 分值. */
export const execution: SelfEvalCheck = {
  name: "execution",
  codes: ["EXEC_RATE_MISMATCH", "SCORE_MISMATCH", "SCORE_EXCEEDS_WEIGHT"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    for (const row of form.funds?.rows ?? []) {
      const entered = readRate(row.rate);
      if (!entered || !row.rate) continue;
      const { budget, executed, rate } = rateOf(row, ctx.profile);
      const pct = (f: number) => roundHalfAway(f * 100, entered.decimals);
      const detail = text("detail.rate", { executed: formatAmount(executed ?? 0, 2), budget: formatAmount(budget ?? 0, 2) });
      if (rate === null) {
        if (budget === 0 && entered.fraction !== 0) {
          out.push({ code: "EXEC_RATE_MISMATCH", sheet: form.sheet, cell: row.rate.cell, expected: "—", actual: pct(entered.fraction), params: { label: row.label, expected: "—", actual: `${pct(entered.fraction)}%`, detail } });
        }
        continue;
      }
      if (pct(rate) === pct(entered.fraction)) continue;
      out.push({
        code: "EXEC_RATE_MISMATCH",
        sheet: form.sheet,
        cell: row.rate.cell,
        related: [row.executed?.cell, row.adjusted?.cell ?? row.initial?.cell].filter((c): c is string => !!c),
        expected: roundHalfAway(rate * 100, 2),
        actual: pct(entered.fraction),
        params: { label: row.label, expected: `${roundHalfAway(rate * 100, 2).toFixed(2)}%`, actual: `${pct(entered.fraction)}%`, detail },
      });
    }
    const ex = scoring.execution;
    if (ex && ex.entered !== null && ex.row.score) {
      const cell = ex.row.score.cell;
      if (ex.entered > ex.weight + 1e-9) {
        out.push({ code: "SCORE_EXCEEDS_WEIGHT", sheet: form.sheet, cell, expected: ex.weight, actual: ex.entered, params: { label: ex.row.label } });
      } else if (ex.computed !== null && scoresDiffer(ex.entered, ex.computed, ex.row.score.decimals, ctx.profile.tolerance)) {
        out.push({
          code: "SCORE_MISMATCH",
          sheet: form.sheet,
          cell,
          related: [ex.row.executed?.cell, ex.row.adjusted?.cell].filter((c): c is string => !!c),
          expected: ex.computed,
          actual: ex.entered,
          params: { label: ex.row.label },
        });
      }
    }
    return out;
  },
};
