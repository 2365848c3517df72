import { seed003, seed003Rows } from "../../../scripts/examples/seed003";
import { recogniseGoalTables } from "../../../src/engine/forms/goal-table/recognise";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import { indicatorRow, validateGoals, where, workbookOf } from "./helpers";

const SHEET = "目标表1";

/** The targets of seed 003 the value parser rejects, read by hand: each is what the reason says. */
const REJECTED: [name: string, target: string, reason: string][] = [
  ["项目数量", "1本，20个项目", "compound"],
  ["项目数量", "形成项目储备20个左右，引入重量级团队1-2个。", "compound"],
  ["年度", "年内完成；部分课题需跨年完成", "vague"],
  [
    "进一步促进科学技术的繁荣和发展，促进科学技术的普及和推广，促进科技人才的成长和提高，反映科技工作者的意见建议，维护科技工作者的合法权益，营造良好科学文化氛围。",
    "市科协为科学技术工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务的“四服务”能力明显提升，成为名副其实的科技工作者之家。",
    "vague",
  ],
  ["促进相关研究领域能力提升以及发展进步", "研究成果获得好评", "vague"],
  ["进一步推动我市创新创业氛围；引入创新创业团队；", "我市创新创业政策在海外影响力和吸引力持续提升；形成项目储备20个左右，引入重量级团队1-2个。", "compound"],
];

describe("seed 003 (科学技术普及, 164 indicators, 二级 first)", () => {
  test("recognises all 164 indicators with their printed 二级 and 一级 section labels", async () => {
    const snap = await workbookOf([seed003]);
    const [form] = recogniseGoalTables(new SheetGrid(snap.sheets[0]));
    expect(form.indicators).toHaveLength(164);
    expect(form.indicators.every((i) => i.secondary.basis === "printed")).toBe(true);
    expect(form.indicators.map((i) => i.secondary.category)).toEqual(seed003Rows.map((r) => r[0]));
    expect(form.indicators.filter((i) => i.primary.text === "产出目标")).toHaveLength(124);
    expect(form.indicators.filter((i) => i.primary.text === "效果目标")).toHaveLength(40);
    expect(form.indicators[0].primary.cell).toBe("A16");
    expect(form.indicators[124].primary.cell).toBe(`A${indicatorRow(124)}`);
  });

  test("158 of 164 targets are measurable; the 6 rejected ones are found at their cells with their reasons", async () => {
    const { report } = await validateGoals([seed003]);
    const rejected = report.findings.filter((f) => f.code === "TARGET_NOT_MEASURABLE");
    expect(seed003Rows.length - rejected.length).toBe(158);
    const expected = REJECTED.map(([name, target, reason]) => {
      const i = seed003Rows.findIndex((r) => r[1] === name && r[2] === target);
      expect(i).toBeGreaterThanOrEqual(0);
      return { cell: `D${indicatorRow(i)}`, actual: target, reason };
    });
    expect(rejected.map((f) => ({ cell: f.cell, actual: f.actual, reason: /含多个目标/.test(f.message) ? "compound" : /模糊/.test(f.message) ? "vague" : "unparseable" }))).toEqual(expected);
  });

  test("no error: its funds agree, every target and source is present, and it has 数量/质量/时效/效益/满意度", async () => {
    const { report } = await validateGoals([seed003]);
    expect(report.summary.errors).toBe(0);
    expect(where(report.findings, ["MISSING_VALUE", "SUM_MISMATCH", "TEXT_ARITHMETIC_MISMATCH", "NOT_A_NUMBER"])).toEqual([]);
    expect(where(report.findings, ["MISSING_INDICATOR_CATEGORY"])).toEqual([`MISSING_INDICATOR_CATEGORY@${SHEET}!A16`]);
    expect(report.forms[0].notes).toEqual([]);
  });
});
