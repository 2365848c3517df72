import { compareTotal } from "../../../src/engine/forms/budget-table/checks/rounding-envelope";
import type { AmountCell } from "../../../src/engine/forms/budget-table/schema";
import { budgetFindings, sheet, workbook } from "./helpers";

const cell = (value: number | null, decimals = 0, kind: AmountCell["kind"] = value === null ? "none" : "number"): AmountCell => ({
  row: 0,
  col: 0,
  address: "A1",
  kind,
  value,
  text: String(value ?? ""),
  decimals,
});

describe("rounding envelope", () => {
  it("(n + 1) × half a display unit: 12 parts in whole 万元 may miss by 6.5", () => {
    const parts = Array.from({ length: 12 }, () => cell(1));
    expect(compareTotal(cell(18.5 - 0.0), parts).status).toBe("tail");
    expect(compareTotal(cell(5.5), parts)).toMatchObject({ status: "tail", envelope: 6.5 });
    expect(compareTotal(cell(5.4), parts).status).toBe("mismatch");
    expect(compareTotal(cell(12), parts).status).toBe("equal");
  });
  it("uses the displayed precision: 2 decimals leave 0.015 for two parts", () => {
    expect(compareTotal(cell(3.01, 2), [cell(1, 2), cell(2, 2)]).status).toBe("tail");
    expect(compareTotal(cell(3.02, 2), [cell(1, 2), cell(2, 2)]).status).toBe("mismatch");
  });
  it("a total of a single part is that part: no envelope", () => {
    expect(compareTotal(cell(176), [cell(175)]).status).toBe("mismatch");
  });
  it("blank parts are unknown, not zero; a blank total over non-zero parts is reported", () => {
    expect(compareTotal(cell(100), [cell(null), cell(null)]).status).toBe("skip");
    expect(compareTotal(cell(null), [cell(3), cell(null)]).status).toBe("blank");
    expect(compareTotal(cell(null), [cell(0), cell(null)]).status).toBe("equal");
  });
});

/** A 基本支出总表 in 万元 (or 元) with its hierarchy shown by leading full-width spaces. */
function basic(name: string, unit: "万元" | "元", amounts: (string | number | null)[][]) {
  return sheet(
    name,
    [
      ["基本支出总表"],
      ["部门名称：某单位", null, `单位：${unit}`],
      ["支出项目类别", "总计", "一般公共预算拨款", "其他资金"],
      ["某单位", ...amounts[0]],
      ["\u3000工资福利支出", ...amounts[1]],
      ["\u3000\u3000基本工资", ...amounts[2]],
      ["\u3000\u3000津贴补贴", ...amounts[3]],
      ["\u3000商品和服务支出", ...amounts[4]],
      ["\u3000\u3000办公费", ...amounts[5]],
    ],
    ["A1:D1"],
  );
}

const summary = (basicAmount: number) =>
  sheet("支出总表", [["支出总表"], ["单位：万元"], ["预算单位", "支出总计", "基本支出", "项目支出"], ["某单位", basicAmount + 100, basicAmount, 100]]);

describe("blank and dash amounts, text, units", () => {
  it('treats blank, "-", "—" and "/" as no amount without false errors', () => {
    const wb = workbook(
      basic("基本", "万元", [
        [150, 150, "-"],
        [120, 120, "—"],
        [100, 100, "/"],
        [20, 20, null],
        [30, 30, "-"],
        [30, 30, "—"],
      ]),
    );
    expect(budgetFindings(wb)).toEqual([]);
  });

  it("reports text in an amount cell as NOT_A_NUMBER and leaves the totals it feeds alone", () => {
    const wb = workbook(
      basic("基本", "万元", [
        [150, 150, null],
        [120, 120, null],
        [100, "一百", null],
        [20, 20, null],
        [30, 30, null],
        [30, 30, null],
      ]),
    );
    expect(budgetFindings(wb).map((f) => [f.code, f.cell, f.actual])).toEqual([["NOT_A_NUMBER", "C6", "一百"]]);
  });

  it("finds a parent that does not add up by indentation, naming its children", () => {
    const wb = workbook(
      basic("基本", "万元", [
        [150, 150, null],
        [125, 125, null],
        [100, 100, null],
        [20, 20, null],
        [30, 30, null],
        [30, 30, null],
      ]),
    );
    expect(budgetFindings(wb).map((f) => [f.code, f.cell, f.expected, f.actual, f.related])).toEqual([
      ["SUM_MISMATCH", "B4", 155, 150, ["B5", "B8"]],
      ["SUM_MISMATCH", "C4", 155, 150, ["C5", "C8"]],
      ["SUM_MISMATCH", "B5", 120, 125, ["B6:B7"]],
      ["SUM_MISMATCH", "C5", 120, 125, ["C6:C7"]],
    ]);
  });

  it("compares a table in 元 with one in 万元 after conversion", () => {
    const yuan = (x: number) => [x, x, null];
    const ok = workbook(summary(150), basic("基本", "元", [yuan(1_500_123.45), yuan(1_200_000), yuan(1_000_000), yuan(200_000), yuan(300_123.45), yuan(300_123.45)]));
    expect(budgetFindings(ok)).toEqual([]);
    const off = workbook(summary(151), basic("基本", "元", [yuan(1_500_123.45), yuan(1_200_000), yuan(1_000_000), yuan(200_000), yuan(300_123.45), yuan(300_123.45)]));
    expect(budgetFindings(off).map((f) => [f.code, f.sheet, f.cell, f.actual, f.expected, f.related])).toEqual([
      ["CROSS_TABLE_MISMATCH", "支出总表", "C4", 151, 150.0123, ["'基本'!B4"]],
    ]);
  });
});

describe("function classification", () => {
  const rows = (codes: (string | null)[][], amounts: number[]) => codes.map((c, i) => [...c, amounts[i]]);
  it("reads codes split over 类 | 款 | 项 and checks each parent by prefix", () => {
    const wb = workbook(
      sheet(
        "功能",
        [
          ["支出功能分类表"],
          ["单位：元"],
          ["科目编码", null, null, "科目名称", "支出总计"],
          ["类", "款", "项", null, null],
          ...rows(
            [
              [null, null, null, "合计"],
              ["206", null, null, "科学技术支出"],
              [null, "05", null, "科技条件与服务"],
              [null, null, "99", "其他科技条件与服务支出"],
              [null, "08", null, "科技交流与合作"],
              [null, null, "99", "其他科技交流与合作支出"],
              ["208", null, null, "社会保障和就业支出"],
              [null, "05", null, "行政事业单位养老支出"],
              [null, null, "02", "事业单位离退休"],
              [null, null, "05", "机关事业单位基本养老保险缴费支出"],
            ],
            [1000.5, 800.5, 300, 300, 500.5, 500.5, 200, 200, 150, 60],
          ),
        ],
        ["A3:C3", "D3:D4", "E3:E4"],
      ),
    );
    // 208 05: 150 + 60 = 210, printed 200; 208: 200 against 200; 合计: 800.5 + 200 = 1,000.5.
    expect(budgetFindings(wb).map((f) => [f.code, f.cell, f.expected, f.actual, f.related])).toEqual([["SUM_MISMATCH", "E12", 210, 200, ["E13:E14"]]]);
  });

  it("reads concatenated codes (2060599) and a unit row heading its 类 rows", () => {
    const wb = workbook(
      sheet("功能", [
        ["一般公共预算支出表（按功能分类）"],
        ["单位：万元"],
        ["预算单位", "科目编码", "科目名称", "支出总计"],
        ["某单位", null, null, 200],
        [null, "206", "科学技术支出", 150],
        [null, "20605", "科技条件与服务", 150],
        [null, "2060599", "其他科技条件与服务支出", 150],
        [null, "208", "社会保障和就业支出", 40],
      ]),
    );
    expect(budgetFindings(wb).map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([["SUM_MISMATCH", "D4", 190, 200]]);
  });
});

describe("收支总表 balance", () => {
  it("reports 本年收入合计 against 本年支出合计 and 收入总计 against 支出总计", () => {
    const wb = workbook(
      sheet(
        "收支",
        [
          ["收支总表"],
          ["单位：万元"],
          ["收入", null, "支出", null],
          ["项目", "预算数", "项目", "预算数"],
          ["一、一般公共预算拨款", 100, "一、科学技术支出", 90],
          ["二、单位资金", 10, "二、住房保障支出", 10],
          ["本年收入合计", 110, "本年支出合计", 100],
          ["上年结余、结转", 0, "结转下年", 0],
          ["收入总计", 110, "支出总计", 100],
        ],
        ["A3:B3", "C3:D3"],
      ),
    );
    expect(budgetFindings(wb).map((f) => [f.code, f.cell, f.related, f.expected, f.actual])).toEqual([
      ["BALANCE_MISMATCH", "D7", ["B7"], 110, 100],
      ["BALANCE_MISMATCH", "D9", ["B9"], 110, 100],
    ]);
  });
});
