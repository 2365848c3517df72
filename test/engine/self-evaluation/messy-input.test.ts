import { validateWorkbook } from "../../../src/engine/validate";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";

type Row = (string | number | null)[];
const snapshot = (rows: Row[], merged: string[]) =>
  WorkbookSnapshotSchema.parse({ name: "messy.xlsx", sheets: [{ name: "自评", origin: { row: 0, col: 0 }, values: rows, merged }] });

/**
 * What hand-kept workbooks look like: a header merged over two rows, indicator names merged over two rows,
 * amounts typed as text with thousands separators and full-width digits, weights written "1.5分", a score "—".
 */
const rows: Row[] = [
  ["  项目支出绩效自评表 ", null, null, null, null, null, null, null, null],
  ["项目名称", "科技创新与交流", null, null, null, "实施年度", "2021年", null, null],
  ["项目资金\n（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
  [null, "年度资金总额", "4,458,587.00", "６,８１９,６３１.００", "6,793,831.00", "10", "99.62%", "9.96", null],
  [null, "其中：当年财政拨款", "4,458,587.00", "6,819,631.00", "6,793,831.00", null, null, "—", null],
  [null, "上年结转资金", "-", "-", "-", "—", "—", "—", null],
  ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "*实际完成值", "*分值", "*得分", "偏差原因分析及改进措施"],
  [null, null, null, null, null, null, null, null, null],
  [null, "产出指标\n（50分）", "数量指标", "举办海智交流活动\n场次", "3场", "7场", "25分", "25", null],
  [null, null, null, null, null, null, null, null, null],
  [null, null, "质量指标", "举办海智交流活动完成率", "100%", "100%", "15", "15.00", null],
  [null, null, "时效指标", "举办海智交流活动及时性", "及时", "及时", "10", "10", null],
  [null, "效益指标（40分）", "社会效益指标", "海智项目工作保障情况", "有效保障", "有效保障", "32", "32", null],
  [null, null, "满意度指标", "受众满意度", "≥90%", "≥90%", "8", "8", null],
  ["总分", null, null, null, null, null, "100", "99.96", null],
];
// The header row is merged over two rows, and the first indicator's cells over rows 9–10.
const merged = ["A7:A14", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "F7:F8", "G7:G8", "H7:H8", "I7:I8", "B9:B12", "C9:C10", "D9:D10", "E9:E10", "F9:F10", "G9:G10", "H9:H10", "A3:A6", "A15:F15"];

test("reads the form as a reviewer would: four output rows, not duplicates from merged continuation rows", () => {
  const { report } = validateWorkbook(snapshot(rows, merged));
  expect(report.forms).toHaveLength(1);
  const s = report.forms[0].score!;
  expect(s.items.map((i) => [i.cell, i.label, i.weight, i.computed])).toEqual([
    ["H4", "年度资金总额", 10, 9.96],
    ["H9", "举办海智交流活动场次", 25, 25],
    ["H11", "举办海智交流活动完成率", 15, 15],
    ["H12", "举办海智交流活动及时性", 10, 10],
    ["H13", "海智项目工作保障情况", 32, 32],
    ["H14", "受众满意度", 8, 8],
  ]);
  expect(s.computed).toBe(99.96);
  // The only remark: no 成本 indicator, which the Shenzhen profile recommends (a warning, not an error).
  expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.severity, f.code, f.cell])).toEqual([["warning", "MISSING_INDICATOR_CATEGORY", "B9"]]);
});

test("text that is not a number where an amount belongs is NOT_A_NUMBER, not a crash", () => {
  const bad = rows.map((r) => [...r]);
  bad[3][4] = "约六百八十万";
  const { report } = validateWorkbook(snapshot(bad, merged));
  expect(report.findings.filter((f) => f.code === "NOT_A_NUMBER").map((f) => f.cell)).toEqual(["E4"]);
});
