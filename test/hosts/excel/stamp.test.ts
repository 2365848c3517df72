import { makeStamp, readStamp, stampSheetCells, STAMP_SHEET, verifyStamp, withWrittenValues } from "../../../src/engine/stamp";
import { validateWorkbook } from "../../../src/engine/validate";
import type { WritePlan } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { writeStamp } from "../../../src/hosts/excel/stamp";
import { sha256Hex } from "../../../src/hosts/file/stamp";
import { FakeExcel, newSheet, newWorkbook, putCell } from "./fake-excel";

function workbook() {
  const a = newSheet("自评表");
  putCell(a, "A1", { value: "项目名称" });
  putCell(a, "B2", { value: 10 });
  putCell(a, "B3", { value: 20 });
  putCell(a, "C6", { value: "合计" });
  return newWorkbook("stamp.xlsx", [a]);
}

const plan = (values: WritePlan["values"]): WritePlan => ({
  values,
  fills: [],
  notes: [],
  results: { sheetName: "校验结果", rows: [{ values: ["budget-check 校验结果"], style: "title" }], columnWidths: [6, 10] },
});

test("写入 in Excel stamps the workbook as it then stands; verify finds it unchanged, then names a changed cell", async () => {
  const excel = new FakeExcel(workbook(), { strict: true });
  const env = excel.env();
  const snap = await readSnapshot(env);
  const result = validateWorkbook(snap);
  const p = plan([{ sheet: "自评表", cell: "B4", value: 30 }]);
  const outcome = await applyWritePlan(env, p);
  await writeStamp(env, stampSheetCells(await makeStamp(withWrittenValues(snap, p.values, outcome.skippedValues), result, "2026-12-02T18:00:00.000Z", sha256Hex)));
  // Stamping again (a second 写入) replaces the stamp: one stamp sheet, very hidden.
  await writeStamp(env, stampSheetCells(await makeStamp(withWrittenValues(snap, p.values, outcome.skippedValues), result, "2026-12-02T18:05:00.000Z", sha256Hex)));
  expect(excel.state.sheets.filter((s) => s.name === STAMP_SHEET).map((s) => s.visibility)).toEqual(["VeryHidden"]);

  const after = await readSnapshot(env);
  const read = readStamp(after);
  if (!read.ok) throw new Error("no stamp");
  expect(read.stamp.checkedAt).toBe("2026-12-02T18:05:00.000Z");
  expect(await verifyStamp(after, read.stamp, sha256Hex)).toMatchObject({ unchanged: true, stampIntact: true, changes: [] });

  putCell(excel.sheet("自评表"), "B2", { value: 11 });
  const edited = await readSnapshot(env);
  expect((await verifyStamp(edited, read.stamp, sha256Hex)).changes).toEqual([{ sheet: "自评表", cell: "B2", change: "changed" }]);
});
