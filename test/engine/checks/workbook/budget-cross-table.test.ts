import { budgetCrossTable } from "../../../../src/engine/forms/budget-table/checks/cross-table";
import { workbookCheck, type Row } from "../../check-tester";
import { BASIC, basic } from "../budget-table/tables";

/** 支出总表 naming the 基本支出 (C4) the 基本支出预算表 totals (100). */
const summary = (basicAmount: number): Row[] => [
  ["支出总表"],
  ["单位：万元", null, null, null],
  ["预算单位", "支出总计", "基本支出", "项目支出"],
  ["某单位", basicAmount + 50, basicAmount, 50],
];
const sheets = (basicAmount: number) => [
  { name: "支出总表", rows: summary(basicAmount) },
  { name: "基本支出", rows: basic(BASIC) },
];

workbookCheck(budgetCrossTable, {
  valid: [{ name: "支出总表's 基本支出 equal to the 基本支出预算表's total", sheets: sheets(100) }],
  invalid: [
    {
      name: "支出总表's 基本支出 110 against the 基本支出预算表's 100",
      sheets: sheets(110),
      findings: ["CROSS_TABLE_MISMATCH@C4"],
      assert: ([d]) => expect([d.sheet, d.expected, d.actual]).toEqual(["支出总表", 100, 110]),
    },
  ],
});
