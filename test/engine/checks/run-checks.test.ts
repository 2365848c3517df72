import type { Check } from "../../../src/engine/checks/check";
import { runChecks, setStrictChecks, strictChecks } from "../../../src/engine/checks/run-checks";
import { SELF_EVALUATION_CHECKS } from "../../../src/engine/forms/self-evaluation";
import type { SelfEvalCheck } from "../../../src/engine/forms/self-evaluation/checks/check";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { ProfileSchema, type ProfileInput } from "../../../src/engine/profile/schema";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import type { Row } from "../check-tester";

/**
 * A self-evaluation with an overachievement (E3: 80 against ≥50), a wrong score (G4: 30 entered, 24 computed) and so a
 * wrong total (G6), no 质量/时效 indicators (A3, C3) and 一级 weights other than Shenzhen's (A4).
 */
const rows: Row[] = [
  ["项目名称", "社区书屋", null, null, null, null, null, null],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["产出指标", "数量指标", "新增书屋", "≥50个", "80个", 50, 50, null],
  ["效益指标", "社会效益指标", "惠及居民", "≥5000人", "4000人", 30, 30, "居民外出务工"],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92%", 20, 20, null],
  ["总分", null, null, null, null, 100, 100, null],
];
const snapshot = WorkbookSnapshotSchema.parse({ name: "t.xlsx", sheets: [{ name: "自评表", origin: { row: 0, col: 0 }, values: rows, merged: [] }] });
const profile = (checks?: ProfileInput["checks"]) => ProfileSchema.parse({ ...BUILTIN_PROFILES.shenzhen, ...(checks ? { checks } : {}) });
const codes = (checks?: ProfileInput["checks"]) => validateWorkbook(snapshot, { profile: profile(checks) }).report.findings.map((f) => `${f.code}@${f.cell}`);

const boom: SelfEvalCheck = {
  name: "boom",
  codes: ["SCORE_MISMATCH"],
  run() {
    throw new TypeError("Cannot read properties of undefined (reading 'cell')");
  },
};

/** Run `fn` with one extra self-evaluation check registered. */
function withCheck<T>(check: SelfEvalCheck, fn: () => T): T {
  SELF_EVALUATION_CHECKS.unshift(check);
  try {
    return fn();
  } finally {
    SELF_EVALUATION_CHECKS.splice(SELF_EVALUATION_CHECKS.indexOf(check), 1);
  }
}
function lenient<T>(fn: () => T): T {
  setStrictChecks(false);
  try {
    return fn();
  } finally {
    setStrictChecks(true);
  }
}

const ALL = ["MISSING_INDICATOR_CATEGORY@A3", "MISSING_INDICATOR_CATEGORY@C3", "OVERACHIEVEMENT@E3", "WEIGHT_SUM_MISMATCH@A4", "SCORE_MISMATCH@G4", "SCORE_MISMATCH@G6"];
const without = (...gone: string[]) => ALL.filter((x) => !gone.includes(x));

describe("the check runner", () => {
  test("tests run strict (test/setup/strict-checks.ts)", () => {
    expect(strictChecks()).toBe(true);
  });

  test("the form's findings with every check on", () => {
    expect(codes()).toEqual(ALL);
  });

  test("a throwing check becomes CHECK_FAILED naming it, at the form's first cell; the other checks still run", () => {
    const { report } = lenient(() => withCheck(boom, () => validateWorkbook(snapshot)));
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["CHECK_FAILED@A1", ...ALL]);
    const failed = report.findings[0];
    expect(failed.severity).toBe("warning");
    expect(failed.message).toBe("检查「boom」在这张表上运行出错，未能完成，这一项未作校验；其他检查照常进行。请把此文件报告给 budget-check 维护者");
    const en = lenient(() => withCheck(boom, () => validateWorkbook(snapshot, { lang: "en" })));
    expect(en.report.findings[0].message).toMatch(/^The check “boom” failed on this form/);
  });

  test("in strict mode (tests) a throwing check fails with its name", () => {
    expect(() => withCheck(boom, () => validateWorkbook(snapshot))).toThrow(`check "boom" threw: Cannot read properties of undefined (reading 'cell')`);
  });

  test("in strict mode a check raising a code it did not declare fails, naming the check and the code", () => {
    const sloppy: Check<[number]> = { name: "sloppy", codes: ["WEIGHT_SUM_MISMATCH"], run: () => [{ code: "SUM_MISMATCH", sheet: "S", cell: "A1", params: { label: "合计" } }] };
    const site = { sheet: "S", cell: "A1" };
    expect(() => runChecks([sloppy], [1], { profile: BUILTIN_PROFILES.shenzhen, site })).toThrow(
      `check "sloppy" raised SUM_MISMATCH, which it does not declare (codes: WEIGHT_SUM_MISMATCH)`,
    );
    // Outside tests the finding is kept: a report is never lost to a wrong declaration.
    expect(lenient(() => runChecks([sloppy], [1], { profile: BUILTIN_PROFILES.shenzhen, site })).map((d) => d.code)).toEqual(["SUM_MISMATCH"]);
  });
});

describe("a profile's checks.pick / checks.skip", () => {
  test("skip by code", () => {
    expect(codes({ skip: ["OVERACHIEVEMENT"] })).toEqual(without("OVERACHIEVEMENT@E3"));
  });
  test("skip by catalogue tag: #score drops the score findings", () => {
    expect(codes({ skip: ["#score"] })).toEqual(without("SCORE_MISMATCH@G4", "SCORE_MISMATCH@G6"));
  });
  test("skip by check name: indicator-scores off, the total's SCORE_MISMATCH (total-and-grade) stays", () => {
    expect(codes({ skip: ["indicator-scores"] })).toEqual(without("SCORE_MISMATCH@G4"));
  });
  test("pick by code: only that code", () => {
    expect(codes({ pick: ["OVERACHIEVEMENT"] })).toEqual(["OVERACHIEVEMENT@E3"]);
  });
  test("pick and skip together: skip wins", () => {
    expect(codes({ pick: ["SCORE_MISMATCH", "OVERACHIEVEMENT"], skip: ["total-and-grade"] })).toEqual(["OVERACHIEVEMENT@E3", "SCORE_MISMATCH@G4"]);
  });
  test("findings no check raises (FORM_NOT_RECOGNISED) are skipped too", () => {
    const nearMiss = WorkbookSnapshotSchema.parse({
      name: "t.xlsx",
      sheets: [{ name: "S", origin: { row: 0, col: 0 }, values: [["一级指标", "二级指标", "三级指标", "得分"], ["产出指标", "数量指标", "x", 5]], merged: [] }],
    });
    const all = validateWorkbook(nearMiss).report.findings.map((f) => f.code);
    expect(all).toContain("FORM_NOT_RECOGNISED");
    const p = profile({ skip: ["FORM_NOT_RECOGNISED"] });
    expect(validateWorkbook(nearMiss, { profile: p }).report.findings.map((f) => f.code)).not.toContain("FORM_NOT_RECOGNISED");
  });
  test("the profile schema: lists default to empty, entries are non-empty", () => {
    expect(ProfileSchema.parse({ ...BUILTIN_PROFILES.shenzhen, checks: {} }).checks).toEqual({ pick: [], skip: [] });
    expect(ProfileSchema.safeParse({ ...BUILTIN_PROFILES.shenzhen, checks: { skip: [""] } }).success).toBe(false);
  });
});
