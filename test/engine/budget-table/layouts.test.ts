import { SheetGrid } from "../../../src/engine/sheet-grid";
import { recogniseBudgetTables } from "../../../src/engine/forms/budget-table/recognise";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { budgetFindings, sheet, workbook } from "./helpers";

type Row = (string | number | null)[];
const f3 = (wb: ReturnType<typeof workbook>) => budgetFindings(wb).map((f) => [f.code, f.cell, f.actual] as const);
const tables = (s: ReturnType<typeof sheet>) => recogniseBudgetTables(new SheetGrid(WorkbookSnapshotSchema.parse(workbook(s)).sheets[0]));

/** A 三公 table with the items as rows (the layout of many city and county departments). */
function sangong(rows: Row[]) {
  return sheet("三公", [["2021年“三公”经费预算表"], ["单位:万元"], ["项目", "预算数"], ...rows]);
}

describe("amount evidence", () => {
  it("a region under a 项目 header whose columns hold words is not a budget table", () => {
    const s = sheet("s", [
      ["项目名称", "某项目"],
      ["主管部门", "某局"],
      ["实施单位", "某中心"],
    ]);
    expect(tables(s)).toEqual([]);
    expect(f3(workbook(s))).toEqual([]);
  });

  it("a column of words among amount columns is a text column, not a column of NOT_A_NUMBER", () => {
    const s = sheet("s", [
      ["项目", "金额", "责任处室"],
      ["合计", 30, null],
      ["甲", 10, "办公室"],
      ["乙", 20, "财务科"],
    ]);
    expect(tables(s)[0].blocks[0].columns.map((c) => c.label)).toEqual(["金额"]);
    expect(f3(workbook(s))).toEqual([]);
  });

  it("header words repeated inside a table (a page break) are not amounts; a mistyped amount still is", () => {
    const s = sheet("s", [
      ["项目", "合计", "基本支出"],
      ["合计", 30, 30],
      ["甲", 10, 10],
      ["项目", "合计", "基本支出"],
      ["乙", 20, "二十"],
    ]);
    expect(f3(workbook(s))).toEqual([["NOT_A_NUMBER", "C5", "二十"]]);
  });

  it('"单位不需填列" in an amount cell means no amount', () => {
    const s = sangong([
      ["合计", 14.83],
      ["1.因公出国(境)费", "单位不需填列"],
      ["2.公务接待费", 14.83],
    ]);
    expect(f3(workbook(s))).toEqual([]);
  });
});

describe("其中 lists", () => {
  it("an unnumbered item after 其中 continues the list when the list still fits within its whole", () => {
    const s = sangong([
      ["合计", 4432],
      ["1.因公出国(境)费用", 39],
      ["2.公务接待费", 323],
      ["3.公务用车购置及运行维护费", 4070],
      ["其中:公务用车运行维护费", 2648],
      ["公务用车购置", 1422],
    ]);
    expect(f3(workbook(s))).toEqual([]);
    expect(tables(s)[0].blocks[0].rows.map((r) => [r.kind, r.parent])).toEqual([
      ["sum", null],
      ["item", null],
      ["item", null],
      ["item", null],
      ["ofWhich", 3],
      ["ofWhich", 3],
    ]);
  });

  it("an unnumbered row that does not fit within the whole is the next item, not a part", () => {
    const s = sheet("s", [
      ["项目", "金额"],
      ["合计", 300],
      ["一般公共服务支出", 100],
      ["其中:人大事务", 50],
      ["教育支出", 200],
    ]);
    expect(tables(s)[0].blocks[0].rows.map((r) => r.kind)).toEqual(["sum", "item", "ofWhich", "item"]);
    expect(f3(workbook(s))).toEqual([]);
  });

  it("a numbered 其中 list runs past the rows numbered under its items", () => {
    const s = sheet("s", [
      ["项 目", "合计"],
      ["“三公”经费", 29],
      ["其中:(一)因公出国(境)支出", 0],
      ["(二)公务用车购置及运行维护支出", 28],
      ["1.公务用车购置", 0],
      ["2.公务用车运行维护费", 28],
      ["(三)公务接待费支出", 1],
    ]);
    expect(tables(s)[0].blocks[0].rows.map((r) => [r.kind, r.parent])).toEqual([
      ["item", null],
      ["ofWhich", 0],
      ["ofWhich", 0],
      ["item", 2],
      ["item", 2],
      ["ofWhich", 0],
    ]);
    expect(f3(workbook(s))).toEqual([]);
  });

  it("the items of a 其中 list together may not exceed their whole", () => {
    const s = sheet("s", [
      ["项目", "金额"],
      ["公务用车费", 30],
      ["其中:(1)运行维护费", 20],
      ["(2)购置费", 15],
    ]);
    expect(budgetFindings(workbook(s)).map((f) => [f.code, f.cell, f.related, f.actual, f.expected])).toEqual([["SUM_MISMATCH", "B2", ["B3:B4"], 35, 30]]);
  });
});

describe("layouts of published tables", () => {
  it("a numbered …合计 row over more deeply numbered rows is their parent, not a total of everything above", () => {
    const s = sangong([
      ["一、“三公”经费合计", 21.63],
      ["(一)公务接待费", 14.83],
      ["(二)公务用车费", 6.8],
      ["二、会议费", 7.59],
    ]);
    expect(tables(s)[0].blocks[0].rows.map((r) => [r.kind, r.parent])).toEqual([
      ["item", null],
      ["item", 0],
      ["item", 0],
      ["item", null],
    ]);
    expect(f3(workbook(s))).toEqual([]);
    const wrong = sangong([
      ["一、“三公”经费合计", 21.63],
      ["(一)公务接待费", 14.83],
      ["(二)公务用车费", 6.9],
      ["二、会议费", 7.59],
    ]);
    expect(f3(workbook(wrong))).toEqual([["SUM_MISMATCH", "B4", 21.63]]);
  });

  it("a 决算 table's 行次 column and 栏次 row are not amounts; 公开01表 is its number", () => {
    const s = sheet("s", [
      ["收入支出决算总表"],
      [null, null, null, null, null, "公开01表"],
      ["部门:某中心", null, null, null, null, "金额单位:万元"],
      ["收入", null, null, "支出", null, null],
      ["项目", "行次", "金额", "项目", "行次", "金额"],
      ["栏次", null, 1, "栏次", null, 2],
      ["一、一般公共预算财政拨款收入", 1, 440.55, "一、一般公共服务支出", 29, 440.55],
      ["本年收入合计", 2, 440.55, "本年支出合计", 30, 440.55],
    ], ["A4:C4", "D4:F4"]);
    const [t] = tables(s);
    expect([t.title, t.tableNo, t.role]).toEqual(["收入支出决算总表", "公开01表", "balance"]);
    expect(t.blocks.map((b) => [b.side, b.columns.map((c) => c.label), b.rows.map((r) => r.name)])).toEqual([
      ["income", ["金额"], ["一般公共预算财政拨款收入", "本年收入合计"]],
      ["expense", ["金额"], ["一般公共服务支出", "本年支出合计"]],
    ]);
    expect(f3(workbook(s))).toEqual([]);
  });

  it("an attachment label or a performance form's title above an untitled table is not its title", () => {
    const body: Row[] = [
      ["单位:万元"],
      ["项目", "合计"],
      ["“三公”经费", 29],
      ["其中:(一)公务接待费支出", 29],
    ];
    expect(tables(sheet("s", [["附件1"], ...body]))[0].title).toBe("");
    expect(tables(sheet("s", [["2023年度项目支出绩效自评表汇总"], ...body]))[0].title).toBe("");
    expect(tables(sheet("s", [["2019年行政经费及“三公”经费预算情况"], ...body]))[0].title).toBe("2019年行政经费及“三公”经费预算情况");
  });
});

describe("tables as departments print them", () => {
  it("a 三公 table without a label column: the header names the items, the data row carries only amounts", () => {
    // The layout of a published 2025 三公 table (合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费 over 小计 | 购置费 | 运行费).
    const s = sheet(
      "三公",
      [
        ["“三公”经费预算表"],
        [null, null, null, null, null, "单位:万元"],
        ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", null, null],
        [null, null, null, "小计", "购置费", "运行费"],
        [37.91, 0, 1.35, 36.56, 15, 21.56],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:F3"],
    );
    const [t] = tables(s);
    expect([t.role, t.range, t.blocks[0].columns.map((c) => c.label), t.blocks[0].rows.length]).toEqual(["sangong", "A3:F5", ["合计", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费"], 1]);
    expect(f3(workbook(s))).toEqual([]);
    // 15 is printed without decimals: 购置费 + 运行费 may miss 小计 by 0.5 + 0.005 + 0.005, not by 1.
    const wrong = sheet("三公", [...(s.values.slice(0, 4) as Row[]), [37.91, 0, 1.35, 36.56, 15, 22.56]], s.merged);
    expect(f3(workbook(wrong))).toEqual([["SUM_MISMATCH", "D5", 36.56]]);
  });

  it("a blank row inside a table does not end it when labels and amounts go on below it", () => {
    const s = sheet("s", [
      ["项目", "金额"],
      ["一、一般公共预算拨款收入", 300],
      [null, null],
      ["本年收入合计", 300],
      [null, null],
      ["单位：万元"],
    ]);
    expect(tables(s).map((t) => [t.range, t.blocks[0].rows.map((r) => r.name)])).toEqual([["A1:B4", ["一般公共预算拨款收入", "本年收入合计"]]]);
    const wrong = sheet("s", [
      ["项目", "金额"],
      ["一、一般公共预算拨款收入", 300],
      [null, null],
      ["本年收入合计", 310],
    ]);
    expect(f3(workbook(wrong))).toEqual([["SUM_MISMATCH", "B4", 310]]);
  });
});
