/**
 * What the bench's task-pane sections share: the 1,000-form bench workbook (made when missing), the built pane
 * served from dist/, Chromium, and for each run a fresh pane context (measuredPaneContext: Office.js's CDN refused,
 * long tasks recorded) opened in browser file mode and settled. Each section then does its own timing in `each`.
 * Without chromium, `skipped` says so and nothing is measured.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import { DIST, OUT, e2eAvailable, ensureBuilt, launchChromium, measuredPaneContext, serve } from "../../test/e2e/support";

export const RUNS = Number(process.env.BENCH_PANE_RUNS ?? 3);

export async function eachPaneRun(
  generate: (file: string, forms: number) => Promise<unknown>,
  each: (page: Page, file: string) => Promise<void>,
  contextOptions: BrowserContextOptions = {},
): Promise<{ skipped: string } | null> {
  if (!e2eAvailable()) return { skipped: "no chromium (apt-get install chromium)" };
  ensureBuilt();
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, "bench-1000-forms.xlsx");
  if (!existsSync(file) || statSync(file).size < 1_000_000) await generate(file, 1000);
  const { server, base } = await serve(DIST);
  const browser = await launchChromium();
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await measuredPaneContext(browser, contextOptions);
      const page = await context.newPage();
      await page.goto(`${base}/taskpane.html`);
      await page.getByText("浏览器文件模式", { exact: false }).waitFor({ timeout: 120_000 });
      // A reviewer reads the pane for a moment before picking a file: the worker is warm by then.
      await page.waitForTimeout(1_000);
      await each(page, file);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return null;
}

/** "best / median" of wall-clock figures. */
export function bestMedian(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]} / ${sorted[Math.floor(sorted.length / 2)]}`;
}
