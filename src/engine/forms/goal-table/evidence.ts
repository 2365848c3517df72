import type { Evidence } from "../compete";
import type { GoalTableForm } from "./types";

/**
 * A goal table's evidence (forms/compete.ts). Roles: name, target, 一级 and 二级 count 1; a 目标值来源 column and
 * the 年度主要任务 table, which only this kind prints, count 2; each label of the project block found (项目名称,
 * 项目总金额 …) counts 1, four at most. Rows: indicators with a target, and tasks.
 */
export function goalTableEvidence(form: GoalTableForm): Evidence {
  let roles = 1 + 1;
  if (form.header.sourceCell !== null) roles += 2;
  if (form.header.secondaryColumn) roles += 1;
  if (form.indicators.some((i) => i.primary.text !== "")) roles += 1;
  if (form.tasks.length) roles += 2;
  const f = form.funds;
  const labels = [form.projectName, f.total, f.currentYear, f.fiscal, f.other, f.assetAmount, form.fundsUse, form.procurement].filter((x) => x !== null);
  roles += Math.min(labels.length, 4);
  const targets = form.indicators.filter((i) => i.target.text.trim() !== "").length;
  return { roles, rows: targets + form.tasks.length };
}
