/**
 * Issue 11, points 8 and 10: what Excel refuses is told to the user in their language, the comments fallback
 * survives a refusal, budget-check's notes are recognised whatever line endings Excel hands back, and an old
 * results sheet is replaced even when it was made very hidden.
 */
import { FILL_COLORS, type WritePlan } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../../src/hosts/excel/clear-highlights";
import { officeEnvironment, RUN_OPTIONS } from "../../../src/hosts/excel/context";
import { ExcelHostError, hostError } from "../../../src/hosts/excel/errors";
import { NOTE_MARKER, isOwnNote } from "../../../src/hosts/excel/highlight-state";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { selectCell } from "../../../src/hosts/excel/select-cell";
import { describeError } from "../../../src/taskpane/describe-error";
import { createPaneI18n } from "../../../src/taskpane/i18n";
import { FakeExcel, OfficeError, getCell, newSheet, newWorkbook, putCell, type FakeWorkbookState } from "./fake-excel";

function workbook(): FakeWorkbookState {
  const a = newSheet("自评表");
  putCell(a, "A1", { value: "项目名称" });
  for (let r = 2; r <= 6; r++) putCell(a, `B${r}`, { value: r * 10 });
  const b = newSheet("说明", { visibility: "Hidden" });
  putCell(b, "A1", { value: "x" });
  return newWorkbook("errors.xlsx", [a, b]);
}

const results: WritePlan["results"] = { sheetName: "校验结果", rows: [{ values: ["budget-check 校验结果"], style: "title" }], columnWidths: [6] };

const notesPlan = (cells: string[]): WritePlan => ({
  values: [],
  fills: [{ sheet: "自评表", color: FILL_COLORS.error, cells }],
  notes: cells.map((cell) => ({ sheet: "自评表", cell, text: `[错误] X\n${cell}` })),
  results,
});

const zh = createPaneI18n("zh").t;
const en = createPaneI18n("en").t;

describe("cell-edit mode, another workbook in focus, a failed select (point 8)", () => {
  it("asks Excel to wait while the user edits a cell, instead of failing the read", async () => {
    const excel = new FakeExcel(workbook(), { cellEditMode: true });
    const snap = await readSnapshot(excel.env());
    expect(snap.sheets[0].values[1][1]).toBe(20);
    expect(RUN_OPTIONS).toEqual({ delayForCellEdit: true });
  });

  it("passes delayForCellEdit to Excel.run in the live environment", async () => {
    const calls: unknown[][] = [];
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    g.Excel = { run: (...args: unknown[]) => (calls.push(args), Promise.resolve("ok")) };
    g.Office = { context: { requirements: { isSetSupported: () => true } } };
    try {
      await officeEnvironment().run(async () => "x", RUN_OPTIONS);
      expect(calls[0][0]).toEqual({ delayForCellEdit: true });
      expect(typeof calls[0][1]).toBe("function");
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });

  it("says so when Excel is in cell-edit mode where it cannot wait (older Excel)", async () => {
    const env = new FakeExcel(workbook(), { cellEditMode: true }).env();
    const noDelay = { ...env, run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => env.run(batch) };
    const e = await readSnapshot(noDelay).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "cell-edit" });
    expect(describeError(e, zh, "zh")).toBe("Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试，未作任何修改。");
  });

  it("says another workbook holds the focus, for a read, a write and a clear", async () => {
    const excel = new FakeExcel(workbook(), { inactiveWorkbook: true });
    for (const run of [() => readSnapshot(excel.env()), () => applyWritePlan(excel.env(), notesPlan(["B2"])), () => clearHighlights(excel.env())]) {
      const e = await run().catch((x: unknown) => x);
      expect(e).toMatchObject({ code: "inactive-workbook" });
      expect(describeError(e, zh, "zh")).toContain("焦点在另一个工作簿中");
      expect(describeError(e, en, "en")).toContain("another workbook has the focus");
    }
  });

  it("reports a hidden sheet and a failed select as such, not as a failed read", async () => {
    const excel = new FakeExcel(workbook());
    await expect(selectCell(excel.env(), "说明", "A1")).rejects.toMatchObject({ code: "sheet-hidden", params: { sheet: "说明" } });
    const bad = await selectCell(excel.env(), "自评表", "not-a-cell").catch((x: unknown) => x);
    expect(bad).toMatchObject({ code: "select-failed" });
    expect(describeError(bad, zh, "zh")).toBe("无法在 Excel 中选中该单元格：Excel 不接受此操作（代码 InvalidArgument）");
  });
});

describe("Office's raw error text never reaches the user (point 10)", () => {
  it("turns an Office error into a localised reason with the bare code, never Office's English message", () => {
    const e = hostError("write-failed", new OfficeError("AccessDenied", "You cannot perform the requested operation."));
    expect(e).toBeInstanceOf(ExcelHostError);
    expect(e.params).toEqual({ reason: "access-denied", detail: "AccessDenied" });
    const text = describeError(e, zh, "zh");
    expect(text).toBe("写入工作簿时出错：Excel 拒绝了修改（工作表或工作簿受保护，或文件只读）（代码 AccessDenied）。可点击「清除标注」恢复写入前的填充颜色、批注和数值。");
    expect(text).not.toContain("requested operation");
    expect(describeError(hostError("read-failed", new TypeError("x is null")), en, "en")).toBe("Could not read the workbook; nothing was changed: unknown reason (code TypeError)");
  });
});

describe("notes and comments (point 10)", () => {
  it("recognises its own notes whatever line endings Excel returns, and nothing else", () => {
    for (const nl of ["\n", "\r\n", "\r"]) expect(isOwnNote(`budget-check:${nl}[错误] X`)).toBe(true);
    expect(isOwnNote(" budget-check: \r\nx")).toBe(true);
    expect(isOwnNote("budget-check: 我的想法")).toBe(false);
    expect(isOwnNote("用户：budget-check:\n")).toBe(false);
  });

  it("replaces and clears its notes when Excel hands them back with \\r\\n", async () => {
    const state = workbook();
    state.notes.push({ sheet: "自评表", cell: "B2", content: "budget-check:\r\n[错误] 旧的说明" });
    const excel = new FakeExcel(state);
    const out = await applyWritePlan(excel.env(), notesPlan(["B2"]));
    expect(out.keptUserNotes).toEqual([]);
    expect(state.notes).toEqual([{ sheet: "自评表", cell: "B2", content: `${NOTE_MARKER}[错误] X\nB2` }]);
    state.notes[0].content = state.notes[0].content.replace(/\n/g, "\r\n");
    await clearHighlights(excel.env());
    expect(state.notes).toEqual([]);
  });

  it("a refused comment costs only that comment: every later one is still added", async () => {
    const state = workbook();
    const cells = ["B2", "B3", "B4", "B5", "B6"];
    // Count the actions up to the first comment add, then make Excel refuse exactly that one.
    const probe = new FakeExcel(workbook(), { excelApi: "1.12" });
    const before = await applyWritePlan(probe.env(), { ...notesPlan(cells), notes: [] }).then(() => probe.actionsRun);
    const excel = new FakeExcel(state, { excelApi: "1.12", failAtAction: before + 1 });
    const out = await applyWritePlan(excel.env(), notesPlan(cells));
    expect(out.commentsIncomplete).toBe(true);
    expect(state.comments.map((c) => c.cell)).toEqual(["B3", "B4", "B5", "B6"]);
    expect(cells.every((c) => getCell(state.sheets[0], c)?.fill?.color === FILL_COLORS.error)).toBe(true);
  });
});

describe("the results sheet (point 10)", () => {
  it("replaces an earlier results sheet that was made very hidden (strict Excel refuses to delete one)", async () => {
    const state = workbook();
    const old = newSheet("校验结果", { visibility: "VeryHidden" });
    putCell(old, "A1", { value: "旧结果" });
    state.sheets.push(old);
    const excel = new FakeExcel(state, { strict: true });
    await applyWritePlan(excel.env(), notesPlan(["B2"]));
    const now = state.sheets.filter((s) => s.name === "校验结果");
    expect(now).toHaveLength(1);
    expect(now[0].visibility).toBe("Visible");
    expect(getCell(now[0], "A1")?.value).toBe("budget-check 校验结果");
  });
});
