import { breakdownTotals } from "../../../../src/engine/forms/self-evaluation/checks/breakdowns";
import { selfEvaluationCheck } from "../../check-tester";
import { BASE, insert } from "./form";

/** The base form with two 其中 rows under 新建书屋数量 (row 8): rows 9 and 10. */
const withParts = (city: string, village: string) =>
  insert(8, [
    [null, null, "其中城区书屋", "≥30个", city, null, null, null],
    [null, null, "其中农村书屋", "≥20个", village, null, null, null],
  ], BASE);
const MERGED = ["A8:A13", "A14:A15"];

selfEvaluationCheck(breakdownTotals, {
  valid: [
    { name: "parts 32 + 20 make the indicator's 52", rows: withParts("32个", "20个"), merged: MERGED },
  ],
  invalid: [
    {
      name: "parts 40 + 20 exceed the indicator's 52: an error",
      rows: withParts("40个", "20个"),
      merged: MERGED,
      findings: ["SUM_MISMATCH@E8"],
      assert: ([d]) => expect([d.severity ?? "error", d.expected, d.actual]).toEqual(["error", 60, 52]),
    },
    {
      name: "parts 30 + 20 short of the indicator's 52: a warning (a 其中 list need not name every part)",
      rows: withParts("30个", "20个"),
      merged: MERGED,
      findings: ["SUM_MISMATCH@E8"],
      assert: ([d]) => expect(d.severity).toBe("warning"),
    },
  ],
});
