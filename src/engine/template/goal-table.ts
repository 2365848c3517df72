import { cellAddress as a } from "../address";
import type { Profile } from "../profile/schema";
import { AMOUNT_FORMAT, SheetBuilder } from "./builder";
import type { FormSheetResult } from "./self-evaluation";
import { NATURES, UNITS, primaryCategories, secondaryCategories } from "./vocabulary";

/**
 * The 项目绩效目标表 template, columns A–H: a project block of labels and values, then
 *   A 一级 | B 二级 | C 三级 | D 指标性质 | E 指标值 | F 度量单位 | G 指标目标值 | H 目标值来源
 * 指标目标值 is a formula joining the three inputs ("≥" "3" "场" → "≥3场"), so the target reads as the goal tables
 * the recogniser knows print it, while the user picks the comparator and the unit from lists.
 */
export const GOAL_TABLE_SHEET = "项目绩效目标表";
export const DEFAULT_GOAL_ROWS = 40;

export function goalTableSheet(profile: Profile, rows = DEFAULT_GOAL_ROWS): FormSheetResult {
  const s = new SheetBuilder(GOAL_TABLE_SHEET, [18, 14, 30, 12, 14, 9, 16, 40]);
  s.merge(0, 0, 0, 7).put(0, 0, "项目绩效目标表", "title", { anchor: "title" }).height(0, 30);

  const wide = (row: number, label: string, height?: number) => {
    s.put(row, 0, label, "label", { anchor: "row" });
    s.merge(row, 1, row, 7, "input").put(row, 1, null, "input");
    if (height) s.height(row, height);
  };
  const pair = (row: number, left: string, right: string, leftCell: "input" | "formula" = "input", formula?: string, numFmt?: string) => {
    s.height(row, 32);
    s.put(row, 0, left, "label", { anchor: "row" });
    s.merge(row, 1, row, 3, leftCell).put(row, 1, null, leftCell, { ...(formula ? { formula } : {}), ...(numFmt ? { numFmt } : {}) });
    s.put(row, 4, right, "label", { anchor: "row" });
    s.merge(row, 5, row, 7, "input").put(row, 5, null, "input", numFmt ? { numFmt } : {});
  };
  wide(1, "项目名称", 24);
  pair(2, "主管部门", "实施单位");
  pair(3, "计划开始日期", "计划完成日期");
  // 项目总金额 = 财政拨款资金 + 其他资金 (the goal table's own rule, checked by funds-split).
  pair(4, "项目总金额（元）", "本年度项目金额（元）", "formula", `IF(COUNT(${a(5, 1)},${a(5, 5)})=0,"",N(${a(5, 1)})+N(${a(5, 5)}))`, AMOUNT_FORMAT);
  pair(5, "财政拨款资金（元）", "其他资金（元）", "input", undefined, AMOUNT_FORMAT);
  wide(6, "资金用途", 60);
  wide(7, "项目概况", 60);
  wide(8, "项目总(中期)目标", 45);
  wide(9, "年度绩效目标", 45);

  const header = 10;
  const first = header + 1;
  const last = first + rows - 1;
  ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标目标值", "目标值来源"].forEach((h, i) => s.put(header, i, h, "header", { anchor: "header" }));
  for (let r = first; r <= last; r++) {
    s.height(r, 30);
    for (let c = 0; c <= 7; c++) {
      if (c === 6) s.put(r, c, null, "formula", { formula: `IF(${a(r, 4)}="","",IF(${a(r, 3)}="定性",${a(r, 4)}&"",${a(r, 3)}&${a(r, 4)}&${a(r, 5)}))` });
      else s.put(r, c, null, "input");
    }
  }
  s.validate(first, 0, last, primaryCategories(profile), true, { title: "一级指标", text: "从列表中选择 / choose from the list" });
  // The 二级 list follows the 一级 chosen on the same row.
  s.validate(first, 1, last, secondaryCategories(profile), true, { title: "二级指标", text: "先选一级指标，再从列表中选择 / choose the 一级 first, then from the list" }, 0);
  s.validate(first, 3, last, NATURES, true, { title: "指标性质", text: "≥ 正向、≤ 反向、= 等于、定性 / ≥ ≤ = or qualitative" });
  s.validate(first, 5, last, UNITS, false, { title: "度量单位", text: "可从列表选择，也可填写其他单位 / pick or type a unit" });
  return { sheet: s.build(true), indicatorRows: { header, first, last } };
}
