import ExcelJS from "exceljs";
import { SEED002_PROJECTS } from "../../scripts/examples/seed002";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { embeddedProfile } from "../../src/engine/profile/embedded";
import { buildTemplate, readTemplateMeta, TEMPLATE_VERSIONS } from "../../src/engine/template";
import { validateWorkbook } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file/read";
import { writeTemplate } from "../../src/hosts/file/template-write";
import { fillSelfEvaluation } from "./fill";

describe("self-evaluation template", () => {
  let template: Uint8Array;
  beforeAll(async () => {
    template = await writeTemplate(buildTemplate("self-evaluation", BUILTIN_PROFILES.central));
  });

  it("filled with seed 002's figures, checks to the published 99.96 / 83.32 / 100.00 with no errors", async () => {
    // Seed 002 is Shenzhen's: its template is made with the Shenzhen profile, which it then carries.
    const shenzhen = await writeTemplate(buildTemplate("self-evaluation", BUILTIN_PROFILES.shenzhen));
    const results = [];
    for (const project of SEED002_PROJECTS) {
      const snapshot = await readWorkbook(await fillSelfEvaluation(shenzhen, project), `${project.project}.xlsx`);
      const { report, profile } = validateWorkbook(snapshot);
      expect(profile.id).toBe("shenzhen");
      expect(report.forms).toHaveLength(1);
      const s = report.forms[0].score!;
      results.push([s.computed, s.entered, s.grade, s.enteredGrade, report.summary.errors]);
      expect(report.findings.filter((f) => f.code === "SCORE_MISMATCH" || f.code === "EXEC_RATE_MISMATCH" || f.code === "GRADE_MISMATCH")).toEqual([]);
    }
    expect(results).toEqual([
      [99.96, 99.96, "优", "优", 0],
      [83.32, 83.32, "良", "良", 0],
      [100, 100, "优", "优", 0],
    ]);
  });

  it("checked blank, says the form has nothing filled in yet (not that its layout was not recognised)", async () => {
    const { report } = validateWorkbook(await readWorkbook(template, "t.xlsx"));
    expect(report.forms).toEqual([]);
    expect(report.findings.map((f) => [f.code, f.sheet, f.cell, f.message.includes("表头下还没有填写任何指标")])).toEqual([
      ["FORM_NOT_RECOGNISED", "项目支出绩效自评表", "B11", true],
    ]);
  });

  it("carries its profile, its id and version, lists, protection and formulas", async () => {
    const snapshot = await readWorkbook(template, "t.xlsx");
    expect(embeddedProfile(snapshot)?.id).toBe("central");
    const meta = readTemplateMeta(snapshot)!;
    expect(meta).toMatchObject({ templateId: "budget-check/self-evaluation/central", version: TEMPLATE_VERSIONS["self-evaluation"], kind: "self-evaluation" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["项目支出绩效自评表", "visible"],
      ["填表说明", "visible"],
      ["_budget_check_profile", "veryHidden"],
      ["_budget_check_template", "veryHidden"],
      ["_budget_check_lists", "veryHidden"],
    ]);
    const ws = wb.worksheets[0];
    const p = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p.sheet).toBe(true);
    expect(p.hashValue).toBeUndefined();
    expect(ws.getCell("B13").protection?.locked).toBe(false);
    expect(ws.getCell("B12").protection?.locked).not.toBe(false);
    expect(ws.getCell("B13").dataValidation).toMatchObject({ type: "list", formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(ws.getCell("E52").dataValidation).toMatchObject({ type: "list", formulae: ['"≥,≤,=,定性"'] });
    // The 二级 list follows the row's 一级 (test/template/dependent-lists.test.ts).
    expect(ws.getCell("C13").dataValidation.formulae).toEqual(["INDIRECT($B13)"]);
    expect(ws.getCell("H5").formula).toBe('IF(N(F5)=0,"—",G5/F5)');
    expect(ws.getCell("I53").formula).toBe("I5+SUM(I13:I52)");
    expect(ws.getCell("I5").value).toBe(10);
    expect(ws.getCell("I54").formula).toContain('IF(J53>=90,"优"');
    const notes = wb.getWorksheet("填表说明")!;
    const text = notes.getColumn(2).values.join("\n");
    expect(text).toContain("产出 50 分，效益 30 分，满意度 10 分");
    expect(text).toContain("成本指标必须填写");
  });
});
