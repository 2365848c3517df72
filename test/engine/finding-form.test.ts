import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateWorkbook } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file";
import { countsByForm } from "../../src/taskpane/group-findings";

const example = async (file: string) => readWorkbook(new Uint8Array(await readFile(path.join(__dirname, "../../examples", file))), file);

describe("findings name their form", () => {
  it("a department evaluation's rate findings on its 基础数据 sheet belong to it, and its card counts them", async () => {
    const { report } = validateWorkbook(await example("seed004-department-evaluation.xlsx"));
    expect(report.forms.map((f) => [f.kind, f.sheet])).toEqual([["department-evaluation", "部门整体支出绩效评分表"]]);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.sheet, f.cell, f.form])).toEqual([
      ["CROSS_TABLE_MISMATCH", "基础数据", "A21", 0],
      ["CROSS_TABLE_MISMATCH", "基础数据", "A22", 0],
    ]);
    // Outside the form's range, yet its own: the card says 2 errors, not 0.
    expect(countsByForm(report.forms, report.findings)[0]).toEqual({ errors: 2, warnings: 0 });
  });

  it("each of several forms on a workbook gets its own findings", async () => {
    const { report } = validateWorkbook(await example("seed002-self-evaluation.xlsx"));
    expect(report.forms).toHaveLength(3);
    for (const f of report.findings) {
      expect(f.form).toBeDefined();
      expect(report.forms[f.form!].sheet).toBe(f.sheet);
    }
    expect(countsByForm(report.forms, report.findings)).toEqual([
      { errors: 0, warnings: 0 },
      { errors: 0, warnings: 3 },
      { errors: 0, warnings: 1 },
    ]);
  });
});
