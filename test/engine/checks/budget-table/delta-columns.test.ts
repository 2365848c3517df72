import { checkDeltaColumns } from "../../../../src/engine/forms/budget-table/checks/delta-columns";
import { recogniseBudgetTables } from "../../../../src/engine/forms/budget-table/recognise";
import { SheetGrid } from "../../../../src/engine/sheet-grid";
import { WorkbookSnapshotSchema } from "../../../../src/engine/snapshot";
import { budgetFindings, sheet, workbook } from "../../budget-table/helpers";

/** The 增减 column of a 三公 table beside two years (昌宁县卡斯镇 2024: 2023年预算数 | 2024年预算数 | 增、减金额 | 增、减幅度). */
type Row = (string | number | null)[];
const rows = (change: number): Row[] => [
  ["项目", "2023年预算数", "2024年预算数", "比上年增、减情况", null],
  [null, null, null, "增、减金额", "增、减幅度"],
  ["合计", 18.15, 22.15, 4, 0.22],
  ["1.因公出国(境)费", null, null, null, null],
  ["2.公务接待费", 3, 7, change, 1.33],
  ["3.公务用车购置及运行费", 15.15, 15.15, null, null],
  ["其中:(2)公务用车运行费", 15.15, 15.15, 0, 0],
];
const merged = ["A1:A2", "B1:B2", "C1:C2", "D1:E1"];
const tableOf = (r: Row[]) => recogniseBudgetTables(new SheetGrid(WorkbookSnapshotSchema.parse(workbook(sheet("s", r, merged))).sheets[0]))[0];

describe("delta columns: later year = earlier year + change", () => {
  it("finds nothing when every change is the difference of the two years", () => {
    expect(checkDeltaColumns(tableOf(rows(4)))).toEqual([]);
  });

  it("reports a change that is not the difference, on the change's cell, with the difference expected", () => {
    const [f] = checkDeltaColumns(tableOf(rows(6)));
    expect([f.code, f.cell, f.expected, f.actual, f.related]).toEqual(["SUM_MISMATCH", "D5", 4, 6, ["C5", "B5"]]);
    expect(budgetFindings(workbook(sheet("s", rows(6), merged))).map((x) => [x.code, x.cell])).toEqual([
      ["SUM_MISMATCH", "D3"],
      ["SUM_MISMATCH", "D5"],
    ]);
  });

  it("needs exactly two years and one change column", () => {
    const noChange = rows(4).map((r) => r.slice(0, 3));
    expect(checkDeltaColumns(tableOf(noChange))).toEqual([]);
  });
});

describe("signed changes (江西 奉新县: 2022年预算数 | 2023年预算数 | 2023年预算数增减 | 增减原因)", () => {
  const s = (change: number) =>
    sheet("s", [
      ["项目", "2022年预算数", "2023年预算数", "2023年预算数增减", "增减原因"],
      ["合计", "2378.77", "2415.44", "36.67", null],
      ["2、公务接待费", "1114.54", "989.86", String(change), "减少公务接待。"],
      ["3、公务用车费", "1264.23", "1425.58", "161.35", null],
      ["其中:(1)公务用车运转维护费", "1007.23", "898.22", "-109.01", "取消部分单位公务用车。"],
      ["(2)公务用车购置费", "257.00", "527.36", "270.36", "新增车辆。"],
    ]);

  it("a change column whose header names a year is the change; a negative change is no part exceeding its whole", () => {
    expect(budgetFindings(workbook(s(-124.68)))).toEqual([]);
    expect(budgetFindings(workbook(s(-124.86))).map((f) => [f.code, f.cell, f.expected])).toContainEqual(["SUM_MISMATCH", "D3", -124.68]);
  });
});
