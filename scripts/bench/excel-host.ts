/**
 * Bench section: the Office.js host through the in-memory Excel, with every request also serialised by
 * Microsoft's own office.js client (@microsoft/office-js, test/hosts/excel/office-client.ts) so that the bytes
 * reported are what Excel would receive. Round trips and real request bytes of reading the snapshot, applying
 * the write plan and clearing, on the generated 20-sheet, 50,000-cell workbook and on a write of 20,000 flagged
 * cells (each with a note and a results row).
 */
import { cellAddress } from "../../src/engine/address";
import type { Finding } from "../../src/engine/findings/finding";
import { planWrites, type WritePlan } from "../../src/engine/write-plan";
import { applyWritePlan } from "../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../src/hosts/excel/clear-highlights";
import { readSnapshot } from "../../src/hosts/excel/read-snapshot";
import { FakeExcel, reopen, type FakeWorkbookState } from "../../test/hosts/excel/fake-excel";
import { LARGE, generateWorkbook, generatedFindings } from "../../test/hosts/excel/generated-workbook";
import { teeEnvironment } from "../../test/hosts/excel/office-client";

const kb = (n: number) => (n / 1024).toFixed(0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function measured<T>(state: FakeWorkbookState, f: (env: ReturnType<typeof teeEnvironment>["env"]) => Promise<T>) {
  const tee = teeEnvironment(new FakeExcel(state));
  const t = Date.now();
  const value = await f(tee.env);
  return { value, trips: tee.requests.length, total: sum(tee.requests), largest: Math.max(0, ...tee.requests), ms: Date.now() - t };
}

function line(m: { trips: number; total: number; largest: number }): string {
  return `${m.trips} / ${kb(m.total)} / ${kb(m.largest)}`;
}

/** An error on every cell of columns B–K from row 3 on, planned by the engine: fills, notes, results rows. */
function flaggedPlan(snapshot: Awaited<ReturnType<typeof readSnapshot>>): WritePlan {
  const findings: Finding[] = [];
  for (const s of snapshot.sheets)
    for (let r = 2; r < s.values.length; r++)
      for (let c = 1; c <= 10; c++) {
        const cell = cellAddress(r, c);
        findings.push({ code: "SCORE_MISMATCH", severity: "error", sheet: s.name, cell, related: [], expected: 9.96, actual: 8, message: `单元格 ${cell} 的得分应为 9.96，表中为 8.00` });
      }
  return planWrites(snapshot, { report: { file: snapshot.name, profile: "shenzhen", forms: [], findings, summary: { errors: findings.length, warnings: 0, info: 0 } }, outputs: [] });
}

export async function run(): Promise<Record<string, string | number>> {
  const state = generateWorkbook();
  const read = await measured(state, (env) => readSnapshot(env));
  const plan = planWrites(read.value, generatedFindings(read.value));
  const write = await measured(state, (env) => applyWritePlan(env, plan));
  const clear = await measured(reopen(state), (env) => clearHighlights(env));

  const big = generateWorkbook({ sheets: 2, rows: 1002, cols: 11 });
  const bigPlan = flaggedPlan(await readSnapshot(new FakeExcel(big).env()));
  const bigWrite = await measured(big, (env) => applyWritePlan(env, bigPlan));
  const bigClear = await measured(reopen(big), (env) => clearHighlights(env));

  return {
    workbook: `${LARGE.sheets} sheets × ${LARGE.rows * LARGE.cols} cells = ${LARGE.sheets * LARGE.rows * LARGE.cols} cells`,
    "cells highlighted / notes / results rows": `${plan.fills.reduce((n, f) => n + f.cells.length, 0)} / ${plan.notes.length} / ${plan.results.rows.length}`,
    "(bytes: real office.js request bodies)": "trips / total KB / largest KB",
    "read: round trips / request KB / largest": line(read),
    "write: round trips / request KB / largest": line(write),
    "clear after reopen: round trips / request KB / largest": line(clear),
    "20,000 flagged cells: write trips / KB / largest KB (limit 5120)": line(bigWrite),
    "20,000 flagged cells: budget's largest estimate (KB)": kb(bigWrite.value.largestRequestEstimate),
    "20,000 flagged cells: clear trips / KB / largest KB": line(bigClear),
    "20,000 flagged cells: write time, in-memory (ms)": bigWrite.ms,
  };
}
