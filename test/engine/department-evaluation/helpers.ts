import { snapshotOf } from "../../../src/hosts/file";
import { validateWorkbook, type ValidateOptions } from "../../../src/engine/validate";
import type { Finding } from "../../../src/engine/findings/finding";
import type { FormReport, ScoreItem } from "../../../src/engine/report";
import { buildDepartmentWorkbook, SEED004 } from "../../../scripts/examples/seed004";
import type { DeptEvalData } from "../../../scripts/examples/department-evaluation-layout";

export const EVAL_SHEET = "部门整体支出绩效评分表";
export const DATA_SHEET = "基础数据";

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Seed 004 with some changes applied (data values by label, entered scores by item name). */
export function seed004With(change: {
  data?: Record<string, number | string | null>;
  addData?: DeptEvalData["data"];
  scores?: Record<string, number | string | null>;
  weights?: Record<string, number | string>;
  total?: number | string | null;
  grade?: string | null;
  notes?: string[];
} = {}): DeptEvalData {
  const d = clone(SEED004);
  for (const [label, value] of Object.entries(change.data ?? {})) {
    const row = d.data.find((x) => x.label === label);
    if (!row) throw new Error(`no data item ${label}`);
    row.value = value;
  }
  d.data.push(...(change.addData ?? []));
  for (const [name, score] of Object.entries(change.scores ?? {})) {
    const it = d.items.find((x) => x.name === name);
    if (!it) throw new Error(`no item ${name}`);
    it.score = score;
  }
  for (const [name, weight] of Object.entries(change.weights ?? {})) d.items.find((x) => x.name === name)!.weight = weight;
  if (change.total !== undefined) d.total = change.total;
  if (change.grade !== undefined) d.grade = change.grade;
  if (change.notes !== undefined) d.notes = change.notes;
  return d;
}

export async function validateDept(d: DeptEvalData, options: ValidateOptions = {}) {
  const snapshot = await snapshotOf(buildDepartmentWorkbook(d), "seed004.xlsx");
  const result = validateWorkbook(snapshot, options);
  const form = result.report.forms.find((f) => f.kind === "department-evaluation");
  return { ...result, snapshot, form };
}

export function itemsByLabel(form: FormReport | undefined): Record<string, ScoreItem> {
  if (!form?.score) throw new Error("no scored department form");
  return Object.fromEntries(form.score.items.map((i) => [i.label, i]));
}

/** The score each item enters the total with: computed, or the entered score of a judged item. */
export function counted(form: FormReport | undefined): Record<string, number | null> {
  return Object.fromEntries(Object.values(itemsByLabel(form)).map((i) => [i.label, i.computed ?? i.entered]));
}

/** Findings as "CODE@Sheet!Cell" for exact comparisons. */
export const where = (fs: Finding[], codes?: string[]) =>
  fs.filter((f) => !codes || codes.includes(f.code)).map((f) => `${f.code}@${f.sheet}!${f.cell}`);
