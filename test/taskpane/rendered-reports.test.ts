import { readFile } from "node:fs/promises";
import path from "node:path";
import { renderReport } from "../../src/engine/report";
import { checkWorkbook, renderResult, type ValidationResult } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file";
import { prerender, remember, resultIn } from "../../src/taskpane/rendered-reports";

/**
 * The pane's reports kept per language (rendered-reports.ts): a language switch takes the report rendered ahead in idle
 * time, equal to renderReport's, and switching back gives the very object shown before.
 */
let zh: ValidationResult;
beforeAll(async () => {
  const file = "seed002-self-evaluation.xlsx";
  const snapshot = await readWorkbook(new Uint8Array(await readFile(path.join(__dirname, "../../examples", file))), file);
  zh = renderResult(checkWorkbook(snapshot), "zh");
  expect(zh.report.findings.length).toBeGreaterThan(3);
});

test("prerender renders the other language in steps, equal to renderReport; resultIn then takes it", () => {
  const steps: ((d?: { timeRemaining(): number }) => void)[] = [];
  remember(zh, "zh");
  prerender([zh], "en", (step) => (steps.push(step), () => undefined));
  expect(steps.length).toBe(1);
  // Run every scheduled step (each is a slice of findings; a dead deadline still renders a slice).
  for (let i = 0; i < steps.length; i++) steps[i]({ timeRemaining: () => 0 });
  const en = resultIn(zh, "en");
  expect(en.report).toEqual(renderReport(zh.neutral, "en"));
  expect(en.report.findings.map((f) => f.message)).not.toEqual(zh.report.findings.map((f) => f.message));
  // Kept: the same report object every time, and back in zh the report first shown.
  expect(resultIn(zh, "en").report).toBe(en.report);
  expect(resultIn(en, "zh").report).toBe(zh.report);
});

test("remember keeps a report only as the language it is in", () => {
  const fresh = renderResult({ ...zh, neutral: { ...zh.neutral } }, "zh");
  // A zh report offered as the en one is not kept: en is rendered for real.
  remember(fresh, "en");
  expect(resultIn(fresh, "en").report).toEqual(renderReport(fresh.neutral, "en"));
  expect(resultIn(fresh, "en").report.findings[0].message).not.toBe(fresh.report.findings[0].message);
});

test("a cancelled prerender renders nothing more", () => {
  const other = renderResult({ ...zh, neutral: { ...zh.neutral } }, "zh");
  const steps: (() => void)[] = [];
  let cancelled = 0;
  const stop = prerender([other], "en", (step) => (steps.push(step), () => cancelled++));
  stop();
  expect(cancelled).toBe(1);
});
