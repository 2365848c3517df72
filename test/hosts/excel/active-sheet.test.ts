/**
 * Check only the active sheet (issue 12): in Excel only the worksheet the user is on is read (with budget-check's
 * own sheets beside it), still in two round trips; the engine gets that snapshot as any other. In file mode the
 * snapshot is narrowed to the chosen sheet (onlySheet), the engine's entry point unchanged.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { readWorkbook } from "../../../src/hosts/file/read";
import { checkableSheets, onlySheet } from "../../../src/taskpane/sheet-scope";
import { FakeExcel } from "./fake-excel";
import { fakeFromSnapshot } from "./from-snapshot";

const FILE = path.join(__dirname, "../../../examples/seed002-self-evaluation.xlsx");

describe("check only the active sheet", () => {
  it("Excel reads only the active worksheet (and budget-check's own sheets), in two round trips", async () => {
    const full = await readWorkbook(readFileSync(FILE), "seed002-self-evaluation.xlsx");
    const sheets = checkableSheets(full);
    expect(sheets.length).toBeGreaterThan(1);
    const excel = new FakeExcel(fakeFromSnapshot(full));
    // A first full check writes the results sheet, which a later active-sheet read must still see (to replace it).
    const whole = await readSnapshot(excel.env());
    await applyWritePlan(excel.env(), planWrites(whole, validateWorkbook(whole)));

    excel.state.activeSheet = sheets[1];
    excel.resetStats();
    const snap = await readSnapshot(excel.env(), undefined, { activeSheetOnly: true });
    expect(excel.stats.syncs).toBe(2);
    expect(snap.sheets.map((s) => s.name)).toEqual([sheets[1], "校验结果"]);
    const result = validateWorkbook(snap);
    expect(result.report.forms.map((f) => f.sheet)).toEqual([sheets[1]]);
    expect(result.report.findings.every((f) => f.sheet === sheets[1])).toBe(true);
    // The results sheet of the earlier run is budget-check's own: replaced, not joined by a 校验结果(2).
    expect(planWrites(snap, result).results).toMatchObject({ sheetName: "校验结果", replaces: ["校验结果"] });
  });

  it("file mode narrows the snapshot to the chosen sheet; the whole workbook otherwise", async () => {
    const full = await readWorkbook(readFileSync(FILE), "seed002-self-evaluation.xlsx");
    const sheets = checkableSheets(full);
    const all = validateWorkbook(full);
    const one = validateWorkbook(onlySheet(full, sheets[2]));
    expect(all.report.forms.length).toBe(3);
    expect(one.report.forms.map((f) => f.sheet)).toEqual([sheets[2]]);
    // The same findings; `form` is each one's index in its own report's forms, so it is compared as the form it names.
    const named = (r: typeof one.report) => r.findings.map(({ form, ...f }) => ({ ...f, form: form === undefined ? null : r.forms[form].range }));
    expect(named(one.report)).toEqual(named(all.report).filter((f) => f.sheet === sheets[2]));
  });
});
