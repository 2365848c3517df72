import { FILL_COLORS, planWrites, type WritePlan } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../../src/hosts/excel/clear-highlights";
import { ExcelHostError } from "../../../src/hosts/excel/errors";
import { NOTE_MARKER, STATE_SETTING_KEY } from "../../../src/hosts/excel/highlight-state";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { selectCell } from "../../../src/hosts/excel/select-cell";
import {
  EXCEL_WEB_PAYLOAD_LIMIT,
  FakeExcel,
  getCell,
  newSheet,
  newWorkbook,
  putCell,
  reopen,
  type FakeWorkbookState,
} from "./fake-excel";
import { LARGE, generateWorkbook, generatedFindings } from "./generated-workbook";

function emptyResults(): WritePlan["results"] {
  return { sheetName: "校验结果", rows: [{ values: ["budget-check 校验结果"], style: "title" }], columnWidths: [6, 10] };
}

function plan(parts: Partial<WritePlan>): WritePlan {
  return { values: [], fills: [], notes: [], results: emptyResults(), ...parts };
}

/** Every cell's fill, sheet by sheet: what "restores exactly" is compared on. */
function fillsOf(state: FakeWorkbookState): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of state.sheets) {
    out[s.name] = {};
    for (const [k, c] of s.cells) if (c.fill) out[s.name][k] = { ...c.fill };
  }
  return out;
}

/** A small workbook whose cells cover: a plain fill, a patterned fill, no fill, white fill. */
function smallWorkbook(): FakeWorkbookState {
  const a = newSheet("自评表");
  putCell(a, "A1", { value: "项目名称" });
  putCell(a, "B2", { value: 10, fill: { color: "#FFFF00", pattern: "Solid", patternColor: null } });
  putCell(a, "B3", { value: 20 });
  putCell(a, "B4", { value: 30, fill: { color: "#00B0F0", pattern: "Gray25", patternColor: "#7030A0" } });
  putCell(a, "B5", { value: 40, fill: { color: "#FFFFFF", pattern: "Solid", patternColor: null } });
  putCell(a, "C6", { value: null });
  const b = newSheet("Sheet 2");
  putCell(b, "A1", { value: "x" });
  return newWorkbook("small.xlsx", [a, b]);
}

const highlightAll = plan({
  fills: [
    { sheet: "自评表", color: FILL_COLORS.error, cells: ["B2", "B3"] },
    { sheet: "自评表", color: FILL_COLORS.warning, cells: ["B4:B5"] },
  ],
});

describe("in-memory Excel keeps Office.js semantics", () => {
  it("throws on reading a property that was not loaded, and applies writes only at sync", async () => {
    const excel = new FakeExcel(smallWorkbook());
    await excel.env().run(async (context) => {
      const range = context.workbook.worksheets.getItem("自评表").getRange("B3");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.values = [[99]];
      expect(getCell(excel.sheet("自评表"), "B3")?.value).toBe(20);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[99]]);
      expect(getCell(excel.sheet("自评表"), "B3")?.value).toBe(99);
    });
    expect(excel.stats.syncs).toBe(1);
  });

  it("refuses a request over the payload limit and a getRanges address over 8,192 characters", async () => {
    const excel = new FakeExcel(smallWorkbook(), { payloadLimit: 1000 });
    await expect(
      excel.env().run(async (context) => {
        context.workbook.worksheets.getItem("自评表").getRange("A1").values = [["x".repeat(2000)]];
        await context.sync();
      }),
    ).rejects.toThrow(/payload/);
    const long = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    await expect(
      new FakeExcel(smallWorkbook()).env().run(async (context) => {
        context.workbook.worksheets.getItem("自评表").getRanges(long).format.fill.color = "#FF0000";
        await context.sync();
      }),
    ).rejects.toThrow(/8192/);
  });
});

describe("readSnapshot", () => {
  it("reads all 20 sheets and 50,000 cells of the generated workbook in at most 2 round trips", async () => {
    const excel = new FakeExcel(generateWorkbook());
    const snap = await readSnapshot(excel.env());
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
    expect(snap.sheets).toHaveLength(LARGE.sheets);
    const cells = snap.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
    expect(cells).toBe(LARGE.sheets * LARGE.rows * LARGE.cols);
    const first = snap.sheets[0];
    expect(first.name).toBe("表1 支出明细");
    expect(first.origin).toEqual({ row: 0, col: 0 });
    expect(first.merged).toEqual(["A1:J1"]);
    expect(first.values[1][0]).toBe("科目名称");
    expect(first.values[0][1]).toBeNull();
    expect(first.values[3][2]).toBe(32.25);
    expect(first.numberFormats?.[3][2]).toBe("#,##0.00");
    expect(first.numberFormats?.[1][0]).toBeNull();
    expect(first.formulas?.[25][1]).toBe("=SUM(B2:B25)");
    expect(first.formulas?.[3][2]).toBeNull();
    expect(first.indents?.[3][0]).toBe(1);
    expect(first.indents?.[5][0]).toBe(0);
    expect(first.values.flat().filter((v) => v === "#REF!").length).toBeGreaterThan(0);
  });

  it("reads sheet visibility, protection, an empty sheet and merges beyond the last value", async () => {
    const a = newSheet("填报说明", { visibility: "Hidden", protected: true });
    putCell(a, "B2", { value: "说明" });
    a.merged.push("B2:F3");
    const empty = newSheet("空表", { visibility: "VeryHidden" });
    const excel = new FakeExcel(newWorkbook("v.xlsx", [a, empty]));
    const snap = await readSnapshot(excel.env());
    expect(snap.sheets[0]).toMatchObject({ name: "填报说明", visibility: "hidden", protected: true, origin: { row: 1, col: 1 }, values: [["说明"]], merged: ["B2:F3"] });
    expect(snap.sheets[1]).toMatchObject({ name: "空表", visibility: "veryHidden", values: [[null]], merged: [] });
    expect(excel.stats.syncs).toBe(2);
  });

  it("still reads (without merges and indents) where ExcelApi 1.13 is missing", async () => {
    const excel = new FakeExcel(generateWorkbook({ sheets: 2, rows: 10, cols: 3 }), { excelApi: "1.9" });
    const snap = await readSnapshot(excel.env());
    expect(snap.sheets[0].merged).toEqual([]);
    expect(snap.sheets[0].indents?.[3][0]).toBe(1);
  });

  it("reads a workbook too large for one 5 MB response in row blocks, to exactly the same snapshot", async () => {
    const whole = await readSnapshot(new FakeExcel(generateWorkbook()).env());
    // The 50,000-cell read answers ~2.9 MB; a 600 KB limit stands in for a workbook ten times larger on the web.
    const excel = new FakeExcel(generateWorkbook(), { payloadLimit: 600_000 });
    const blocks = await readSnapshot(excel.env());
    expect(blocks).toEqual(whole);
    // Refused whole (2 trips), then 40,000-cell blocks refused, then 20,000 and 10,000 until they fit.
    expect(excel.stats.syncs).toBeGreaterThan(2);
    expect(excel.stats.syncs).toBeLessThan(40);
  });

  it("gives up with read-failed, not a loop, when even the smallest block is refused", async () => {
    const excel = new FakeExcel(smallWorkbook(), { payloadLimit: 10 });
    await expect(readSnapshot(excel.env())).rejects.toMatchObject({ code: "read-failed" });
    expect(excel.stats.syncs).toBeLessThan(40);
  });

  it("turns an Excel failure into a read-failed error", async () => {
    const excel = new FakeExcel(smallWorkbook(), { failAtSync: 2 });
    await expect(readSnapshot(excel.env())).rejects.toMatchObject({ code: "read-failed" });
  });
});

describe("applyWritePlan", () => {
  it("writes the engine's plan for the generated workbook in at most 2 round trips, each request under 5 MB", async () => {
    const excel = new FakeExcel(generateWorkbook());
    const snap = await readSnapshot(excel.env());
    const p = planWrites(snap, generatedFindings(snap));
    const flagged = p.fills.reduce((n, f) => n + f.cells.length, 0);
    expect(flagged).toBeGreaterThan(400);
    excel.resetStats();
    const out = await applyWritePlan(excel.env(), p);
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
    expect(out.syncs).toBe(excel.stats.syncs);
    expect(excel.stats.maxRequestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    const firstFlag = p.fills[0];
    expect(getCell(excel.sheet(firstFlag.sheet), firstFlag.cells[0])?.fill?.color).toBe(firstFlag.color);
    const results = excel.sheet("校验结果");
    expect(results.cells.size).toBeGreaterThan(flagged);
    expect(excel.state.notes.length).toBe(p.notes.length);
    expect(excel.state.notes.every((n) => n.content.startsWith(NOTE_MARKER))).toBe(true);
  });

  it("splits the reading of original fills when a plan is too large for one request, and still restores them all", async () => {
    const state = generateWorkbook({ sheets: 1, rows: 400, cols: 10 });
    const before = new FakeExcel(state);
    const cells = Array.from({ length: 3000 }, (_, i) => `${String.fromCharCode(66 + (i % 9))}${Math.floor(i / 9) + 3}`);
    const originals = cells.map((c) => getCell(state.sheets[0], c)?.fill ?? null);
    const out = await applyWritePlan(before.env(), plan({ fills: [{ sheet: "表1 支出明细", color: FILL_COLORS.error, cells }] }), { payloadBudget: 100_000 });
    expect(out.syncs).toBeGreaterThan(2);
    expect(before.stats.maxRequestBytes).toBeLessThan(100_000 + 10_000);
    expect(cells.every((c) => getCell(before.sheet("表1 支出明细"), c)?.fill?.color === FILL_COLORS.error)).toBe(true);
    const reopened = reopen(state);
    await clearHighlights(new FakeExcel(reopened).env());
    expect(cells.map((c) => getCell(reopened.sheets[0], c)?.fill ?? null)).toEqual(originals);
  });

  it("colours thousands of cells of one sheet through getRanges chunks under the address limit", async () => {
    const excel = new FakeExcel(generateWorkbook({ sheets: 1, rows: 400, cols: 10 }));
    const cells = Array.from({ length: 3000 }, (_, i) => `${String.fromCharCode(66 + (i % 9))}${Math.floor(i / 9) + 3}`);
    await applyWritePlan(excel.env(), plan({ fills: [{ sheet: "表1 支出明细", color: FILL_COLORS.error, cells }] }));
    expect(excel.stats.syncs).toBe(2);
    expect(cells.every((c) => getCell(excel.sheet("表1 支出明细"), c)?.fill?.color === FILL_COLORS.error)).toBe(true);
  });

  it("splits the write into several requests only when it would pass the payload budget", async () => {
    const excel = new FakeExcel(smallWorkbook(), { payloadLimit: 60_000 });
    const notes = Array.from({ length: 5 }, (_, i) => ({ sheet: "自评表", cell: `D${i + 1}`, text: "说明".repeat(4000) }));
    const out = await applyWritePlan(excel.env(), plan({ notes }), { payloadBudget: 50_000 });
    expect(out.syncs).toBeGreaterThan(2);
    expect(excel.stats.maxRequestBytes).toBeLessThanOrEqual(60_000);
    expect(excel.state.notes).toHaveLength(5);
  });

  it("writes text as text: values beginning with = + - @ never become formulas", async () => {
    const excel = new FakeExcel(smallWorkbook());
    const texts = ["=1+1", "+SUM(A1)", "-HYPERLINK(\"x\")", "@cmd"];
    const results: WritePlan["results"] = {
      sheetName: "校验结果",
      rows: [{ values: ["=HYPERLINK(\"http://evil\")", 1, "@x"], style: "error" }],
      columnWidths: [6],
    };
    await applyWritePlan(excel.env(), plan({ values: texts.map((t, i) => ({ sheet: "自评表", cell: `E${i + 1}`, value: t })), results }));
    texts.forEach((t, i) => {
      const c = getCell(excel.sheet("自评表"), `E${i + 1}`)!;
      expect(c.value).toBe(t);
      expect(c.formula ?? null).toBeNull();
    });
    const r = excel.sheet("校验结果");
    expect(getCell(r, "A1")).toMatchObject({ value: "=HYPERLINK(\"http://evil\")", formula: null });
    expect(getCell(r, "B1")).toMatchObject({ value: 1, numberFormat: "General" });
    expect(getCell(r, "C1")?.formula ?? null).toBeNull();
  });

  it("writes computed numbers with their number format", async () => {
    const excel = new FakeExcel(smallWorkbook());
    await applyWritePlan(excel.env(), plan({ values: [{ sheet: "自评表", cell: "C6", value: 99.96, numberFormat: "0.00" }] }));
    expect(getCell(excel.sheet("自评表"), "C6")).toMatchObject({ value: 99.96, numberFormat: "0.00" });
  });

  it("stops on a protected sheet before writing anything", async () => {
    const state = smallWorkbook();
    state.sheets[0].protected = true;
    const before = JSON.stringify(fillsOf(state));
    const excel = new FakeExcel(state);
    const err = await applyWritePlan(excel.env(), plan({ ...highlightAll, values: [{ sheet: "自评表", cell: "C6", value: 1 }] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect(err).toMatchObject({ code: "protected-sheet", params: { sheet: "自评表" } });
    expect(excel.stats.syncs).toBe(1);
    expect(JSON.stringify(fillsOf(state))).toBe(before);
    expect(getCell(state.sheets[0], "C6")?.value).toBeNull();
    expect(state.sheets.map((s) => s.name)).toEqual(["自评表", "Sheet 2"]);
    expect(state.settings.size).toBe(0);
  });

  it("stops on a protected earlier results sheet, a protected workbook structure or a read-only workbook", async () => {
    for (const [setup, code] of [
      [(s: FakeWorkbookState) => s.sheets.push(newSheet("校验结果", { protected: true })), "protected-sheet"],
      [(s: FakeWorkbookState) => (s.structureProtected = true), "protected-workbook"],
      [(s: FakeWorkbookState) => (s.readOnly = true), "read-only"],
    ] as const) {
      const state = smallWorkbook();
      setup(state);
      const before = JSON.stringify(fillsOf(state));
      await expect(applyWritePlan(new FakeExcel(state).env(), highlightAll)).rejects.toMatchObject({ code });
      expect(JSON.stringify(fillsOf(state))).toBe(before);
      expect(state.settings.size).toBe(0);
    }
  });

  it("replaces its own results sheet on a second run", async () => {
    const excel = new FakeExcel(smallWorkbook());
    await applyWritePlan(excel.env(), highlightAll);
    await applyWritePlan(excel.env(), highlightAll);
    expect(excel.state.sheets.filter((s) => s.name === "校验结果")).toHaveLength(1);
  });
});

describe("clearHighlights", () => {
  it("restores every original fill — colour, pattern, white, none — in 2 round trips", async () => {
    const state = smallWorkbook();
    const original = fillsOf(state);
    const excel = new FakeExcel(state);
    await applyWritePlan(excel.env(), highlightAll);
    const a = excel.sheet("自评表");
    expect(["B2", "B3", "B4", "B5"].map((c) => getCell(a, c)?.fill?.color)).toEqual([FILL_COLORS.error, FILL_COLORS.error, FILL_COLORS.warning, FILL_COLORS.warning]);
    excel.resetStats();
    const out = await clearHighlights(excel.env());
    expect(excel.stats.syncs).toBeLessThanOrEqual(2);
    expect(out.restored).toBe(4);
    const { "校验结果": _results, ...after } = fillsOf(state);
    expect(after).toEqual(original);
    expect(getCell(a, "B3")?.fill ?? null).toBeNull();
    expect(state.settings.has(STATE_SETTING_KEY)).toBe(false);
  });

  it("restores after the workbook was closed and reopened", async () => {
    const state = smallWorkbook();
    const original = fillsOf(state);
    await applyWritePlan(new FakeExcel(state).env(), highlightAll);
    const reopened = reopen(state);
    const excel = new FakeExcel(reopened);
    await clearHighlights(excel.env());
    const { "校验结果": _r, ...after } = fillsOf(reopened);
    expect(after).toEqual(original);
  });

  it("keeps the true original when a cell is highlighted twice, and un-colours cells a later run no longer flags", async () => {
    const state = smallWorkbook();
    const original = fillsOf(state);
    const excel = new FakeExcel(state);
    await applyWritePlan(excel.env(), highlightAll);
    await applyWritePlan(excel.env(), plan({ fills: [{ sheet: "自评表", color: FILL_COLORS.info, cells: ["B2"] }] }));
    const a = excel.sheet("自评表");
    expect(getCell(a, "B2")?.fill?.color).toBe(FILL_COLORS.info);
    expect(getCell(a, "B3")?.fill ?? null).toBeNull();
    expect(getCell(a, "B4")?.fill).toEqual({ color: "#00B0F0", pattern: "Gray25", patternColor: "#7030A0" });
    await clearHighlights(new FakeExcel(reopen(state)).env());
    await clearHighlights(excel.env());
    const { "校验结果": _r, ...after } = fillsOf(state);
    expect(after).toEqual(original);
  });

  it("restores all flagged cells of the generated workbook after a reopen", async () => {
    const state = generateWorkbook();
    const original = fillsOf(state);
    const excel = new FakeExcel(state);
    const snap = await readSnapshot(excel.env());
    await applyWritePlan(excel.env(), planWrites(snap, generatedFindings(snap)));
    expect(fillsOf(state)).not.toEqual(original);
    const reopened = new FakeExcel(reopen(state));
    const out = await clearHighlights(reopened.env());
    // Read the record, read the cells values were written to, write.
    expect(reopened.stats.syncs).toBeLessThanOrEqual(3);
    expect(out.restored).toBeGreaterThan(400);
    expect(out.valuesRestored).toBe(LARGE.sheets);
    const { "校验结果": _r, ...after } = fillsOf(reopened.state);
    expect(after).toEqual(original);
  });

  it("refuses on a protected sheet without changing anything", async () => {
    const state = smallWorkbook();
    const excel = new FakeExcel(state);
    await applyWritePlan(excel.env(), highlightAll);
    state.sheets[0].protected = true;
    const before = JSON.stringify(fillsOf(state));
    await expect(clearHighlights(excel.env())).rejects.toMatchObject({ code: "protected-sheet", params: { sheet: "自评表" } });
    expect(JSON.stringify(fillsOf(state))).toBe(before);
  });

  it("does nothing where budget-check never highlighted", async () => {
    const excel = new FakeExcel(smallWorkbook());
    expect(await clearHighlights(excel.env())).toEqual({ restored: 0, valuesRestored: 0, valuesKept: 0, notesRemoved: 0, stampRemoved: false, syncs: 1 });
  });
});

describe("notes", () => {
  const withNotes = plan({
    fills: [{ sheet: "自评表", color: FILL_COLORS.error, cells: ["B2", "B3"] }],
    notes: [
      { sheet: "自评表", cell: "B2", text: "[错误] SCORE_MISMATCH\n得分应为 9.96" },
      { sheet: "自评表", cell: "B3", text: "[错误] SUM_MISMATCH\n合计应为 74" },
    ],
  });

  it("uses the notes API (ExcelApi 1.18), never touches the user's note, and replaces its own on a re-run", async () => {
    const state = smallWorkbook();
    state.notes.push({ sheet: "自评表", cell: "B3", content: "用户自己的批注" });
    const excel = new FakeExcel(state);
    const out = await applyWritePlan(excel.env(), withNotes);
    expect(out.notes).toBe("notes");
    expect(out.keptUserNotes).toEqual(["'自评表'!B3"]);
    expect(state.notes).toEqual([
      { sheet: "自评表", cell: "B3", content: "用户自己的批注" },
      { sheet: "自评表", cell: "B2", content: `${NOTE_MARKER}[错误] SCORE_MISMATCH\n得分应为 9.96` },
    ]);
    await applyWritePlan(excel.env(), withNotes);
    expect(state.notes).toHaveLength(2);
    const cleared = await clearHighlights(excel.env());
    expect(cleared.notesRemoved).toBe(1);
    expect(state.notes).toEqual([{ sheet: "自评表", cell: "B3", content: "用户自己的批注" }]);
  });

  it("falls back to comments where notes are unsupported (ExcelApi 1.10), and removes them on clear", async () => {
    const state = smallWorkbook();
    const excel = new FakeExcel(state, { excelApi: "1.12" });
    const out = await applyWritePlan(excel.env(), withNotes);
    expect(out).toMatchObject({ notes: "comments", commentsIncomplete: false });
    expect(state.comments.map((c) => [c.sheet, c.cell])).toEqual([
      ["自评表", "B2"],
      ["自评表", "B3"],
    ]);
    await applyWritePlan(excel.env(), withNotes);
    expect(state.comments).toHaveLength(2);
    await clearHighlights(excel.env());
    expect(state.comments).toHaveLength(0);
  });

  it("leaves a cell with the user's comment thread alone and still comments the others", async () => {
    const state = smallWorkbook();
    state.comments.push({ id: "u1", sheet: "自评表", cell: "B3", content: "请核实" });
    const excel = new FakeExcel(state, { excelApi: "1.12" });
    const out = await applyWritePlan(excel.env(), withNotes);
    expect(out.commentsIncomplete).toBe(false);
    expect(out.keptUserNotes).toEqual(["'自评表'!B3"]);
    expect(state.comments.map((c) => [c.cell, c.content.startsWith(NOTE_MARKER)])).toEqual([
      ["B3", false],
      ["B2", true],
    ]);
    expect(getCell(excel.sheet("自评表"), "B3")?.fill?.color).toBe(FILL_COLORS.error);
    expect(state.comments.find((c) => c.id === "u1")?.content).toBe("请核实");
    expect(excel.sheet("校验结果").cells.size).toBeGreaterThan(0);
  });

  it("leaves notes to the results sheet where neither API exists (ExcelApi 1.9)", async () => {
    const state = smallWorkbook();
    const excel = new FakeExcel(state, { excelApi: "1.9" });
    const out = await applyWritePlan(excel.env(), withNotes);
    expect(out.notes).toBe("results-sheet");
    expect(state.notes).toHaveLength(0);
    expect(state.comments).toHaveLength(0);
    expect(excel.stats.syncs).toBe(2);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the finding's cell", async () => {
    const excel = new FakeExcel(smallWorkbook());
    await selectCell(excel.env(), "Sheet 2", "C12");
    expect(excel.state.selection).toEqual({ sheet: "Sheet 2", address: "C12" });
  });

  it("reports a sheet that no longer exists", async () => {
    await expect(selectCell(new FakeExcel(smallWorkbook()).env(), "已删除", "A1")).rejects.toMatchObject({ code: "sheet-missing", params: { sheet: "已删除" } });
  });
});
