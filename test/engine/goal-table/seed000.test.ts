import { seed000, seed000Indicators } from "../../../scripts/examples/seed000";
import { recogniseGoalTables } from "../../../src/engine/forms/goal-table/recognise";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { indicatorRow, validateGoals, where, workbookOf } from "./helpers";

const SHEET = "目标表1";

describe("seed 000 (科技交流与合作, no 二级 column for its output rows)", () => {
  test("recognises the project block, the funds texts and all 42 indicators at their cells", async () => {
    const snap = await workbookOf([seed000]);
    const [form] = recogniseGoalTables(new SheetGrid(snap.sheets[0]));
    expect(form.variant).toBe("project");
    expect(form.range).toBe("A1:E57");
    expect(form.title).toBe("科技交流与合作");
    expect(form.funds.total?.value.cell).toBe("B8");
    expect(form.funds.currentYear?.value.cell).toBe("E8");
    expect(form.funds.fiscal?.value.cell).toBe("B9");
    expect(form.funds.other?.value.cell).toBe("E9");
    expect(form.funds.assetAmount?.value.cell).toBe("C10");
    expect(form.procurement?.value.cell).toBe("E10");
    // 资金用途 prints check boxes; the funds breakdown is the 项目用途 text.
    expect(form.fundsUse?.label).toBe("项目用途");
    expect(form.fundsUse?.value.cell).toBe("B12");
    expect(form.indicators).toHaveLength(42);
    expect(form.header).toMatchObject({ nameCell: "C15", targetCell: "D15", sourceCell: "E15", secondaryColumn: true });
    const first = form.indicators[0];
    expect(first.name.cell).toBe("C16");
    expect(first.target).toMatchObject({ cell: "D16", text: "=3场" });
    expect(first.primary).toMatchObject({ text: "产出目标", cell: "A16", category: "产出" });
    expect(first.secondary).toMatchObject({ category: "数量", basis: "name", cell: null });
  });

  test("infers every output row's 二级 (16 数量, 13 质量, 11 时效) and keeps the two printed ones", async () => {
    const snap = await workbookOf([seed000]);
    const [form] = recogniseGoalTables(new SheetGrid(snap.sheets[0]));
    const count = (basis: string, category: string) => form.indicators.filter((i) => i.secondary.basis === basis && i.secondary.category === category).length;
    expect([count("name", "数量") + count("target", "数量"), count("name", "质量"), count("name", "时效")]).toEqual([16, 13, 11]);
    expect(form.indicators.filter((i) => i.secondary.basis === "target").map((i) => i.name.text)).toEqual([
      "举办中国‚深圳‛科技创新活动周交流分会",
      "接待科技人才展观众",
    ]);
    expect(form.indicators.filter((i) => i.secondary.basis === "printed").map((i) => [i.name.text, i.secondary.category, i.secondary.cell])).toEqual([
      ["采购设备投入率", "经济效益", "B56"],
      ["参加活动人员满意度", "满意度", "B57"],
    ]);
  });

  test("no error; two warnings: no 成本 indicator (recommended), and 组织科技人才展参展企业数量 has no 及时性", async () => {
    const { report } = await validateGoals([seed000]);
    expect(report.forms).toHaveLength(1);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, info: 0 });
    expect(where(report.findings)).toEqual([`MISSING_INDICATOR_CATEGORY@${SHEET}!A16`, `UNPAIRED_INDICATOR@${SHEET}!C28`]);
    expect(seed000Indicators[28 - indicatorRow(0)].name).toBe("组织科技人才展参展企业数量");
    const [cost, unpaired] = report.findings;
    expect(cost.message).toBe("「产出目标」下没有「成本」类指标（建议设置）");
    expect(unpaired.message).toBe("数量指标「组织科技人才展参展企业数量」缺少对应的时效指标（如「组织科技人才展参展企业及时性」）");
  });

  test("the report says the 二级 was inferred, in Chinese and in English", async () => {
    const zh = (await validateGoals([seed000])).report.forms[0].notes;
    expect(zh).toEqual([
      "表中未列二级指标的 40 个指标，已按指标名称推断二级指标：数量 16 个、质量 13 个、时效 11 个；其中 2 个指标的名称不足以判断，按指标值的单位推断：举办中国‚深圳‛科技创新活动周交流分会、接待科技人才展观众",
    ]);
    const en = (await validateGoals([seed000], [], { lang: "en" })).report.forms[0].notes;
    expect(en).toHaveLength(1);
    expect(en[0]).toContain("40 indicators have no 二级 category printed; it was inferred from their names: quantity (数量) 16, quality (质量) 13, timeliness (时效) 11");
  });

  test("under a profile that requires 成本 its absence is an error", async () => {
    const { report } = await validateGoals([seed000], [], { profile: BUILTIN_PROFILES.central });
    const f = report.findings.find((x) => x.code === "MISSING_INDICATOR_CATEGORY");
    expect(f).toMatchObject({ severity: "error", cell: "A16", message: "「产出目标」下缺少「成本」类指标" });
  });
});
