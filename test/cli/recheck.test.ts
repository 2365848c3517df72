import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bytesOf, reload } from "../hosts/file/workbooks";
import { useFixtureForm } from "./fixture-form";
import { cli } from "./run";

useFixtureForm();

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-recheck-"));

function fixtureForm(ws: ExcelJS.Worksheet, total: number): void {
  ws.getColumn(1).values = ["FIXTURE-FORM", "a", "b", "合计", "得分"];
  ws.getColumn(2).values = ["标题", 40, 45.5, total];
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const p = path.join(dir, name);
  writeFileSync(p, await bytesOf(wb));
  return p;
}

async function open(p: string): Promise<ExcelJS.Workbook> {
  return reload(new Uint8Array(readFileSync(p)));
}

describe("a user's own sheet named 校验结果", () => {
  it.each(["校验结果", "Validation results"])("%s: kept in the checked copy, its forms checked, ours named 校验结果(n)", async (name) => {
    const wb = new ExcelJS.Workbook();
    fixtureForm(wb.addWorksheet("自评表"), 85.5);
    const own = wb.addWorksheet(name);
    fixtureForm(own, 90); // wrong total on the user's sheet
    own.getCell("D1").value = "我的复核记录";
    const p = await save(wb, `own-${name}.xlsx`);
    const out = path.join(dir, `own-${name}`);

    const run = await cli(["validate", p, "--out", out, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { forms: { sheet: string }[]; findings: { sheet: string; cell: string; code: string }[] };
    expect(report.forms.map((f) => f.sheet)).toEqual(["自评表", name]);
    expect(report.findings.map((f) => [f.sheet, f.cell, f.code])).toEqual([[name, "B4", "SUM_MISMATCH"]]);

    const copy = await open(path.join(out, `own-${name}.checked.xlsx`));
    const ours = name === "校验结果" ? "校验结果(2)" : "校验结果";
    expect(copy.worksheets.map((w) => w.name)).toEqual(["自评表", name, ours]);
    expect(copy.getWorksheet(name)!.getCell("D1").value).toBe("我的复核记录");
    expect(copy.getWorksheet(ours)!.getCell("A1").value).toBe("budget-check 校验结果");

    // Checked again: the user's sheet still stays, ours is replaced (not a third sheet).
    await cli(["validate", path.join(out, `own-${name}.checked.xlsx`), "--out", out]);
    const again = await open(path.join(out, `own-${name}.checked.checked.xlsx`));
    expect(again.worksheets.map((w) => w.name)).toEqual(["自评表", name, ours]);
    expect(again.getWorksheet(name)!.getCell("D1").value).toBe("我的复核记录");
  });
});
