import type { Evidence } from "../compete";
import type { SelfEvaluationForm } from "./types";

/**
 * A self-evaluation's evidence (forms/compete.ts). Roles: name and target (words goal tables print too) count 1;
 * the actual column, a deviation-reason column and a funds block (执行数 beside 预算数), which only this kind
 * prints, count 2; 分值, 得分, 一级 and 二级 count 1. Rows: indicators whose actual is filled in, funds rows with
 * an executed amount — a goal table under an 实际完成 column left blank is a goal table.
 */
export function selfEvaluationEvidence(form: SelfEvaluationForm): Evidence {
  const any = (test: (i: SelfEvaluationForm["indicators"][number]) => boolean) => form.indicators.some(test);
  let roles = 1 + 1 + 2;
  if (any((i) => i.weight !== null)) roles += 1;
  if (any((i) => i.score !== null)) roles += 1;
  if (any((i) => i.reason !== null)) roles += 2;
  if (any((i) => i.primary !== "")) roles += 1;
  if (any((i) => i.secondary !== "")) roles += 1;
  if (form.funds) roles += 2;
  const actuals = form.indicators.filter((i) => i.actual.text.trim() !== "").length;
  const executed = form.funds?.rows.filter((r) => typeof r.executed?.value === "number").length ?? 0;
  return { roles, rows: actuals + executed };
}
