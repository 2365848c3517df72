/**
 * 忽略 / 已核实 (issue 12): a decision on a finding is kept in the workbook's review sheet; a re-check lists that
 * finding as reviewed, not counted and not marked, and the results sheet lists it as reviewed. A finding whose
 * values changed since is reported again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REVIEW_SHEET, applyReviews, findingFingerprint, readReviews, reviewOf, reviewSheetCells, withReviews } from "../../../src/engine/reviews";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { readWorkbook } from "../../../src/hosts/file/read";

const FILE = path.join(__dirname, "../../../examples/seed004-department-evaluation.xlsx");

describe("reviewed findings", () => {
  it("a re-check keeps a reviewed finding quiet: listed under reviewed, not counted, not marked, on the results sheet", async () => {
    const snapshot = await readWorkbook(readFileSync(FILE), "seed004-department-evaluation.xlsx");
    const first = validateWorkbook(snapshot);
    expect(first.report.summary.errors).toBe(2);
    expect(first.report.reviewed).toBeUndefined();
    const rate = first.report.findings.find((f) => f.message.includes("编外人员控制率"))!;

    const decided = withReviews(snapshot, [reviewOf(rate, "verified", "  编外人员含劳务派遣，已与人事处核对  ", "2026-12-03T09:00:00.000Z")]);
    expect(decided.sheets.find((s) => s.name === REVIEW_SHEET)?.visibility).toBe("veryHidden");
    const again = validateWorkbook(decided);
    expect(again.report.summary.errors).toBe(1);
    expect(again.report.findings.map((f) => f.cell)).not.toContain(rate.cell);
    expect(again.report.reviewed).toEqual([{ ...rate, review: { status: "verified", reason: "编外人员含劳务派遣，已与人事处核对", at: "2026-12-03T09:00:00.000Z" } }]);
    // Same forms and scores: the review sheet is not a form.
    expect(again.report.forms).toEqual(first.report.forms);

    const plan = planWrites(decided, again);
    expect(plan.fills.flatMap((g) => g.cells.map((c) => `${g.sheet}!${c}`))).not.toContain(`${rate.sheet}!${rate.cell}`);
    const rows = plan.results.rows.map((r) => r.values.map(String));
    const title = rows.findIndex((r) => r[0] === "已审核的问题（忽略 / 已核实，不计入错误）");
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 2]).toEqual(["1", "已核实", "CROSS_TABLE_MISMATCH", rate.sheet, rate.cell, rate.message, "编外人员含劳务派遣，已与人事处核对", "2026-12-03"]);
    expect(rows[0][0]).toBe("budget-check 校验结果");
    expect(rows.find((r) => r[0].startsWith("错误"))?.[0]).toBe("错误 1 项，警告 0 项，提示 0 项");
  });

  it("a finding whose values changed is reported again; the latest decision per finding is kept; damaged rows skipped", () => {
    const f = { code: "SCORE_MISMATCH" as const, severity: "error" as const, sheet: "S", cell: "H14", related: [], expected: 0.25, actual: 0.5, message: "m" };
    const report = { file: "f", profile: "p", forms: [], findings: [f], summary: { errors: 1, warnings: 0, info: 0 } };
    const r = reviewOf({ ...f, actual: 0.6 }, "ignored", "x", "t");
    expect(applyReviews(report, [r])).toBe(report);
    const twice = reviewSheetCells([reviewOf(f, "ignored", "a", "t1"), reviewOf(f, "verified", "b", "t2")]);
    expect(twice).toHaveLength(2);
    const snap = { name: "f", sheets: [{ name: REVIEW_SHEET, visibility: "veryHidden" as const, protected: false, origin: { row: 0, col: 0 }, values: [...twice, "{broken", "[]"].map((c) => [c]), merged: [] }] };
    expect(readReviews(snap).map((x) => [x.key, x.status, x.reason])).toEqual([[findingFingerprint(f), "verified", "b"]]);
  });
});
