import { goalTableModule } from "../../../src/engine/forms/goal-table";
import { recogniseGoalTables } from "../../../src/engine/forms/goal-table/recognise";
import { validateWorkbook } from "../../../src/engine/validate";
import { contextFor, sheetOf, where } from "./helpers";

/**
 * Seed 001 表11, 部门（单位）整体支出绩效目标表 (2022, 深圳市科技交流服务中心), typed as printed: 年度主要任务 with
 * amounts in 万元, then 年度绩效指标 as 一级 | 二级 | 三级 (merged D:F) | 目标值, without a 目标值来源 column.
 */
type Cell = string | number | null;
const TASKS: [string, string, number][] = [
  ["科技创新与交流", "按照项目工作要求，及时完成本项目所有工作任务，主要为：举办3场创新周主题活动，举办海智交流活动3场，举办创新周主题活动1场，确保项目工作完成度达到100%，提高受众人员满意度。", 535],
  ["科技智库与交流", "按照项目工作要求，及时完成本项目所有工作任务，主要为：组织开展学术研讨会5场，发布征集专家广告1批次，确保项目工作完成度达到100%，提高受众人员满意度。", 168],
  ["办公设备采购", "按照项目工作要求，及时完成本项目所有工作任务，主要为：购买办公设备8台，确保项目工作完成度达到100%。", 7],
  ["信息化系统运行维护", "按照项目工作要求，及时完成本项目所有工作任务，主要为：专家委网站和专家库维护2次，确保项目工作完成度达到100%。", 7],
  ["信息化新建项目（非政府投资项目）", "按照项目工作要求，及时完成本项目所有工作任务，主要为：深圳市科技交流服务中心内控管理系统建设及运维以及深圳市科技交流服务中心信息平台（具体为深圳会展服务平台、深港澳科技联盟服务平台和深圳海智基地服务平台），确保项目工作完成度达到100%，提高受众人员满意度。", 45],
  ["基本支出", "主要用于人员、公用及对个人和家庭补助支出等", 1337],
];
const ACTIVITIES = ["举办海智交流活动", "举办创新周主题活动", "建设运维中心内控管理系统", "建设运维中心信息平台", "专家委网站和专家库维护", "购买办公设备", "发布征集专家广告", "组织开展学术研讨会", "举办招才引智主题活动"];
const QUANTITIES: [string, string][] = [
  ["举办海智交流活动", "3 场"],
  ["举办创新周主题活动", "3 场"],
  ["建设运维中心内控管理系统", "1 个"],
  ["建设运维中心信息平台数量", "1 个"],
  ["专家委网站和专家库维护", "2 次"],
  ["购买办公设备", "8 台"],
  ["发布征集专家广告", "2 批次"],
  ["组织开展学术研讨会", "5 场"],
  ["举办招才引智主题活动", "1 场"],
];
const SOCIAL = ["组织开展学术研讨会工作保障情况", "发布征集专家广告工作保障情况", "购买办公设备工作保障情况", "专家委网站和专家库维护工作保障情况", "中国（深圳）科技创新活动周及科技交流与合作项目完成保障情况", "海智项目工作保障情况", "招才引智项目工作保障情况", "信息化平台建设及运维工作保障情况"];

interface Options {
  amounts?: Partial<Record<number, [number, number]>>;
  total?: [number, number];
  dropTimeliness?: string;
}

function table11({ amounts = {}, total = [2099, 2099], dropTimeliness }: Options = {}) {
  const rows: Cell[][] = [];
  const merged: string[] = [];
  const row = (...cells: Cell[]) => rows.push(cells) - 1;
  const m = (a1: string) => merged.push(a1);
  row("部门（单位）整体支出绩效目标表");
  m("A1:G1");
  row("2022 年度", null, null, null, null, null, "单位：万元");
  row("部门（单位）名称", null, "深圳市科技交流服务中心", null, "主管部门", "深圳市科学技术协会");
  m("A3:B3"), m("C3:D3"), m("F3:G3");
  row("年度主要任务", "任务名称", "主要内容", null, "预算金额（万元）");
  m("B4:B5"), m("C4:D5"), m("E4:G4");
  row(null, null, null, null, "总额", "其中：财政拨款", "其中：其他资金");
  TASKS.forEach(([name, content, amount], i) => {
    const [t, f] = amounts[i] ?? [amount, amount];
    const r = row(null, name, content, null, t, f, null);
    m(`C${r + 1}:D${r + 1}`);
  });
  const sumRow = row(null, "金额合计", null, null, total[0], total[1], null);
  m(`B${sumRow + 1}:D${sumRow + 1}`);
  m(`A4:A${sumRow + 1}`);
  const goalRow = row("年度总体目标", "一、科技创新与交流：1.举办中国（深圳）科技创新活动周……");
  m(`B${goalRow + 1}:G${goalRow + 1}`);
  const header = row("年度绩效指标", "一级指标", "二级指标", "三级指标", null, null, "目标值");
  m(`D${header + 1}:F${header + 1}`);
  const block = (primary: string, secondary: string, items: [string, string][]) => {
    const first = rows.length;
    for (const [name, target] of items) {
      const r = row(null, primary, secondary, name, null, null, target);
      m(`D${r + 1}:F${r + 1}`);
    }
    return [first, rows.length - 1] as const;
  };
  const spans: [string, readonly [number, number]][] = [];
  spans.push(["C", block("产出", "数量", QUANTITIES)]);
  spans.push(["C", block("产出", "质量", ACTIVITIES.map((a) => [`${a}完成率`, "100%"]))]);
  spans.push(["C", block("产出", "时效", ACTIVITIES.filter((a) => a !== dropTimeliness).map((a) => [`${a}及时性`, "及时"]))]);
  spans.push(["C", block("产出", "成本", [["预算执行率", "≥90%"]])]);
  const outputEnd = rows.length - 1;
  spans.push(["C", block("效益", "经济效益", [["", ""]])]);
  spans.push(["C", block("效益", "社会效益", SOCIAL.map((s) => [s, "有效保障"]))]);
  spans.push(["C", block("效益", "可持续影响", [["", ""]])]);
  spans.push(["C", block("效益", "生态效益", [["", ""]])]);
  const outcomeEnd = rows.length - 1;
  block("满意度", "服务对象满意度", [["受众满意度", "≥90%"]]);
  for (const [col, [a, b]] of spans) if (b > a) m(`${col}${a + 1}:${col}${b + 1}`);
  m(`B${header + 2}:B${outputEnd + 1}`);
  m(`B${outputEnd + 2}:B${outcomeEnd + 1}`);
  m(`A${header + 1}:A${rows.length}`);
  // Typed rows carry nulls for the merged cells' other positions; blank names are placeholders of empty categories.
  const values = rows.map((r) => r.map((v) => (v === "" ? null : v)));
  return { grid: sheetOf("表11", values, merged), header, sumRow };
}

describe("seed 001 表11 (部门（单位）整体支出绩效目标表)", () => {
  test("recognised as the department variant: tasks in 万元, 金额合计, 37 indicators with printed 二级", () => {
    const { grid } = table11();
    const [form] = recogniseGoalTables(grid);
    expect(form).toMatchObject({ variant: "department", title: "深圳市科技交流服务中心", unit: "万元", range: "A1:G54" });
    expect(form.tasks.map((t) => [t.name.text, t.total?.cell, t.fiscal?.cell])).toEqual(TASKS.map(([n], i) => [n, `E${6 + i}`, `F${6 + i}`]));
    expect(form.taskTotal).toMatchObject({ total: { cell: "E12", value: 2099 }, fiscal: { cell: "F12" } });
    expect(form.header).toMatchObject({ nameCell: "D14", targetCell: "G14", sourceCell: null });
    expect(form.indicators).toHaveLength(37);
    expect(form.indicators.every((i) => i.secondary.basis === "printed")).toBe(true);
    expect(form.indicators.at(-1)).toMatchObject({ name: { text: "受众满意度", cell: "D54" }, target: { cell: "G54" }, secondary: { category: "满意度" }, primary: { category: "满意度" } });
  });

  test("no finding: amounts add up (2,099), every quantity has its 完成率 and 及时性, 成本 present", () => {
    const { grid } = table11();
    const ctx = contextFor("central");
    const [form] = recogniseGoalTables(grid);
    expect(goalTableModule.evaluate(form, ctx).findings).toEqual([]);
    expect(goalTableModule.place(form).notes).toEqual([]);
  });

  test("a task whose 总额 ≠ 财政拨款 is an error, and so is the 金额合计 it no longer matches", () => {
    const { grid } = table11({ amounts: { 4: [54, 45] } });
    const report = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] }).report;
    expect(where(report.findings, ["SUM_MISMATCH", "ROUNDING_TAIL"])).toEqual(["SUM_MISMATCH@表11!E10", "SUM_MISMATCH@表11!E12"]);
    expect(report.findings.find((f) => f.cell === "E12")).toMatchObject({ expected: 2108, actual: 2099 });
  });

  test("a difference of one 万元 across seven rounded figures is a rounding tail (尾数误差), not an error", () => {
    const { grid } = table11({ amounts: { 5: [1338, 1338] } });
    const report = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] }).report;
    expect(where(report.findings, ["SUM_MISMATCH", "ROUNDING_TAIL"])).toEqual(["ROUNDING_TAIL@表11!E12", "ROUNDING_TAIL@表11!F12"]);
    expect(report.summary.errors).toBe(0);
  });

  test("a removed 及时性 indicator in 表11 is found on its quantity", () => {
    const { grid } = table11({ dropTimeliness: "购买办公设备" });
    const report = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] }).report;
    expect(where(report.findings, ["UNPAIRED_INDICATOR"])).toEqual(["UNPAIRED_INDICATOR@表11!D20"]);
    expect(report.findings.find((f) => f.code === "UNPAIRED_INDICATOR")?.message).toBe("数量指标「购买办公设备」缺少对应的时效指标（如「购买办公设备及时性」）");
  });
});
