import { subtotals } from "../../../../src/engine/forms/self-evaluation/checks/subtotals";
import { selfEvaluationCheck, type Row } from "../../check-tester";
import { BASE, insert } from "./form";

/** The base form with a 小计 row closing each 一级 block: 产出 (row 12) and 效益 (row 15). */
const withSubtotals = (output: [number, number], outcome: [number, number]): Row[] => {
  const a = insert(11, [["产出指标小计", null, null, null, null, output[0], output[1], null]], BASE);
  return insert(14, [["效益指标小计", null, null, null, null, outcome[0], outcome[1], null]], a);
};
const MERGED = ["A8:A11", "A13:A14"];

selfEvaluationCheck(subtotals, {
  valid: [{ name: "each 小计 the sum of its block", rows: withSubtotals([50, 50], [40, 40]), merged: MERGED }],
  invalid: [
    { name: "a 小计 score that is not its block's sum", rows: withSubtotals([50, 48], [40, 40]), merged: MERGED, findings: ["SCORE_MISMATCH@G12"] },
    { name: "a 小计 weight that is not its block's sum", rows: withSubtotals([55, 50], [40, 40]), merged: MERGED, findings: ["WEIGHT_SUM_MISMATCH@F12"] },
  ],
});
