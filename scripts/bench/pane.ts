/**
 * Bench section: the task pane (dist/, browser file mode) on the 1,000-form bench workbook in headless Chromium —
 * what a reviewer waits for. Each run opens the pane afresh, lets it settle (the check worker starts with the
 * pane), picks the file and times until the results are shown; the longest main-thread task comes from a
 * PerformanceObserver on "longtask". Then the language is switched back and forth SWITCHES times (issue 12: under
 * 300 ms): each switch is timed in the page, from the click on the language button until the frame showing the
 * summary's heading in the other language has been painted (a requestAnimationFrame, then a task after it), with the
 * longest main-thread task from the click until the pane is quiet again (500 ms on). Wall-clock figures: read them with
 * the machine's load, printed beside them.
 * Needs Debian's chromium; without it the section says so and measures nothing.
 */
import { loadavg } from "node:os";
import type { Page } from "playwright-core";
import { longTasks, resetLongTasks } from "../../test/e2e/support";
import { RUNS, bestMedian, eachPaneRun } from "./pane-session";

/** Language switches per run: zh → en, en → zh, and again. */
const SWITCHES = 4;

/** One language switch, timed in the page: the click until the summary's heading reads `heading`, painted. */
function switchLanguage(page: Page, heading: string): Promise<number> {
  return page.evaluate(async (heading) => {
    const t0 = performance.now();
    (document.querySelector('[data-testid="language"]') as HTMLElement).click();
    // Frame by frame until the heading is in the new language; then a task after that frame (painted). No named
    // functions in here: tsx's keepNames would wrap them in a helper the page does not have.
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (document.querySelector('[data-testid="summary"] h2')?.textContent === heading) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - t0;
  }, heading);
}

export async function run(generate: (file: string, forms: number) => Promise<unknown>): Promise<Record<string, string | number>> {
  const first: number[] = [];
  const longest: number[] = [];
  const switches: number[] = [];
  const switchTasks: number[] = [];
  const skipped = await eachPaneRun(generate, async (page, file) => {
    await resetLongTasks(page);
    const t0 = Date.now();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("summary").waitFor({ timeout: 180_000 });
    first.push(Date.now() - t0);
    await page.getByTestId("finding").first().waitFor();
    longest.push(Math.round(Math.max(0, ...(await longTasks(page)))));
    await page.waitForTimeout(1_000);
    for (let k = 0; k < SWITCHES; k++) {
      await resetLongTasks(page);
      switches.push(Math.round(await switchLanguage(page, k % 2 === 0 ? "Summary" : "校验摘要")));
      await page.waitForTimeout(500);
      switchTasks.push(Math.round(Math.max(0, ...(await longTasks(page)))));
    }
  });
  if (skipped) return skipped;
  return {
    runs: RUNS,
    "first results, best / median (ms)": bestMedian(first),
    "first results, each run (ms)": first.join(", "),
    "longest main-thread task, worst run (ms)": Math.max(...longest),
    "language switch, best / median (ms)": bestMedian(switches),
    "language switch, each (ms)": switches.join(", "),
    "longest main-thread task during a switch, worst (ms)": Math.max(...switchTasks),
    "longest task during each switch (ms)": switchTasks.join(", "),
    "load average (1 min) at the end": loadavg()[0].toFixed(1),
  };
}
