import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeXlsx, numberCell, textCell, type RawSheet } from "../hosts/file/zip";
import { loadWorkbook } from "../../src/hosts/file/workbook-io";
import { useFixtureForm } from "./fixture-form";
import { cli } from "./run";

/**
 * Workbooks Excel opens but ExcelJS refused or hung on (issue 15): what can be read is read and checked, the rest is
 * said in the report as a finding (JSON, human output, the checked copy's results sheet), never a whole-file reject.
 */
useFixtureForm();

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-hostile-read-"));
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

/** The fixture form in A1:B5 with a wrong total (40 + 45.5 ≠ 90): SUM_MISMATCH at B4 proves the form was checked. */
function formRows(extra: Record<number, string> = {}): string {
  const rows: [number, string][] = [
    [1, textCell("A1", "FIXTURE-FORM") + textCell("B1", "标题")],
    [2, textCell("A2", "a") + numberCell("B2", 40)],
    [3, textCell("A3", "b") + numberCell("B3", 45.5)],
    [4, textCell("A4", "合计") + numberCell("B4", 90)],
    [5, textCell("A5", "得分")],
  ];
  return rows.map(([r, cells]) => row(r, cells + (extra[r] ?? ""))).join("");
}

function file(name: string, sheets: RawSheet[]): string {
  const p = path.join(dir, name);
  writeFileSync(p, makeXlsx(sheets));
  return p;
}

interface JsonReport {
  forms: { sheet: string }[];
  findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
  summary: { errors: number; warnings: number; info: number };
}

async function json(p: string, lang = "zh"): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await cli(["validate", p, "--json", "--lang", lang]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

const brief = (r: JsonReport) => r.findings.map((f) => [f.code, f.severity, f.sheet, f.cell]);

describe("merged areas ExcelJS could not load", () => {
  it("a merge from D1 to XFD1048576 beside the form: read at once, the form checked, the merge said (not a hang)", async () => {
    const p = file("merge-all.xlsx", [{ name: "自评", body: `<sheetData>${formRows()}</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>` }]);
    const started = Date.now();
    const { code, report } = await json(p);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(brief(report)).toEqual([
      ["MERGE_NOT_READ", "info", "自评", "D1:XFD1048576"],
      ["SUM_MISMATCH", "error", "自评", "B4"],
    ]);
    expect(report.findings[0].message).toBe("合并区域 D1:XFD1048576 过大，未按合并区域读取（各单元格照常读取）");
  });

  it("a merge over far more cells than exist is read as the part holding cells", async () => {
    const p = file("merge-clip.xlsx", [
      { name: "自评", body: `<sheetData>${formRows({ 5: textCell("D5", "备注") + textCell("F5", "x") })}</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>` },
    ]);
    const { report } = await json(p, "en");
    expect(brief(report)).toEqual([
      ["MERGE_NOT_READ", "info", "自评", "D1:XFD1048576"],
      ["SUM_MISMATCH", "error", "自评", "B4"],
    ]);
    expect(report.findings[0].message).toBe("The merged area D1:XFD1048576 is far larger than the cells it holds; it was read as the merged area D1:F5");
  });

  it("overlapping merges: the first is kept, the second said, the whole workbook read", async () => {
    const p = file("overlap.xlsx", [{ name: "自评", body: `<sheetData>${formRows()}</sheetData><mergeCells count="2"><mergeCell ref="D1:F3"/><mergeCell ref="E2:G4"/></mergeCells>` }]);
    const { code, report } = await json(p);
    expect(code).toBe(1);
    expect(brief(report)).toEqual([
      ["MERGE_NOT_READ", "info", "自评", "E2:G4"],
      ["SUM_MISMATCH", "error", "自评", "B4"],
    ]);
    expect(report.findings[0].message).toBe("合并区域 E2:G4 与合并区域 D1:F3 重叠，未按合并区域读取（各单元格照常读取）");
  });
});

describe("cells past Excel's grid and sheet names ExcelJS refuses", () => {
  it("XFE1 and row 1048577 are left out and said; a sheet named 自评[2024] is read and keeps its name in the copy", async () => {
    const body = `<sheetData>${formRows({ 1: numberCell("XFE1", 7) })}${row(1048577, numberCell("A1048577", 1) + numberCell("B1048577", 2))}</sheetData>`;
    const p = file("past-grid.xlsx", [{ name: "自评[2024]", body }]);
    const before = readFileSync(p);
    const out = path.join(dir, "past-grid-out");
    const run = await cli(["validate", p, "--json", "--out", out]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(brief(report)).toEqual([
      ["SUM_MISMATCH", "error", "自评[2024]", "B4"],
      ["CELLS_NOT_READ", "warning", "自评[2024]", "A1048577"],
    ]);
    expect(report.findings[1].message).toBe("超出 Excel 表格范围（XFD 列、第 1048576 行以外）的 3 个单元格（如 A1048577）未读取，也未校验");
    expect(report.summary).toEqual({ errors: 1, warnings: 1, info: 0 });
    expect(readFileSync(p).equals(before)).toBe(true);

    // The copy: the sheet under its own name, the wrong total marked, the cells not read listed in the results sheet.
    // Read back through the file host: ExcelJS alone refuses the name, as it refused the input.
    const copy = await loadWorkbook(new Uint8Array(readFileSync(path.join(out, "past-grid.checked.xlsx"))), "copy.xlsx");
    expect(copy.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["自评[2024]", "校验结果"]);
    expect(copy.getWorksheet("自评[2024]")!.getCell("B4").note).toBeTruthy();
    const listed: string[] = [];
    copy.getWorksheet("校验结果")!.eachRow((r) => listed.push(String(r.getCell(3).value)));
    expect(listed).toContain("CELLS_NOT_READ");
  });

  it("names with other characters ExcelJS refuses ('quoted', History, 32+ characters) are read as they are", async () => {
    const names = ["'引号'", "History", "项目支出绩效自评表（二〇二四年度第一批次中央财政补助资金）"];
    const p = file("names.xlsx", names.map((name) => ({ name, body: `<sheetData>${formRows()}</sheetData>` })));
    const { code, report, stderr } = await json(p);
    expect(code).toBe(1);
    expect(report.forms.map((f) => f.sheet)).toEqual(names);
    expect(stderr).toBe("");
  });
});

describe("formulas over the evaluation budget", () => {
  it("an uncached =SUM(A1:XFD1048576) in a form is left uncomputed and said in the report", async () => {
    const p = file("sum-all.xlsx", [{ name: "自评", body: `<sheetData>${formRows({ 2: '<c r="D2"><f>SUM(A1:XFD1048576)</f></c>' })}</sheetData>` }]);
    const { code, report } = await json(p);
    expect(code).toBe(1);
    expect(brief(report)).toEqual([
      ["FORMULA_NOT_COMPUTED", "warning", "自评", "D2"],
      ["SUM_MISMATCH", "error", "自评", "B4"],
    ]);
    expect(report.findings[0].message).toBe(
      "公式 =SUM(A1:XFD1048576) 引用 17,179,869,184 个单元格，超过计算上限 200,000 个，文件中也没有保存其结果，未计算；依赖此单元格的校验可能不完整",
    );
  });
});

describe("forms on very hidden sheets", () => {
  it("are not checked, and the report says so (beside a visible form that is checked)", async () => {
    const p = file("very-hidden.xlsx", [
      { name: "自评", body: `<sheetData>${formRows()}</sheetData>` },
      { name: "隐藏的自评", state: "veryHidden", body: `<sheetData>${formRows()}</sheetData>` },
    ]);
    const { code, report } = await json(p);
    expect(code).toBe(1);
    expect(report.forms.map((f) => f.sheet)).toEqual(["自评"]);
    expect(brief(report)).toEqual([
      ["SUM_MISMATCH", "error", "自评", "B4"],
      ["SHEET_NOT_READ", "warning", "隐藏的自评", "A1"],
    ]);
    expect(report.findings[1].message).toContain("工作表「隐藏的自评」被设为深度隐藏");
    expect(report.findings[1].message).toContain("其中的项目支出绩效自评表未校验");
  });

  it("a workbook whose only form is very hidden: exit 2, and the reason says where the form is", async () => {
    const p = file("only-hidden.xlsx", [
      { name: "封面", body: `<sheetData>${row(1, textCell("A1", "封面"))}</sheetData>` },
      { name: "隐藏的自评", state: "veryHidden", body: `<sheetData>${formRows()}</sheetData>` },
    ]);
    const run = await cli(["validate", p]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^only-hidden\.xlsx：工作表「隐藏的自评」A1：工作表「隐藏的自评」被设为深度隐藏/);
    expect(lines[1]).toBe("only-hidden.xlsx 中没有识别到 budget-check 支持的表（如项目支出绩效自评表）");
  });
});
