import type { CellValue } from "../../../src/engine/snapshot";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import { labelKey } from "../../../src/engine/forms/department-evaluation/cells";
import { activityKey } from "../../../src/engine/forms/indicators/activity";

/**
 * The smallest grids that showed each typing-variant bug (typing-variants.property.test.ts), one test per fix:
 * the variant reads as the plain form does.
 */
function check(rows: CellValue[][], merged: string[] = []) {
  const width = Math.max(...rows.map((r) => r.length));
  const snap = WorkbookSnapshotSchema.parse({
    name: "t.xlsx",
    sheets: [{ name: "S", origin: { row: 0, col: 0 }, values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), merged }],
  });
  const { report } = validateWorkbook(snap);
  return {
    forms: report.forms.map((f) => [f.kind, f.range, f.score?.computed ?? null]),
    errors: report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`),
  };
}

describe("budget table: a total row whose label ends in a colon (本年收入合计：) is a total row", () => {
  const table = (label: string, total: number): CellValue[][] => [
    ["一般公共预算“三公”经费支出表"],
    [null, "单位：万元"],
    ["项目", "预算数"],
    ["因公出国（境）费", 10],
    ["公务接待费", 5],
    [label, total],
  ];
  test.each(["合计：", "合计:", "本年支出合计："])("%j adds up its rows", (label) => {
    expect(check(table(label, 15))).toEqual(check(table("合计", 15)));
    expect(check(table(label, 15)).errors).toEqual([]);
    expect(check(table(label, 25)).errors).toEqual(["SUM_MISMATCH B6"]);
  });
});

/** Findings with every row at or below `from` moved up one: the grid read as if the blank row were not there. */
function withoutBlankRow(result: ReturnType<typeof check>, from: number) {
  const up = (a1: string) => a1.replace(/([A-Z]+)(\d+)/g, (_m, c: string, r: string) => `${c}${Number(r) >= from ? Number(r) - 1 : r}`);
  return { forms: result.forms.map(([k, r, s]) => [k, up(String(r)), s]), errors: result.errors.map(up) };
}

describe("a blank row inside a table does not end it", () => {
  // 上海 普陀 2024 收入支出决算总表 with a blank line before 使用非财政拨款结余 (a row of labels and no amounts): the
  // table ended at the blank row, and its 总计 rows and their balance went unchecked.
  const balance = (blank: boolean, rightTotal: number): CellValue[][] => [
    ["收入支出决算总表"],
    [null, null, null, "单位：万元"],
    ["项目", "决算数", "项目", "决算数"],
    ["一、财政拨款收入", 100, "一、一般公共服务支出", 90],
    ["二、其他收入", 10, "二、教育支出", null],
    ["本年收入合计", 110, "本年支出合计", 90],
    ...(blank ? [[]] : []),
    ["使用非财政拨款结余", null, "结余分配", null],
    ["年初结转和结余", 5, "年末结转和结余", 25],
    ["总计", 115, "总计", rightTotal],
  ];
  test("budget table: blank row, then a row of labels only, then amounts", () => {
    expect(check(balance(true, 115)).forms).toEqual([["budget-table", "A3:D10", null]]);
    expect(withoutBlankRow(check(balance(true, 115)), 7)).toEqual(check(balance(false, 115)));
    expect(check(balance(false, 135)).errors).not.toEqual([]);
    expect(withoutBlankRow(check(balance(true, 135)), 7)).toEqual(check(balance(false, 135)));
  });

  // 安徽 池州 贵池区 2022 自评表 with a blank line between 年度资金总额 and 其中：本年财政拨款: the breakdown was not read,
  // so the document's genuine SUM_MISMATCH (the parts do not add up to the total) was missed.
  const selfEvaluation = (blank: boolean): CellValue[][] => [
    ["项目支出绩效自评表"],
    ["项目名称", "培训项目"],
    ["项目资金(万元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, 0.9, 9],
    ...(blank ? [[]] : []),
    [null, "其中：当年财政拨款", 80, 80, 70],
    [null, "其他资金", 10, 10, 10],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 90, 90],
    ["总分", null, null, null, null, null, 100, 99],
  ];
  test("self-evaluation funds block: blank row between the total and its 其中 rows", () => {
    const plain = check(selfEvaluation(false), ["A3:A6"]);
    expect(plain.errors).toEqual(["SUM_MISMATCH C4", "SUM_MISMATCH D4", "SUM_MISMATCH E4"]);
    expect(withoutBlankRow(check(selfEvaluation(true), ["A3:A7"]), 5)).toEqual(plain);
  });
});

describe("a weight typed after the word without brackets (产出指标50分) is the block's weight", () => {
  const form = (primary: string): CellValue[][] => [
    ["项目支出绩效自评表"],
    ["项目名称", "培训项目"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, primary, "数量指标", "培训人次", "≥100人次", "120人次", 30, 30],
    [null, null, "质量指标", "合格率", "≥90%", "95%", 10, 10],
    [null, "满意度指标（10分）", "满意度指标", "学员满意度", "≥90%", "95%", 10, 10],
    ["总分", null, null, null, null, null, 50, 50],
  ];
  test.each(["产出指标50分", "产出指标 50分", "产出指标\n50分"])("%j reads as 产出指标（50分）", (primary) => {
    const bare = check(form(primary), ["B4:B5"]);
    expect(bare).toEqual(check(form("产出指标（50分）"), ["B4:B5"]));
    expect(bare.forms).toEqual([["self-evaluation", "A1:I7", 50]]);
    // The printed 50 is read: the block's indicators (30 + 10) fall short of it.
    expect(bare.errors).toContain("WEIGHT_SUM_MISMATCH B4");
  });
});

describe("a header printed again after a page break goes on with the table", () => {
  // 内蒙古 乌海 2021 绩效目标表 and seed003 with their header row typed again mid-table: the rows below it became a
  // second goal table without a project block, with false MISSING_INDICATOR_CATEGORY errors.
  const goal = (repeat: boolean): CellValue[][] => [
    ["项目绩效目标表"],
    ["项目名称", "培训项目"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥100人次"],
    [null, "质量指标", "合格率", "≥90%"],
    [null, "时效指标", "完成时间", "12月底前"],
    [null, "成本指标", "人均成本", "≤500元"],
    ...(repeat ? [["一级指标", "二级指标", "三级指标", "指标值"]] : []),
    ["效益指标", "社会效益指标", "受益人数", "≥100人"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
  ];
  test("goal table", () => {
    const plain = check(goal(false));
    expect(plain.forms).toEqual([["goal-table", "A1:D9", null]]);
    expect(withoutBlankRow(check(goal(true)), 8)).toEqual(plain);
  });

  // 云南 丽江 古城区 2020 自评表 with its two header rows (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 over 一级指标 …)
  // typed again mid-table: the upper row was read as an indicator, NOT_A_NUMBER on 得分.
  const header: CellValue[][] = [
    ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
  ];
  const selfEvaluation = (repeat: boolean): CellValue[][] => [
    ["项目支出绩效自评表"],
    ["项目名称", "培训项目"],
    ...header,
    ["产出指标", "数量指标", "培训人次", "≥", 100, "人次", 120, 50, 50],
    [null, "质量指标", "合格率", "≥", 90, "%", 95, 20, 20],
    ...(repeat ? header : []),
    ["效益指标", "社会效益指标", "受益人数", "≥", 100, "人", 100, 20, 20],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", 90, "%", 95, 10, 10],
    ["总分", null, null, null, null, null, null, 100, 100],
  ];
  const merges = (repeat: boolean) => ["A3:C3", "D3:F3", "G3:G4", "H3:H4", "I3:I4", ...(repeat ? ["A7:C7", "D7:F7", "G7:G8", "H7:H8", "I7:I8"] : [])];
  test("self-evaluation with a two-row header", () => {
    const plain = check(selfEvaluation(false), merges(false));
    expect(plain.forms).toEqual([["self-evaluation", "A1:I9", 100]]);
    expect(withoutBlankRow(withoutBlankRow(check(selfEvaluation(true), merges(true)), 7), 7)).toEqual(plain);
  });
});

describe("an indicator's name with its template numbering (1、 （1） 1.) is the same indicator", () => {
  // seed004 with 三级 items numbered 1、预算执行率: the rubric no longer found its items (score and the document's
  // CROSS_TABLE_MISMATCH errors lost); seed002 with numbered names: every quantity lost its quality partner.
  test.each(["1、预算执行率", "（1）预算执行率", "(1)预算执行率", "1.预算执行率", "一、预算执行率"])("%j matches the rubric's 预算执行率", (label) => {
    expect(labelKey(label)).toBe(labelKey("预算执行率"));
  });
  test("numbers are kept where they are the name's own (2022年在职人数, 12345热线)", () => {
    expect(labelKey("2022年在职人数")).toBe("2022年在职人数");
    expect(labelKey("12345热线办结率")).toBe("12345热线办结率");
  });
  test.each(["1、举办海智交流活动场次", "（2）举办海智交流活动场次", "3.举办海智交流活动场次"])("%j pairs as 举办海智交流活动场次", (name) => {
    expect(activityKey(name, "quantity")).toEqual(activityKey("举办海智交流活动场次", "quantity"));
  });
});
