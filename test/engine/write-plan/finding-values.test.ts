/**
 * 应为 / 表中为 (issue 12): one rule and one formatter for the pane, the results sheet, the cell notes and the CLI.
 * A rate keeps its %, amounts keep the message's thousands separators, findings about missing text and info findings
 * show no 应为, and an entered 89.945 is shown as entered everywhere.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatReport } from "../../../src/cli/human-output";
import { formatFindingValue, shownValues } from "../../../src/engine/finding-values";
import type { Finding } from "../../../src/engine/findings/finding";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { readWorkbook } from "../../../src/hosts/file/read";
import { innovation } from "../../../scripts/examples/seed002";
import { clone, validateForms } from "../self-evaluation/helpers";

const EXAMPLES = path.join(__dirname, "../../../examples");

async function check(name: string) {
  const snapshot = await readWorkbook(readFileSync(path.join(EXAMPLES, name)), name);
  const result = validateWorkbook(snapshot);
  return { snapshot, result, plan: planWrites(snapshot, result) };
}

/** The results sheet's finding row of a finding: [应为, 表中为]. */
function sheetValues(plan: ReturnType<typeof planWrites>, f: Finding): unknown[] {
  const row = plan.results.rows.find((r) => r.link && r.values[2] === f.code && r.link.sheet === f.sheet && r.link.cell === f.cell && r.values[5] === f.message)!;
  return row.values.slice(6, 8);
}

describe("应为 / 表中为", () => {
  it("keeps the % of a rate, as the message writes it, in the results sheet and the CLI", async () => {
    const { plan, result } = await check("seed004-department-evaluation.xlsx");
    const rate = result.report.findings.find((f) => f.code === "CROSS_TABLE_MISMATCH" && f.message.includes("编外人员控制率"))!;
    expect([rate.expected, rate.actual]).toEqual([13.04, 15]);
    expect(shownValues(rate)).toEqual({ expected: "13.04%", actual: "15.00%" });
    expect(sheetValues(plan, rate)).toEqual(["13.04%", "15.00%"]);
    expect(plan.notes.find((n) => n.sheet === rate.sheet && n.cell === rate.cell)!.text).toContain("应为: 13.04%");
    expect(formatReport(result.report, result.profile, "zh")).toContain("[应为 13.04%]");
  });

  it("writes amounts with the message's thousands separators (1,338, not 1338)", async () => {
    const { plan, result } = await check("seed001-department-budget.xlsx");
    const tail = result.report.findings.find((f) => f.code === "ROUNDING_TAIL" && f.expected === 1338)!;
    expect(shownValues(tail)).toEqual({ expected: "1,338", actual: "1,337" });
    expect(sheetValues(plan, tail)).toEqual(["1,338", "1,337"]);
  });

  it("shows no 应为 on a finding about missing text, nor on an info finding, anywhere", async () => {
    const d = clone(innovation);
    d.indicators[1].score = 1.2; // less than its weight, and no 偏差原因: MISSING_DEVIATION_REASON on the empty reason cell
    const { snapshot, report, outputs } = await validateForms([[d]]);
    const plan = planWrites(snapshot, { report, outputs });
    const missing = report.findings.find((f) => f.code === "MISSING_DEVIATION_REASON")!;
    expect(missing.expected).toBeDefined();
    expect(shownValues(missing)).toBeNull();
    expect(sheetValues(plan, missing)).toEqual(["", ""]);
    expect(plan.notes.find((n) => n.cell === missing.cell)!.text).not.toContain("应为");

    const seed = await check("seed002-self-evaluation.xlsx");
    const info = seed.result.report.findings.find((f) => f.code === "OVERACHIEVEMENT")!;
    expect(info.expected).toBeDefined();
    expect(shownValues(info)).toBeNull();
    expect(sheetValues(seed.plan, info)).toEqual(["", ""]);
    const cli = formatReport(seed.result.report, seed.result.profile, "zh").split("\n").filter((l) => l.includes("OVERACHIEVEMENT"));
    expect(cli.length).toBeGreaterThan(0);
    expect(cli.join("\n")).not.toContain("应为");
  });

  it("an entered 89.945 is shown as entered (not rounded to look right) in the results sheet, the note and the pane", async () => {
    const d = clone(innovation);
    d.total.score = 89.945;
    const { snapshot, report, outputs } = await validateForms([[d]]);
    const total = report.findings.find((f) => f.code === "SCORE_MISMATCH" && f.actual === 89.945)!;
    expect(total).toBeDefined();
    const shown = shownValues(total)!;
    expect(shown.actual).toBe("89.945");
    expect(sheetValues(planWrites(snapshot, { report, outputs }), total)).toEqual([shown.expected, "89.945"]);
  });

  it("formats a value the message does not print with separators and its own decimals", () => {
    expect([formatFindingValue(1234567.5), formatFindingValue(9.5), formatFindingValue(100), formatFindingValue(89.945), formatFindingValue("优"), formatFindingValue(null)]).toEqual([
      "1,234,567.50",
      "9.50",
      "100",
      "89.945",
      "优",
      "",
    ]);
    // A number inside a cell address is not the value: C15 does not make 15 print as "15" from the address.
    expect(formatFindingValue(15, "见 C15，应为 15.00%")).toBe("15.00%");
  });
});

describe("UNPAIRED_INDICATOR's suggested partners", () => {
  it("names each suggested partner in its own quotes, never two names inside one 「」", async () => {
    const { result } = await check("seed003-goal-table.xlsx");
    const two = result.report.findings.filter((f) => f.code === "UNPAIRED_INDICATOR" && f.message.includes("质量、时效"));
    expect(two.length).toBeGreaterThan(0);
    // 数量指标「甲」缺少对应的质量、时效指标（如「甲′完成率」、「甲′及时性」）
    for (const f of two) expect(f.message).toMatch(/（如「[^」]+」、「[^」]+及时性」）$/);
  });
});
