import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { ProfileSchema } from "../../../src/engine/profile/schema";
import type { WorkbookSnapshotInput } from "../../../src/engine/snapshot";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { innovation, itMaintenance } from "../../../scripts/examples/seed002";
import { clone, validateForms, where } from "./helpers";

type Row = (string | number | null)[];
function snapshot(rows: Row[], merged: string[] = [], name = "Sheet1"): ReturnType<typeof WorkbookSnapshotSchema.parse> {
  const input: WorkbookSnapshotInput = { name: "t.xlsx", sheets: [{ name, origin: { row: 0, col: 0 }, values: rows, merged }] };
  return WorkbookSnapshotSchema.parse(input);
}

test("Sichuan layout: 预算执行情况(10分) block, 指标性质 | 指标值 | 度量单位, 权重, 完成值, 未完成原因分析", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null, null, null],
    ["项目名称", "乡村道路养护", null, null, "主管部门", "某县交通运输局", null, null, null, null],
    ["预算执行情况(10分)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", null, null, null],
    ["总额", 100, 120, 108, "90.00%", 10, 9, null, null, null],
    ["其中：财政资金", 100, 120, 108, null, null, null, null, null, null],
    ["财政专户管理资金", "-", "-", "-", null, null, null, null, null, null],
    ["单位资金", "-", "-", "-", null, null, null, null, null, null],
    ["其他资金", "-", "-", "-", null, null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "完成值", "得分", "未完成原因分析"],
    ["产出指标（50分）", "数量指标", "养护道路里程", "≥", "50", "公里", 20, "48", 19.2, "部分路段汛期无法施工"],
    ["产出指标（50分）", "质量指标", "养护合格率", "≥", "95", "%", 10, "96", 10, null],
    ["产出指标（50分）", "时效指标", "完成及时性", "定性", "及时", null, 10, "及时", 10, null],
    ["产出指标（50分）", "成本指标", "单位养护成本", "≤", "2", "万元/公里", 10, "2.5", 8, "材料涨价"],
    ["效益指标（30分）", "社会效益指标", "群众出行条件", "定性", "明显改善", null, 30, "明显改善", 30, null],
    ["满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥", "90", "%", 10, "92", 10, null],
    ["总分", null, null, null, null, null, 100, null, 96.2, null],
  ];
  const merged = ["A10:A13", "A14:A14"];
  const { report } = validateWorkbook(snapshot(rows, merged), { profile: BUILTIN_PROFILES.central });
  expect(report.forms).toHaveLength(1);
  const s = report.forms[0].score!;
  expect(s.items.map((i) => [i.label, i.computed])).toEqual([
    ["总额", 9],
    ["养护道路里程", 19.2],
    ["养护合格率", 10],
    ["完成及时性", 10],
    ["单位养护成本", 8], // negative: 2 / 2.5 × 10
    ["群众出行条件", 30],
    ["群众满意度", 10],
  ]);
  expect(s.computed).toBe(96.2);
  expect(report.summary.errors).toBe(0);
});

test("Anhui layout: weights in the 一级 header, ≥100百分比, ≤90万元, 达成预期指标", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["项目名称", "农村饮水安全巩固提升", null, null, "实施单位", "某县水利局", null, null],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
    ["年度资金总额", 200, 200, 190, 10, "95.00%", 9.5, null],
    ["其中：财政拨款", 200, 200, 190, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标（50分）", "数量指标", "新建供水工程", "≥50个", "52个", 20, 20, null],
    [null, "质量指标", "工程验收合格率", "≥100百分比", "100%", 10, 10, null],
    [null, "时效指标", "工程完工及时率", "≥100百分比", "100%", 10, 10, null],
    [null, "成本指标", "工程总投资", "≤90万元", "88万元", 10, 10, null],
    ["效益指标（40分）", "社会效益指标", "受益人口饮水条件", "有效改善", "达成预期指标", 30, 30, null],
    [null, "满意度指标", "受益群众满意度", "≥90%", "95%", 10, 10, null],
    ["总分", null, null, null, null, 100, 99.5, null],
  ];
  const merged = ["A7:A10", "A11:A12"];
  const { report } = validateWorkbook(snapshot(rows, merged));
  const s = report.forms[0].score!;
  expect(s.items.map((i) => [i.label, i.computed])).toEqual([
    ["年度资金总额", 9.5],
    ["新建供水工程", 20],
    ["工程验收合格率", 10],
    ["工程完工及时率", 10],
    ["工程总投资", 10],
    ["受益人口饮水条件", 30],
    ["受益群众满意度", 10],
  ]);
  expect(s.computed).toBe(99.5);
  expect(report.summary.errors).toBe(0);
  // The planted variant: the 产出 weights add up to 55 against the printed 50.
  rows[6][5] = 25;
  rows[6][6] = 25;
  const planted = validateWorkbook(snapshot(rows, merged)).report;
  expect(planted.findings.filter((f) => f.code === "WEIGHT_SUM_MISMATCH").map((f) => [f.cell, f.expected, f.actual])).toEqual([
    ["A7", 50, 55],
    ["F13", 100, 105],
  ]);
});

test("several forms on one sheet are recognised separately", async () => {
  const { report } = await validateForms([[innovation, itMaintenance]]);
  expect(report.forms.map((f) => [f.sheet, f.title, f.score?.computed])).toEqual([
    ["Sheet1", "科技创新与交流", 99.96],
    ["Sheet1", "信息化系统运行维护", 100],
  ]);
  expect(report.summary.errors).toBe(0);
});

test("full-width digits and comparators are read as numbers", async () => {
  const d = clone(innovation);
  d.indicators[1].target = "≥３场";
  d.indicators[1].actual = "７场";
  const { report } = await validateForms([[d]]);
  expect(report.forms[0].score!.items[2]).toMatchObject({ label: "举办海智交流活动场次", computed: 1.5 });
});

test("a negative indicator (target ≤10, actual 15, weight 10) scores 6.67 by default and 5.00 with the linear formula", async () => {
  const d = clone(itMaintenance);
  d.indicators[3] = { ...d.indicators[3], name: "投诉次数", target: "≤10次", actual: "15次", weight: 10, score: null };
  const ratio = await validateForms([[d]]);
  expect(ratio.report.forms[0].score!.items.find((i) => i.label === "投诉次数")!.computed).toBe(6.67);
  const linear = ProfileSchema.parse({ ...BUILTIN_PROFILES.shenzhen, id: "linear", negativeIndicator: "linear" });
  const lin = await validateForms([[d]], { profile: linear });
  expect(lin.report.forms[0].score!.items.find((i) => i.label === "投诉次数")!.computed).toBe(5);
});

test("the grade of 85 points is 良 under the central profile and 优 with 80/70/60 bands", async () => {
  const d = clone(itMaintenance);
  d.indicators[5] = { ...d.indicators[5], actual: "部分达成", score: 15 }; // 30-point qualitative → band [18, 24)
  d.indicators[5].score = 15;
  const central = await validateForms([[d]], { profile: BUILTIN_PROFILES.central });
  expect(central.report.forms[0].score!.computed).toBe(85);
  expect(central.report.forms[0].score!.grade).toBe("良");
  const bands = ProfileSchema.parse({ ...BUILTIN_PROFILES.central, id: "bands", grades: [{ min: 80, grade: "优" }, { min: 70, grade: "良" }, { min: 60, grade: "中" }, { min: 0, grade: "差" }] });
  expect((await validateForms([[d]], { profile: bands })).report.forms[0].score!.grade).toBe("优");
});

test("empty score cells get computed values in the outputs; filled cells are never output targets of a different value", async () => {
  const d = clone(innovation);
  d.indicators[0].score = null;
  d.total.score = null;
  const { outputs } = await validateForms([[d]]);
  expect(outputs).toEqual(expect.arrayContaining([
    { sheet: "Sheet1", cell: "H12", value: 1.5, numberFormat: "0.00" },
    { sheet: "Sheet1", cell: `H${12 + d.indicators.length}`, value: 99.96, numberFormat: "0.00" },
  ]));
});

test("#REF! inside a form is FORMULA_ERROR, and the form is still scored", async () => {
  const d = clone(innovation);
  d.indicators[0].actual = "#REF!";
  const { report } = await validateForms([[d]]);
  expect(where(report.findings, ["FORMULA_ERROR"])).toEqual(["FORMULA_ERROR@Sheet1!F12"]);
  expect(report.forms[0].score!.computed).toBe(99.96);
});


test("小计 rows close their 一级 block and are checked against it; a last 合计 row is the total", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null],
    ["项目名称", "社区养老服务", null, null, null, null, null, null],
    ["项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
    ["年度资金总额", 100000, 100000, 100000, 10, "100.00%", 10, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "服务老人人次", "≥1000人次", "1200人次", 20, 20, null],
    ["产出指标", "质量指标", "服务完成率", "100%", "100%", 15, 15, null],
    ["产出指标", "时效指标", "服务及时性", "及时", "及时", 15, 15, null],
    ["产出指标小计", null, null, null, null, 50, 50, null],
    ["效益指标", "社会效益指标", "老人生活质量", "有效改善", "有效改善", 30, 30, null],
    ["效益指标", "满意度指标", "服务对象满意度", "≥90%", "85%", 10, 9.44, "部分老人对服务时间不满意"],
    ["效益指标小计", null, null, null, null, 40, 39.44, null],
    ["合计", null, null, null, null, 100, 99.44, null],
  ];
  const { report } = validateWorkbook(snapshot(rows));
  expect(report.forms[0].score!.items.map((i) => i.label)).toEqual(["年度资金总额", "服务老人人次", "服务完成率", "服务及时性", "老人生活质量", "服务对象满意度"]);
  expect(report.forms[0].score!.computed).toBe(99.44);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);

  const planted = rows.map((r) => [...r]);
  planted[11][6] = 40; // 效益指标小计 entered 40, its items give 39.44
  planted[8][5] = 45; // 产出指标小计 weight 45, its items weigh 50
  const bad = validateWorkbook(snapshot(planted)).report;
  expect(bad.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([
    ["WEIGHT_SUM_MISMATCH", "F9", 45, 50],
    ["SCORE_MISMATCH", "G12", 39.44, 40],
  ]);
});
