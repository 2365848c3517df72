import { makeStamp, stampSheetCells, STAMP_SHEET, STAMP_MARKER } from "../../src/engine/stamp";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { validateWorkbook } from "../../src/engine/validate";
import { sha256Hex } from "../../src/hosts/file/stamp";
import { checkStamp, describeVerification } from "../../src/taskpane/stamp-action";

/** The pane's stamp status: a stamped workbook read again says unchanged, or names the cells that changed. */
function workbook(b2: number): WorkbookSnapshot {
  return {
    name: "w.xlsx",
    sheets: [{ name: "自评表", visibility: "visible", protected: false, origin: { row: 0, col: 0 }, values: [["说明", "x"], [null, b2]], merged: [] }],
  };
}

function stamped(snapshot: WorkbookSnapshot, cells: string[]): WorkbookSnapshot {
  return { ...snapshot, sheets: [...snapshot.sheets, { name: STAMP_SHEET, visibility: "veryHidden", protected: false, origin: { row: 0, col: 0 }, values: cells.map((c) => [c]), merged: [] }] };
}

test("the pane says whether a stamped workbook is unchanged, and which cells changed", async () => {
  const snap = workbook(10);
  const cells = stampSheetCells(await makeStamp(snap, validateWorkbook(snap), "2026-12-02T18:00:00.000Z", sha256Hex));
  expect(cells[0]).toBe(STAMP_MARKER);
  const same = await checkStamp(stamped(snap, cells));
  expect(describeVerification(same!, "zh")).toEqual({ intent: "success", text: "校验印记：2026-12-02 18:00:00 UTC 按评分规则 shenzhen 校验（0 张表，0 个错误）；此后未改动" });
  const changed = await checkStamp(stamped(workbook(11), cells));
  expect(describeVerification(changed!, "en")).toEqual({ intent: "warning", text: "Validation stamp: checked 2026-12-02 18:00:00 UTC by shenzhen; 1 cell changed since: 自评表!B2" });
  expect(await checkStamp(snap)).toBeNull();
});
