import shenzhenJson from "../../../src/engine/profile/builtin/shenzhen.json";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { formatProfileIssues, parseProfile, parseProfileText } from "../../../src/engine/profile/load";
import { gradeFor } from "../../../src/engine/profile/schema";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function issuesOf(input: unknown, lang: "zh" | "en" = "zh") {
  const r = parseProfile(input, lang);
  if (r.ok) throw new Error("expected the profile to be rejected");
  return r.issues;
}

describe("built-in profiles", () => {
  it("shenzhen carries the department rubric of seed 004: 20/20/60, each group's items adding up", () => {
    const r = BUILTIN_PROFILES.shenzhen.departmentRubric!;
    expect(r.groups).toEqual([
      { label: "部门决策", weight: 20 },
      { label: "部门管理", weight: 20 },
      { label: "部门绩效", weight: 60 },
    ]);
    for (const g of r.groups) expect([g.label, r.items.filter((i) => i.group === g.label).reduce((s, i) => s + i.weight, 0)]).toEqual([g.label, g.weight]);
    // Bounds written as "90%" in the JSON are fractions once loaded.
    expect(r.items.find((i) => i.label === "固定资产利用率")!.parts[0].tiers!.map((t) => t.bound)).toEqual([0.9, 0.75, 0.6]);
  });

  it("central practice: 10/50/30/10, grades 90/80/60, no department rubric", () => {
    const c = BUILTIN_PROFILES.central;
    expect(c.primaryWeights).toEqual({ execution: 10, output: 50, outcome: 30, satisfaction: 10 });
    expect(c.grades.map((g) => [g.min, g.grade])).toEqual([
      [90, "优"],
      [80, "良"],
      [60, "中"],
      [0, "差"],
    ]);
    expect(c.departmentRubric).toBeUndefined();
    expect(gradeFor(c, 85)).toBe("良");
  });

  it("a loaded profile can be written out and loaded again unchanged", () => {
    const p = BUILTIN_PROFILES.shenzhen;
    const again = parseProfileText(JSON.stringify(p));
    expect(again.ok && again.profile).toEqual(p);
  });
});

describe("loading a profile a person wrote", () => {
  it("names the path of every problem, in Chinese and in English", () => {
    const bad = clone(shenzhenJson) as Record<string, unknown>;
    bad.grades = "90/80/60";
    (bad.execution as Record<string, unknown>).denominator = "annual";
    expect(issuesOf(bad)).toEqual([
      { path: "grades", message: "无效输入：期望 数组，实际接收 string" },
      { path: "execution.denominator", message: '无效选项：期望以下之一 "adjusted"|"initial"' },
    ]);
    expect(issuesOf(bad, "en").map((i) => i.message)).toEqual(["Invalid input: expected array, received string", 'Invalid option: expected one of "adjusted"|"initial"']);
  });

  it("checks the department rubric's formulas, names and sums", () => {
    const bad = clone(shenzhenJson);
    const r = bad.departmentRubric;
    r.rates[0].formula = "政府采购实际数 / ";
    (r.items[12].parts![0] as Record<string, unknown>).rate = "编外人数 / 在编人数";
    r.items[4].group = "资金管理";
    r.items[14].parts![0].max = 4;
    (r.items[10].parts![0] as Record<string, unknown>).rate = undefined;
    (r.items[4].parts![1] as Record<string, unknown>).score = 1;
    r.dataItems.push({ id: "在编人数", names: [] });
    expect(formatProfileIssues(issuesOf(bad))).toEqual([
      "departmentRubric.rates[0].formula: 公式「政府采购实际数 / 」第 11 个字符处有误（公式不完整）",
      "departmentRubric.dataItems[18].id: 名称「在编人数」重复定义",
      "departmentRubric.items[4].group: 一级指标「资金管理」不在 groups 中",
      "departmentRubric.items[4].parts[1]: 评判部分（judged）不能同时给出 rate、tiers 或 score",
      "departmentRubric.items[10].parts[0].tiers: 分档（tiers）需要先给出比率 rate",
      "departmentRubric.items[12].parts[0].rate: 公式中的「编外人数」既不是已定义的数据项，也不是已定义的比率",
      "departmentRubric.items[14].parts: 各部分分值之和为 7，与该指标分值 6 不符",
    ]);
  });

  it("reports text that is not JSON", () => {
    const r = parseProfileText("{ id: shenzhen }", "en");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toMatch(/^not valid JSON: /);
  });

  it("accepts a profile without the optional parts", () => {
    const p = clone(shenzhenJson) as Record<string, unknown>;
    delete p.departmentRubric;
    delete p.tolerance;
    const r = parseProfile(p);
    expect(r.ok && r.profile.tolerance).toBe(0);
  });
});
