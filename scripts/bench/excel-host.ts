/**
 * Bench section: the Office.js host on the generated 20-sheet, 50,000-cell workbook, through the in-memory
 * Excel — round trips and payload of reading the snapshot, applying the write plan and clearing highlights.
 */
import { planWrites } from "../../src/engine/write-plan";
import { applyWritePlan } from "../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../src/hosts/excel/clear-highlights";
import { readSnapshot } from "../../src/hosts/excel/read-snapshot";
import { FakeExcel, reopen } from "../../test/hosts/excel/fake-excel";
import { LARGE, generateWorkbook, generatedFindings } from "../../test/hosts/excel/generated-workbook";

const kb = (n: number) => (n / 1024).toFixed(0);

export async function run(): Promise<Record<string, string | number>> {
  const excel = new FakeExcel(generateWorkbook());
  let t = Date.now();
  const snapshot = await readSnapshot(excel.env());
  const read = { ...excel.stats, ms: Date.now() - t };

  const plan = planWrites(snapshot, generatedFindings(snapshot));
  excel.resetStats();
  t = Date.now();
  await applyWritePlan(excel.env(), plan);
  const write = { ...excel.stats, ms: Date.now() - t };

  const reopened = new FakeExcel(reopen(excel.state));
  t = Date.now();
  await clearHighlights(reopened.env());
  const clear = { ...reopened.stats, ms: Date.now() - t };

  return {
    workbook: `${LARGE.sheets} sheets × ${LARGE.rows * LARGE.cols} cells = ${LARGE.sheets * LARGE.rows * LARGE.cols} cells`,
    "cells highlighted / notes / results rows": `${plan.fills.reduce((n, f) => n + f.cells.length, 0)} / ${plan.notes.length} / ${plan.results.rows.length}`,
    "read: round trips": read.syncs,
    "read: request / response (KB)": `${kb(read.requestBytes)} / ${kb(read.responseBytes)}`,
    "read: in-memory time (ms)": read.ms,
    "write: round trips": write.syncs,
    "write: request / response (KB)": `${kb(write.requestBytes)} / ${kb(write.responseBytes)}`,
    "write: largest request (KB, limit 5120)": kb(write.maxRequestBytes),
    "clear after reopen: round trips": clear.syncs,
    "clear: request / response (KB)": `${kb(clear.requestBytes)} / ${kb(clear.responseBytes)}`,
  };
}
