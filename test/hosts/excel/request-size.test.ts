/**
 * Issue 11, point 3: request sizes as Microsoft's own office.js client serialises them (@microsoft/office-js,
 * run in Node against a stub executor; office-client.ts), not as we guess them. The payload budget is calibrated
 * from these figures: every request the host sends stays under its 4,000,000-byte budget by the real client's
 * count, so none passes Excel on the web's 5 MB limit — also for a write with 20,000 flagged cells.
 */
import { cellAddress } from "../../../src/engine/address";
import type { Finding } from "../../../src/engine/findings/finding";
import { planWrites } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../../src/hosts/excel/clear-highlights";
import { PAYLOAD_BUDGET_BYTES } from "../../../src/hosts/excel/context";
import { ACTION_OVERHEAD_BYTES, payloadBytes } from "../../../src/hosts/excel/payload-batch";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { EXCEL_WEB_PAYLOAD_LIMIT, FakeExcel, reopen } from "./fake-excel";
import { generateWorkbook } from "./generated-workbook";
import { realRequests, teeEnvironment } from "./office-client";

/** Real bytes per action: one request of n such actions, divided by n. */
async function perAction(n: number, queue: (context: Excel.RequestContext, sheet: Excel.Worksheet, i: number) => void): Promise<number> {
  const [bytes] = await realRequests(async (context) => {
    const sheet = context.workbook.worksheets.getItem("自评表");
    for (let i = 0; i < n; i++) queue(context, sheet, i);
    await context.sync();
  });
  return bytes / n;
}

describe("request sizes measured with Microsoft's office.js client (point 3)", () => {
  it("the budget's per-action estimate covers what the real client sends for each kind of action", async () => {
    const note = "[错误] SCORE_MISMATCH\n得分应为 9.96，表中为 8.00（按评分规则：完成值/目标值×分值）";
    const measured = {
      fillProbe: await perAction(200, (_, s, i) => s.getRange(`B${i + 1}`).format.fill.load("color,pattern,patternColor,tintAndShade")),
      valueProbe: await perAction(200, (_, s, i) => s.getRange(`C${i + 1}`).load("values,formulas,numberFormat")),
      valueWrite: await perAction(200, (_, s, i) => {
        const r = s.getRange(`C${i + 1}`);
        r.numberFormat = [["0.00"]];
        r.values = [[99.96]];
      }),
      comment: await perAction(200, (c, _, i) => c.workbook.comments.add(`'自评表'!D${i + 1}`, `budget-check:\n${note}`)),
    };
    const estimated = {
      fillProbe: payloadBytes({ kind: "probe-fill", sheet: "自评表", cell: "B100", load: "color,pattern,patternColor,tintAndShade" }),
      valueProbe: payloadBytes({ kind: "probe-value", sheet: "自评表", cell: "C100" }),
      valueWrite: payloadBytes({ kind: "value", v: { sheet: "自评表", cell: "C100", value: 99.96, numberFormat: "0.00" } }),
      comment: payloadBytes({ kind: "comment", address: "'自评表'!D100", text: `budget-check:\n${note}` }),
    };
    for (const k of Object.keys(measured) as (keyof typeof measured)[]) {
      expect({ k, covered: estimated[k] >= measured[k] }).toEqual({ k, covered: true });
      // …and not wastefully: within three times the real size.
      expect({ k, tight: estimated[k] <= 3 * measured[k] }).toEqual({ k, tight: true });
    }
    // The old fixed 200-byte framing undercounted a fill probe more than 3×.
    expect(measured.fillProbe).toBeGreaterThan(3 * 200);
    expect(ACTION_OVERHEAD_BYTES).toBeGreaterThan(measured.fillProbe - 100);
  });

  it("every request of a write and a clear stays under the budget by the real client's count (2,000 flagged cells, 300 KB budget)", async () => {
    const state = generateWorkbook({ sheets: 2, rows: 102, cols: 11 });
    const plan = await flaggedPlan(new FakeExcel(state));
    expect(plan.fills.reduce((n, f) => n + f.cells.length, 0)).toBe(2_000);
    const budget = 300_000;
    const tee = teeEnvironment(new FakeExcel(state));
    const out = await applyWritePlan(tee.env, plan, { payloadBudget: budget });
    expect(tee.requests.length).toBeGreaterThan(6);
    expect(out.syncs).toBe(tee.requests.length);
    // The first request (the workbook's sheets, protection and the earlier record) is not budgeted; every other is.
    expect(Math.max(...tee.requests.slice(1))).toBeLessThanOrEqual(budget);
    expect(out.largestRequestEstimate).toBeLessThanOrEqual(budget);
    const cleared = teeEnvironment(new FakeExcel(reopen(state)));
    const clear = await clearHighlights(cleared.env, { payloadBudget: budget });
    expect(clear.restored).toBe(2_000);
    expect(cleared.requests.length).toBeGreaterThan(3);
    expect(Math.max(...cleared.requests.slice(1))).toBeLessThanOrEqual(budget);
  }, 300_000);

  it("a write of 20,000 flagged cells, their notes and 20,000 results rows: no request over the 4 MB budget, split as little as that allows", async () => {
    const state = generateWorkbook({ sheets: 2, rows: 1002, cols: 11 });
    const plan = await flaggedPlan(new FakeExcel(state));
    expect(plan.fills.reduce((n, f) => n + f.cells.length, 0)).toBe(20_000);
    const excel = new FakeExcel(state);
    const out = await applyWritePlan(excel.env(), plan);
    // The estimate covers the real client's bytes (the tests above), so no real request passes 4 MB, far under 5 MB.
    expect(out.largestRequestEstimate).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(PAYLOAD_BUDGET_BYTES).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    // ~20,000 × (fill, note and value probes) read in ~5 requests, ~20,000 notes and rows written in ~10.
    expect(out.syncs).toBeLessThan(25);
    const cleared = await clearHighlights(new FakeExcel(reopen(state)).env());
    expect(cleared.restored).toBe(20_000);
    expect(cleared.largestRequestEstimate).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  }, 300_000);
});

/** An error on every cell of columns B–K from row 3 on: fills, notes and results rows as the engine plans them. */
async function flaggedPlan(excel: FakeExcel) {
  const snap = await readSnapshot(excel.env());
  const findings: Finding[] = [];
  for (const s of snap.sheets)
    for (let r = 2; r < s.values.length; r++)
      for (let c = 1; c <= 10; c++) {
        const cell = cellAddress(r, c);
        findings.push({ code: "SCORE_MISMATCH", severity: "error", sheet: s.name, cell, related: [], expected: 9.96, actual: 8, message: `单元格 ${cell} 的得分应为 9.96，表中为 8.00（完成值/目标值×分值）` });
      }
  const summary = { errors: findings.length, warnings: 0, info: 0 };
  return planWrites(snap, { report: { file: snap.name, profile: "shenzhen", forms: [], findings, summary }, outputs: [] });
}
