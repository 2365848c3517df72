import { cellAddress as a } from "../address";
import type { Profile } from "../profile/schema";
import { AMOUNT_FORMAT, RATE_FORMAT, SCORE_FORMAT, SheetBuilder } from "./builder";
import type { TemplateSheet } from "./layout";
import { NATURES, UNITS, primaryCategories, secondaryCategories } from "./vocabulary";

/**
 * The 项目支出绩效自评表 template: the Shenzhen layout of seed 002 with the target split into 指标性质 | 指标值 |
 * 度量单位 (a layout the recogniser reads), columns A–K:
 *   A label | B 一级 | C 二级 | D 三级 | E 指标性质 | F 指标值 | G 度量单位 | H 实际完成值 | I 分值 | J 得分 | K 偏差原因
 * The funds block uses the same I/J columns for 分值/得分, so the 总分 row adds one column each.
 */
export const SELF_EVALUATION_SHEET = "项目支出绩效自评表";
export const DEFAULT_INDICATOR_ROWS = 40;

export interface FormSheetResult {
  sheet: TemplateSheet;
  indicatorRows: { header: number; first: number; last: number };
}

/** 执行率 of a funds row: 执行数 / the profile's denominator, "—" where that is empty or zero. */
function rateFormula(row: number, profile: Profile): string {
  const budget = a(row, profile.execution.denominator === "initial" ? 4 : 5);
  return `IF(N(${budget})=0,"—",${a(row, 6)}/${budget})`;
}

/** The grade from the profile's bands, highest first; empty until a score is entered. */
export function gradeFormula(score: string, profile: Profile, filled: string): string {
  const bands = [...profile.grades].sort((x, y) => y.min - x.min);
  let f = `"${bands[bands.length - 1].grade}"`;
  for (let i = bands.length - 2; i >= 0; i--) f = `IF(${score}>=${bands[i].min},"${bands[i].grade}",${f})`;
  return `IF(${filled}=0,"",${f})`;
}

export function selfEvaluationSheet(profile: Profile, rows = DEFAULT_INDICATOR_ROWS): FormSheetResult {
  const s = new SheetBuilder(SELF_EVALUATION_SHEET, [12, 14, 14, 30, 16, 16, 16, 16, 9, 9, 36]);
  s.merge(0, 0, 0, 10).put(0, 0, "项目支出绩效自评表", "title", { anchor: "title" }).height(0, 30);

  // Header block: 项目名称 | 实施年度, 主管部门 | 实施单位.
  const pair = (row: number, left: string, right: string) => {
    s.put(row, 0, left, "label", { anchor: "row" });
    s.merge(row, 1, row, 5, "input").put(row, 1, null, "input");
    s.put(row, 6, right, "label", { anchor: "row" });
    s.merge(row, 7, row, 10, "input").put(row, 7, null, "input");
  };
  pair(1, "项目名称", "实施年度");
  pair(2, "主管部门", "实施单位");

  // Funds block, rows 3–7.
  s.merge(3, 0, 7, 0, "label").put(3, 0, "项目资金\n（元）", "label", { anchor: "row" });
  s.merge(3, 1, 3, 3, "header").put(3, 1, null, "header");
  ["年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"].forEach((h, i) => s.put(3, 4 + i, h, "header", { anchor: "header" }));
  s.put(3, 10, null, "fixed");
  const fundsRows = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"];
  fundsRows.forEach((label, i) => {
    const r = 4 + i;
    s.merge(r, 1, r, 3, "label").put(r, 1, label, "label", { anchor: "row" });
    for (let c = 4; c <= 6; c++) {
      if (i === 0) s.put(r, c, null, "formula", { formula: `SUM(${a(5, c)}:${a(7, c)})`, numFmt: AMOUNT_FORMAT });
      else s.put(r, c, null, "input", { numFmt: AMOUNT_FORMAT });
    }
    s.put(r, 7, null, "formula", { formula: rateFormula(r, profile), numFmt: RATE_FORMAT });
    if (i === 0) {
      s.put(r, 8, profile.primaryWeights.execution, "fixed", { numFmt: SCORE_FORMAT });
      s.put(r, 9, null, "input", { numFmt: SCORE_FORMAT });
    } else {
      s.put(r, 8, null, "fixed").put(r, 9, null, "fixed");
    }
    s.put(r, 10, null, "fixed");
  });

  // The overall goal: 预期目标 | 实际完成情况 and the two texts below.
  s.merge(8, 0, 9, 0, "label").put(8, 0, "年度总体目标", "label", { anchor: "row" });
  s.merge(8, 1, 8, 5, "header").put(8, 1, "预期目标", "header", { anchor: "header" });
  s.merge(8, 6, 8, 10, "header").put(8, 6, "实际完成情况", "header", { anchor: "header" });
  s.merge(9, 1, 9, 5, "input").put(9, 1, null, "input");
  s.merge(9, 6, 9, 10, "input").put(9, 6, null, "input");
  s.height(9, 90);

  // Indicator table: a two-row header, then `rows` input rows.
  const header = 10;
  const first = header + 2;
  const last = first + rows - 1;
  s.merge(header, 0, last, 0, "label").put(header, 0, "年度绩效指标", "label", { anchor: "row" });
  const single: [number, string][] = [
    [1, "一级指标"],
    [2, "二级指标"],
    [3, "三级指标"],
    [7, "实际完成值"],
    [8, "分值"],
    [9, "得分"],
    [10, "偏差原因分析及改进措施"],
  ];
  for (const [c, h] of single) s.merge(header, c, header + 1, c, "header").put(header, c, h, "header", { anchor: "header" });
  s.merge(header, 4, header, 6, "header").put(header, 4, "年度指标值", "header", { anchor: "header" });
  ["指标性质", "指标值", "度量单位"].forEach((h, i) => s.put(header + 1, 4 + i, h, "header", { anchor: "header" }));
  for (let r = first; r <= last; r++) {
    s.height(r, 30);
    for (let c = 1; c <= 10; c++) s.put(r, c, null, "input", c === 8 || c === 9 ? { numFmt: SCORE_FORMAT } : {});
  }
  s.validate(first, 1, last, primaryCategories(profile), true, { title: "一级指标", text: "从列表中选择 / choose from the list" });
  // The 二级 list follows the 一级 chosen on the same row.
  s.validate(first, 2, last, secondaryCategories(profile), true, { title: "二级指标", text: "先选一级指标，再从列表中选择 / choose the 一级 first, then from the list" }, 1);
  s.validate(first, 4, last, NATURES, true, { title: "指标性质", text: "≥ 正向、≤ 反向、= 等于、定性 / ≥ ≤ = or qualitative" });
  s.validate(first, 6, last, UNITS, false, { title: "度量单位", text: "可从列表选择，也可填写其他单位 / pick or type a unit" });

  // 总分 and 评价等级.
  const total = last + 1;
  const range = (c: number) => `${a(first, c)}:${a(last, c)}`;
  s.merge(total, 0, total, 7, "label").put(total, 0, "总分", "label", { anchor: "row" });
  s.put(total, 8, null, "formula", { formula: `${a(4, 8)}+SUM(${range(8)})`, numFmt: SCORE_FORMAT });
  const filled = `COUNT(${a(4, 9)},${range(9)})`;
  s.put(total, 9, null, "formula", { formula: `IF(${filled}=0,"",${a(4, 9)}+SUM(${range(9)}))`, numFmt: SCORE_FORMAT });
  s.put(total, 10, "—", "fixed");
  const grade = total + 1;
  s.merge(grade, 0, grade, 7, "label").put(grade, 0, "评价等级", "label", { anchor: "row" });
  s.merge(grade, 8, grade, 9, "formula").put(grade, 8, null, "formula", { formula: gradeFormula(a(total, 9), profile, filled) });
  s.put(grade, 10, null, "fixed");
  return { sheet: s.build(true), indicatorRows: { header, first, last } };
}
