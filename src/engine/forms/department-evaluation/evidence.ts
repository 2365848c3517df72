import type { Evidence } from "../compete";
import type { DepartmentEvaluationForm } from "./types";

/**
 * A department evaluation's evidence (forms/compete.ts). Roles: 三级, 分值 and 得分, 一级 and 二级 count 1; the 综合评分
 * and 评分等级 rows count 1; a 基础数据 block, which only this kind reads, counts 2. Rows: items with a numeric 分值.
 */
export function departmentEvaluationEvidence(form: DepartmentEvaluationForm): Evidence {
  let roles = 3;
  if (form.items.some((i) => i.primary !== "")) roles += 1;
  if (form.items.some((i) => i.secondary !== "")) roles += 1;
  if (form.total) roles += 1;
  if (form.grade) roles += 1;
  if (form.data) roles += 2;
  return { roles, rows: form.items.filter((i) => typeof i.weight.value === "number").length };
}
