import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { enteredNumber } from "../score";
import type { SelfEvalCheck } from "./check";

/**
 * 三级 weights add up to their printed 一级 weight ("产出指标（50分）") and to the weight printed on the indicator
 * block ("绩效指标(90分)"); the funds weight agrees with the block's ("预算执行情况(10分)"); 执行 + all indicators = 100.
 * A form with no 总分 row may be cut short (a page of a longer table): its 100 is then a warning, not an error.
 * A form with no 分值 column (weights printed on its 一级 blocks only) adds up the block weights instead, and a block's
 * scores may not exceed its weight.
 */
export const weights: SelfEvalCheck = {
  name: "weights",
  codes: ["WEIGHT_SUM_MISMATCH", "SUM_MISMATCH", "SCORE_EXCEEDS_WEIGHT"],
  run(form, scoring) {
    const out: FindingDraft[] = [];
    if (!form.scored) return out;
    const groups = new Map<string, { label: string; weight: number | null; cell: string | null; sum: number; cells: string[] }>();
    let indicatorSum = 0;
    const weightCells: string[] = [];
    for (const s of scoring.indicators) {
      const ind = s.indicator;
      const key = ind.primaryCell ?? ind.primary;
      if (!groups.has(key)) groups.set(key, { label: ind.primary, weight: ind.primaryWeight, cell: ind.primaryCell, sum: 0, cells: [] });
      const g = groups.get(key)!;
      g.sum += s.weight ?? 0;
      indicatorSum += s.weight ?? 0;
      if (ind.weight) {
        g.cells.push(ind.weight.cell);
        weightCells.push(ind.weight.cell);
      }
    }
    const span = (cells: string[]) => (cells.length ? [`${cells[0]}:${cells[cells.length - 1]}`] : []);
    if (scoring.indicators.every((s) => s.indicator.weight === null)) {
      // No 分值 column: the weights are the 一级 blocks' printed ones; a block's scores may not exceed its weight.
      let total = scoring.execution?.weight ?? 0;
      for (const g of groups.values()) {
        total += g.weight ?? 0;
        const scored = scoring.indicators.filter((s) => (s.indicator.primaryCell ?? s.indicator.primary) === (g.cell ?? g.label));
        const sum = roundHalfAway(scored.reduce((acc, s) => acc + (s.entered.kind === "number" ? s.entered.value : 0), 0), 2);
        if (g.weight !== null && g.cell !== null && sum > g.weight + 1e-9) {
          out.push({ code: "SCORE_EXCEEDS_WEIGHT", sheet: form.sheet, cell: g.cell, expected: g.weight, actual: sum, params: { label: g.label } });
        }
      }
      total = roundHalfAway(total, 2);
      const printed = enteredNumber(form.total?.weight ?? null);
      if (total !== 100 && [...groups.values()].every((g) => g.weight !== null)) {
        out.push({
          code: "WEIGHT_SUM_MISMATCH",
          ...(form.total ? {} : { severity: "warning" as const, context: "noTotal" }),
          sheet: form.sheet,
          cell: form.total?.weight?.cell ?? [...groups.values()][0].cell ?? scoring.indicators[0].indicator.nameCell,
          expected: 100,
          actual: total,
          params: { label: form.projectName || "总分" },
        });
      } else if (printed !== null && form.total?.weight && roundHalfAway(printed, 2) !== total) {
        out.push({ code: "SUM_MISMATCH", sheet: form.sheet, cell: form.total.weight.cell, expected: total, actual: printed, params: { label: "分值合计" } });
      }
      return out;
    }
    const last = [...groups.values()].pop();
    for (const g of groups.values()) {
      const actual = roundHalfAway(g.sum, 2);
      if (g.weight === null || g.cell === null || actual === g.weight) continue;
      // The last block of a form with no 总分 row may continue on a page not at hand: short of its weight, a warning.
      const cut = g === last && !form.total && actual < g.weight;
      out.push({ code: "WEIGHT_SUM_MISMATCH", ...(cut ? { severity: "warning" as const } : {}), sheet: form.sheet, cell: g.cell, related: span(g.cells), expected: g.weight, actual, params: { label: g.label } });
    }
    if (form.blockWeight && roundHalfAway(indicatorSum, 2) !== form.blockWeight.weight) {
      out.push({
        code: "WEIGHT_SUM_MISMATCH",
        sheet: form.sheet,
        cell: form.blockWeight.cell,
        related: span(weightCells),
        expected: form.blockWeight.weight,
        actual: roundHalfAway(indicatorSum, 2),
        params: { label: "绩效指标" },
      });
    }
    const ex = scoring.execution;
    const fundsWeight = enteredNumber(ex?.row.weight ?? null);
    const headerWeight = form.funds?.headerWeight ?? null;
    if (ex?.row.weight && fundsWeight !== null && headerWeight !== null && fundsWeight !== headerWeight) {
      out.push({ code: "WEIGHT_SUM_MISMATCH", sheet: form.sheet, cell: ex.row.weight.cell, expected: headerWeight, actual: fundsWeight, params: { label: ex.row.label } });
    }
    if (scoring.indicators.length === 0) return out;
    const total = roundHalfAway((ex?.weight ?? 0) + indicatorSum, 2);
    const totalCell = form.total?.weight;
    const printed = enteredNumber(totalCell ?? null);
    if (total !== 100) {
      out.push({
        code: "WEIGHT_SUM_MISMATCH",
        ...(form.total ? {} : { severity: "warning" as const, context: "noTotal" }),
        sheet: form.sheet,
        cell: totalCell?.cell ?? scoring.indicators.find((s) => s.indicator.weight)?.indicator.weight?.cell ?? scoring.indicators[0].indicator.nameCell,
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
