import { budgetFindings, seed001Snapshot, setCell, sheet, sheetOf, workbook } from "./helpers";

type Row = (string | number | null)[];

/** 表1 收支总表: income on the left, expenditure by function class on the right. */
function balance(unit: string, lines: [string, number][], total: number, income: [string, number][] = [["一、一般公共预算拨款收入", total]]) {
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(lines.length, income.length); i++) rows.push([income[i]?.[0] ?? null, income[i]?.[1] ?? null, lines[i]?.[0] ?? null, lines[i]?.[1] ?? null]);
  return sheet(
    "表1",
    [
      ["表1"],
      ["收支总表"],
      [null, null, null, `单位：${unit}`],
      ["收入", null, "支出", null],
      ["项目", "预算数", "项目", "预算数"],
      ...rows,
      ["本年收入合计", total, "本年支出合计", total],
      ["收入总计", total, "支出总计", total],
    ],
    ["A4:B4", "C4:D4"],
  );
}

/** 表5 一般公共预算支出表 by function, codes in one column, a unit row per unit where given. */
function functions(unit: string, rows: Row[]) {
  return sheet("表5", [["表5"], ["一般公共预算支出表"], [null, null, null, null, `单位：${unit}`], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ...rows]);
}

const cells = (wb: ReturnType<typeof workbook>) =>
  budgetFindings(wb).filter((f) => f.code === "CROSS_TABLE_MISMATCH").map((f) => [f.sheet, f.cell, f.related, f.actual, f.expected, f.message]);

describe("表1 收支总表 expenditure by function class against the function table's class rows", () => {
  const LINES: [string, number][] = [
    ["一、一般公共服务支出", 300],
    ["二、社会保障和就业支出", 50],
  ];
  const FN: Row[] = [
    ["201", "一般公共服务支出", 300, 250, 50],
    ["20103", "政府办公厅（室）及相关机构事务", 300, 250, 50],
    ["208", "社会保障和就业支出", 50, 50, 0],
    ["20805", "行政事业单位养老支出", 50, 50, 0],
  ];

  it("agree: no finding", () => {
    expect(cells(workbook(balance("万元", LINES, 350), functions("万元", [["合计", null, 350, 300, 50], ...FN])))).toEqual([]);
  });

  it("a class row that differs from 表1's line is a CROSS_TABLE_MISMATCH on the class row, naming 表1's cell", () => {
    const fn = FN.map((r) => (r[0] === "208" ? ["208", "社会保障和就业支出", 51, 51, 0] : r));
    expect(cells(workbook(balance("万元", LINES, 350), functions("万元", fn)))).toEqual([
      ["表5", "C7", ["'表1'!D7"], 51, 50, "「社会保障和就业支出」为 51，与表1 收支总表中的 50 不一致"],
    ]);
  });

  it("across units (表1 in whole 万元, the function table in 元) each side's half unit is allowed, no more", () => {
    const yuan = (x: number): Row[] => [
      ["201", "一般公共服务支出", x, x, 0],
      ["208", "社会保障和就业支出", 500_000, 500_000, 0],
    ];
    expect(cells(workbook(balance("万元", LINES, 350), functions("元", yuan(3_004_999.99))))).toEqual([]);
    expect(cells(workbook(balance("万元", LINES, 350), functions("元", yuan(3_005_000.02)))).map((f) => f.slice(0, 5))).toEqual([
      ["表5", "C5", ["'表1'!D6"], 3_005_000.02, 3_000_000],
    ]);
  });

  it("a class printed once per unit is their sum, within the rounding envelope of all of them", () => {
    const perUnit = (a: number, b: number): Row[] => [
      [null, "甲单位", a, a, 0],
      ["201", "一般公共服务支出", a, a, 0],
      [null, "乙单位", b, b, 0],
      ["201", "一般公共服务支出", b, b, 0],
    ];
    const lines: [string, number][] = [["一、一般公共服务支出", 300]];
    // 150.4 + 150.4 shown as 150 + 150 in whole 万元 against 301: a tail within (2 + 1) × 0.5.
    expect(cells(workbook(balance("万元", lines, 301), functions("万元", perUnit(150, 150)))).filter((f) => f[0] === "表5")).toEqual([]);
    expect(cells(workbook(balance("万元", lines, 300), functions("万元", perUnit(150, 152)))).map((f) => f.slice(0, 5))).toEqual([
      ["表5", "C6", ["C8", "'表1'!D6"], 302, 300],
    ]);
  });

  it("where 一般公共预算 is not all of the income, its classes may not exceed 表1's lines but may fall short", () => {
    const income: [string, number][] = [
      ["一、一般公共预算拨款收入", 300],
      ["二、事业收入", 50],
    ];
    const fn: Row[] = [
      ["201", "一般公共服务支出", 280, 280, 0],
      ["208", "社会保障和就业支出", 20, 20, 0],
    ];
    expect(cells(workbook(balance("万元", LINES, 350, income), functions("万元", fn)))).toEqual([]);
    const over: Row[] = [
      ["201", "一般公共服务支出", 310, 310, 0],
      ["208", "社会保障和就业支出", 20, 20, 0],
    ];
    expect(cells(workbook(balance("万元", LINES, 350, income), functions("万元", over)))).toEqual([
      ["表5", "C5", ["'表1'!D6"], 310, 300, "「一般公共服务支出」为 310，超过表1 收支总表中的 300"],
    ]);
  });
});

describe("seed 001: 表1's lines by class against 表7 一般公共预算支出表 (一般公共预算 is all of the income)", () => {
  it("a changed class row in 表7 is caught against 表1", async () => {
    const snapshot = await seed001Snapshot();
    setCell(sheetOf(snapshot, "表7 一般公共预算支出表"), 5, 3, 1513);
    const found = budgetFindings(snapshot).filter((f) => f.code === "CROSS_TABLE_MISMATCH").map((f) => [f.sheet, f.cell, f.related, f.actual, f.expected]);
    expect(found).toContainEqual(["表7 一般公共预算支出表", "D6", ["'表1 收支总表'!D6"], 1513, 1512]);
  });
});
