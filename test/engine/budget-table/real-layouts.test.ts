import { SheetGrid } from "../../../src/engine/sheet-grid";
import { recogniseBudgetTables } from "../../../src/engine/forms/budget-table/recognise";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { budgetFindings, sheet, workbook } from "./helpers";

/** Traits of real published budget tables (test/fixtures/real/budget-table), each in a small inline grid. */
type Row = (string | number | null)[];
const f3 = (wb: ReturnType<typeof workbook>) => budgetFindings(wb).map((f) => [f.code, f.cell, f.actual] as const);
const tables = (s: ReturnType<typeof sheet>) => recogniseBudgetTables(new SheetGrid(WorkbookSnapshotSchema.parse(workbook(s)).sheets[0]));

describe("a code header over 类 | 款 | 项 under a merged 项目 header (上海 部门预算)", () => {
  const head: Row[] = [
    ["2026年部门支出预算总表"],
    ["编制部门：某局", null, null, null, null, null, "单位：元"],
    ["项目", null, null, null, "支出预算", null, null],
    ["功能分类科目编码", null, null, "功能分类科目名称", "合计", "基本支出", "项目支出"],
    ["类", "款", "项", null, null, null, null],
  ];
  const merged = ["A3:D3", "E3:G3", "A4:C4", "D4:D5", "E4:E5", "F4:F5", "G4:G5"];
  const body = (total: string): Row[] => [
    ["208", null, null, "社会保障和就业支出", "6,397,096", "6,103,096", "294,000"],
    ["208", "05", null, "行政事业单位养老支出", "6,103,096", "6,103,096", null],
    ["208", "05", "01", "行政单位离退休", "6,103,096", "6,103,096", null],
    ["208", "08", null, "抚恤", "294,000", null, "294,000"],
    ["208", "08", "01", "死亡抚恤", "294,000", null, "294,000"],
    ["合计", null, null, null, total, "6,103,096", "294,000"],
  ];

  it("reads the three header rows and nests the rows by the repeated 类 code", () => {
    const [t] = tables(sheet("s", [...head, ...body("6,397,096")], merged));
    expect(t.role).toBe("function");
    expect(t.blocks[0].columns.map((c) => c.label)).toEqual(["合计", "基本支出", "项目支出"]);
    expect(t.blocks[0].rows.map((r) => r.code)).toEqual(["208", "20805", "2080501", "20808", "2080801", null]);
    expect(f3(workbook(sheet("s", [...head, ...body("6,397,096")], merged)))).toEqual([]);
  });

  it("still finds a wrong 合计", () => {
    expect(f3(workbook(sheet("s", [...head, ...body("6,397,069")], merged)))).toEqual([["SUM_MISMATCH", "E11", 6397069]]);
  });
});

describe("an economic-classification code split into 类 | 款", () => {
  const rows = (leaf: number): Row[] => [
    ["项目", null, null, "一般公共预算基本支出", null, null],
    ["部门预算经济分类科目\n编码", null, "经济分类科目名称", "合计", "人员经费", "公用经费"],
    ["类", "款", null, null, null, null],
    ["301", null, "工资福利支出", 300, 300, null],
    ["301", "01", "基本工资", 100, 100, null],
    ["301", "02", "津贴补贴", leaf, leaf, null],
    ["302", null, "商品和服务支出", 50, null, 50],
    ["302", "01", "办公费", 50, null, 50],
    ["合计", null, null, 350, 300, 50],
  ];
  const merged = ["A1:C1", "D1:F1", "A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3"];

  it("joins 301 | 01 into 30101 and checks each 类 against its 款", () => {
    const [t] = tables(sheet("s", rows(200), merged));
    expect(t.blocks[0].rows.map((r) => r.code)).toEqual(["301", "30101", "30102", "302", "30201", null]);
    expect(f3(workbook(sheet("s", rows(200), merged)))).toEqual([]);
    expect(f3(workbook(sheet("s", rows(210), merged)))).toEqual([
      ["SUM_MISMATCH", "D4", 300],
      ["SUM_MISMATCH", "E4", 300],
    ]);
  });
});

describe("a 三公 table without a label column under a group header, beside 机关运行经费", () => {
  const rows = (total: string): Row[] => [
    ["“三公”经费预算数", null, null, null, null, null, "机关运行经费预算\n数"],
    ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", null, null, null],
    [null, null, null, "小计", "购置费", "运行费", null],
    [total, "0.00", "0.46", "113.76", "75.00", "38.76", "507.25"],
  ];
  const merged = ["A1:F1", "G1:G3", "A2:A3", "B2:B3", "C2:C3", "D2:F2"];

  it("keeps 机关运行经费 out of the 三公 合计", () => {
    const [t] = tables(sheet("s", rows("114.22"), merged));
    expect(t.range).toBe("A1:G4");
    expect(f3(workbook(sheet("s", rows("114.22"), merged)))).toEqual([]);
    expect(f3(workbook(sheet("s", rows("114.02"), merged)))).toEqual([["SUM_MISMATCH", "A4", 114.02]]);
  });
});

describe("blank rows inside a 收支总表", () => {
  it("several blank rows before 总计 do not end the table", () => {
    const s = (total: string) =>
      sheet("s", [
        ["本年收入", null, "本年支出", null],
        ["项目", "预算数", "项目", "预算数"],
        ["一、财政拨款收入", "300", "一、社会保障和就业支出", "100"],
        ["二、事业收入", null, "二、卫生健康支出", "200"],
        [null, null, null, null],
        [null, null, null, null],
        [null, null, null, null],
        ["收入总计", total, "支出总计", "300"],
      ], ["A1:B1", "C1:D1"]);
    expect(tables(s("300"))[0].range).toBe("A1:D8");
    expect(f3(workbook(s("300")))).toEqual([]);
    expect(f3(workbook(s("310"))).map(([code, cell]) => [code, cell])).toContainEqual(["SUM_MISMATCH", "B8"]);
  });
});
