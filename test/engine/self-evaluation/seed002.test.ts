import { buildSeed002, SEED002_PROJECTS } from "../../../scripts/examples/seed002";
import { snapshotOf } from "../../../src/hosts/file";
import { validateWorkbook } from "../../../src/engine/validate";
import type { Report } from "../../../src/engine/report";

/**
 * Seed 002, the three published 2021 self-evaluations: the engine must reproduce every published score,
 * item by item, from the targets, actuals and amounts alone.
 */
let report: Report;
beforeAll(async () => {
  const snapshot = await snapshotOf(await buildSeed002(), "seed002.xlsx");
  report = validateWorkbook(snapshot).report;
});

test("recognises the three forms with their published totals and grades", () => {
  expect(report.forms.map((f) => [f.kind, f.sheet, f.title, f.score?.computed, f.score?.entered, f.score?.grade])).toEqual([
    ["self-evaluation", "自评表1", "科技创新与交流", 99.96, 99.96, "优"],
    ["self-evaluation", "自评表2", "科技智库与交流", 83.32, 83.32, "良"],
    ["self-evaluation", "自评表3", "信息化系统运行维护", 100, 100, "优"],
  ]);
});

test("execution scores: 6,793,831.00 / 6,819,631.00 = 99.62% → 9.96; 70.66% → 7.07; 100% → 10", () => {
  const exec = report.forms.map((f) => f.score!.items[0]);
  expect(exec.map((i) => [i.label, i.cell, i.weight, i.computed])).toEqual([
    ["年度资金总额", "H5", 10, 9.96],
    ["年度资金总额", "H5", 10, 7.07],
    ["年度资金总额", "H5", 10, 10],
  ]);
});

test("every published item score is reproduced by the rules", () => {
  report.forms.forEach((form, k) => {
    const published = SEED002_PROJECTS[k].indicators.filter((i) => i.weight !== "-");
    const items = form.score!.items.slice(1);
    expect(items.map((i) => i.label)).toEqual(published.map((p) => p.name));
    expect(items.map((i) => i.computed)).toEqual(published.map((p) => p.score));
  });
});

test("the item scores a reviewer checks by hand", () => {
  const items = report.forms[1].score!.items;
  const by = (label: string) => items.find((i) => i.label === label)!;
  expect(by("科技专家学术活动数量")).toMatchObject({ weight: 1, computed: 0.25, entered: 0.25 });
  // The activities that did not take place score zero, by the rules, not by the entered "-".
  for (const label of ["科技专家调研考察数量", "专家活动组织协调数量", "咨询大会数量", "专家活动组织协调合规性", "科技专家调研考察合规性", "专家活动组织协调及时性", "科技专家调研考察及时性", "保障专家活动正常进行"]) {
    expect([label, by(label).computed]).toEqual([label, 0]);
  }
});

test("不适用 rows are not indicators", () => {
  for (const f of report.forms) expect(f.score!.items.some((i) => i.label === "不适用")).toBe(false);
});

test("no errors on the published forms", () => {
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("the published forms' real gaps are warnings: two quantities without partners, two vague targets", () => {
  const warnings = report.findings.filter((f) => f.severity === "warning");
  expect(warnings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
    ["UNPAIRED_INDICATOR", "自评表2", "D17"], // 咨询大会数量: no 完成率, no 及时性
    ["TARGET_NOT_MEASURABLE", "自评表2", "E31"], // 加强科技学术交流
    ["TARGET_NOT_MEASURABLE", "自评表2", "E34"], // 提高决策民主化、科学化水平
    ["UNPAIRED_INDICATOR", "自评表3", "D12"], // 专家委网站和专家库维护数量: its timeliness row is called only 及时完成
  ]);
  expect(warnings[0].message).toContain("咨询大会完成率");
});
