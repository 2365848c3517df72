import { innovation, thinkTank } from "../../../scripts/examples/seed002";
import { clone, validateForms, where } from "./helpers";

/**
 * Defects planted in the published seed-002 forms. Layout (scripts/examples/self-evaluation-layout.ts):
 * funds rows 5–8 (年度资金总额 on row 5: C 年初, D 全年预算, E 执行, F 分值, G 执行率, H 得分),
 * indicators from row 12 (B 一级, C 二级, D 三级, E 指标值, F 实际, G 分值, H 得分, I 偏差原因).
 */
const ROW0 = 12;
const rowOf = (data: typeof innovation, name: string) => ROW0 + data.indicators.findIndex((i) => i.name === name);

test("the unplanted forms have no errors", async () => {
  const { report } = await validateForms([[innovation], [thinkTank]]);
  expect(report.summary.errors).toBe(0);
});

test("wrong entered scores get SCORE_MISMATCH on exactly those cells, with the expected value", async () => {
  const d = clone(innovation);
  d.indicators[1].score = 1.2; // 举办海智交流活动场次: 7 场 against 3 → full 1.50
  d.indicators[30].score = 4; // 成本节约率 ≥0% achieved → 5.00
  d.funds[0].score = 9.5; // execution 99.62% × 10 → 9.96
  d.total.score = 99.06;
  const { report } = await validateForms([[d]]);
  const mism = report.findings.filter((f) => f.code === "SCORE_MISMATCH");
  expect(mism.map((f) => [f.cell, f.expected, f.actual])).toEqual([
    ["H5", 9.96, 9.5],
    [`H${ROW0 + 1}`, 1.5, 1.2],
    [`H${ROW0 + 30}`, 5, 4],
    [`H${ROW0 + d.indicators.length}`, 99.96, 99.06],
  ]);
  expect(mism[1].message).toContain("举办海智交流活动场次");
  expect(mism[1].message).toContain("1.5");
});

test("a quantitative indicator with a text actual gets ACTUAL_NOT_NUMERIC, and the form total still counts the rest", async () => {
  const d = clone(innovation);
  d.indicators[1].actual = "已按计划完成";
  const { report } = await validateForms([[d]]);
  expect(where(report.findings, ["ACTUAL_NOT_NUMERIC"])).toEqual([`ACTUAL_NOT_NUMERIC@Sheet1!F${ROW0 + 1}`]);
  // The unreadable item enters the total at its entered score, so the total is still right.
  expect(report.forms[0].score!.computed).toBe(99.96);
  expect(report.forms[0].score!.items.find((i) => i.label === "举办海智交流活动场次")).toMatchObject({ computed: null, basis: "judged" });
});

test("得分 < 分值 without a 偏差原因 gets MISSING_DEVIATION_REASON on the reason cell", async () => {
  const d = clone(thinkTank);
  const k = d.indicators.findIndex((i) => i.name === "科技专家学术活动数量");
  delete d.indicators[k].reason;
  const { report } = await validateForms([[d]]);
  expect(where(report.findings, ["MISSING_DEVIATION_REASON"])).toEqual([`MISSING_DEVIATION_REASON@Sheet1!I${rowOf(d, "科技专家学术活动数量")}`]);
});

test("a funds total row that is not the sum of its 其中 rows gets SUM_MISMATCH on that row", async () => {
  const d = clone(innovation);
  d.funds[1].adjusted = 6800000; // 其中：当年财政拨款 no longer adds up to 年度资金总额 6,819,631.00
  const { report } = await validateForms([[d]]);
  const f = report.findings.filter((x) => x.code === "SUM_MISMATCH");
  expect(f.map((x) => [x.cell, x.expected, x.actual, x.related])).toEqual([["D5", 6800000, 6819631, ["D6:D8"]]]);
});

test("weights that do not add up get WEIGHT_SUM_MISMATCH on the 一级 cell and on the total", async () => {
  const d = clone(innovation);
  d.indicators[0].weight = 2.5;
  d.indicators[0].score = 2.5;
  d.total.weight = 101;
  d.total.score = 100.96;
  const { report } = await validateForms([[d]]);
  const f = report.findings.filter((x) => x.code === "WEIGHT_SUM_MISMATCH");
  expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([
    [`B${ROW0}`, 50, 51],
    [`G${ROW0 + d.indicators.length}`, 100, 101],
  ]);
});

test("a score above its weight is SCORE_EXCEEDS_WEIGHT", async () => {
  const d = clone(innovation);
  d.indicators[2].score = 2;
  const { report } = await validateForms([[d]]);
  expect(where(report.findings, ["SCORE_EXCEEDS_WEIGHT"])).toEqual([`SCORE_EXCEEDS_WEIGHT@Sheet1!H${ROW0 + 2}`]);
});

test("an entered 执行率 that is not 执行数 / 预算数 is EXEC_RATE_MISMATCH", async () => {
  const d = clone(innovation);
  d.funds[0].rate = 0.9862;
  const { report } = await validateForms([[d]]);
  const f = report.findings.filter((x) => x.code === "EXEC_RATE_MISMATCH");
  expect(f.map((x) => [x.cell, x.expected, x.actual])).toEqual([["G5", 99.62, 98.62]]);
});

test("a qualitative score outside its band and a wrong grade are found", async () => {
  const d = clone(thinkTank);
  const k = d.indicators.findIndex((i) => i.name === "专家活动组织协调合规性");
  d.indicators[k].score = 0.9; // not achieved: must lie in [0, 0.6)
  d.total.score = 84.22;
  d.grade = "优";
  const { report } = await validateForms([[d]]);
  expect(where(report.findings, ["QUALITATIVE_SCORE_OUT_OF_BAND", "GRADE_MISMATCH"])).toEqual([
    `QUALITATIVE_SCORE_OUT_OF_BAND@Sheet1!H${rowOf(d, "专家活动组织协调合规性")}`,
    `GRADE_MISMATCH@Sheet1!G${ROW0 + d.indicators.length + 1}`,
  ]);
  expect(report.findings.find((f) => f.code === "QUALITATIVE_SCORE_OUT_OF_BAND")!.expected).toBe("[0.00, 0.60)");
});

test("a missing 时效 category is MISSING_INDICATOR_CATEGORY", async () => {
  const d = clone(innovation);
  d.indicators = d.indicators.filter((i) => i.secondary !== "时效指标");
  const { report } = await validateForms([[d]]);
  const f = report.findings.filter((x) => x.code === "MISSING_INDICATOR_CATEGORY");
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain("时效");
});

test("messages are localised: the same finding in English", async () => {
  const d = clone(innovation);
  d.indicators[1].score = 1.2;
  const { report } = await validateForms([[d]], { lang: "en" });
  const f = report.findings.find((x) => x.code === "SCORE_MISMATCH")!;
  expect(f.message).toMatch(/should score 1\.5/);
});

test("a vague or compound target is TARGET_NOT_MEASURABLE on its cell; free text scored by its actual is not", async () => {
  const d = clone(innovation);
  d.indicators[32].target = "进一步提升"; // 海智项目工作保障情况
  d.indicators[33].target = "形成项目储备20个左右，引入重量级团队1-2个";
  const { report } = await validateForms([[d]]);
  const f = report.findings.filter((x) => x.code === "TARGET_NOT_MEASURABLE");
  expect(f.map((x) => [x.cell, x.message])).toEqual([
    [`E${ROW0 + 32}`, "「海智项目工作保障情况」的指标值「进一步提升」表述模糊，无法衡量"],
    [`E${ROW0 + 33}`, "「招才引智项目工作保障情况」的指标值「形成项目储备20个左右，引入重量级团队1-2个」含多个目标，应拆分为多个指标"],
  ]);
});
