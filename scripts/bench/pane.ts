/**
 * Bench section: the task pane (dist/, browser file mode) on the 1,000-form bench workbook in headless Chromium —
 * what a reviewer waits for. Each run opens the pane afresh, lets it settle (the check worker starts with the
 * pane), picks the file and times until the results are shown; the longest main-thread task comes from a
 * PerformanceObserver on "longtask". Wall-clock figures: read them with the machine's load, printed beside them.
 * Needs Debian's chromium; without it the section says so and measures nothing.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { DIST, OUT, e2eAvailable, ensureBuilt, launchChromium, longTasks, measuredPaneContext, resetLongTasks, serve } from "../../test/e2e/support";

const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 3);

export async function run(generate: (file: string, forms: number) => Promise<unknown>): Promise<Record<string, string | number>> {
  if (!e2eAvailable()) return { skipped: "no chromium (apt-get install chromium)" };
  ensureBuilt();
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, "bench-1000-forms.xlsx");
  if (!existsSync(file) || statSync(file).size < 1_000_000) await generate(file, 1000);
  const { server, base } = await serve(DIST);
  const browser = await launchChromium();
  const first: number[] = [];
  const longest: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await measuredPaneContext(browser);
      const page = await context.newPage();
      await page.goto(`${base}/taskpane.html`);
      await page.getByText("浏览器文件模式", { exact: false }).waitFor({ timeout: 120_000 });
      // A reviewer reads the pane for a moment before picking a file: the worker is warm by then.
      await page.waitForTimeout(1_000);
      await resetLongTasks(page);
      const t0 = Date.now();
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("summary").waitFor({ timeout: 180_000 });
      first.push(Date.now() - t0);
      await page.getByTestId("finding").first().waitFor();
      longest.push(Math.round(Math.max(0, ...(await longTasks(page)))));
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const sorted = [...first].sort((a, b) => a - b);
  return {
    runs: RUNS,
    "first results, best / median (ms)": `${sorted[0]} / ${sorted[Math.floor(sorted.length / 2)]}`,
    "first results, each run (ms)": first.join(", "),
    "longest main-thread task, worst run (ms)": Math.max(...longest),
    "load average (1 min) at the end": loadavg()[0].toFixed(1),
  };
}
