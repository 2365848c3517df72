import { overachievement } from "../../../../src/engine/forms/self-evaluation/checks/overachievement";
import { selfEvaluationCheck, type Row } from "../../check-tester";

/** A self-evaluation whose first indicator has target `target` and actual `actual` (rows 3–5 are indicators). */
const form = (target: string, actual: string): Row[] => [
  ["项目名称", "社区书屋", null, null, null, null, null, null],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["产出指标", "数量指标", "新增书屋", target, actual, 50, 50, null],
  ["效益指标", "社会效益指标", "惠及居民", "≥5000人", "5200人", 30, 30, null],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92%", 20, 20, null],
  ["总分", null, null, null, null, 100, 100, null],
];

selfEvaluationCheck(overachievement, {
  valid: [
    { name: "an actual a little above its target", rows: form("≥50个", "60个") },
    { name: "an actual just under 130% of its target", rows: form("≥50个", "64个") },
    { name: "a negative indicator far above its target is a miss, not an overachievement", rows: form("≤50个", "90个") },
    { name: "a qualitative indicator", rows: form("明显改善", "显著改善") },
    { name: "the profile turns the check off", rows: form("≥50个", "90个"), profile: { overachievementRatio: null } },
  ],
  invalid: [
    {
      name: "an actual of 160% of its target, at the actual, naming the target",
      rows: form("≥50个", "80个"),
      findings: ["OVERACHIEVEMENT@E3"],
      assert: ([d]) => {
        expect(d.related).toEqual(["D3"]);
        expect([d.expected, d.actual, d.params?.ratio]).toEqual([50, 80, 160]);
      },
    },
    { name: "exactly 130% of the target", rows: form("≥50个", "65个"), findings: ["OVERACHIEVEMENT@E3"] },
    { name: "a stricter profile ratio (110%)", rows: form("≥50个", "60个"), profile: { overachievementRatio: 1.1 }, findings: ["OVERACHIEVEMENT@E3"] },
  ],
});
