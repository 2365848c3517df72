/**
 * Issue 11, data loss: a write that fails anywhere can be cleared back (point 4); replace-then-clear gives the
 * user's number back (point 5); a value is written only where the cell still holds what the plan was made from
 * (point 9); No Fill is never restored as white (point 6). Run against the strict in-memory Excel.
 */
import { FILL_COLORS, type WritePlan } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../../src/hosts/excel/clear-highlights";
import { NOTE_MARKER, STATE_SETTING_KEY, isOwnNote, savedFill } from "../../../src/hosts/excel/highlight-state";
import { FakeExcel, getCell, newSheet, newWorkbook, putCell, reopen, type FakeWorkbookState } from "./fake-excel";

const RESULTS = "校验结果";

/** Everything a user could lose, outside budget-check's own results sheet: every cell, note and comment. */
function userContent(state: FakeWorkbookState) {
  const sheets = state.sheets
    .filter((s) => s.name !== RESULTS)
    .map((s) => {
      const cells = [...s.cells]
        .map(([k, c]) => {
          const numberFormat = c.numberFormat && c.numberFormat !== "General" ? c.numberFormat : null;
          return [k, { value: c.value ?? null, formula: c.formula ?? null, numberFormat, fill: c.fill ?? null }] as const;
        })
        .filter(([, c]) => c.value !== null || c.formula !== null || c.numberFormat !== null || c.fill !== null)
        .sort(([a], [b]) => a.localeCompare(b));
      return [s.name, cells] as const;
    });
  return { sheets, notes: state.notes.filter((n) => !isOwnNote(n.content)), comments: state.comments.filter((c) => !isOwnNote(c.content)) };
}

/** A self-evaluation-like sheet: no fill, white fill, coloured, patterned and tinted cells, entered scores, a user note. */
function workbook(): FakeWorkbookState {
  const a = newSheet("自评表");
  putCell(a, "A1", { value: "项目名称" });
  putCell(a, "B2", { value: 10, fill: { color: "#FFFF00", pattern: "Solid", patternColor: null } });
  putCell(a, "B3", { value: 20 });
  putCell(a, "B4", { value: 30, fill: { color: "#00B0F0", pattern: "Gray25", patternColor: "#7030A0" } });
  putCell(a, "B5", { value: 40, fill: { color: "#FFFFFF", pattern: "Solid", patternColor: null } });
  putCell(a, "B6", { value: 50, fill: { color: "#4472C4", pattern: "Solid", patternColor: null, tintAndShade: 0.4 } });
  putCell(a, "C2", { value: 8, numberFormat: "0.00" });
  putCell(a, "C3", { value: "=1+1", numberFormat: "@" });
  const b = newSheet("Sheet 2");
  putCell(b, "A1", { value: "x" });
  const state = newWorkbook("safety.xlsx", [a, b]);
  state.notes.push({ sheet: "自评表", cell: "B3", content: "用户自己的批注" });
  return state;
}

function fullPlan(): WritePlan {
  return {
    values: [
      // A computed score into an empty cell, a text into an empty cell, and an entered 8 the user asked to replace.
      { sheet: "自评表", cell: "D2", value: 99.96, numberFormat: "0.00" },
      { sheet: "自评表", cell: "D3", value: "=不是公式" },
      { sheet: "自评表", cell: "C2", value: 9.5, numberFormat: "0.00", replaces: "8" },
    ],
    fills: [
      { sheet: "自评表", color: FILL_COLORS.error, cells: ["B2", "B3", "C2"] },
      { sheet: "自评表", color: FILL_COLORS.warning, cells: ["B4:B6"] },
      { sheet: "自评表", color: FILL_COLORS.computed, cells: ["D2", "D3"] },
    ],
    notes: [
      { sheet: "自评表", cell: "B2", text: "[错误] SCORE_MISMATCH\n得分应为 9.96" },
      { sheet: "自评表", cell: "B3", text: "[错误] SUM_MISMATCH" },
      { sheet: "自评表", cell: "C2", text: "budget-check 计算值：9.5\n原值：8" },
      { sheet: "自评表", cell: "D2", text: "budget-check 计算值：99.96" },
    ],
    results: {
      sheetName: RESULTS,
      rows: [
        { values: ["budget-check 校验结果"], style: "title" },
        { values: [1, "错误", "SCORE_MISMATCH", "自评表", "B2", "得分应为 9.96"], style: "error", link: { sheet: "自评表", cell: "B2", column: 4 } },
      ],
      columnWidths: [6, 10],
    },
  };
}

describe("a write that fails half-way can be cleared back (point 4)", () => {
  /** A first run colours B2 and E9, so the plan above has a stale cell (E9) to give back. */
  const earlierRun = (): WritePlan => ({ ...fullPlan(), fills: [{ sheet: "自评表", color: FILL_COLORS.info, cells: ["B2", "E9"] }], values: [], notes: [] });
  const afterEarlierRun = (): FakeWorkbookState => workbook();

  async function actionsOfWrite(excelApi: string, payloadBudget?: number): Promise<{ actions: number; syncs: number }> {
    const excel = new FakeExcel(afterEarlierRun(), { strict: true, excelApi });
    await applyWritePlan(excel.env(), earlierRun());
    excel.resetStats();
    await applyWritePlan(excel.env(), fullPlan(), { payloadBudget });
    return { actions: excel.actionsRun, syncs: excel.stats.syncs };
  }

  for (const [label, excelApi] of [
    ["notes (ExcelApi 1.18)", "1.18"],
    ["comments (ExcelApi 1.12)", "1.12"],
  ] as const) {
    it(`${label}: failing any single action of the write, then clearing, restores every fill, note and value`, async () => {
      const { actions } = await actionsOfWrite(excelApi);
      expect(actions).toBeGreaterThan(20);
      const original = userContent(workbook());
      for (let n = 1; n <= actions; n++) {
        const state = afterEarlierRun();
        const first = new FakeExcel(state, { strict: true, excelApi });
        await applyWritePlan(first.env(), earlierRun());
        first.resetStats();
        const failing = new FakeExcel(state, { strict: true, excelApi, failAtAction: n });
        const outcome = await applyWritePlan(failing.env(), fullPlan()).then(
          () => "written",
          (e: { code?: string }) => e.code,
        );
        expect(["written", "read-failed", "write-failed"]).toContain(outcome);
        // Cleared after the workbook was saved, closed and opened again.
        const reopened = reopen(state);
        await clearHighlights(new FakeExcel(reopened, { strict: true, excelApi }).env());
        expect({ n, content: userContent(reopened) }).toEqual({ n, content: original });
        expect(reopened.notes.filter((x) => isOwnNote(x.content))).toEqual([]);
        expect(reopened.comments.filter((x) => isOwnNote(x.content))).toEqual([]);
        expect(reopened.settings.has(STATE_SETTING_KEY)).toBe(false);
      }
    });
  }

  it("failing each write request in turn (a plan split into many requests), then clearing, restores everything", async () => {
    const budget = 1500;
    const { syncs } = await actionsOfWrite("1.18", budget);
    expect(syncs).toBeGreaterThan(5);
    const original = userContent(workbook());
    for (let n = 1; n <= syncs; n++) {
      const state = afterEarlierRun();
      await applyWritePlan(new FakeExcel(state, { strict: true }).env(), earlierRun());
      await applyWritePlan(new FakeExcel(state, { strict: true, failAtSync: n }).env(), fullPlan(), { payloadBudget: budget }).catch(() => undefined);
      const reopened = reopen(state);
      await clearHighlights(new FakeExcel(reopened, { strict: true }).env());
      expect({ n, content: userContent(reopened) }).toEqual({ n, content: original });
    }
  });

  it("stores the record of originals as the first write action, before any cell changes", async () => {
    const untouched = userContent(workbook());
    let n = 1;
    for (; ; n++) {
      const state = workbook();
      const outcome = await applyWritePlan(new FakeExcel(state, { strict: true, failAtAction: n }).env(), fullPlan()).catch((e: { code: string }) => e.code);
      expect(outcome).not.toHaveProperty("syncs");
      if (outcome === "write-failed") {
        // The record itself was refused: nothing else was changed either.
        expect(state.settings.has(STATE_SETTING_KEY)).toBe(false);
        expect(userContent(state)).toEqual(untouched);
        break;
      }
    }
    const state = workbook();
    await expect(applyWritePlan(new FakeExcel(state, { strict: true, failAtAction: n + 1 }).env(), fullPlan())).rejects.toMatchObject({ code: "write-failed" });
    expect(state.settings.has(STATE_SETTING_KEY)).toBe(true);
  });
});

describe("overwrite, then clear, gives the user's number back (point 5)", () => {
  it("restores the replaced value and its number format exactly, and empties the cells that were empty", async () => {
    const state = workbook();
    const excel = new FakeExcel(state, { strict: true });
    await applyWritePlan(excel.env(), fullPlan());
    const a = excel.sheet("自评表");
    expect(getCell(a, "C2")).toMatchObject({ value: 9.5, numberFormat: "0.00" });
    expect(getCell(a, "D3")).toMatchObject({ value: "=不是公式", formula: null, numberFormat: "@" });
    const out = await clearHighlights(excel.env());
    expect(out).toMatchObject({ valuesRestored: 3, valuesKept: 0 });
    expect(getCell(a, "C2")).toMatchObject({ value: 8, numberFormat: "0.00", formula: null });
    expect(getCell(a, "D2")?.value ?? null).toBeNull();
    expect(getCell(a, "D3")?.value ?? null).toBeNull();
    expect(userContent(state)).toEqual(userContent(workbook()));
  });

  it("keeps what the user typed into a written cell after the write", async () => {
    const state = workbook();
    const excel = new FakeExcel(state, { strict: true });
    await applyWritePlan(excel.env(), fullPlan());
    putCell(state.sheets[0], "C2", { value: 7.25 });
    const out = await clearHighlights(excel.env());
    expect(out).toMatchObject({ valuesRestored: 2, valuesKept: 1 });
    expect(getCell(state.sheets[0], "C2")?.value).toBe(7.25);
  });

  it("still gives the true original back after two runs (the earlier original wins)", async () => {
    const state = workbook();
    const excel = new FakeExcel(state, { strict: true });
    await applyWritePlan(excel.env(), fullPlan());
    const second = fullPlan();
    second.values = [{ sheet: "自评表", cell: "C2", value: 9.75, numberFormat: "0.00", replaces: "9.5" }];
    await applyWritePlan(excel.env(), second);
    expect(getCell(state.sheets[0], "C2")?.value).toBe(9.75);
    await clearHighlights(new FakeExcel(reopen(state), { strict: true }).env());
    await clearHighlights(excel.env());
    expect(getCell(state.sheets[0], "C2")?.value).toBe(8);
    expect(userContent(state)).toEqual(userContent(workbook()));
  });
});

describe("replace only if the cell still holds what was planned (point 9)", () => {
  it("skips a value whose cell changed since the check, as the file host does", async () => {
    const state = workbook();
    // Since the check: the user typed 8.5 over the 8 the plan would replace, and filled the empty D2.
    putCell(state.sheets[0], "C2", { value: 8.5 });
    putCell(state.sheets[0], "D2", { value: "待定" });
    const out = await applyWritePlan(new FakeExcel(state, { strict: true }).env(), fullPlan());
    expect(out.skippedValues).toEqual(["'自评表'!D2", "'自评表'!C2"]);
    expect(getCell(state.sheets[0], "C2")?.value).toBe(8.5);
    expect(getCell(state.sheets[0], "D2")?.value).toBe("待定");
    expect(getCell(state.sheets[0], "D3")?.value).toBe("=不是公式");
  });

  it("never writes over a formula, even one showing the planned value", async () => {
    const state = workbook();
    putCell(state.sheets[0], "C2", { value: 8, formula: "=4*2" });
    const out = await applyWritePlan(new FakeExcel(state, { strict: true }).env(), fullPlan());
    expect(out.skippedValues).toContain("'自评表'!C2");
    expect(getCell(state.sheets[0], "C2")).toMatchObject({ value: 8, formula: "=4*2" });
  });
});

describe("No Fill is never restored as white (point 6)", () => {
  it("reads No Fill as Excel reports it (#FFFFFF, pattern null) and clears it back to no fill", async () => {
    const state = workbook();
    const excel = new FakeExcel(state, { strict: true });
    await applyWritePlan(excel.env(), fullPlan());
    expect(getCell(state.sheets[0], "B3")?.fill?.color).toBe(FILL_COLORS.error);
    await clearHighlights(excel.env());
    const a = state.sheets[0];
    expect(getCell(a, "B3")?.fill ?? null).toBeNull();
    expect(getCell(a, "D2")?.fill ?? null).toBeNull();
    expect(getCell(a, "B5")?.fill).toEqual({ color: "#FFFFFF", pattern: "Solid", patternColor: null });
    expect(getCell(a, "B6")?.fill).toEqual({ color: "#4472C4", pattern: "Solid", patternColor: null, tintAndShade: 0.4 });
    expect(getCell(a, "B4")?.fill).toEqual({ color: "#00B0F0", pattern: "Gray25", patternColor: "#7030A0" });
  });

  it("turns Office's fill readings into what to restore", () => {
    expect(savedFill({ color: "#FFFFFF", pattern: null, patternColor: null, tintAndShade: null })).toBeNull();
    expect(savedFill({ color: "#FFFFFF", pattern: null, patternColor: null, tintAndShade: 0 })).toEqual({ color: "#FFFFFF", pattern: null, patternColor: null });
    expect(savedFill({ color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: 0 })).toBeNull();
    // ExcelApi < 1.9: no pattern, no tint known; white is taken as no fill rather than painted.
    expect(savedFill({ color: "#FFFFFF", pattern: null, patternColor: null })).toBeNull();
    expect(savedFill({ color: "#FFFF00", pattern: null, patternColor: null })).toEqual({ color: "#FFFF00", pattern: null, patternColor: null });
  });

  it("never colours a cell with a gradient fill (Office.js cannot set one back); its note is still written", async () => {
    const state = workbook();
    putCell(state.sheets[0], "B2", { fill: { color: "#FFFF00", pattern: "LinearGradient", patternColor: null } });
    const out = await applyWritePlan(new FakeExcel(state, { strict: true }).env(), fullPlan());
    expect(out.keptGradients).toEqual(["'自评表'!B2"]);
    expect(getCell(state.sheets[0], "B2")?.fill).toEqual({ color: "#FFFF00", pattern: "LinearGradient", patternColor: null });
    expect(state.notes.some((n) => n.cell === "B2" && n.content.startsWith(NOTE_MARKER))).toBe(true);
  });
});
