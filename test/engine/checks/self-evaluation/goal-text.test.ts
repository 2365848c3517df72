import { goalText } from "../../../../src/engine/forms/self-evaluation/checks/goal-text";
import { selfEvaluationCheck } from "../../check-tester";
import { BASE, insert } from "./form";

/** The base form with the overall goal's two texts (预期目标 | 实际完成情况) above the indicators: the texts in A8 and E8. */
const withGoals = (planned: string, achieved: string) =>
  insert(6, [
    ["预期目标", null, null, null, "实际完成情况", null, null, null],
    [planned, null, null, null, achieved, null, null, null],
  ], BASE);
const MERGED = ["A10:A13", "A14:A15"];

selfEvaluationCheck(goalText, {
  valid: [
    { name: "a breakdown after 其中 that adds up", rows: withGoals("申请资金200万元，其中书屋建设150万元、图书采购50万元。", "已建成书屋52个。"), merged: MERGED },
    { name: "texts without amounts", rows: withGoals("新建社区书屋50个。", "已建成书屋52个。"), merged: MERGED },
  ],
  invalid: [
    {
      name: "the parts after 其中 add up to more than the whole",
      rows: withGoals("申请资金200万元，其中书屋建设160万元、图书采购50万元。", "已建成书屋52个。"),
      merged: MERGED,
      findings: ["TEXT_ARITHMETIC_MISMATCH@A8"],
    },
  ],
});
