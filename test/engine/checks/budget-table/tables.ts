import type { Row } from "../../check-tester";

/**
 * Small consistent budget tables (万元): no check finds anything in them. Each check's test changes an amount.
 */

/** 基本支出表 by indentation: A5 某单位 (合计 of its two classes), classes in rows 6 and 9, items below each. */
export const basic = (amounts: (number | string)[][]): Row[] => [
  ["基本支出预算表"],
  ["单位：万元", null, null, null],
  ["支出项目类别", "合计", "人员经费", "公用经费"],
  ["合计", ...amounts[0]],
  ["某单位", ...amounts[1]],
  ["\u3000工资福利支出", ...amounts[2]],
  ["\u3000\u3000基本工资", ...amounts[3]],
  ["\u3000\u3000津贴补贴", ...amounts[4]],
  ["\u3000商品和服务支出", ...amounts[5]],
  ["\u3000\u3000办公费", ...amounts[6]],
  ["\u3000\u3000印刷费", ...amounts[7]],
];
export const BASIC: (number | string)[][] = [
  [100, 80, 20],
  [100, 80, 20],
  [80, 80, 0],
  [50, 50, 0],
  [30, 30, 0],
  [20, 0, 20],
  [15, 0, 15],
  [5, 0, 5],
];

/** 一般公共预算支出表 by 功能分类科目编码: 201 its 20101 and 20102, 20101 its 2010101 and 2010102. */
export const functions = (amounts: number[][]): Row[] => [
  ["一般公共预算支出表"],
  ["单位：万元", null, null, null, null],
  ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
  ["201", "一般公共服务支出", ...amounts[0]],
  ["20101", "人大事务", ...amounts[1]],
  ["2010101", "行政运行", ...amounts[2]],
  ["2010102", "一般行政管理事务", ...amounts[3]],
  ["20102", "政协事务", ...amounts[4]],
  ["合计", null, ...amounts[5]],
];
export const FUNCTIONS = [
  [100, 60, 40],
  [70, 60, 10],
  [60, 60, 0],
  [10, 0, 10],
  [30, 0, 30],
  [100, 60, 40],
];

/** 三公经费表: two years and their 增减变化金额; the 合计 column the sum of the items. */
export const sangong = (years: number[][]): Row[] => [
  ["一般公共预算“三公”经费支出表"],
  ["单位：万元", null, null, null, null, null],
  ["项目", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费", "其中：公务用车运行维护费"],
  ["2023年预算数", ...years[0]],
  ["2024年预算数", ...years[1]],
  ["增减变化金额", ...years[2]],
];
export const SANGONG = [
  [30, 10, 5, 15, 15],
  [27, 8, 5, 14, 14],
  [-3, -2, 0, -1, -1],
];

/** 收支总表: 收入 on the left, 支出 on the right, 本年收入合计 against 本年支出合计 (row 7). */
export const balanceTable = (income: number[], expense: number[]): Row[] => [
  ["部门收支总表"],
  ["单位：万元", null, null, null],
  ["收入", null, "支出", null],
  ["项目", "预算数", "项目", "预算数"],
  ["一、一般公共预算拨款", income[0], "一、一般公共服务支出", expense[0]],
  ["二、事业收入", income[1], "二、教育支出", expense[1]],
  ["本年收入合计", income[0] + income[1], "本年支出合计", expense[0] + expense[1]],
];

/** A copy of `amounts` with the amount at [row][col] changed. */
export const set = <T extends number | string>(amounts: T[][], row: number, col: number, value: T): T[][] =>
  amounts.map((r, i) => r.map((x, j) => (i === row && j === col ? value : x)));
