import { seed000 } from "../../scripts/examples/seed000";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { buildTemplate } from "../../src/engine/template";
import { validateWorkbook } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file/read";
import { writeTemplate } from "../../src/hosts/file/template-write";
import { fillGoalTable } from "./fill";

describe("goal-table template", () => {
  it("filled with seed 000's goal table, is read as a goal table with its targets joined and its total a formula", async () => {
    const template = await writeTemplate(buildTemplate("goal-table", BUILTIN_PROFILES.shenzhen, { rows: 50 }));
    const snapshot = await readWorkbook(await fillGoalTable(template, seed000), "goal.xlsx");
    const { report } = validateWorkbook(snapshot);
    expect(report.forms.map((f) => [f.kind, f.title])).toEqual([["goal-table", "科技交流与合作"]]);
    // As the published seed 000: no errors, the same two warnings (no 成本 indicator, one unpaired quantity).
    expect(report.summary).toEqual({ errors: 0, warnings: 2, info: 0 });
    expect(report.findings.map((f) => [f.cell, f.code])).toEqual([
      ["A12", "MISSING_INDICATOR_CATEGORY"],
      ["C24", "UNPAIRED_INDICATOR"],
    ]);
    const sheet = snapshot.sheets[0];
    const at = (a1: string) => {
      const m = /^([A-Z])(\d+)$/.exec(a1)!;
      return sheet.values[Number(m[2]) - 1 - sheet.origin.row][m[1].charCodeAt(0) - 65 - sheet.origin.col];
    };
    expect([at("G12"), at("G13"), at("G41")]).toEqual(["=3场", "≥180人", "2019年12月"]);
    expect(at("B5")).toBe(3353550);
  });

  it("checked blank, says the form has nothing filled in yet (not that its layout was not recognised)", async () => {
    const template = await writeTemplate(buildTemplate("goal-table", BUILTIN_PROFILES.shenzhen, { rows: 50 }));
    const { report } = validateWorkbook(await readWorkbook(template, "goal.xlsx"));
    expect(report.forms).toEqual([]);
    expect(report.findings.map((f) => [f.code, f.sheet, f.cell, f.message.includes("表头下还没有填写任何指标")])).toEqual([
      ["FORM_NOT_RECOGNISED", "项目绩效目标表", "A11", true],
    ]);
  });
});
