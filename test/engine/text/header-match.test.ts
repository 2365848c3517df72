import { normalizeHeader } from "../../../src/engine/text/normalize";
import { assignColumns, columnHeaders } from "../../../src/engine/forms/header-match";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import { SheetSnapshotSchema } from "../../../src/engine/snapshot";

describe("normalizeHeader: the one normaliser for header words", () => {
  test.each([
    ["全年预算数(A)", "全年预算数"],
    ["全年执行数（B）", "全年执行数"],
    ["执行率(B/A)", "执行率"],
    ["执行率（C=B/A）", "执行率"],
    ["年度资金总额：", "年度资金总额"],
    ["产出指标（50分）", "产出指标"],
    ["产出指标（50分）：", "产出指标"],
    ["一、部门决策", "部门决策"],
    ["（一）项目立项", "项目立项"],
    ["1.数量指标", "数量指标"],
    ["2、质量指标", "质量指标"],
    ["项\n目\n名\n称", "项目名称"],
    ["*实际完成值\n", "实际完成值"],
    ["金额（万元）", "金额(万元)"],
    // 宁夏's 项目支出绩效目标申报表 (corpus ningxia-guyuan-yuanzhou-2022-shuiyuan): the template's fill instructions.
    ["数量指标\n(必填硬性指标)", "数量指标"],
    ["质量指标 （必填）", "质量指标"],
    ["经济效益\n指标\n(选填)", "经济效益指标"],
    ["成本指标(非必填)", "成本指标"],
    ["其他（其他资金）", "其他(其他资金)"],
  ])("%j → %j", (raw, want) => expect(normalizeHeader(raw)).toBe(want));

  test.each([["1.5"], ["2022年预算数"], ["指标1"], ["指标1:"], ["95%"]])("keeps %j as content", (raw) => {
    expect(normalizeHeader(raw)).toBe(raw.replace(/:$/, ""));
  });
});

const VOCAB = {
  name: ["三级指标", "指标名称"],
  target: ["年度指标值", "指标值"],
  nature: ["指标性质"],
  unit: ["度量单位"],
  weight: ["分值", "权重"],
  score: ["得分"],
} as const;

describe("assignColumns: every column at most one role, every role its best column", () => {
  test("a specific word beats a generic one left of it (绩效指标 | 一级指标 | … | 三级指标)", () => {
    const cols = [
      { col: 0, texts: ["绩效指标"] },
      { col: 1, texts: ["一级指标"] },
      { col: 2, texts: ["二级指标"] },
      { col: 3, texts: ["三级指标"] },
      { col: 4, texts: ["年度指标值"] },
    ];
    const got = assignColumns(cols, VOCAB, { generic: { name: ["绩效指标"] } });
    expect(got).toEqual({ name: 3, target: 4 });
  });

  test("a generic word names the role when nothing specific does", () => {
    const got = assignColumns([{ col: 2, texts: ["绩效指标"] }, { col: 3, texts: ["指标值"] }], VOCAB, { generic: { name: ["绩效指标"] } });
    expect(got).toEqual({ name: 2, target: 3 });
  });

  test("a group header over split columns: each column's own text wins", () => {
    const cols = [
      { col: 0, texts: ["三级指标"] },
      { col: 1, texts: ["年度指标值", "指标性质"] },
      { col: 2, texts: ["年度指标值", "指标值"] },
      { col: 3, texts: ["年度指标值", "度量单位"] },
      { col: 4, texts: ["分值"] },
    ];
    expect(assignColumns(cols, VOCAB)).toEqual({ name: 0, nature: 1, target: 2, unit: 3, weight: 4 });
  });

  test("column order does not matter (分值 before 年度指标值), and a bracketed unit is a weaker match", () => {
    const cols = [
      { col: 5, texts: ["分值"] },
      { col: 6, texts: ["三级指标"] },
      { col: 7, texts: ["指标值(%)"] },
      { col: 8, texts: ["得分"] },
    ];
    expect(assignColumns(cols, VOCAB)).toEqual({ weight: 5, name: 6, target: 7, score: 8 });
  });

  test("two columns with the same word: the leftmost takes the role, the other stays free", () => {
    const got = assignColumns([{ col: 1, texts: ["得分"] }, { col: 4, texts: ["得分"] }], VOCAB);
    expect(got).toEqual({ score: 1 });
  });

  test("the earlier word of a role's list is the more specific one", () => {
    const got = assignColumns([{ col: 1, texts: ["权重"] }, { col: 4, texts: ["分值"] }], VOCAB);
    expect(got).toEqual({ weight: 4 });
  });
});

test("columnHeaders reads one to three header rows, each merged area once", () => {
  const sheet = SheetSnapshotSchema.parse({
    name: "S",
    origin: { row: 0, col: 0 },
    values: [
      ["三级指标", "年度指标值", null, null, "分值"],
      [null, "指标性质", "指标值", "度量单位", null],
    ],
    merged: ["A1:A2", "B1:D1", "E1:E2"],
  });
  expect(columnHeaders(new SheetGrid(sheet), 0, 1)).toEqual([
    { col: 0, texts: ["三级指标"], groups: [false] },
    { col: 1, texts: ["年度指标值", "指标性质"], groups: [true, false] },
    { col: 2, texts: ["年度指标值", "指标值"], groups: [true, false] },
    { col: 3, texts: ["年度指标值", "度量单位"], groups: [true, false] },
    { col: 4, texts: ["分值"], groups: [false] },
  ]);
});

test("a hidden blank column inside a group header (年度指标值 over 指标性质 | (blank) | 指标值 | 度量单位) takes no role", () => {
  // 丽江 古城区 2020 自评表 with an empty (hidden) column typed between 指标性质 and 指标值: the group text alone must
  // not outrank 指标值, the value column's own word.
  const sheet = SheetSnapshotSchema.parse({
    name: "S",
    origin: { row: 0, col: 0 },
    values: [
      ["三级指标", "年度指标值", null, null, null, "实际完成值"],
      [null, "指标性质", null, "指标值", "度量单位", null],
    ],
    merged: ["A1:A2", "B1:E1", "F1:F2"],
  });
  const cols = assignColumns(columnHeaders(new SheetGrid(sheet), 0, 1), { ...VOCAB, actual: ["实际完成值"] });
  expect(cols).toEqual({ name: 0, nature: 1, target: 3, unit: 4, actual: 5 });
});

test("a merged header over several columns with nothing under it is the columns' own text (偏差原因 over J:L)", () => {
  const sheet = SheetSnapshotSchema.parse({
    name: "S",
    origin: { row: 0, col: 0 },
    values: [["三级指标", "指标值", "得分", null]],
    merged: ["C1:D1"],
  });
  expect(columnHeaders(new SheetGrid(sheet), 0, 0).map((c) => c.groups)).toEqual([[false], [false], [false], [false]]);
});
