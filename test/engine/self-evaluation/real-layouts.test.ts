import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { ProfileSchema, type Profile } from "../../../src/engine/profile/schema";
import type { WorkbookSnapshotInput } from "../../../src/engine/snapshot";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";

/**
 * What the real forms of test/fixtures/real/self-evaluation taught the recogniser, one behaviour a test, on small
 * tables shaped like those forms: label columns, header bands, placeholder rows, unscored forms, whole points,
 * and the profile's 一级 weights.
 */
type Row = (string | number | null)[];
function check(rows: Row[], merged: string[] = [], profile: Profile = BUILTIN_PROFILES.central, numberFormats?: Record<string, string>) {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const fmt = numberFormats
    ? values.map((r, ri) => r.map((_, ci) => numberFormats[`${String.fromCharCode(65 + ci)}${ri + 1}`] ?? null))
    : undefined;
  const input: WorkbookSnapshotInput = { name: "t.xlsx", sheets: [{ name: "S", origin: { row: 0, col: 0 }, values, merged, ...(fmt ? { numberFormats: fmt } : {}) }] };
  return validateWorkbook(WorkbookSnapshotSchema.parse(input), { profile }).report;
}
const at = (r: ReturnType<typeof check>, severity: string, codes?: string[]) =>
  r.findings.filter((f) => f.severity === severity && (!codes || codes.includes(f.code))).map((f) => `${f.code}@${f.cell}`);

/** Sichuan's layout: label columns 预算执行情况(10分) and 绩效指标(90分), 年度预算数(万元) heading the row labels. */
const sichuan: Row[] = [
  ["部门预算项目支出绩效自评表(2023年度)"],
  ["项目名称", "工资性支出"],
  ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
  [null, "总额", 100, 100, 90, "90.00%", 10, 9],
  [null, "其中:财政资金", 100, 100, 90, "90.00%", "/", "/"],
  ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
  [null, "产出指标", "数量指标", "发放覆盖率", "=", 100, "%", 100, 50, 50, null],
  [null, "效益指标", "社会效益指标", "足额保障率", "≥", 95, "%", 95, 30, 30, null],
  [null, "满意度指标", "服务对象满意度指标", "职工满意度", "≥", 90, "%", 95, 10, 10, null],
  ["合计", null, null, null, null, null, null, null, 100, 99, null],
];
const sichuanMerges = ["A3:A5", "A6:A9", "A10:H10"];

test("a merged 绩效指标(90分) label column left of 一级 does not take the 三级 role; its weight is checked", () => {
  const r = check(sichuan, sichuanMerges);
  expect(r.forms.map((f) => [f.kind, f.range])).toEqual([["self-evaluation", "A1:K10"]]);
  expect(r.forms[0].score!.items.map((i) => [i.cell, i.label, i.computed])).toEqual([
    ["H4", "总额", 9],
    ["J7", "发放覆盖率", 50],
    ["J8", "足额保障率", 30],
    ["J9", "职工满意度", 10],
  ]);
  expect(r.summary.errors).toBe(0);
  const planted = sichuan.map((x) => [...x]);
  planted[5][0] = "绩效指标(80分)";
  expect(at(check(planted, sichuanMerges), "error")).toEqual(["WEIGHT_SUM_MISMATCH@A6"]);
  const funds = sichuan.map((x) => [...x]);
  funds[2][0] = "预算执行情况(20分)";
  expect(at(check(funds, sichuanMerges), "error")).toEqual(["WEIGHT_SUM_MISMATCH@G4"]);
});

test("a two-row header: 绩效指标 over 一级/二级/三级, 年度指标值 over 指标性质 | 指标值 | 度量单位, ﹦ comparators", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表"],
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", null, 10, 10, 10, 10, "100%", 10],
    ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    ["产出指标", "数量指标", "补助经费", "﹦", 72890, "元", 72890, 50, 50, null],
    ["效益指标", "社会效益指标", "责停率", "≥", 95, "%", 90, 30, 27, "部分案件未结"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, 10, 10, null],
  ];
  const merged = ["A2:B2", "A3:B3", "A4:C4", "D4:F4", "G4:G5", "H4:H5", "I4:I5", "J4:J5"];
  const r = check(rows, merged);
  expect(r.forms[0].score!.items.map((i) => [i.cell, i.label, i.computed])).toEqual([
    ["H3", "年度资金总额", 10],
    ["I6", "补助经费", 50],
    ["I7", "责停率", 28.42],
    ["I8", "满意度", 10],
  ]);
  expect(at(r, "error")).toEqual(["SCORE_MISMATCH@I7"]);
});

/** The central template as counties print it: placeholders under every 二级, names numbered 指标1:, 分值 before 年度指标值. */
const anhui: Row[] = [
  ["绩效目标自评表"],
  ["资金情况\n(万元)", null, "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
  [null, "年度资金总额:", 20, 20, 10, "100%", 10],
  [null, "其中:本年财政拨款", 20, 20],
  ["绩效指标", "一级\n指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
  [null, "产\n出\n指\n标\n(50分)", "数量指标", "★指标1:补助种植面积", 40, "29.5亩", "29.5亩", 40, null],
  [null, null, null, "其中桃树种植面积", null, "1.5亩", "1.5亩", null, null],
  [null, null, null, "其中露天蔬菜", null, "28亩", "28亩", null, null],
  [null, null, null, "指标2:", null, null, null, null, null],
  [null, null, null, "……", null, null, null, null, null],
  [null, null, "质量指标", "指标1:种植作物成活率", 10, "95%", "95%", 10, null],
  [null, null, "时效指标", "指标1:/", "/", "/", null, null, null],
  [null, "效\n益\n指\n标\n(30分)", "经济效益\n指标", null, null, null, null, null, null],
  [null, null, "社会效益\n指标", "受益人口数量", 30, "90人", "90人", 30, null],
  [null, "满意度指标(10分)", "服务对象满意度指标", "受益户满意度", 10, "≥95%", "98%", 10, null],
  [null, null, null, "……"],
  ["总分", null, null, null, 100, null, null, 100, null],
];
const anhuiMerges = ["A2:A4", "A5:A16", "B6:B12", "C6:C10", "B13:B14", "B15:B16", "A17:D17"];

test("template placeholders, 其中 breakdown rows and rows with only a 二级 are not indicators; numbering is dropped", () => {
  const r = check(anhui, anhuiMerges);
  expect(r.forms[0].score!.items.map((i) => [i.cell, i.label, i.weight, i.computed])).toEqual([
    ["G3", "年度资金总额", 10, 10],
    ["H6", "补助种植面积", 40, 40],
    ["H11", "种植作物成活率", 10, 10],
    ["H14", "受益人口数量", 30, 30],
    ["H15", "受益户满意度", 10, 10],
  ]);
  expect(r.forms[0].score!.computed).toBe(100);
  expect(r.forms[0].notes).toEqual(["跳过 6 个模板占位行或分项行（指标2、……、其中…），不作为指标"]);
  expect(r.summary.errors).toBe(0);
});

test("the 一级 weights are checked against the profile: a warning by default, an error or nothing as the profile says", () => {
  const rows = anhui.map((x) => [...x]);
  rows[5][1] = "产\n出\n指\n标\n(60分)";
  rows[5][4] = 50;
  rows[5][7] = 50;
  rows[12][1] = "效\n益\n指\n标\n(20分)";
  rows[13][4] = 20;
  rows[13][7] = 20;
  const r = check(rows, anhuiMerges);
  expect(at(r, "error")).toEqual([]);
  expect(at(r, "warning", ["WEIGHT_SUM_MISMATCH"])).toEqual(["WEIGHT_SUM_MISMATCH@B6", "WEIGHT_SUM_MISMATCH@B13"]);
  const w = r.findings.find((f) => f.cell === "B6")!;
  expect([w.expected, w.actual]).toEqual([50, 60]);
  expect(w.message).toContain("中央部门项目支出绩效自评");
  const strict = ProfileSchema.parse({ ...BUILTIN_PROFILES.central, id: "strict", primaryWeightsCheck: "error" });
  expect(at(check(rows, anhuiMerges, strict), "error")).toEqual(["WEIGHT_SUM_MISMATCH@B6", "WEIGHT_SUM_MISMATCH@B13"]);
  const off = ProfileSchema.parse({ ...BUILTIN_PROFILES.central, id: "off", primaryWeightsCheck: "off" });
  expect(at(check(rows, anhuiMerges, off), "warning", ["WEIGHT_SUM_MISMATCH"])).toEqual([]);
  // Shenzhen counts 满意度 within 效益 (50 / 40): 20 + 10 = 30 is reported on the 效益 block.
  const sz = check(rows, anhuiMerges, BUILTIN_PROFILES.shenzhen);
  expect(sz.findings.filter((f) => f.code === "WEIGHT_SUM_MISMATCH").map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([
    ["warning", "B6", 50, 60],
    ["warning", "B13", 40, 30],
  ]);
  // A funds block worth 20 under a profile giving it 10.
  const funds = anhui.map((x) => [...x]);
  funds[2][4] = 20;
  funds[2][6] = 20;
  funds[5][4] = 30;
  funds[5][7] = 30;
  funds[5][1] = "产\n出\n指\n标\n(40分)";
  const f = check(funds, anhuiMerges);
  expect(f.findings.filter((x) => x.code === "WEIGHT_SUM_MISMATCH").map((x) => [x.severity, x.cell, x.expected, x.actual])).toEqual([
    ["warning", "E3", 10, 20],
    ["warning", "B6", 50, 40],
  ]);
});

test("a form cut short (no 总分 row) whose weights fall short of 100 gets a warning, not an error", () => {
  const cut = anhui.slice(0, 14);
  const r = check(cut, ["A2:A4", "A5:A14", "B6:B12", "C6:C10", "B13:B14"]);
  expect(at(r, "error")).toEqual([]);
  expect(at(r, "warning", ["WEIGHT_SUM_MISMATCH"])).toEqual(["WEIGHT_SUM_MISMATCH@E6"]);
});

test("an unscored self-evaluation is recognised without a score; funds, targets and deviation reasons are still checked", () => {
  const rows: Row[] = [
    ["2020年度县级专项资金绩效目标自评表"],
    ["专项资金名称", "县级储备粮"],
    ["项目资金\n(万元)", null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [null, "年度资金总额", 200, 190, "95%"],
    [null, "其中:中央、省、市补助县级资金", 190, 190, "100%"],
    ["绩\n效\n指\n标", "一级\n指标", "二级\n指标", "三级指标", "年度指标\n值", "全年\n完成值", "未完成原因和\n改进措施"],
    [null, "产出指标", "数量指标", "储备到位率", "100%", "100%", null],
    [null, null, "质量指标", "变质比例", "≤1%", "2%", null],
    [null, "效益指标", "经济效益指标", "利息补贴保障率", "100%", "无", "没有轮换"],
    [null, "满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "100%", null],
    ["说明", "无"],
  ];
  const r = check(rows, ["A3:A5", "A6:A10", "B7:B8", "B11:G11"]);
  expect(r.forms.map((f) => [f.kind, f.range, f.title, f.score])).toEqual([["self-evaluation", "A1:G10", "县级储备粮", undefined]]);
  expect(r.forms[0].notes).toEqual(["表中没有分值、得分列（不评分的自评表）：只核对资金合计、执行率、实际完成值是否达到指标值及偏差原因，不计算得分"]);
  expect(at(r, "error")).toEqual(["SUM_MISMATCH@C4", "MISSING_DEVIATION_REASON@G8"]);
  const reason = r.findings.find((f) => f.code === "MISSING_DEVIATION_REASON")!;
  expect(reason.message).toBe("「变质比例」实际完成值「2%」未达到指标值「≤1%」，但未填写偏差原因分析及改进措施");
});

test("whole points: a form entering 9 for 8.62 and whole numbers everywhere is consistent; one fractional score is not", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表"],
    ["项目资金\n(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 43.2, 43.2, 37.24, 10, 0.86, 9],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "工程资金金额", 43.2, 37.24, 50, 43, "尾款未付"],
    ["效益指标", "社会效益指标", "安全率", 100, 100, 30, 30, null],
    ["满意度指标", "服务对象满意度指标", "学生满意度", 100, 100, 10, 10, null],
    ["总分", null, null, null, null, 100, 92, null],
  ];
  const fmt = { G3: "0%" };
  const r = check(rows, ["A2:A3"], BUILTIN_PROFILES.central, fmt);
  expect(r.forms[0].score!.items.map((i) => [i.label, i.computed])).toEqual([
    ["年度资金总额", 9],
    ["工程资金金额", 43],
    ["安全率", 30],
    ["学生满意度", 10],
  ]);
  expect(r.forms[0].score!.computed).toBe(92);
  expect(r.forms[0].notes).toEqual(["表中得分均为整数，且带小数的计算值按四舍五入填为整数，按整数分计算与核对"]);
  expect(r.summary.errors).toBe(0);
  // The same scores under a profile fixing two decimals: 8.62 and 43.1 are expected.
  const two = ProfileSchema.parse({ ...BUILTIN_PROFILES.central, id: "two", scoreDecimals: 2 });
  expect(at(check(rows, ["A2:A3"], two, fmt), "error", ["SCORE_MISMATCH"])).toEqual(["SCORE_MISMATCH@H3", "SCORE_MISMATCH@G5", "SCORE_MISMATCH@G8"]);
  // A form that shows a fractional score elsewhere does not score in whole points.
  const mixed = rows.map((x) => [...x]);
  mixed[5][6] = 29.5;
  mixed[5][7] = "安全事故1起";
  expect(at(check(mixed, ["A2:A3"], BUILTIN_PROFILES.central, fmt), "error", ["SCORE_MISMATCH"])).toEqual([
    "SCORE_MISMATCH@H3",
    "SCORE_MISMATCH@G5",
    "SCORE_MISMATCH@G6",
    "SCORE_MISMATCH@G8",
  ]);
});

test("a category the approved indicators lack is a warning in a self-evaluation", () => {
  const r = check(sichuan, sichuanMerges);
  expect(r.findings.filter((f) => f.code === "MISSING_INDICATOR_CATEGORY").map((f) => [f.severity, f.cell])).toEqual([["warning", "B7"]]);
});

test("得分 without a 分值 column is read where the weights are printed on the 一级 cells; the block's scores are checked", () => {
  const rows: Row[] = [
    ["项目绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"],
    ["产出指标(60分)", "数量指标", "补贴渔船数", "6艘", "6艘", 40],
    [null, "质量指标", "补贴发放率", "100%", "100%", 20],
    ["满意度指标(40分)", "服务对象满意度指标", "渔民满意度", "≥90%", "95%", 40],
    ["总分", null, null, null, null, 100],
  ];
  const r = check(rows, ["A3:A4"]);
  expect(r.forms.map((f) => [f.kind, f.score?.computed])).toEqual([["self-evaluation", 100]]);
  expect(r.summary.errors).toBe(0);
  const over = rows.map((x) => [...x]);
  over[2][5] = 45;
  over[5][5] = 105;
  expect(at(check(over, ["A3:A4"]), "error")).toEqual(["SCORE_EXCEEDS_WEIGHT@A3"]);
  // Without any printed weight the scores cannot be checked: not recognised (reported as FORM_NOT_RECOGNISED).
  const bare = rows.map((x) => [...x]);
  bare[2][0] = "产出指标";
  bare[4][0] = "满意度指标";
  expect(check(bare, ["A3:A4"]).forms).toEqual([]);
});

test("其中 rows are parts of the indicator above: more than the whole is an error, less a warning", () => {
  const rows = anhui.map((x) => [...x]);
  expect(at(check(rows, anhuiMerges), "error")).toEqual([]);
  expect(check(rows, anhuiMerges).findings.filter((f) => f.code === "SUM_MISMATCH")).toEqual([]);
  rows[7][6] = "29亩"; // 露天蔬菜 actual: 1.5 + 29 = 30.5 > 29.5
  rows[7][5] = "20亩"; // target: 1.5 + 20 = 21.5 < 29.5
  const r = check(rows, anhuiMerges);
  expect(r.findings.filter((f) => f.code === "SUM_MISMATCH").map((f) => [f.severity, f.cell, f.expected, f.actual, f.related])).toEqual([
    ["warning", "F6", 21.5, 29.5, ["F7:F8"]],
    ["error", "G6", 30.5, 29.5, ["G7:G8"]],
  ]);
});

test("a goal text's 其中 amounts add up to the amount before it: more is an error, less a warning", () => {
  const rows: Row[] = [
    ["项目支出绩效自评表"],
    ["项目资金\n(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 90, 90, 90, 10, "100%", 10],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    [null, "共申请预算资金90万元。其中:30万元用于预算编制;30万元用于审计;30万元用于设计。", null, null, null, "共完成预算资金89.97万元。其中:30万元用于预算编制;30万元用于审计;30.99万元用于设计。"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "委托业务数量", "≥50个", 50, 50, 50, null],
    ["效益指标", "社会效益指标", "市场公平", "效果明显", "达成预期指标", 30, 30, null],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", 10, 10, null],
    ["总分", null, null, null, null, 100, 100, null],
  ];
  const merged = ["A2:A3", "A4:A5", "B4:E4", "F4:H4", "B5:E5", "F5:H5"];
  const r = check(rows, merged);
  expect(r.findings.filter((f) => f.code === "TEXT_ARITHMETIC_MISMATCH").map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([
    ["error", "F5", 909900, 899700],
  ]);
  rows[4][1] = "共申请预算资金100万元。其中:30万元用于预算编制;30万元用于审计;30万元用于设计。";
  expect(check(rows, merged).findings.filter((f) => f.code === "TEXT_ARITHMETIC_MISMATCH").map((f) => [f.severity, f.cell])).toEqual([
    ["warning", "B5"],
    ["error", "F5"],
  ]);
});

test("Xinjiang's 13 columns: 指标实际完成值 beside 上年完成值, 指标分值权重 beside 指标赋分规则, 指标得分; funds 分值权重", () => {
  // 新疆 阜康市 2023 (xj-fukang-tjj-2023): look-alike columns must not take the actual, weight or score role.
  const rows: Row[] = [
    ["项目支出绩效自评表"],
    ["项目名称", "调查队专项经费"],
    ["项目资金\n(万元)", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
    [null, "年度资金总额", 5.28, 1.96, 1.96, 10, 1, 10],
    [null, "其中:当年财政拨款", 5.28, 1.96, 1.96, "-", "-", "-"],
    [null, "一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料", "指标实际完成值", "完成率", "指标得分", "偏差原因分析及改进措施"],
    ["年度绩效指标完成情况", "产出指标", "数量指标", "住户数据产品数量", "≥120人", "文件", "120人", 50, "达到得满分", "台账", "120人", 1, 50, null],
    [null, "效益指标", "社会效益指标", "政策咨询建议完成率", "=100%", "文件", "100%", 30, "达到得满分", "报告", "90%", 0.9, 30, null],
    [null, "满意度指标", "服务对象满意度指标", "被调查户满意度", "≥90%", "调查", "95%", 10, "达到得满分", "问卷", "100%", 1, 10, null],
    ["总分", null, null, null, null, null, null, 100, null, null, null, null, 100, null],
  ];
  const r = check(rows, ["A3:A5", "A7:A9", "A10:G10"], BUILTIN_PROFILES.central, { G4: "0.00%" });
  expect(r.forms.map((f) => f.kind)).toEqual(["self-evaluation"]);
  expect(r.forms[0].score!.items.map((i) => [i.cell, i.label, i.computed])).toEqual([
    ["H4", "年度资金总额", 10],
    ["M7", "住户数据产品数量", 50],
    ["M8", "政策咨询建议完成率", 27],
    ["M9", "被调查户满意度", 10],
  ]);
  // The actual read is 指标实际完成值 (90%), not 上年完成值 (100%): 30 entered for 27 is a mismatch, and so is the total.
  expect(at(r, "error")).toEqual(["SCORE_MISMATCH@M8", "SCORE_MISMATCH@M10"]);
});

test("a quantitative target's actual written 完成 is a warning: the score is judged and counted as entered", () => {
  // 四川 大英县 2023 (sc-daying-sfj-2023): 成本控制数 ≤30 万元 | 完成 | 90 | 90.
  const rows: Row[] = [
    ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
    [null, "总额", 30, 30, 30, "100.00%", 10, 10],
    ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    [null, "产出指标", "经济成本指标", "成本控制数", "≤", 30, "万元", "完成", 90, 90, null],
    ["合计", null, null, null, null, null, null, null, 100, 100, null],
  ];
  const r = check(rows, ["A1:A2", "A3:A4", "A5:H5"]);
  expect(at(r, "error")).toEqual([]);
  expect(at(r, "warning", ["ACTUAL_NOT_NUMERIC"])).toEqual(["ACTUAL_NOT_NUMERIC@H4"]);
  expect(r.forms[0].score!.computed).toBe(100);
  const planted = rows.map((x) => [...x]);
  planted[3][7] = 35;
  expect(at(check(planted, ["A1:A2", "A3:A4", "A5:H5"]), "error")).toEqual(["SCORE_MISMATCH@J4", "SCORE_MISMATCH@J5"]);
});

test("Yinchuan's 参考分值 column and “—” targets: rubric rows are judged, target rows scored, a mark-down needs a reason", () => {
  // 宁夏 银川 2021 (nx-yinchuan-liuzhong-2021): 项目决策/项目管理 rows print “—” as their 指标值.
  const rows: Row[] = [
    ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    ["项目决策(10分)", "项目目标", "完整性", 10, "—", "目标明确、内容细化、目标量化", 10, null],
    ["项目产出(50分)", "数量指标(50分)", "保障人数", 50, "2370人", "2370人", 50, null],
    ["项目效益(40分)", "社会效益指标", "效果显著", 40, "改善学校的办学条件", "改善学校的办学条件", 40, null],
    ["总分", null, null, 100, null, null, 100, null],
  ];
  const r = check(rows, ["A5:C5"]);
  expect(r.forms[0].score!.items.map((i) => [i.cell, i.computed])).toEqual([["G2", null], ["G3", 50], ["G4", 40]]);
  expect(at(r, "error")).toEqual([]);
  const planted = rows.map((x) => [...x]);
  planted[3][6] = 38;
  planted[4][6] = 98;
  expect(at(check(planted, ["A5:C5"]), "error")).toEqual(["SCORE_MISMATCH@G4", "MISSING_DEVIATION_REASON@H4", "SCORE_MISMATCH@G5"]);
});

test("Fujian's 部门整体 indicator table: 指标解释 between 三级 and 绩效目标值, 指标分值, a label written one word a line", () => {
  // 福建 宁德 2018 (fj-ningde-dsfz-2018): the header as printed, with two indicator rows of the same shape.
  const rows: Row[] = [
    ["年度\n绩效\n指标\n完成\n情况", "一级\n指标", "二级\n指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "指标分值", "得分"],
    [null, "产出指标(60分)", "数量指标", "按月发放工资人数", "在职及退休人员", "≥30人", "30人", 60, 60],
    [null, "效益指标(40分)", "社会效益指标", "志鉴出版数量", "年度任务", "≥2部", "1部", 40, 30],
  ];
  const r = check(rows, ["A1:A3"]);
  expect(r.forms.map((f) => f.kind)).toEqual(["self-evaluation"]);
  expect(r.forms[0].score!.items.map((i) => [i.cell, i.label, i.computed])).toEqual([
    ["I2", "按月发放工资人数", 60],
    ["I3", "志鉴出版数量", 20],
  ]);
  expect(at(r, "error")).toEqual(["SCORE_MISMATCH@I3"]);
});

test("a sheet title with nothing of the form below it is not the form's title: the form starts at its header", () => {
  // 四川 大英县 2023 (sc-daying-sfj-2023) is typed from a page that starts at the indicator header; a collection's
  // 汇总 title above it must not change the form's range (shifted-layout property).
  const rows: Row[] = [
    ["2023年度项目支出绩效自评表汇总"],
    ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    [null, "产出指标", "数量指标", "发放覆盖率", "=", 100, "%", 100, 90, 90, null],
  ];
  expect(check(rows, ["A2:A3"]).forms.map((f) => f.range)).toEqual(["A2:K3"]);
});

test("a funds block with no 分值 or 得分 is no item of its own where the 一级 weights already add up to 100", () => {
  // 宁夏 银川 2021 (nx-yinchuan-liuzhong-2021): 预算执行率 is scored as a 项目管理 row, the funds block only shows the rate.
  const rows: Row[] = [
    ["项目资金\n(万元)", "年度资金总额", "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [null, "年度资金总额", 64.8, 64.8, 64.8, "100%"],
    ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    ["项目管理(20分)", "投入管理", "预算执行率", 20, "—", "100%", 20, null],
    ["项目产出(40分)", "数量指标", "保障人数", 40, "2370人", "2370人", 40, null],
    ["项目效益(40分)", "社会效益指标", "效果显著", 40, "改善学校的办学条件", "改善学校的办学条件", 40, null],
    ["总分", null, null, 100, null, null, 100, null],
  ];
  const r = check(rows, ["A1:A2", "A7:C7"]);
  expect(r.forms[0].score).toMatchObject({ computed: 100, entered: 100 });
  expect(r.forms[0].score!.items.map((i) => i.label)).toEqual(["预算执行率", "保障人数", "效果显著"]);
  expect(at(r, "error")).toEqual([]);
  expect(at(r, "warning", ["WEIGHT_SUM_MISMATCH"])).toEqual([]);
});
