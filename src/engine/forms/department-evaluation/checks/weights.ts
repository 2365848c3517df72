import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { labelKey } from "../cells";
import type { DeptCheck } from "./check";

/**
 * Weights: the 三级 分值 of each 一级 group add up to the group's weight (printed "部门决策(20分)", else the
 * rubric's 20/20/60), and of each 二级 to the weight its label prints ("预算执行(15分)"); the groups add up to 100;
 * an item's 分值 is the one the rubric gives (only where the rubric is this form's); 分值 is a number. The last
 * block of a table without its 综合评分 row falling short is a warning: the table may go on on a page not at hand.
 */
export const weights: DeptCheck = {
  name: "weights",
  codes: ["WEIGHT_SUM_MISMATCH", "NOT_A_NUMBER"],
  run(form, scoring, ctx) {
    const out: FindingDraft[] = [];
    const rubric = scoring.rubric;
    for (const s of scoring.items) {
      if (s.weight === null && s.item.weight.text !== "") {
        out.push({ code: "NOT_A_NUMBER", sheet: form.sheet, cell: s.item.weight.cell, actual: s.item.weight.text, params: { label: s.item.label } });
      }
      if (s.weight !== null && s.rubricItem && Math.abs(s.weight - s.rubricItem.weight) > 1e-9) {
        out.push({
          code: "WEIGHT_SUM_MISMATCH",
          context: "rubric",
          sheet: form.sheet,
          cell: s.item.weight.cell,
          expected: s.rubricItem.weight,
          actual: s.weight,
          params: { label: s.item.label, profile: ctx.profile.name },
        });
      }
    }

    // Groups in table order: consecutive rows under one merged 一级 cell, or repeating the same 一级 text.
    type Group = { label: string; cell: string; printed: number | null; sum: number; cells: string[] };
    const groups: Group[] = [];
    let last: { cell: string; label: string } | null = null;
    for (const s of scoring.items) {
      const same = last !== null && (last.cell === s.item.primaryCell || last.label === s.item.primary);
      if (!same) groups.push({ label: s.item.primary, cell: s.item.primaryCell, printed: s.item.primaryWeight, sum: 0, cells: [] });
      const g = groups[groups.length - 1];
      g.sum += s.weight ?? 0;
      g.cells.push(s.item.weight.cell);
      last = { cell: s.item.primaryCell, label: s.item.primary };
    }
    // 二级 in table order, where their labels print a weight.
    type Sub = { label: string; cell: string; printed: number; sum: number; cells: string[] };
    const subs: Sub[] = [];
    let lastSub: string | null = null;
    for (const s of scoring.items) {
      const { secondaryCell: cell, secondaryWeight: printed } = s.item;
      if (cell === null || printed === null) {
        lastSub = null;
        continue;
      }
      if (cell !== lastSub) subs.push({ label: s.item.secondary, cell, printed, sum: 0, cells: [] });
      const sub = subs[subs.length - 1];
      sub.sum += s.weight ?? 0;
      sub.cells.push(s.item.weight.cell);
      lastSub = cell;
    }
    // The last block of a table with no 综合评分 row may continue on a page not at hand: short of its weight, a warning.
    const cut = (isLast: boolean, sum: number, expected: number) => (isLast && !form.total && sum < expected ? { severity: "warning" as const } : {});
    subs.forEach((sub, i) => {
      const sum = roundHalfAway(sub.sum, 2);
      if (Math.abs(sum - sub.printed) > 1e-9) {
        out.push({ code: "WEIGHT_SUM_MISMATCH", ...cut(i === subs.length - 1, sum, sub.printed), sheet: form.sheet, cell: sub.cell, expected: sub.printed, actual: sum, related: sub.cells, params: { label: sub.label } });
      }
    });

    let groupsOk = true;
    let groupTotal = 0;
    groups.forEach((g, i) => {
      const expected = g.printed ?? rubric?.groups.find((r) => labelKey(r.label) === labelKey(g.label))?.weight ?? null;
      groupTotal += expected ?? g.sum;
      if (expected === null) return;
      const sum = roundHalfAway(g.sum, 2);
      if (Math.abs(sum - expected) > 1e-9) {
        groupsOk = false;
        out.push({ code: "WEIGHT_SUM_MISMATCH", ...cut(i === groups.length - 1, sum, expected), sheet: form.sheet, cell: g.cell, expected, actual: sum, related: g.cells, params: { label: g.label } });
      }
    });
    const total = roundHalfAway(groupTotal, 2);
    if (groupsOk && groups.length > 0 && Math.abs(total - 100) > 1e-9) {
      const cell = form.total?.labelCell ?? form.items[0].primaryCell;
      out.push({ code: "WEIGHT_SUM_MISMATCH", ...cut(true, total, 100), sheet: form.sheet, cell, expected: 100, actual: total, related: groups.map((g) => g.cell), params: { label: form.title } });
    }
    return out;
  },
};
