import { evidenceScore, resolveClaims, type Claim } from "../../../src/engine/forms/compete";
import { parseRange } from "../../../src/engine/address";
import { recogniseForms, validateWorkbook } from "../../../src/engine/validate";
import { budgetTableModule } from "../../../src/engine/forms/budget-table";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import { contextFor } from "../goal-table/helpers";
import { sheet, workbook } from "../budget-table/helpers";
import { GENERIC_HEADERS, INDICATOR_HEADERS as GOAL_HEADERS, NOT_GOAL_TABLE_HEADERS, PROJECT_LABELS } from "../../../src/engine/forms/goal-table/headers";
import { INDICATOR_HEADERS as SELF_HEADERS } from "../../../src/engine/forms/self-evaluation/headers";
import { SCORE as DEPARTMENT_SCORE } from "../../../src/engine/forms/department-evaluation/recognise";
import { normalizeHeader } from "../../../src/engine/text/normalize";

const claim = (name: string, range: string, evidence: number, priority: number, sheetName = "S"): Claim & { name: string } => ({
  name,
  sheet: sheetName,
  box: parseRange(range),
  evidence,
  priority,
});
const names = (cs: { name: string }[]) => cs.map((c) => c.name);

describe("form kinds compete for a region on evidence (forms/compete.ts)", () => {
  test("a header role is worth two rows of content", () => {
    expect(evidenceScore({ roles: 5, rows: 3 })).toBe(13);
    expect(evidenceScore({ roles: 0, rows: 0 })).toBe(0);
  });

  test("the stronger claim wins the region even when its kind is later in the registry", () => {
    const won = resolveClaims([claim("self", "A2:E9", 12, 0), claim("goal", "A1:E9", 17, 2)]);
    expect(names(won)).toEqual(["goal"]);
  });

  test("weaker overlapping claims are dropped, claims that overlap nothing stay, order given is kept", () => {
    const won = resolveClaims([
      claim("budget-block", "A2:B3", 5, 3),
      claim("goal", "A1:E20", 30, 2),
      claim("budget-below", "A25:F40", 9, 3),
      claim("self-in-goal", "A10:E18", 12, 0),
    ]);
    expect(names(won)).toEqual(["goal", "budget-below"]);
  });

  test("on equal evidence the registry order decides, then the claim found first", () => {
    expect(names(resolveClaims([claim("budget", "A1:C5", 10, 3), claim("self", "B2:D6", 10, 0)]))).toEqual(["self"]);
    expect(names(resolveClaims([claim("first", "A1:C5", 10, 1), claim("second", "B2:D6", 10, 1)]))).toEqual(["first"]);
  });

  test("claims on different sheets never compete", () => {
    const won = resolveClaims([claim("a", "A1:E9", 1, 0, "S1"), claim("b", "A1:E9", 50, 1, "S2")]);
    expect(names(won)).toEqual(["a", "b"]);
  });

  test("a chain of overlaps: the strongest wins, the one it knocked out no longer blocks a third", () => {
    // B overlaps A and C; A and C do not overlap. B strongest: A and C both lose to it.
    expect(names(resolveClaims([claim("A", "A1:A5", 5, 0), claim("B", "A5:C5", 9, 1), claim("C", "C1:C5", 5, 2)]))).toEqual(["B"]);
    // A strongest: B loses to A, and C (which only B overlapped) stays.
    expect(names(resolveClaims([claim("A", "A1:A5", 9, 0), claim("B", "A5:C5", 7, 1), claim("C", "C1:C5", 5, 2)]))).toEqual(["A", "C"]);
  });
});

describe("competing recognisers on whole sheets", () => {
  /** A goal table whose header also prints an 实际完成 column (left for the later monitoring, blank). */
  const goalWithActualColumn = (actual: (string | null)[], actualHeader = "实际完成") =>
    sheet(
      "目标表",
      [
        ["项目绩效目标表"],
        ["项目名称", "社区书屋", null, null, null],
        ["项目总金额（元）", 100000, null, null, null],
        ["一级指标", "二级指标", "三级指标", "年度指标值", actualHeader],
        ["产出指标", "数量指标", "新增书屋数量", "≥10个", actual[0]],
        [null, "质量指标", "图书合格率", "≥98%", actual[1]],
        [null, "时效指标", "完成时间", "2024年12月前", actual[2]],
        ["效益指标", "社会效益指标", "惠及居民人数", "≥5000人", actual[3]],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", actual[4]],
      ],
      ["A5:A7"],
    );

  test("a goal table whose header has a self-evaluation word (实际完成) but no actuals is a goal table, not a self-evaluation full of missing values", () => {
    // Registry order (self-evaluation first) read this as a self-evaluation (A2:E9) with five blank actuals.
    const { report } = validateWorkbook(workbook(goalWithActualColumn([null, null, null, null, null])));
    expect(report.forms.map((f) => [f.kind, f.range, f.title])).toEqual([["goal-table", "A1:E9", "社区书屋"]]);
    expect(report.findings.filter((f) => f.code === "MISSING_VALUE")).toEqual([]);
  });

  test("the same header with the actuals filled in is a self-evaluation: the rows decide", () => {
    const { report } = validateWorkbook(workbook(goalWithActualColumn(["12个", "99%", "2024年11月", "6000人", "95%"])));
    expect(report.forms.map((f) => [f.kind, f.range])).toEqual([["self-evaluation", "A2:E9"]]);
  });

  // Issue 10 item 5: the goal table's veto words are derived from the other kinds' result columns (得分, 偏差原因, 分数);
  // an actual column does not veto, so every actual word behaves as 实际完成 does above: blank → goal table, filled →
  // self-evaluation.
  test.each(SELF_HEADERS.actual.map((w) => [w]))("an empty %s column leaves a goal table a goal table; filled, it is a self-evaluation", (word) => {
    const blank = validateWorkbook(workbook(goalWithActualColumn([null, null, null, null, null], word))).report;
    expect(blank.forms.map((f) => f.kind)).toEqual(["goal-table"]);
    expect(blank.findings.filter((f) => f.severity === "error")).toEqual([]);
    const filled = validateWorkbook(workbook(goalWithActualColumn(["12个", "99%", "2024年11月", "6000人", "95%"], word))).report;
    expect(filled.forms.map((f) => f.kind)).toEqual(["self-evaluation"]);
  });

  test("a result column (得分, 偏差原因) is never a goal table's, even left blank", () => {
    for (const word of ["得分", "偏差原因分析及改进措施"]) {
      const { report } = validateWorkbook(workbook(goalWithActualColumn([null, null, null, null, null], word)));
      expect([word, report.forms.some((f) => f.kind === "goal-table")]).toEqual([word, false]);
    }
  });

  test("the veto list is the other kinds' result words, less the goal table's own words: nothing copied, nothing missing", () => {
    const own = new Set([...Object.values(GOAL_HEADERS), ...Object.values(GENERIC_HEADERS), ...Object.values(PROJECT_LABELS)].flat());
    const results = [...SELF_HEADERS.score, ...SELF_HEADERS.reason, ...DEPARTMENT_SCORE].map((w) => normalizeHeader(w));
    expect([...NOT_GOAL_TABLE_HEADERS].sort()).toEqual([...new Set(results.filter((w) => !own.has(w)))].sort());
    for (const w of [...SELF_HEADERS.actual, ...SELF_HEADERS.weight]) expect(NOT_GOAL_TABLE_HEADERS).not.toContain(w);
  });

  test("the budget reader's claim of a goal table's 项目名称 | amounts block loses to the goal table", () => {
    // 项目名称 heads a label column and the block's amounts parse, so the budget reader claims A2:B6; the goal
    // table's header roles, block labels and indicators outweigh four rows of amounts.
    const s = sheet("目标表", [
      ["项目名称", "社区书屋", null, null],
      ["项目总金额", 100000, null, null],
      ["本年度项目金额", 100000, null, null],
      ["财政拨款", 80000, null, null],
      ["其他资金", 20000, null, null],
      ["一级指标", "二级指标", "三级指标", "指标目标值"],
      ["产出指标", "数量指标", "新增书屋数量", "≥10个"],
      ["效益指标", "社会效益指标", "惠及居民人数", "≥5000人"],
      ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]);
    const claims = recogniseForms([new SheetGrid(s)], contextFor()).map((r) => r.place.kind);
    expect(claims).toEqual(["goal-table"]);
    expect(budgetTableModule.recognise(new SheetGrid(s), contextFor()).map((t) => t.range)).toEqual(["A1:B5"]);
    const { report } = validateWorkbook(workbook(s));
    expect(report.forms.map((f) => [f.kind, f.range])).toEqual([["goal-table", "A1:D9"]]);
    expect(report.findings.filter((f) => f.code === "NOT_A_NUMBER" || f.code === "SUM_MISMATCH")).toEqual([]);
  });
});
