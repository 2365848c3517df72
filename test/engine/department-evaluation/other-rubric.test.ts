import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { fixtureSnapshot } from "../../fixtures/real/load";
import type { Cell } from "../../fixtures/real/types";
import { itemsByLabel, where } from "./helpers";

/**
 * A department evaluation of another jurisdiction's rubric (Hunan's 投入 / 过程 / 产出 / 效果) under the Shenzhen
 * profile: Shenzhen's rubric is never imposed on its items by name (「预算执行率」 and 「管理制度健全性」 are Shenzhen
 * items too, 预算执行率 with a formula over quarterly data); what holds everywhere is still checked.
 */
type Row = Cell[];
const HEADER: Row = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分"];

function table(change: { scores?: Record<number, Cell>; weights?: Record<number, Cell>; total?: Cell; grade?: Cell; cut?: boolean } = {}) {
  const items: Row[] = [
    ["投 入\n(20分)", "预算配置\n(20分)", "财政供养人员\n控制率", "≦100%,计10分", 10, 10],
    [null, null, "“三公经费”\n变动率", "≦0,计10分", 10, 8],
    ["过 程\n(30分)", "预算执行\n(20分)", "预算执行率", "100%计满分", 8, 7.5],
    [null, null, "预算调整率", "=0,计12分", 12, 12],
    [null, "预算管理\n(10分)", "管理制度\n健全性", "①②③各1分", 10, 9],
    ["产 出\n(30分)", "职责履行\n(30分)", "实际完成率", "按完成比例", 30, 28],
    ["效 果\n(20分)", "履职效益\n(20分)", "社会公众或服务对象满意度", "≥90%计满分", 20, 19],
  ];
  for (const [i, v] of Object.entries(change.scores ?? {})) items[Number(i)][5] = v;
  for (const [i, v] of Object.entries(change.weights ?? {})) items[Number(i)][4] = v;
  if (change.cut) {
    return fixtureSnapshot({
      id: "hunan-like-cut",
      provenance: { source: "test", jurisdiction: "test", level: "city", year: 2020, reconstructed: "" },
      sheets: [{ name: "评分表", rows: [HEADER, ...items.slice(0, 6)], merged: ["A2:A3", "B2:B3", "A4:A6", "B4:B5"] }],
      expect: { forms: [], errors: [] },
    });
  }
  const rows: Row[] = [
    ["部门整体支出绩效评价评分表", null, null, null, null, null],
    HEADER,
    ...items,
    ["综合评分", null, null, null, 100, change.total === undefined ? 93.5 : change.total],
    ["评分等级", null, null, null, null, change.grade === undefined ? "优" : change.grade],
    [null],
    // Shenzhen's data items for 预算执行率: present, and still not used on this table.
    ["数据项", "数值"],
    ["一季度支出进度", "20%"],
    ["二季度支出进度", "45%"],
    ["三季度支出进度", "70%"],
    ["四季度支出进度", "100%"],
  ];
  const merged = ["A1:F1", "A3:A4", "B3:B4", "A5:A7", "B5:B6", "A10:E10", "A11:E11"];
  return fixtureSnapshot({
    id: "hunan-like",
    provenance: { source: "test", jurisdiction: "test", level: "city", year: 2020, reconstructed: "" },
    sheets: [{ name: "评分表", rows, merged }],
    expect: { forms: [], errors: [] },
  });
}

const shenzhen = BUILTIN_PROFILES.shenzhen;

describe("a department evaluation under a profile whose rubric is not its own", () => {
  test("every item is judged at its entered score, none computed by Shenzhen's formulas; total and grade agree", () => {
    const { report } = validateWorkbook(table(), { profile: shenzhen });
    const [form] = report.forms;
    expect(form.kind).toBe("department-evaluation");
    expect(form.score).toMatchObject({ computed: 93.5, entered: 93.5, grade: "优", enteredGrade: "优" });
    const items = itemsByLabel(form);
    expect(Object.values(items).map((i) => [i.label, i.basis, i.computed, i.entered])).toEqual([
      ["财政供养人员控制率", "judged", null, 10],
      ["“三公经费”变动率", "judged", null, 8],
      ["预算执行率", "judged", null, 7.5],
      ["预算调整率", "judged", null, 12],
      ["管理制度健全性", "judged", null, 9],
      ["实际完成率", "judged", null, 28],
      ["社会公众或服务对象满意度", "judged", null, 19],
    ]);
    // 预算执行率 weighs 8 here and 6 in Shenzhen's rubric: not a finding, the rubric is not this table's.
    expect(report.findings).toEqual([]);
    expect(form.notes).toEqual([
      "评分表的一级指标（投入、过程、产出、效果）不是评分规则「shenzhen」的部门整体评分细则的指标，细则不适用：各指标按填写分数计入（评判项），只核对分数在 0 与分值之间、分值与合计相加一致、等级与分数相符",
    ]);
  });

  test("what holds everywhere is still checked: 0 ≤ 分数 ≤ 分值, 二级 and 一级 weights, the total, the grade", () => {
    const { report } = validateWorkbook(
      table({ scores: { 1: 11, 3: -1, 4: 8 }, weights: { 4: 8 }, total: 90 }),
      { profile: shenzhen },
    );
    expect(where(report.findings).sort()).toEqual([
      "GRADE_MISMATCH@评分表!F11",
      "SCORE_EXCEEDS_WEIGHT@评分表!F4",
      // 10 + 10 (11 counted as 10) + 7.5 + 0 (−1 counted as 0) + 8 + 28 + 19 = 82.5
      "SCORE_MISMATCH@评分表!F10",
      "SCORE_MISMATCH@评分表!F6",
      // 过程 prints 30 points and now holds 28; its 二级 预算管理 prints 10 and holds 8.
      "WEIGHT_SUM_MISMATCH@评分表!A5",
      "WEIGHT_SUM_MISMATCH@评分表!B7",
    ]);
    const byCell = Object.fromEntries(report.findings.map((f) => [f.cell, f]));
    expect(byCell.B7).toMatchObject({ severity: "error", expected: 10, actual: 8, related: ["E7"] });
    expect(byCell.A5).toMatchObject({ expected: 30, actual: 28 });
    expect(byCell.F10).toMatchObject({ expected: 82.5, actual: 90 });
    // The profile's bands: 82.5 is 良, the table says 优.
    expect(byCell.F11).toMatchObject({ expected: "良", actual: "优" });
  });

  test("the same table under a profile that carries no rubric gives the same results", () => {
    const a = validateWorkbook(table(), { profile: shenzhen }).report;
    const b = validateWorkbook(table(), { profile: BUILTIN_PROFILES.central }).report;
    expect(b.forms[0].score).toEqual(a.forms[0].score);
    expect(b.findings).toEqual([]);
  });

  test("a grade printed as 「优秀」 is the band 优; 「良好」 beside a score of 93.5 is still a mismatch", () => {
    expect(validateWorkbook(table({ grade: "优秀" }), { profile: shenzhen }).report.findings).toEqual([]);
    const { report } = validateWorkbook(table({ grade: "良好" }), { profile: shenzhen });
    expect(where(report.findings)).toEqual(["GRADE_MISMATCH@评分表!F11"]);
    expect(report.findings[0]).toMatchObject({ expected: "优", actual: "良好" });
  });

  test("a table cut before its 综合评分 row: its last blocks short of their weights are warnings, earlier ones errors", () => {
    // Typed down to 产出's 实际完成率 (30 of 30), then cut: every block whole, no 效果, no 综合评分 row.
    const { report } = validateWorkbook(table({ cut: true }), { profile: shenzhen });
    // 投入 20 + 过程 30 + 产出 30 = 80 of 100, and no 综合评分 row: a warning.
    expect(report.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([["WEIGHT_SUM_MISMATCH", "A2", "warning"]]);
    const short = validateWorkbook(table({ cut: true, weights: { 1: 5 } }), { profile: shenzhen }).report;
    // 投入 is not the last block: 15 of its 20 is an error, whether or not the table goes on.
    expect(short.findings.map((f) => `${f.code} ${f.cell} ${f.severity}`).sort()).toEqual([
      "SCORE_EXCEEDS_WEIGHT F3 error",
      "WEIGHT_SUM_MISMATCH A2 error",
      "WEIGHT_SUM_MISMATCH B2 error",
    ]);
  });
});

test("no 分值 column: weights printed in every 三级 label (「绩效目标合理性(2分)」) are read, and 自评分 is the score column", () => {
  // 湖南 新邵县 2017 (hunan-xinshao-tsg-2017): 一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标说明 | 自评分.
  const rows: Row[] = [
    ["2017年度部门整体支出绩效评价指标评分表", null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标解释", "指标说明", "自评分"],
    ["投入(10分)", "目标设定(5分)", "绩效目标合理性(2分)", "依据是否充分", "符合规划计1分", 2],
    [null, null, "绩效指标明确性(3分)", "是否清晰细化", "细化分解计1分", 3],
    [null, "预算配置(5分)", "在职人员控制率(5分)", "在职人员数与编制数的比率", "小于或等于1计5分", 5],
    ["效果(90分)", "履职效益(90分)", "社会公众满意度(90分)", "满意程度", "按比例计分", 85],
    ["综合评分", null, null, null, null, 95],
  ];
  const snapshot = (r: Row[]) =>
    fixtureSnapshot({
      id: "hunan-county-like",
      provenance: { source: "test", jurisdiction: "test", level: "county", year: 2017, reconstructed: "" },
      sheets: [{ name: "评分表", rows: r, merged: ["A1:F1", "A3:A5", "B3:B4", "A7:E7"] }],
      expect: { forms: [], errors: [] },
    });
  const { report } = validateWorkbook(snapshot(rows), { profile: BUILTIN_PROFILES.central });
  expect(report.forms.map((f) => f.kind)).toEqual(["department-evaluation"]);
  expect(report.forms[0].score).toMatchObject({ computed: 95, entered: 95 });
  expect(Object.values(itemsByLabel(report.forms[0])).map((i) => [i.label, i.entered])).toEqual([
    ["绩效目标合理性", 2],
    ["绩效指标明确性", 3],
    ["在职人员控制率", 5],
    ["社会公众满意度", 85],
  ]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  // A score above the weight printed in its label is an error at the score's cell; the total counts it at its weight.
  const over = rows.map((x) => [...x]);
  over[2][5] = 3;
  over[6][5] = 96;
  const errors = validateWorkbook(snapshot(over), { profile: BUILTIN_PROFILES.central }).report.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => `${f.code}@${f.cell}`)).toEqual(["SCORE_EXCEEDS_WEIGHT@F3", "SCORE_MISMATCH@F7"]);
});
