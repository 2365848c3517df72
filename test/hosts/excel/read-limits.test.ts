/**
 * Issue 11, point 7: Excel refuses to read more than five million cells at once (RangeExceedsLimit), so a sheet
 * with one stray value at XFD1048576 cannot be read through its used range. The read must succeed over the part
 * that holds the forms and name what it could not read, or say clearly why not.
 */
import { parseRange } from "../../../src/engine/address";
import { readSnapshot, mainBox, MAX_SHEET_CELLS } from "../../../src/hosts/excel/read-snapshot";
import { describeError } from "../../../src/taskpane/describe-error";
import { createPaneI18n } from "../../../src/taskpane/i18n";
import { EXCEL_CELL_READ_LIMIT, FakeExcel, newSheet, newWorkbook, putCell, type FakeWorkbookState } from "./fake-excel";

/** A 300 × 10 table and, far out, one stray value. */
function farWorkbook(stray = "XFD1048576"): FakeWorkbookState {
  const a = newSheet("自评表");
  for (let r = 1; r <= 300; r++) for (let c = 0; c < 10; c++) putCell(a, `${String.fromCharCode(65 + c)}${r}`, { value: r * 100 + c });
  putCell(a, "C5", { value: 500, formula: "=SUM(A1:B1)" });
  putCell(a, stray, { value: "误输入" });
  const b = newSheet("Sheet 2");
  putCell(b, "B2", { value: "x" });
  return newWorkbook("far.xlsx", [a, b]);
}

describe("the five-million-cell read limit (point 7)", () => {
  it("the strict in-memory Excel refuses a used range over five million cells, as Excel does", async () => {
    const excel = new FakeExcel(farWorkbook(), { strict: true });
    await expect(
      excel.env().run(async (context) => {
        const used = context.workbook.worksheets.getItem("自评表").getUsedRange(true).load("values");
        await context.sync();
        return used.values;
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    expect(EXCEL_CELL_READ_LIMIT).toBe(5_000_000);
  });

  it("reads a sheet with a value at XFD1048576: the table is read, the stray cell is named as unread", async () => {
    const excel = new FakeExcel(farWorkbook(), { strict: true });
    const snap = await readSnapshot(excel.env());
    const s = snap.sheets[0];
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect([s.values.length, s.values[0].length]).toEqual([300, 10]);
    expect(s.values[299][9]).toBe(30009);
    expect(s.formulas?.[4][2]).toBe("=SUM(A1:B1)");
    expect(snap.sheets[1].values).toEqual([["x"]]);
    expect(snap.unread).toEqual([{ sheet: "自评表", areas: ["XFD1048576"] }]);
    // The whole read refused (2), then the sheets, their extents, where the values are, and the blocks.
    expect(excel.stats.syncs).toBeLessThanOrEqual(2 + 3 + 1);
  });

  it("tells the user what was not read, in their language", () => {
    const t = createPaneI18n("zh").t;
    expect(t("notice.unread", { sheet: "自评表", areas: "XFD1048576" })).toBe(
      "工作表「自评表」中 XFD1048576 离表格太远（超出 Excel 一次读取的范围），未读取、未校验；如果它们不属于任何表，可以忽略或删除。",
    );
  });

  it("says clearly why not where Excel cannot find the cells holding values (ExcelApi below 1.9)", async () => {
    const excel = new FakeExcel(farWorkbook(), { strict: true, excelApi: "1.8" });
    const e = await readSnapshot(excel.env()).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "sheet-too-large", params: { sheet: "自评表", address: "A1:XFD1048576" } });
    expect(describeError(e, createPaneI18n("zh").t, "zh")).toContain("超过 Excel 一次最多读取 500 万个单元格的限制");
  });

  it("reads a far row and a far column the same way", async () => {
    for (const stray of ["A1048576", "XFD1"]) {
      const snap = await readSnapshot(new FakeExcel(farWorkbook(stray), { strict: true }).env());
      expect([snap.sheets[0].values.length, snap.sheets[0].values[0].length]).toEqual([300, 10]);
      expect(snap.unread).toEqual([{ sheet: "自评表", areas: [stray] }]);
    }
  });

  it("keeps every area near the top left within the box and leaves out only what lies beyond it", () => {
    const areas = ["A1:J300", "L2:M40", "A100000", "XFD1048576"].map((a) => parseRange(a));
    const { box, far } = mainBox(areas);
    expect(box).toEqual(parseRange("A1:M100000"));
    expect(far).toEqual([parseRange("XFD1048576")]);
    expect(mainBox([]).box).toBeNull();
    expect(MAX_SHEET_CELLS).toBeLessThan(EXCEL_CELL_READ_LIMIT);
  });

  it("the strict in-memory Excel gives a range only the merged areas whose top-left cell is inside it", async () => {
    const merges = async (strict: boolean) => {
      const sheet = newSheet("表");
      putCell(sheet, "A1", { value: "x" });
      sheet.merged.push("A1:C3", "C3:E5");
      const excel = new FakeExcel(newWorkbook("m.xlsx", [sheet]), { strict });
      return excel.env().run(async (context) => {
        const m = context.workbook.worksheets.getItem("表").getRange("B2:D4").getMergedAreasOrNullObject().load("address");
        await context.sync();
        return m.address;
      });
    };
    expect(await merges(true)).toBe("'表'!C3:E5");
    expect(await merges(false)).toBe("'表'!A1:C3,'表'!C3:E5");
  });
});
