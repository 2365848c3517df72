import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ReportSchema } from "../../src/engine/report";
import { bytesOf, reload, sha256 } from "../hosts/file/workbooks";
import { useFixtureForm } from "./fixture-form";
import { cli } from "./run";

useFixtureForm();

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-cli-"));

/** A workbook with one fixture form: a = 40, b = 45.5, entered total `total` at B4 (sheet "自评 表"). */
async function workbook(name: string, total: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评 表");
  ws.getColumn(1).values = ["FIXTURE-FORM", "a", "b", "合计", "得分"];
  ws.getColumn(2).values = ["科技创新与交流", 40, 45.5, total];
  ws.getCell("B4").numFmt = "0.00";
  wb.addWorksheet("说明").getCell("A1").value = "no form here";
  const p = path.join(dir, name);
  writeFileSync(p, await bytesOf(wb));
  return p;
}

describe("validate: human summary", () => {
  it("prints the form, its scores with two decimals, the counts and the findings; exit 1 on errors", async () => {
    const p = await workbook("wrong.xlsx", 86);
    const run = await cli(["validate", p]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("wrong.xlsx  (评分规则：深圳市财政绩效评价（默认）)");
    expect(lines).toContain("识别到 1 张表：");
    expect(lines).toContain("  自评 表!A1:B5  项目支出绩效自评表「科技创新与交流」  计算得分 85.50  填写得分 86.00  等级 差");
    expect(lines).toContain("错误 1 项，警告 0 项，提示 0 项");
    expect(lines).toContain("  自评 表");
    const finding = lines.find((l) => l.includes("SUM_MISMATCH"))!;
    expect(finding).toMatch(/^ {4}B4 +错误 SUM_MISMATCH {2}「合计」应为各分项之和 85\.5.*表中为 86 {2}\[应为 85\.50\]$/);
  });

  it("exits 0 when nothing is wrong and says so", async () => {
    const p = await workbook("right.xlsx", 85.5);
    const run = await cli(["validate", p]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("错误 0 项，警告 0 项，提示 0 项");
    expect(run.stdout).toContain("  未发现问题");
  });

  it("speaks English with --lang en", async () => {
    const p = await workbook("wrong-en.xlsx", 86);
    const run = await cli(["validate", p, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("project self-evaluation「科技创新与交流」  computed 85.50  entered 86.00  grade 差");
    expect(run.stdout).toContain("1 error, 0 warnings, 0 notes");
    expect(run.stdout).toMatch(/B4 +error +SUM_MISMATCH {2}“合计” should be the sum of its parts/);
  });
});

describe("validate --json", () => {
  it("prints one report that follows the contract", async () => {
    const p = await workbook("json.xlsx", 86);
    const run = await cli(["validate", p, "--json"]);
    expect(run.code).toBe(1);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    expect(report.file).toBe("json.xlsx");
    expect(report.profile).toBe("shenzhen");
    expect(report.forms).toHaveLength(1);
    expect(report.forms[0]).toMatchObject({ kind: "self-evaluation", sheet: "自评 表", range: "A1:B5", title: "科技创新与交流" });
    expect(report.forms[0].score).toMatchObject({ computed: 85.5, entered: 86 });
    expect(report.findings).toEqual([
      expect.objectContaining({ code: "SUM_MISMATCH", severity: "error", sheet: "自评 表", cell: "B4", related: ["B2:B3"], expected: 85.5, actual: 86 }),
    ]);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, info: 0 });
  });

  it("wraps several reports in {files: [...]} and exits with the worst status", async () => {
    const a = await workbook("a.xlsx", 85.5);
    const b = await workbook("b.xlsx", 86);
    const run = await cli(["validate", a, b, "--json", "--profile", "central"]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { files: unknown[] };
    expect(doc.files.map((r) => ReportSchema.parse(r)).map((r) => [r.file, r.profile, r.summary.errors])).toEqual([
      ["a.xlsx", "central", 0],
      ["b.xlsx", "central", 1],
    ]);
  });

  it("still reports the readable files when one of several cannot be read, and exits 2", async () => {
    const a = await workbook("ok.xlsx", 85.5);
    const run = await cli(["validate", a, path.join(dir, "missing.xlsx"), "--json"]);
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual(["ok.xlsx", "missing.xlsx"]);
    expect(run.stderr.trim()).toBe(`找不到文件：${path.join(dir, "missing.xlsx")}`);
  });

  it("accepts a profile file", async () => {
    const central = JSON.parse(readFileSync(path.join(__dirname, "../../src/engine/profile/builtin/central.json"), "utf8")) as { id: string };
    const profileFile = path.join(dir, "dept.json");
    writeFileSync(profileFile, JSON.stringify({ ...central, id: "my-dept" }));
    const run = await cli(["validate", await workbook("prof.xlsx", 85.5), "--json", "--profile", profileFile]);
    expect(run.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(run.stdout)).profile).toBe("my-dept");
  });
});

describe("validate --out", () => {
  it("writes <dir>/<name>.checked.xlsx and leaves the input's bytes unchanged", async () => {
    const p = await workbook("科技创新.xlsx", 86);
    const before = sha256(readFileSync(p));
    const out = path.join(dir, "checked");
    const run = await cli(["validate", p, "--out", out]);
    expect(run.code).toBe(1);
    const target = path.join(out, "科技创新.checked.xlsx");
    expect(run.stdout).toContain(`校验副本已写入：${target}`);
    expect(sha256(readFileSync(p))).toBe(before);

    const wb = await reload(readFileSync(target));
    const ws = wb.getWorksheet("自评 表")!;
    // Input values kept; the computed total written into the empty 得分 cell.
    expect([ws.getCell("B2").value, ws.getCell("B3").value, ws.getCell("B4").value, ws.getCell("B5").value]).toEqual([40, 45.5, 86, 85.5]);
    expect((ws.getCell("B4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect((ws.getCell("B5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE2EFDA");
    expect(ws.getCell("B2").fill).toBeUndefined();
    const note = ws.getCell("B4").note as unknown;
    const noteText = typeof note === "string" ? note : ((note as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
    expect(noteText).toContain("SUM_MISMATCH");
    expect(noteText).toContain("应为: 85.5");

    const results = wb.getWorksheet("校验结果")!;
    const rows: string[] = [];
    results.eachRow((row) => rows.push(JSON.stringify(row.values)));
    const findingRow = results.getRows(1, results.rowCount)!.find((r) => r.getCell(3).value === "SUM_MISMATCH")!;
    expect(findingRow.getCell(4).value).toBe("自评 表");
    expect((findingRow.getCell(5).value as ExcelJS.CellFormulaValue).formula).toBe(`HYPERLINK("#'自评 表'!B4","B4")`);
  });

  it("writes nothing without --out", async () => {
    const p = await workbook("plain.xlsx", 86);
    await cli(["validate", p]);
    expect(existsSync(path.join(dir, "plain.checked.xlsx"))).toBe(false);
  });

  it("re-checking a checked copy keeps one results sheet", async () => {
    const p = await workbook("again.xlsx", 86);
    const out = path.join(dir, "again");
    await cli(["validate", p, "--out", out]);
    const run = await cli(["validate", path.join(out, "again.checked.xlsx"), "--out", out]);
    expect(run.code).toBe(1);
    const wb = await reload(readFileSync(path.join(out, "again.checked.checked.xlsx")));
    expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["自评 表", "说明", "校验结果"]);
  });
});
