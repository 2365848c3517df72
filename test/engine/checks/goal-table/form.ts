import type { Row } from "../../check-tester";
import { edit as editRows, insert as insertRows } from "../self-evaluation/form";

/**
 * A consistent project goal table: no check finds anything in it. Each check's test changes a few cells with `edit`.
 *
 *     B3 项目总金额 1,000,000 · B4 本年度 1,000,000 · B5 财政拨款 800,000 · B6 其他资金 200,000 · B7 资金用途 text
 *     row 9 header (C 三级指标, D 指标目标值, E 目标值来源), rows 10–15 indicators
 */
export const BASE: Row[] = [
  ["项目绩效目标表", null, null, null, null],
  ["项目名称", "社区书屋", null, null, null],
  ["项目总金额（元）", 1000000, null, null, null],
  ["本年度项目金额（元）", 1000000, null, null, null],
  ["财政拨款（元）", 800000, null, null, null],
  ["其他资金（元）", 200000, null, null, null],
  ["资金用途", "书屋建设经费600000元，图书采购经费400000元。", null, null, null],
  ["年度绩效目标", "新建社区书屋50个，惠及居民5000人以上。", null, null, null],
  ["一级指标", "二级指标", "三级指标", "指标目标值", "目标值来源"],
  ["产出指标", "数量指标", "新建书屋数量", "≥50个", "年度计划"],
  [null, "质量指标", "新建书屋验收合格率", "≥98%", "验收标准"],
  [null, "时效指标", "新建书屋完成及时率", "100%", "年度计划"],
  [null, "成本指标", "单个书屋建设成本", "≤2万元", "预算标准"],
  ["效益指标", "社会效益指标", "惠及居民人数", "≥5000人", "统计数据"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "问卷调查"],
];
export const MERGED = ["A10:A13"];

/** The base goal table with cells changed (A1 addresses; null empties a cell). */
export const edit = (changes: Record<string, string | number | null>, rows: Row[] = BASE): Row[] => editRows(changes, rows);
/** Rows inserted before the row at `at` (0-based). */
export const insert = (at: number, added: Row[], rows: Row[] = BASE): Row[] => insertRows(at, added, rows);

/** The base with the procurement block: 固定资产采购金额 in B8, 采购品目 (its detail) in B9; the indicators move down two rows. */
export const withProcurement = (detail: string): Row[] =>
  insert(7, [
    ["固定资产采购金额（元）", 300000, null, null, null],
    ["采购品目", detail, null, null, null],
  ]);

/**
 * A department goal table (部门整体支出绩效目标表, 万元) with its 年度主要任务: tasks in rows 5–6 (C 总额, D 财政拨款,
 * E 其他资金), 金额合计 in row 7.
 */
export const department = (tasks: [number, number, number][], total: [number, number, number]): Row[] => [
  ["部门（单位）整体支出绩效目标表", null, null, null, null],
  ["部门（单位）名称", "某区文化广电旅游体育局", null, null, null],
  ["年度主要任务", null, null, null, null],
  ["任务名称", "主要内容", "总额", "财政拨款", "其他资金"],
  ["公共文化服务", "社区书屋运营", ...tasks[0]],
  ["文物保护", "文物修缮", ...tasks[1]],
  ["金额合计", null, ...total],
  ["年度总体目标", "完善公共文化服务体系。", null, null, null],
  ["一级指标", "二级指标", "三级指标", "指标目标值", "目标值来源"],
  ["产出指标", "数量指标", "社区书屋运营数量", "≥50个", "年度计划"],
  [null, "质量指标", "社区书屋运营达标率", "≥98%", "验收标准"],
  [null, "时效指标", "社区书屋运营及时率", "100%", "年度计划"],
  [null, "成本指标", "单个书屋运营成本", "≤2万元", "预算标准"],
  ["效益指标", "社会效益指标", "惠及居民人数", "≥5000人", "统计数据"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "问卷调查"],
];
export const DEPARTMENT_MERGED = ["A10:A13"];
