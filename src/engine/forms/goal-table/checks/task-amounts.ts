import { compareSum } from "../../../checks/rounding";
import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import type { EngineContext } from "../../form-module";
import { text } from "../../../findings/text";
import { amountOf, decimalsOf } from "../amounts";
import type { FormCell, GoalTableForm } from "../types";

function sumFinding(form: GoalTableForm, ctx: EngineContext, cell: FormCell, parts: FormCell[], label: string, detail: string): FindingDraft[] {
  const total = amountOf(cell);
  const values = parts.map(amountOf).filter((v): v is number => v !== null);
  if (total === null || values.length === 0) return [];
  const decimals = decimalsOf(cell, form.unit);
  const cmp = compareSum({ value: total, decimals }, values.map((value) => ({ value, decimals })));
  if (cmp.status === "equal") return [];
  const at = {
    sheet: form.sheet,
    cell: cell.cell,
    related: parts.map((p) => p.cell),
    expected: cmp.sum,
    actual: total,
    params: { label, detail: detail ? text("goal.fundsSplit", { parts: detail }) : "", envelope: cmp.envelope },
  };
  return [cmp.status === "tail" ? { code: "ROUNDING_TAIL", ...at } : { code: "SUM_MISMATCH", ...at }];
}

/**
 * SUM_MISMATCH / ROUNDING_TAIL in the department variant's 年度主要任务: each task's 总额 = 财政拨款 + 其他资金,
 * and 金额合计 = the sum of the tasks, column by column. Amounts are in 万元 shown rounded, hence the envelope.
 */
export const taskAmounts: GoalTableCheck = {
  name: "task-amounts",
  codes: ["SUM_MISMATCH", "ROUNDING_TAIL"],
  run(form, ctx) {
    const out: FindingDraft[] = [];
    for (const t of form.tasks) {
      if (!t.total) continue;
      const parts = [t.fiscal, t.other].filter((c): c is FormCell => c !== null && amountOf(c) !== null);
      out.push(...sumFinding(form, ctx, t.total, parts, t.name.text, ""));
    }
    const total = form.taskTotal;
    if (total) {
      for (const key of ["total", "fiscal", "other"] as const) {
        const cell = total[key];
        if (!cell) continue;
        const parts = form.tasks.map((t) => t[key]).filter((c): c is FormCell => c !== null && amountOf(c) !== null);
        out.push(...sumFinding(form, ctx, cell, parts, total.name.text, ""));
      }
    }
    return out;
  },
};
