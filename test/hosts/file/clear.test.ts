import ExcelJS from "exceljs";
import { buildSeed002, SEED002_PROJECTS } from "../../../scripts/examples/seed002";
import { makeStamp, readStamp, stampSheetCells, STAMP_SHEET } from "../../../src/engine/stamp";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { clearWorkbook } from "../../../src/hosts/file/clear";
import { fillKey, MARKS_SHEET, noteTextOf } from "../../../src/hosts/file/own-marks";
import { readWorkbook } from "../../../src/hosts/file/read";
import { sha256Hex } from "../../../src/hosts/file/stamp";
import { saveWorkbook } from "../../../src/hosts/file/workbook-io";
import { writeCheckedCopy } from "../../../src/hosts/file/write";
import { reload } from "./workbooks";

/** Every cell of the named sheets as a user sees it: value, number format, fill and note. */
function cellsOf(wb: ExcelJS.Workbook, sheets: string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of sheets) {
    const rows: unknown[] = [];
    wb.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const empty = (c.value === null || c.value === "") && !fillKey(c.fill) && !noteTextOf(c);
        if (!empty) rows.push([c.address, JSON.stringify(c.value), c.numFmt ?? "", fillKey(c.fill), noteTextOf(c)]);
      }),
    );
    out[name] = rows;
  }
  return out;
}

async function checkedCopy() {
  // Seed 002's second project with a 总分 one point short: SCORE_MISMATCH, coloured and noted in the copy.
  const p = SEED002_PROJECTS[1];
  const original = await saveWorkbook(await buildSeed002([{ ...p, total: { ...p.total, score: Number(p.total.score) - 1 } }]));
  const snapshot = await readWorkbook(original, "seed.xlsx");
  const result = validateWorkbook(snapshot);
  expect(result.report.findings.map((f) => f.code)).toContain("SCORE_MISMATCH");
  const plan = planWrites(snapshot, result, { lang: "zh" });
  const stamp = stampSheetCells(await makeStamp(snapshot, result, "2026-12-03T09:00:00.000Z", sha256Hex));
  return { original, plan, copy: await writeCheckedCopy(original, plan, "seed.xlsx", stamp) };
}

test("清除标注 on a checked copy (file host): marks and stamp taken back; no stamp sheet or name; every other cell as before; the results sheet stays", async () => {
  const { original, copy } = await checkedCopy();
  const before = await reload(original);
  const sheets = before.worksheets.map((w) => w.name);
  const checked = await reload(copy);
  expect(checked.worksheets.map((w) => w.name)).toEqual([...sheets, STAMP_SHEET, "校验结果", MARKS_SHEET]);
  expect(cellsOf(checked, sheets)).not.toEqual(cellsOf(before, sheets));
  expect(readStamp(await readWorkbook(copy, "seed.checked.xlsx")).ok).toBe(true);

  const cleared = await clearWorkbook(copy, "seed.checked.xlsx");
  expect([cleared.marksRemoved, cleared.stampRemoved]).toEqual([true, true]);
  const after = await reload(cleared.bytes);
  expect(after.worksheets.map((w) => [w.name, w.state])).toEqual([...before.worksheets.map((w) => [w.name, w.state]), ["校验结果", "visible"]]);
  expect(cellsOf(after, sheets)).toEqual(cellsOf(before, sheets));
  const names = (wb: ExcelJS.Workbook) => (wb.definedNames as unknown as { model: unknown[] }).model;
  expect(names(after)).toEqual(names(before));
  expect(readStamp(await readWorkbook(cleared.bytes, "seed.xlsx")).ok).toBe(false);

  // Clearing again finds nothing of ours.
  const again = await clearWorkbook(cleared.bytes);
  expect([again.marksRemoved, again.stampRemoved]).toEqual([false, false]);
});

test("a checked copy made without a new stamp never carries the stamp of an earlier check", async () => {
  const { plan, copy } = await checkedCopy();
  const recopied = await reload(await writeCheckedCopy(copy, plan, "seed.checked.xlsx"));
  expect(recopied.getWorksheet(STAMP_SHEET)).toBeUndefined();
  expect(recopied.getWorksheet(MARKS_SHEET)).toBeDefined();
});
