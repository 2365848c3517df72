import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildSeed002, thinkTank } from "../../scripts/examples/seed002";
import { cli } from "./run";
import { writeCheckedCopy } from "../../src/hosts/file/write";
import { planWrites } from "../../src/engine/write-plan";

/**
 * Overwriting is opt-in (architecture.md, data safety): without --overwrite a wrong entered score stays and is
 * flagged; with it the checked copy holds the computed score and the note keeps the old one. Formula cells are
 * never pasted over. The input file is untouched either way.
 */
let dir: string;
let input: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "bc-overwrite-"));
  const d = structuredClone(thinkTank);
  d.indicators[2].score = 0.5; // 科技专家学术活动数量 (H14): the rules give 0.25
  const wb = await buildSeed002([d]);
  // H13 (专家库专家征集批次, 5.00) becomes a formula that gives 4: a wrong formula is a finding, not a cell to paste over.
  wb.worksheets[0].getCell("H13").value = { formula: "G13-1", result: 4 };
  input = path.join(dir, "planted.xlsx");
  await writeFile(input, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function copyCell(out: string, address: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path.join(out, "planted.checked.xlsx"))) as unknown as ArrayBuffer);
  const c = wb.worksheets[0].getCell(address);
  const note = typeof c.note === "string" ? c.note : (c.note?.texts ?? []).map((t) => t.text).join("");
  return { value: c.value, note };
}

test("without --overwrite the entered score stays and is flagged", async () => {
  const out = path.join(dir, "plain");
  expect((await cli(["validate", input, "--out", out])).code).toBe(1);
  const h14 = await copyCell(out, "H14");
  expect(h14.value).toBe(0.5);
  expect(h14.note).toContain("SCORE_MISMATCH");
  expect(h14.note).not.toContain("原值");
});

test("with --overwrite the copy holds the computed score and the note the old one; a formula cell is left alone", async () => {
  const before = await readFile(input);
  const out = path.join(dir, "overwritten");
  expect((await cli(["validate", input, "--out", out, "--overwrite"])).code).toBe(1);
  const h14 = await copyCell(out, "H14");
  expect(h14.value).toBe(0.25);
  expect(h14.note).toContain("原值：0.5");
  const h13 = await copyCell(out, "H13");
  expect(h13.value).toMatchObject({ formula: "G13-1" });
  expect(await readFile(input)).toEqual(before);
});

test("the writer replaces a cell only if it still holds the value the plan says it replaces", async () => {
  const bytes = await readFile(input);
  const results = { sheetName: "校验结果", rows: [], columnWidths: [] };
  const plan = (replaces: string) => ({
    ...planWrites({ name: "x", sheets: [] }, { report: { file: "x", profile: "shenzhen", forms: [], findings: [], summary: { errors: 0, warnings: 0, info: 0 } }, outputs: [] }),
    values: [{ sheet: "自评表1", cell: "H14", value: 0.25, numberFormat: "0.00", replaces }],
    results,
  });
  const valueOf = async (copy: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ArrayBuffer);
    return wb.worksheets[0].getCell("H14").value;
  };
  expect(await valueOf(await writeCheckedCopy(bytes, plan("0.5")))).toBe(0.25);
  // Planned against 0.7, but the file holds 0.5: someone changed it since the check; it stays.
  expect(await valueOf(await writeCheckedCopy(bytes, plan("0.7")))).toBe(0.5);
});
