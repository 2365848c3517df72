import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { enteredNumber } from "../score";
import type { SelfEvalCheck } from "./check";

/** 三级 weights add up to their printed 一级 weight ("产出指标（50分）"), and 执行 + all indicators to 100. */
export const weights: SelfEvalCheck = {
  name: "weights",
  codes: ["WEIGHT_SUM_MISMATCH"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    const groups = new Map<string, { label: string; weight: number | null; cell: string | null; sum: number; cells: string[] }>();
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      const key = ind.primaryCell ?? ind.primary;
      if (!groups.has(key)) groups.set(key, { label: ind.primary, weight: ind.primaryWeight, cell: ind.primaryCell, sum: 0, cells: [] });
      const g = groups.get(key)!;
      g.sum += s.weight ?? 0;
      g.cells.push(ind.weight.cell);
    }
    let sum = scoring.execution?.weight ?? 0;
    for (const g of groups.values()) {
      sum += g.sum;
      const actual = roundHalfAway(g.sum, 2);
      if (g.weight === null || g.cell === null || actual === g.weight) continue;
      out.push({ code: "WEIGHT_SUM_MISMATCH", sheet: form.sheet, cell: g.cell, related: [`${g.cells[0]}:${g.cells[g.cells.length - 1]}`], expected: g.weight, actual, params: { label: g.label } });
    }
    if (scoring.indicators.length === 0) return out;
    const total = roundHalfAway(sum, 2);
    const totalCell = form.total?.weight;
    const printed = enteredNumber(totalCell ?? null);
    if (total !== 100) {
      out.push({
        code: "WEIGHT_SUM_MISMATCH",
        sheet: form.sheet,
        cell: totalCell?.cell ?? scoring.indicators[0].indicator.weight.cell,
        expected: 100,
        actual: total,
        params: { label: form.projectName || "总分" },
      });
    } else if (printed !== null && totalCell && roundHalfAway(printed, 2) !== total) {
      out.push({ code: "SUM_MISMATCH", sheet: form.sheet, cell: totalCell.cell, expected: total, actual: printed, params: { label: "分值合计" } });
    }
    return out;
  },
};
