import { seed000, seed000Indicators } from "../../../scripts/examples/seed000";
import type { GoalTableData } from "../../../scripts/examples/goal-table-layout";
import type { SelfEvalData, SelfEvalIndicatorRow } from "../../../scripts/examples/self-evaluation-layout";
import { clone, indicatorRow, validateGoals, where } from "./helpers";

/**
 * Defects planted into seed 000, one at a time: each is found at its cell with its code, and the unplanted
 * workbook has none of them (seed 000 itself: no error, two explained warnings).
 */
const G = "目标表1";
const E = "自评表";
const indexOf = (name: string) => seed000Indicators.findIndex((i) => i.name === name);
const targetCell = (name: string) => `D${indicatorRow(indexOf(name))}`;
const nameCell = (name: string) => `C${indicatorRow(indexOf(name))}`;

function withIndicators(f: (rows: GoalTableData["indicators"]) => GoalTableData["indicators"]): GoalTableData {
  const d = clone(seed000);
  d.indicators = f(d.indicators);
  return d;
}
function withTarget(name: string, target: string): GoalTableData {
  return withIndicators((rows) => rows.map((r) => (r.name === name ? { ...r, target } : r)));
}

/** A self-evaluation of the same project, its targets copied from the goal table as approved. */
function evaluationOf(changes: Record<string, string> = {}): SelfEvalData {
  const out = (secondary: string, name: string): SelfEvalIndicatorRow => {
    const target = changes[name] ?? seed000Indicators[indexOf(name)].target;
    return { primary: "产出指标\n（50分）", secondary, name, target, actual: target, weight: 10, score: 10 };
  };
  return {
    project: "科技交流与合作",
    year: "2019年",
    department: "深圳市科学技术协会",
    implementer: "深圳市科技开发交流中心",
    fundsUnit: "元",
    funds: [
      { label: "年度资金总额", initial: 3353550, adjusted: 3353550, executed: 3353550, weight: 10, rate: 1, score: 10 },
      { label: "其中：当年财政拨款", initial: 3353550, adjusted: 3353550, executed: 3353550, weight: 10, rate: 1, score: "—" },
      { label: "上年结转资金", initial: "-", adjusted: "-", executed: "-", weight: "—", rate: "—", score: "—" },
      { label: "其他资金", initial: "-", adjusted: "-", executed: "-", weight: "—", rate: "—", score: "—" },
    ],
    expected: "举办3场海智交流活动",
    achieved: "举办3场海智交流活动",
    indicators: [
      out("数量指标", "举办海智交流活动场次"),
      out("数量指标", "采购办公设备数量"),
      out("质量指标", "举办海智交流活动内容完成率"),
      out("质量指标", "采购办公设备验收合格率"),
      out("时效指标", "采购办公设备及时性"),
      { primary: "效益指标\n（40分）", secondary: "满意度指标", name: "参加活动人员满意度", target: changes["参加活动人员满意度"] ?? "≥90%", actual: "95%", weight: 40, score: 40 },
    ],
    total: { weight: 100, score: 100 },
  };
}

const PLANTED = ["UNPAIRED_INDICATOR", "TEXT_ARITHMETIC_MISMATCH", "TARGET_NOT_MEASURABLE", "TARGET_CHANGED", "MISSING_VALUE", "SUM_MISMATCH", "MISSING_INDICATOR_CATEGORY"];

describe("planted defects in seed 000", () => {
  test("the unplanted workbook (goal table + matching self-evaluation) has none of them", async () => {
    const { report } = await validateGoals([seed000], [evaluationOf()]);
    expect(report.forms.map((f) => f.kind)).toEqual(["goal-table", "self-evaluation"]);
    // The self-evaluation's own findings (its short indicator list) are its module's business, not this one's.
    const goalSide = report.findings.filter((f) => f.sheet === G || f.code === "TARGET_CHANGED");
    expect(where(goalSide, PLANTED)).toEqual([`MISSING_INDICATOR_CATEGORY@${G}!A16`, `UNPAIRED_INDICATOR@${G}!C28`]);
    expect(goalSide.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a removed 及时性 indicator leaves its quantity unpaired, named with the missing partner", async () => {
    const d = withIndicators((rows) => rows.filter((r) => r.name !== "举办海智交流活动及时性"));
    const { report } = await validateGoals([d]);
    const f = report.findings.filter((x) => x.code === "UNPAIRED_INDICATOR" && x.cell === "C16");
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe("数量指标「举办海智交流活动场次」缺少对应的时效指标（如「举办海智交流活动及时性」）");
    // Nothing else changes: a participant count (C17) is paired leniently, by the event it attends.
    expect(where(report.findings, ["UNPAIRED_INDICATOR"])).toEqual([`UNPAIRED_INDICATOR@${G}!C16`, `UNPAIRED_INDICATOR@${G}!C28`]);
  });

  test("removing every 时效 indicator is a missing category (error), not 16 unpaired ones", async () => {
    const d = withIndicators((rows) => rows.filter((r) => !r.name.endsWith("及时性")));
    const { report } = await validateGoals([d]);
    const f = report.findings.find((x) => x.code === "MISSING_INDICATOR_CATEGORY" && x.severity === "error");
    expect(f).toMatchObject({ cell: "A16", message: "「产出目标」下缺少「时效」类指标" });
    expect(where(report.findings, ["UNPAIRED_INDICATOR"])).toEqual([]);
  });

  test("a changed amount in the funds-use text no longer adds up to 本年度项目金额", async () => {
    const d = clone(seed000);
    d.purpose = d.purpose.replace("320750元", "302750元");
    const { report } = await validateGoals([d]);
    const f = report.findings.filter((x) => x.code === "TEXT_ARITHMETIC_MISMATCH");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "B12", related: ["E8"], expected: 3335550, actual: 3353550, severity: "error" });
    expect(f[0].message).toBe("「项目用途」中列出的各项金额合计 3,335,550，与「本年度项目金额」3,353,550 不符");
  });

  test("a wrong calculation in the procurement detail is found in its cell", async () => {
    const d = clone(seed000);
    d.procurementItems = d.procurementItems.replace("*4=24000元", "*4=25000元").replace("合计32800元", "合计33800元");
    const { report } = await validateGoals([d]);
    const f = report.findings.filter((x) => x.code === "TEXT_ARITHMETIC_MISMATCH");
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["E10", 24000, 25000]]);
    expect(f[0].message).toBe("「采购品目」中的算式「6000元/台*4=25000元」计算结果为 24,000，文中写作 25,000");
  });

  test("procurement detail that disagrees with 固定资产采购金额", async () => {
    const d = clone(seed000);
    d.assetAmount = 32000;
    const { report } = await validateGoals([d]);
    expect(report.findings.filter((x) => x.code === "TEXT_ARITHMETIC_MISMATCH").map((x) => [x.cell, x.related, x.expected, x.actual])).toEqual([
      ["E10", ["C10"], 32800, 32000],
    ]);
  });

  test("a 合计 that its own items do not reach", async () => {
    const d = clone(seed000);
    d.procurementItems = d.procurementItems.replace("1台800元", "1台900元");
    const { report } = await validateGoals([d]);
    const f = report.findings.filter((x) => x.code === "TEXT_ARITHMETIC_MISMATCH");
    expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["E10", 32900, 32800]]);
  });

  test("a vague target (进一步提升)", async () => {
    const name = "参加活动人员满意度";
    const { report } = await validateGoals([withTarget(name, "进一步提升")]);
    const f = report.findings.filter((x) => x.code === "TARGET_NOT_MEASURABLE");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: targetCell(name), actual: "进一步提升", message: "「参加活动人员满意度」的指标值「进一步提升」表述模糊，无法衡量" });
    expect(targetCell(name)).toBe("D57");
  });

  test("a compound target", async () => {
    const name = "举办海智交流活动场次";
    const target = "举办3场，参加人数≥180人";
    const { report } = await validateGoals([withTarget(name, target)]);
    const f = report.findings.filter((x) => x.code === "TARGET_NOT_MEASURABLE");
    expect(f.map((x) => [x.cell, x.actual])).toEqual([["D16", target]]);
    expect(f[0].message).toBe(`「举办海智交流活动场次」的指标值「${target}」含多个目标，应拆分为多个指标`);
  });

  test("an empty target and an empty 目标值来源 are missing values", async () => {
    const d = withIndicators((rows) =>
      rows.map((r) => (r.name === "采购办公设备数量" ? { ...r, target: "" } : r.name === "海智交流活动出席率" ? { ...r, source: "" } : r)),
    );
    const { report } = await validateGoals([d]);
    expect(where(report.findings, ["MISSING_VALUE"])).toEqual([`MISSING_VALUE@${G}!${targetCell("采购办公设备数量")}`, `MISSING_VALUE@${G}!E${indicatorRow(indexOf("海智交流活动出席率"))}`]);
    expect(report.findings.filter((x) => x.code === "MISSING_VALUE").map((x) => x.message)).toEqual([
      "「采购办公设备数量」的指标目标值为空",
      "「海智交流活动出席率」的目标值来源为空",
    ]);
    expect(nameCell("采购办公设备数量")).toBe("C22");
  });

  test("项目总金额 ≠ 财政拨款资金 + 其他资金, and a year's amount above the total", async () => {
    const d = clone(seed000);
    d.other = 100;
    d.currentYear = 3400000;
    const { report } = await validateGoals([d]);
    const sums = report.findings.filter((x) => x.code === "SUM_MISMATCH");
    expect(sums.map((x) => [x.cell, x.expected, x.actual])).toEqual([
      ["B8", 3353650, 3353550],
      ["E8", 3353550, 3400000],
    ]);
    expect(sums[0].message).toBe("「项目总金额」应为各分项之和 3,353,650，表中为 3,353,550（财政拨款资金 + 其他资金）");
    expect(sums[1].message).toBe("「本年度项目金额」3,400,000 超过「项目总金额」3,353,550");
  });

  test("a target changed between the goal table and the self-evaluation of the same project", async () => {
    const { report } = await validateGoals([seed000], [evaluationOf({ 采购办公设备数量: "=8台" })]);
    const f = report.findings.filter((x) => x.code === "TARGET_CHANGED");
    expect(f).toHaveLength(1);
    const selfEval = report.forms.find((x) => x.kind === "self-evaluation");
    expect(selfEval?.title).toBe("科技交流与合作");
    expect(f[0]).toMatchObject({ sheet: E, cell: "E13", related: [`'目标表1'!${targetCell("采购办公设备数量")}`], expected: "=6台", actual: "=8台" });
    expect(f[0].message).toBe("「采购办公设备数量」的指标值为「=8台」，绩效目标表中为「=6台」");
  });

  test("the same target written differently is not a change; a self-evaluation of another project is not compared", async () => {
    const same = await validateGoals([seed000], [evaluationOf({ 举办海智交流活动场次: "3场", 参加活动人员满意度: "≧90%" })]);
    expect(where(same.report.findings, ["TARGET_CHANGED"])).toEqual([]);
    const other = evaluationOf({ 采购办公设备数量: "=8台" });
    other.project = "科技智库与交流";
    const { report } = await validateGoals([seed000], [other]);
    expect(where(report.findings, ["TARGET_CHANGED"])).toEqual([]);
  });

  test("messages render in English", async () => {
    const d = clone(seed000);
    d.purpose = d.purpose.replace("320750元", "302750元");
    const { report } = await validateGoals([withIndicators((rows) => rows.filter((r) => r.name !== "举办海智交流活动及时性")), d], [], { lang: "en" });
    expect(report.findings.find((x) => x.code === "UNPAIRED_INDICATOR" && x.cell === "C16")?.message).toBe(
      "The quantity indicator “举办海智交流活动场次” has no matching timeliness (时效) indicator (such as “举办海智交流活动及时性”)",
    );
    expect(report.findings.find((x) => x.code === "TEXT_ARITHMETIC_MISMATCH")?.message).toBe(
      "The amounts listed in “项目用途” add up to 3,335,550, but “本年度项目金额” is 3,353,550",
    );
  });
});
