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

describe("a 决算 收支总表 with carry-overs (上海 财政局 2024)", () => {
  const s = (carried: number, total: number) =>
    sheet("s", [
      ["收入", null, "支出", null],
      ["项目", "决算数", "项目", "决算数"],
      ["一、一般公共预算财政拨款收入", 2940.05, "一、一般公共服务支出", 2940.05],
      ["八、其他收入", 6.2, null, null],
      ["本年收入合计", 2946.25, "本年支出合计", 2940.05],
      ["年初结转和结余", 49.14, "年末结转和结余", carried],
      ["总计", 2995.39, "总计", total],
    ], ["A1:B1", "C1:D1"]);

  it("does not ask this year's income to equal this year's expenditure; the 总计 rows must balance", () => {
    expect(f3(workbook(s(55.34, 2995.39)))).toEqual([]);
    expect(f3(workbook(s(55.34, 2995.93)))).toEqual([
      ["SUM_MISMATCH", "D7", 2995.93],
      ["BALANCE_MISMATCH", "D7", 2995.93],
    ]);
  });
});

describe("an unnumbered row over numbered rows heads them (财政拨款收入支出决算总表)", () => {
  const s = (grand: number) =>
    sheet("s", [
      ["收入", null, "支出", null],
      ["项目", "决算数", "项目", "决算数"],
      ["一、一般公共预算财政拨款", 2940.05, "一、一般公共服务支出", 2940.05],
      ["本年收入合计", 2940.05, "本年支出合计", 2940.05],
      ["年初财政拨款结转和结余", 21.63, "年末财政拨款结转和结余", 21.63],
      ["一、一般公共预算财政拨款", 21.63, null, null],
      ["二、政府性基金预算财政拨款", null, null, null],
      ["总计", grand, "总计", 2961.68],
    ], ["A1:B1", "C1:D1"]);

  it("counts the carry-over once in 总计, and checks it against its parts", () => {
    expect(f3(workbook(s(2961.68)))).toEqual([]);
    const [t] = tables(s(2961.68));
    const income = t.blocks[0];
    expect(income.rows.map((r) => [r.name, r.parent === null ? null : income.rows[r.parent].name])).toEqual([
      ["一般公共预算财政拨款", null],
      ["本年收入合计", null],
      ["年初财政拨款结转和结余", null],
      ["一般公共预算财政拨款", "年初财政拨款结转和结余"],
      ["政府性基金预算财政拨款", "年初财政拨款结转和结余"],
      ["总计", null],
    ]);
  });
});

describe("a table printed in two halves side by side (基本支出决算表)", () => {
  const s = (leaf: number) =>
    sheet("s", [
      ["经济分类科目编码", null, "科目名称", "决算数", "经济分类科目编码", null, "科目名称", "决算数"],
      ["类", "款", null, null, "类", "款", null, null],
      ["301", null, "工资福利支出", 300, "302", null, "商品和服务支出", 30],
      ["301", "01", "基本工资", 100, "302", "01", "办公费", 10],
      ["301", "02", "津贴补贴", leaf, "302", "02", "印刷费", 20],
      ["303", null, "对个人和家庭的补助", 5, "310", null, "资本性支出", 7],
      ["303", "02", "退休费", 5, "310", "02", "办公设备购置", 7],
      [null, null, "人员经费合计", 305, null, null, "公用经费合计", 37],
    ], ["A1:B1", "C1:C2", "D1:D2", "E1:F1", "G1:G2", "H1:H2"]);

  it("reads each half with its own codes and total", () => {
    const [t] = tables(s(200));
    expect(t.blocks.map((b) => [b.side, b.rows.map((r) => r.code)])).toEqual([
      ["half", ["301", "30101", "30102", "303", "30302", null]],
      ["half", ["302", "30201", "30202", "310", "31002", null]],
    ]);
    expect(f3(workbook(s(200)))).toEqual([]);
    expect(f3(workbook(s(190)))).toEqual([["SUM_MISMATCH", "D3", 300]]);
  });
});

describe("income by function class is income (收入决算表), not expenditure", () => {
  it("is not set against the 收支总表's expenditure lines", () => {
    const balance = sheet("表1", [
      ["收入支出决算总表"],
      ["收入", null, "支出", null],
      ["项目", "决算数", "项目", "决算数"],
      ["一、一般公共预算财政拨款收入", 100, "一、一般公共服务支出", 100],
      ["八、其他收入", 6, null, null],
      ["本年收入合计", 106, "本年支出合计", 100],
      ["年初结转和结余", 0, "年末结转和结余", 6],
      ["总计", 106, "总计", 106],
    ], ["B2:B2"]);
    const income = sheet("表2", [
      ["收入决算表"],
      ["项目", null, "本年收入合计", "财政拨款收入", "其他收入"],
      ["科目编码", "科目名称", null, null, null],
      ["201", "一般公共服务支出", 106, 100, 6],
      ["合计", null, 106, 100, 6],
    ], ["A2:B2", "C2:C3", "D2:D3", "E2:E3"]);
    const wb = workbook(balance, income);
    expect(f3(wb)).toEqual([]);
  });
});

describe("a 三公 决算表 with 预算数 | 决算数 under every item (national 决算 template)", () => {
  const rows = (totalSpent: number): Row[] => [
    ["合计", null, "因公出国（境）费", null, "公务用车购置及运行维护费", null, null, null, null, null, "公务接待费", null],
    [null, null, null, null, "小计", null, "公务用车购置费", null, "公务用车运行维护费", null, null, null],
    ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"],
    [2.85, totalSpent, "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", 2.85, 0.39],
  ];
  const merged = ["A1:B2", "C1:D2", "E1:J1", "K1:L2", "E2:F2", "G2:H2", "I2:J2"];

  it("checks each measure of 合计 against the same measure of the items", () => {
    const [t] = tables(sheet("s", rows(0.39), merged));
    expect(t.blocks[0].columnSums).toEqual([
      { total: 4, parts: [6, 8] },
      { total: 5, parts: [7, 9] },
      { total: 0, parts: [2, 4, 10] },
      { total: 1, parts: [3, 5, 11] },
    ]);
    expect(f3(workbook(sheet("s", rows(0.39), merged)))).toEqual([]);
    expect(f3(workbook(sheet("s", rows(0.93), merged)))).toEqual([["SUM_MISMATCH", "B4", 0.93]]);
  });
});

describe("a rate column beside the amounts (比上年增、减情况: 增、减金额 | 增、减幅度)", () => {
  const s = (total: number) =>
    sheet("s", [
      ["项目", "2023年预算数", "2024年预算数", "比上年增、减情况", null],
      [null, null, null, "增、减金额", "增、减幅度"],
      ["合计", 18.15, total, 4, 0.22],
      ["1.因公出国(境)费", null, null, null, null],
      ["2.公务接待费", 3, 7, 4, 1.33],
      ["3.公务用车购置及运行费", 15.15, 15.15, null, null],
    ], ["A1:A2", "B1:B2", "C1:C2", "D1:E1"]);

  it("is not added up; the amount columns still are", () => {
    expect(tables(s(22.15))[0].blocks[0].columns.map((c) => c.label)).toEqual(["2023年预算数", "2024年预算数", "增、减金额"]);
    expect(f3(workbook(s(22.15)))).toEqual([]);
    // 23.15 − 18.15 is 5, not the 4 printed beside it: the change column is checked against the years too.
    expect(f3(workbook(s(23.15)))).toEqual([
      ["SUM_MISMATCH", "C3", 23.15],
      ["SUM_MISMATCH", "D3", 4],
    ]);
  });
});

describe("rows that hold no amounts: a percentage row, counts", () => {
  it("a 增减% row under year rows is neither a difference nor a sum (浙江 衢江区)", () => {
    const s = (total2016: number) =>
      sheet("s", [
        ["年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", null, null],
        [null, null, null, null, "合计", "车辆购置", "车辆运行"],
        ["2015年", 2840, 90, 1400, 1350, 73, 1277],
        ["2016年", total2016, 12, 1356, 996, 37, 959],
        ["2016年比2015年增减%", -16.77, -86.62, -3.14, -26.24, -47.95, -24.98],
      ], ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"]);
    expect(f3(workbook(s(2364)))).toEqual([]);
    expect(f3(workbook(s(2346)))).toEqual([["SUM_MISMATCH", "B4", 2346]]);
  });

  it("相关统计数 (团组数(个), 保有量(辆), 接待人数(人)) are counts, not parts of anything (湖南 岳阳县)", () => {
    const s = (total: number) =>
      sheet("s", [
        ["项目", "2016-执行数", "2017-预算数"],
        ["一、支出合计", null, total],
        ["1、因公出国(境)费用", null, null],
        ["2、公务接待费", null, 150000],
        ["3、公务用车费", null, 100000],
        ["二、相关统计数", null, null],
        ["1.因公出国(境)团组数(个)", null, 0],
        ["4.公务用车保有量(辆)", null, 1],
        ["6.公务接待人数(人)", null, 500],
      ]);
    expect(tables(s(250000))[0].blocks[0].rows.map((r) => r.name)).toEqual(["支出合计", "因公出国(境)费用", "公务接待费", "公务用车费", "相关统计数"]);
    expect(f3(workbook(s(250000)))).toEqual([]);
    expect(f3(workbook(s(260000)))).toEqual([["SUM_MISMATCH", "C2", 260000]]);
  });
});

describe("a form's key/value block around a cost table (湖北 项目支出绩效目标表)", () => {
  const s = (total: number) =>
    sheet("s", [
      ["项目名称", "滨湖大厦办公大楼运行保障", null, null, null],
      ["立项依据", "市机关事务服务中心三定方案", null, null, null],
      ["项目预算成本构成", "金额", "测算（公式）依据", "2020年实际执行数", "2021年实际执行数"],
      ["保安服务费", 191, "依据招标文件", 191, 191],
      ["保洁服务费", 99, "依据招标文件", 99, 99],
      ["合计", total, null, 290, 290],
      ["绩效目标", "以办公大楼服务对象满意为目标。", null, null, null],
    ], ["B1:E1", "B2:E2", "B7:E7"]);

  it("reads the cost table and never reports the block's words as amounts", () => {
    expect(tables(s(290)).map((t) => t.range)).toEqual(["A3:E6"]);
    expect(f3(workbook(s(290)))).toEqual([]);
    expect(f3(workbook(s(300)))).toEqual([["SUM_MISMATCH", "B6", 300]]);
  });
});

describe("a column header merged wide for layout is still a header", () => {
  it("项目 | 预算数 (over two columns) reads as a one-column table", () => {
    const s = (total: number) =>
      sheet("s", [
        ["项目", "预算数", null],
        ["合计", total, null],
        ["1.因公出国(境)费用", 39, null],
        ["2.公务接待费", 323, null],
      ], ["B1:C1", "B2:C2", "B3:C3", "B4:C4"]);
    expect(tables(s(362)).length).toBe(1);
    expect(f3(workbook(s(362)))).toEqual([]);
    expect(f3(workbook(s(372)))).toEqual([["SUM_MISMATCH", "B2", 372]]);
  });
});

describe("a table typed page by page, its three header rows repeated after the page break (上海 一般公共预算支出功能分类预算表)", () => {
  const head: Row[] = [
    ["项目", null, null, null, "一般公共预算支出", null, null],
    ["功能分类科目编码", null, null, "功能分类科目名称", "合计", "基本支出", "项目支出"],
    ["类", "款", "项", null, null, null, null],
  ];
  const headMerges = (top: number) => [`A${top}:D${top}`, `E${top}:G${top}`, `A${top + 1}:C${top + 1}`, `D${top + 1}:D${top + 2}`, `E${top + 1}:E${top + 2}`, `F${top + 1}:F${top + 2}`, `G${top + 1}:G${top + 2}`];
  const s = (total: string) =>
    sheet("s", [
      ...head,
      ["212", null, null, "城乡社区支出", "33,775,592", "22,783,399", "10,992,193"],
      ["212", "01", null, "城乡社区管理事务", "33,775,592", "22,783,399", "10,992,193"],
      ...head,
      ["212", "01", "04", "城管执法", "33,775,592", "22,783,399", "10,992,193"],
      ["221", null, null, "住房保障支出", "5,871,730", "5,871,730", null],
      ["221", "02", null, "住房改革支出", "5,871,730", "5,871,730", null],
      ["合计", null, null, null, total, "28,655,129", "10,992,193"],
    ], [...headMerges(1), ...headMerges(6), "A12:D12"]);

  it("reads one table across the repeated header and adds up all its classes", () => {
    const [t] = tables(s("39,647,322"));
    expect([t.range, t.blocks[0].rows.map((r) => r.code)]).toEqual(["A1:G12", ["212", "21201", "2120104", "221", "22102", null]]);
    expect(f3(workbook(s("39,647,322")))).toEqual([]);
    expect(f3(workbook(s("39,647,332")))).toEqual([["SUM_MISMATCH", "E12", 39647332]]);
  });
});

describe("an allocation table naming its rows by the place or unit the money goes to (海南 省级部门 预算表, 福建 资金安排表)", () => {
  const rows = (total: string): Row[] => [
    ["市县/单位名称", "项目名称", "金额", "支出功能分类科目", "支出经济分类科目"],
    ["合计", null, total, null, null],
    ["海南省大数据管理局", "反走私综合执法站信息化配套项目", 8000, "2299999-其他支出", "50602-资本性支出(基本建设)"],
    ["海南省公安厅", "反走私视频图像前端补点(一期)项目", 20500, "2299999-其他支出", "50404-设备购置"],
    ["海南省公安厅", "反走私视频图像综合应用系统项目", 5700, "2299999-其他支出", "50404-设备购置"],
  ];

  it("reads the place column as a label column, so the 合计 printed in it is checked; code-and-name cells are text", () => {
    const [t] = tables(sheet("s", rows("34,200")));
    expect(t.range).toBe("A1:E5");
    expect(f3(workbook(sheet("s", rows("34,200"))))).toEqual([]);
    expect(f3(workbook(sheet("s", rows("78,400"))))).toEqual([["SUM_MISMATCH", "C2", 78400]]);
  });

  it("a 乡镇名称 column with the 合计 merged across it and the project column", () => {
    const s = (total: number) =>
      sheet("s", [
        ["序号", "乡镇名称", "项目名称", "金额", "备注"],
        [1, "西坪镇", "尧山村排洪排水工程建设", 20, null],
        [2, "桃舟乡", "吾培村前村洋头水圳修复", 15, null],
        ["合计", null, null, total, null],
      ], ["A4:C4"]);
    expect(f3(workbook(s(35)))).toEqual([]);
    expect(f3(workbook(s(45)))).toEqual([["SUM_MISMATCH", "D4", 45]]);
  });
});
