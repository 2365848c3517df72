import ExcelJS from "exceljs";
import type { GoalTableData } from "../../scripts/examples/goal-table-layout";
import type { SelfEvalData } from "../../scripts/examples/self-evaluation-layout";
import { saveWorkbook } from "../../src/hosts/file/workbook-io";

/** A seed target as the template asks for it: 指标性质 | 指标值 | 度量单位. */
export function splitTarget(target: string | number): { nature: string; value: string | number; unit: string | null } {
  if (typeof target === "number") return { nature: "≥", value: target, unit: null };
  const m = /^\s*(≥|≤|=|>|<)?\s*(\d+(?:\.\d+)?)\s*([^\d\s·]*)[·]?\s*$/.exec(target);
  if (m) return { nature: m[1] === ">" ? "≥" : m[1] === "<" ? "≤" : (m[1] ?? "≥"), value: Number(m[2]), unit: m[3] || null };
  return { nature: "定性", value: target, unit: null };
}

/** Type a seed 002 project into a self-evaluation template as a unit's finance staff would: input cells only. */
export async function fillSelfEvaluation(template: Uint8Array, d: SelfEvalData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const set = (a1: string, v: ExcelJS.CellValue) => {
    const c = ws.getCell(a1);
    if (c.protection?.locked !== false) throw new Error(`${a1} is not an input cell`);
    c.value = v;
  };
  set("B2", d.project);
  set("H2", d.year);
  set("B3", d.department);
  set("H3", d.implementer);
  d.funds.forEach((f, i) => {
    const r = 5 + i;
    if (i === 0) {
      if (typeof f.score === "number") set(`J${r}`, f.score);
      return;
    }
    for (const [col, v] of [["E", f.initial], ["F", f.adjusted], ["G", f.executed]] as const) if (typeof v === "number") set(`${col}${r}`, v);
  });
  set("B10", d.expected);
  set("G10", d.achieved);
  d.indicators.forEach((ind, i) => {
    const r = 13 + i;
    set(`B${r}`, ind.primary.replace(/\n?（\d+分）/, ""));
    set(`C${r}`, ind.secondary);
    set(`D${r}`, ind.name);
    if (ind.name === "不适用") {
      set(`F${r}`, "不适用");
    } else {
      const t = splitTarget(ind.target);
      set(`E${r}`, t.nature);
      set(`F${r}`, t.value);
      if (t.unit) set(`G${r}`, t.unit);
    }
    set(`H${r}`, ind.actual);
    set(`I${r}`, ind.weight);
    set(`J${r}`, ind.score);
    if (ind.reason) set(`K${r}`, ind.reason);
  });
  return saveWorkbook(wb);
}



const PRIMARY: Record<string, string> = { 产出目标: "产出指标", 效果目标: "效益指标" };

/** Type a goal table (seed 000) into a goal-table template: input cells only. */
export async function fillGoalTable(template: Uint8Array, d: GoalTableData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const set = (a1: string, v: ExcelJS.CellValue) => {
    const c = ws.getCell(a1);
    if (c.protection?.locked !== false) throw new Error(`${a1} is not an input cell`);
    c.value = v;
  };
  set("B2", d.project);
  set("B3", d.supervisor);
  set("F3", d.implementer);
  set("B4", d.start);
  set("F4", d.end);
  set("F5", d.currentYear);
  set("B6", d.fiscal);
  set("F6", d.other);
  set("B7", d.purpose);
  set("B8", d.overview);
  set("B9", d.midTermGoal);
  set("B10", d.annualGoal);
  d.indicators.forEach((ind, i) => {
    const r = 12 + i;
    set(`A${r}`, PRIMARY[ind.primary] ?? ind.primary);
    if (ind.secondary) set(`B${r}`, ind.secondary.endsWith("指标") ? ind.secondary : `${ind.secondary}指标`);
    set(`C${r}`, ind.name);
    const t = splitTarget(ind.target);
    set(`D${r}`, t.nature);
    set(`E${r}`, t.value);
    if (t.unit) set(`F${r}`, t.unit);
    if (ind.source) set(`H${r}`, ind.source);
  });
  return saveWorkbook(wb);
}
