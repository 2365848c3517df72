import { makeStamp, readStamp, stampSheetCells, STAMP_SHEET, verifyStamp, withWrittenValues } from "../../../src/engine/stamp";
import { validateWorkbook } from "../../../src/engine/validate";
import type { WritePlan } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { writeStamp } from "../../../src/hosts/excel/stamp";
import { clearHighlights } from "../../../src/hosts/excel/clear-highlights";
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

/** Every cell, sheet by sheet, with the workbook's settings and notes: what "as before" is compared on. */
function everything(state: ReturnType<typeof workbook>, leaveOut: string[] = []) {
  return {
    sheets: state.sheets
      .filter((s) => !leaveOut.includes(s.name))
      .map((s) => [
        s.name,
        s.visibility,
        [...s.cells]
          // A cell Excel reports as empty, General and unfilled is no cell at all.
          .filter(([, c]) => !((c.value === null || c.value === undefined || c.value === "") && !c.formula && (c.numberFormat ?? "General") === "General" && !c.fill))
          .map(([k, c]) => [k, { value: c.value ?? null, formula: c.formula || null, numberFormat: c.numberFormat ?? "General", fill: c.fill ?? null }])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ]),
    settings: [...state.settings],
    notes: state.notes,
    comments: state.comments,
  };
}

test("清除标注 takes the stamp back too: no stamp sheet, no setting, every other cell as before the write (the results sheet stays)", async () => {
  const state = workbook();
  putCell(state.sheets[0], "B3", { value: 20, fill: { color: "#00B0F0", pattern: "Gray25", patternColor: "#7030A0" } });
  const before = structuredClone(everything(state));
  const excel = new FakeExcel(state, { strict: true });
  const env = excel.env();
  const snap = await readSnapshot(env);
  const result = validateWorkbook(snap);
  const p: WritePlan = {
    ...plan([{ sheet: "自评表", cell: "B4", value: 30 }]),
    fills: [{ sheet: "自评表", color: "#FF0000", cells: ["B2", "B3"] }],
    notes: [{ sheet: "自评表", cell: "B2", text: "得分与评分规则不符" }],
  };
  const outcome = await applyWritePlan(env, p);
  await writeStamp(env, stampSheetCells(await makeStamp(withWrittenValues(snap, p.values, outcome.skippedValues), result, "2026-12-02T18:00:00.000Z", sha256Hex)));
  expect(state.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["自评表", "Visible"],
    ["校验结果", "Visible"],
    [STAMP_SHEET, "VeryHidden"],
  ]);
  expect(state.settings.size).toBe(1);
  expect(everything(state, ["校验结果", STAMP_SHEET])).not.toEqual(before);

  const out = await clearHighlights(env);
  expect(out).toMatchObject({ restored: 2, valuesRestored: 1, valuesKept: 0, notesRemoved: 1, stampRemoved: true });
  expect(state.sheets.map((s) => s.name)).toEqual(["自评表", "校验结果"]);
  expect(everything(state, ["校验结果"])).toEqual(before);
  expect(readStamp(await readSnapshot(env)).ok).toBe(false);

  // A stamp alone (its highlights cleared by an older version) goes too; then there is nothing left to clear.
  await writeStamp(env, stampSheetCells(await makeStamp(snap, result, "2026-12-02T18:10:00.000Z", sha256Hex)));
  expect(await clearHighlights(env)).toMatchObject({ restored: 0, notesRemoved: 0, stampRemoved: true });
  expect(state.sheets.map((s) => s.name)).toEqual(["自评表", "校验结果"]);
  expect(await clearHighlights(env)).toMatchObject({ stampRemoved: false, syncs: 1 });
});
