import type { CellValue } from "../../../src/engine/snapshot";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";

/**
 * The smallest grids that showed each typing-variant bug (typing-variants.property.test.ts), one test per fix:
 * the variant reads as the plain form does.
 */
function check(rows: CellValue[][], merged: string[] = []) {
  const width = Math.max(...rows.map((r) => r.length));
  const snap = WorkbookSnapshotSchema.parse({
    name: "t.xlsx",
    sheets: [{ name: "S", origin: { row: 0, col: 0 }, values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), merged }],
  });
  const { report } = validateWorkbook(snap);
  return {
    forms: report.forms.map((f) => [f.kind, f.range, f.score?.computed ?? null]),
    errors: report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`),
  };
}

describe("budget table: a total row whose label ends in a colon (本年收入合计：) is a total row", () => {
  const table = (label: string, total: number): CellValue[][] => [
    ["一般公共预算“三公”经费支出表"],
    [null, "单位：万元"],
    ["项目", "预算数"],
    ["因公出国（境）费", 10],
    ["公务接待费", 5],
    [label, total],
  ];
  test.each(["合计：", "合计:", "本年支出合计："])("%j adds up its rows", (label) => {
    expect(check(table(label, 15))).toEqual(check(table("合计", 15)));
    expect(check(table(label, 15)).errors).toEqual([]);
    expect(check(table(label, 25)).errors).toEqual(["SUM_MISMATCH B6"]);
  });
});
