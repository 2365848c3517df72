/**
 * Bench section: the checked copy's download in the task pane (dist/, browser file mode) on the 1,000-form bench
 * workbook in headless Chromium (issue 12). Each run opens the pane afresh, picks the file, waits for the results,
 * lets the reviewer read them for a while (BENCH_DOWNLOAD_READ_MS, 10 s: the download's worker loads the file with
 * ExcelJS meanwhile), then times 下载 until the browser has the file, with the longest main-thread task while it
 * is written. Wall-clock figures on a shared machine: each run's load average is printed beside it.
 * Needs Debian's chromium; without it the section says so and measures nothing.
 */
import { loadavg } from "node:os";
import { longTasks, resetLongTasks } from "../../test/e2e/support";
import { RUNS, bestMedian, eachPaneRun } from "./pane-session";

const READ_MS = Number(process.env.BENCH_DOWNLOAD_READ_MS ?? 10_000);

export async function run(generate: (file: string, forms: number) => Promise<unknown>): Promise<Record<string, string | number>> {
  const runs: { ms: number; longest: number; load: number }[] = [];
  const skipped = await eachPaneRun(
    generate,
    async (page, file) => {
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("summary").waitFor({ timeout: 180_000 });
      await page.getByTestId("finding").first().waitFor();
      // The reviewer reads the findings before asking for the checked copy.
      await page.waitForTimeout(READ_MS);
      await resetLongTasks(page);
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 300_000 }), page.getByTestId("download").first().click()]);
      const ms = Date.now() - t0;
      if (!download.suggestedFilename().endsWith(".checked.xlsx")) throw new Error(`downloaded ${download.suggestedFilename()}`);
      runs.push({ ms, longest: Math.round(Math.max(0, ...(await longTasks(page)))), load: loadavg()[0] });
    },
    { acceptDownloads: true },
  );
  if (skipped) return skipped;
  return {
    runs: RUNS,
    "results read before 下载 (ms)": READ_MS,
    "download, best / median (ms)": bestMedian(runs.map((r) => r.ms)),
    "download, each run (ms @ load avg 1 min)": runs.map((r) => `${r.ms} @ ${r.load.toFixed(1)}`).join(", "),
    "longest main-thread task while writing, each run (ms)": runs.map((r) => r.longest).join(", "),
    "longest main-thread task while writing, worst run (ms)": Math.max(...runs.map((r) => r.longest)),
  };
}
