import ExcelJS from "exceljs";
import { writeCheckedCopy } from "../../../src/hosts/file/write";
import { FILL_COLORS, WritePlanSchema, type WritePlan } from "../../../src/engine/write-plan";
import { bytesOf, reload, sha256 } from "./workbooks";

const SHEET = "自评 表1";

async function input(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "项目名称";
  ws.getCell("B1").value = "科技创新与交流";
  // Two cells with one shared style: colouring one must not colour the other.
  ws.getCell("C12").value = 74;
  ws.getCell("C12").numFmt = "#,##0.00";
  ws.getCell("C13").value = 73;
  ws.getCell("C13").numFmt = "#,##0.00";
  ws.getCell("D5").value = 9.96;
  ws.getCell("D5").note = "填表人备注";
  wb.addWorksheet("其他").getCell("A1").value = 1;
  return bytesOf(wb);
}

function plan(overrides: Partial<WritePlan> = {}): WritePlan {
  return WritePlanSchema.parse({
    values: [
      { sheet: SHEET, cell: "H9", value: 9.96, numberFormat: "0.00" },
      { sheet: SHEET, cell: "H10", value: "=HYPERLINK(\"http://evil\")" },
      { sheet: SHEET, cell: "B1", value: "must not overwrite" },
    ],
    fills: [
      { sheet: SHEET, color: FILL_COLORS.error, cells: ["C12"] },
      { sheet: SHEET, color: FILL_COLORS.warning, cells: ["E3:F3"] },
      { sheet: SHEET, color: FILL_COLORS.computed, cells: ["H9"] },
    ],
    notes: [
      { sheet: SHEET, cell: "C12", text: "[错误] SUM_MISMATCH\n合计应为 74\n应为: 74" },
      { sheet: SHEET, cell: "D5", text: "[警告] ROUNDING_TAIL" },
    ],
    results: {
      sheetName: "校验结果",
      rows: [
        { values: ["budget-check 校验结果"], style: "title" },
        { values: ["序号", "严重程度", "代码", "工作表", "单元格", "说明", "应为", "表中为"], style: "header" },
        {
          values: [1, "错误", "SUM_MISMATCH", SHEET, "C12", "=合计应为各分项之和", 74, 73],
          style: "error",
          link: { sheet: SHEET, cell: "C12", column: 4 },
        },
        { values: [2, "警告", "ROUNDING_TAIL", SHEET, "D5", "尾数", "", ""], style: "warning", link: { sheet: SHEET, cell: "D5", column: 4 } },
      ],
      columnWidths: [6, 10, 26, 16, 10, 70, 14, 14],
    },
    ...overrides,
  });
}

function argbOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  return f && f.type === "pattern" ? f.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (typeof n === "string") return n;
  return ((n as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join("");
}

describe("writeCheckedCopy", () => {
  it("leaves the input bytes untouched", async () => {
    const bytes = await input();
    const before = sha256(bytes);
    await writeCheckedCopy(bytes, plan());
    expect(sha256(bytes)).toBe(before);
  });

  it("writes computed values into empty cells only, text as text, with their number format", async () => {
    const wb = await reload(await writeCheckedCopy(await input(), plan()));
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell("H9").value).toBe(9.96);
    expect(ws.getCell("H9").numFmt).toBe("0.00");
    // A message that starts with "=" is text in the copy, never a formula.
    expect(ws.getCell("H10").value).toBe("=HYPERLINK(\"http://evil\")");
    expect(ws.getCell("H10").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("B1").value).toBe("科技创新与交流");
  });

  it("keeps every input cell's value", async () => {
    const wb = await reload(await writeCheckedCopy(await input(), plan()));
    const ws = wb.getWorksheet(SHEET)!;
    expect([ws.getCell("A1").value, ws.getCell("C12").value, ws.getCell("C13").value, ws.getCell("D5").value]).toEqual([
      "项目名称",
      74,
      73,
      9.96,
    ]);
    expect(wb.getWorksheet("其他")!.getCell("A1").value).toBe(1);
  });

  it("fills flagged cells with the plan's colour and no other cell", async () => {
    const wb = await reload(await writeCheckedCopy(await input(), plan()));
    const ws = wb.getWorksheet(SHEET)!;
    expect(argbOf(ws.getCell("C12"))).toBe("FFFFC7CE");
    expect(argbOf(ws.getCell("E3"))).toBe("FFFFEB9C");
    expect(argbOf(ws.getCell("F3"))).toBe("FFFFEB9C");
    expect(argbOf(ws.getCell("H9"))).toBe("FFE2EFDA");
    expect(argbOf(ws.getCell("C13"))).toBeUndefined();
    expect(ws.getCell("C12").numFmt).toBe("#,##0.00");
  });

  it("puts a note on each flagged cell and keeps the note the user wrote", async () => {
    const wb = await reload(await writeCheckedCopy(await input(), plan()));
    const ws = wb.getWorksheet(SHEET)!;
    expect(noteOf(ws.getCell("C12"))).toBe("budget-check:\n[错误] SUM_MISMATCH\n合计应为 74\n应为: 74");
    expect(noteOf(ws.getCell("D5"))).toBe("填表人备注\n\nbudget-check:\n[警告] ROUNDING_TAIL");
  });

  it("adds a 校验结果 sheet with styled rows and links to each finding's cell", async () => {
    const wb = await reload(await writeCheckedCopy(await input(), plan()));
    const rs = wb.getWorksheet("校验结果")!;
    expect(rs).toBeDefined();
    expect(rs.getCell("A1").value).toBe("budget-check 校验结果");
    expect(rs.getCell("A1").font?.bold).toBe(true);
    expect(rs.getCell("A2").font?.bold).toBe(true);
    expect(argbOf(rs.getCell("A2"))).toBe("FFD9D9D9");
    expect(argbOf(rs.getCell("C3"))).toBe("FFFFC7CE");
    expect(argbOf(rs.getCell("C4"))).toBe("FFFFEB9C");
    const link = rs.getCell("E3").value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("#'${SHEET}'!C12","C12")`);
    expect(link.result).toBe("C12");
    // A message starting with "=" stays text on the results sheet too.
    expect(rs.getCell("F3").value).toBe("=合计应为各分项之和");
    expect(rs.getColumn(6).width).toBe(70);
  });

  it("replaces the results sheet when a checked copy is checked again", async () => {
    const once = await writeCheckedCopy(await input(), plan());
    const twice = await writeCheckedCopy(once, plan({ results: { sheetName: "校验结果", rows: [{ values: ["第二次"], style: "plain" }], columnWidths: [10] } }));
    const wb = await reload(twice);
    expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual([SHEET, "其他", "校验结果"]);
    expect(wb.getWorksheet("校验结果")!.getCell("A1").value).toBe("第二次");
    expect(wb.getWorksheet("校验结果")!.getCell("A3").value).toBeNull();
  });

  it("a copy opened and saved again by a spreadsheet program, checked with no finding on a cell, loses that cell's note of ours", async () => {
    const first = await writeCheckedCopy(await input(), plan());
    // Saved again (as a reviewer's spreadsheet program would): the notes are now loaded from the file.
    const edited = await reload(first);
    edited.getWorksheet(SHEET)!.getCell("C12").value = 74;
    const again = await writeCheckedCopy(await bytesOf(edited), plan({ fills: [], notes: [] }));
    const wb = await reload(again);
    expect(noteOf(wb.getWorksheet(SHEET)!.getCell("C12"))).toBe("");
    expect(argbOf(wb.getWorksheet(SHEET)!.getCell("C12"))).toBeUndefined();
    // The user's own note on D5 stays, without ours.
    expect(noteOf(wb.getWorksheet(SHEET)!.getCell("D5"))).toBe("填表人备注");
  });

  it("quotes sheet names with apostrophes in links", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("O'Brien").getCell("A1").value = 1;
    const copy = await writeCheckedCopy(
      await bytesOf(wb),
      plan({
        values: [],
        fills: [],
        notes: [],
        results: { sheetName: "校验结果", rows: [{ values: ["A1"], style: "error", link: { sheet: "O'Brien", cell: "A1", column: 0 } }], columnWidths: [10] },
      }),
    );
    const link = (await reload(copy)).getWorksheet("校验结果")!.getCell("A1").value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("#'O''Brien'!A1","A1")`);
  });
});
