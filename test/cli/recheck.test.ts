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
    expect(copy.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["自评表", name, ours]);
    expect(copy.getWorksheet(name)!.getCell("D1").value).toBe("我的复核记录");
    expect(copy.getWorksheet(ours)!.getCell("A1").value).toBe("budget-check 校验结果");

    // Checked again: the user's sheet still stays, ours is replaced (not a third sheet).
    await cli(["validate", path.join(out, `own-${name}.checked.xlsx`), "--out", out]);
    const again = await open(path.join(out, `own-${name}.checked.checked.xlsx`));
    expect(again.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["自评表", name, ours]);
    expect(again.getWorksheet(name)!.getCell("D1").value).toBe("我的复核记录");
  });
});

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return "";
  return typeof n === "string" ? n : ((n as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
}

const YELLOW: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };

describe("checking a checked copy again", () => {
  it("keeps the user's note text where the old note already held the finding's text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    fixtureForm(ws, 86);
    ws.getCell("B4").note = "填表人：已与财务核对";
    const p = await save(wb, "note.xlsx");
    const out = path.join(dir, "note");
    await cli(["validate", p, "--out", out]);
    const once = noteOf((await open(path.join(out, "note.checked.xlsx"))).getWorksheet("自评表")!.getCell("B4"));
    expect(once).toMatch(/^填表人：已与财务核对\n\nbudget-check:\n\[错误\] SUM_MISMATCH\n/);

    await cli(["validate", path.join(out, "note.checked.xlsx"), "--out", out]);
    const twice = noteOf((await open(path.join(out, "note.checked.checked.xlsx"))).getWorksheet("自评表")!.getCell("B4"));
    // The user's text once, ours once: not replaced, not doubled.
    expect(twice).toBe(once);

    // A copy written before marks were kept (the user's text, then ours without a marker) keeps the user's text too.
    const legacy = new ExcelJS.Workbook();
    fixtureForm(legacy.addWorksheet("自评表"), 86);
    legacy.getWorksheet("自评表")!.getCell("B4").note = once.replace("budget-check:\n", "");
    const lp = await save(legacy, "legacy.xlsx");
    await cli(["validate", lp, "--out", out]);
    const relegacy = noteOf((await open(path.join(out, "legacy.checked.xlsx"))).getWorksheet("自评表")!.getCell("B4"));
    expect(relegacy).toBe(once.replace("budget-check:\n", ""));
  });

  it("carries no mark of a fixed error, replaces the values it computed, and keeps everything of the user's", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    fixtureForm(ws, 86); // a + b = 85.5: B4 is wrong
    ws.getCell("B2").fill = YELLOW;
    ws.getCell("B4").note = "填表人备注";
    ws.getCell("B4").fill = YELLOW;
    const p = await save(wb, "fixed.xlsx");
    const out = path.join(dir, "fixed");
    expect((await cli(["validate", p, "--out", out])).code).toBe(1);
    const copy1 = path.join(out, "fixed.checked.xlsx");
    const c1 = (await open(copy1)).getWorksheet("自评表")!;
    expect([fillOf(c1.getCell("B4")), c1.getCell("B5").value, fillOf(c1.getCell("B5"))]).toEqual(["FFFFC7CE", 85.5, "FFE2EFDA"]);

    // The user fixes the error in the checked copy: b becomes 46, so a + b = 86 = the entered total.
    const edited = await open(copy1);
    edited.getWorksheet("自评表")!.getCell("B3").value = 46;
    edited.getWorksheet("自评表")!.getCell("C1").value = "复核：已改正";
    writeFileSync(copy1, await bytesOf(edited));

    const run = await cli(["validate", copy1, "--out", out]);
    expect(run.code).toBe(0);
    const c2wb = await open(path.join(out, "fixed.checked.checked.xlsx"));
    const c2 = c2wb.getWorksheet("自评表")!;
    // No mark of the fixed error: the user's own fill and note are back, ours are gone.
    expect(fillOf(c2.getCell("B4"))).toBe("FFFFFF00");
    expect(noteOf(c2.getCell("B4"))).toBe("填表人备注");
    // The value budget-check computed is the new run's, not the old one read back as the user's.
    expect(c2.getCell("B5").value).toBe(86);
    expect(noteOf(c2.getCell("B5"))).toBe("budget-check:\nbudget-check 计算值：86");
    // Everything of the user's is kept.
    expect(fillOf(c2.getCell("B2"))).toBe("FFFFFF00");
    expect([c2.getCell("B2").value, c2.getCell("B3").value, c2.getCell("B4").value, c2.getCell("C1").value]).toEqual([40, 46, 86, "复核：已改正"]);
    expect(c2wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["自评表", "校验结果"]);
  });

  it("keeps a value the user typed over one budget-check computed", async () => {
    const wb = new ExcelJS.Workbook();
    fixtureForm(wb.addWorksheet("自评表"), 85.5);
    const p = await save(wb, "typed.xlsx");
    const out = path.join(dir, "typed");
    await cli(["validate", p, "--out", out]);
    const copy1 = path.join(out, "typed.checked.xlsx");
    const edited = await open(copy1);
    edited.getWorksheet("自评表")!.getCell("B5").value = 80; // the user's own entry now
    writeFileSync(copy1, await bytesOf(edited));
    await cli(["validate", copy1, "--out", out]);
    const c2 = (await open(path.join(out, "typed.checked.checked.xlsx"))).getWorksheet("自评表")!;
    expect(c2.getCell("B5").value).toBe(80);
  });
});
