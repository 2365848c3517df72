import { procurementTotal } from "../../../../src/engine/forms/goal-table/checks/procurement-total";
import { goalTableCheck } from "../../check-tester";
import { withProcurement } from "./form";

const MERGED = ["A12:A15"];

goalTableCheck(procurementTotal, {
  valid: [{ name: "the 采购品目 amounts add up to 固定资产采购金额", rows: withProcurement("书架100个，共计100000元；图书20000册，共计200000元。"), merged: MERGED }],
  invalid: [
    {
      name: "the 采购品目 amounts (250,000) short of 固定资产采购金额 (300,000)",
      rows: withProcurement("书架100个，共计100000元；图书20000册，共计150000元。"),
      merged: MERGED,
      findings: ["TEXT_ARITHMETIC_MISMATCH@B9"],
      assert: ([d]) => expect([d.expected, d.actual, d.related]).toEqual([250000, 300000, ["B8"]]),
    },
  ],
});
