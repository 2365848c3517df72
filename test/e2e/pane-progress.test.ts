/**
 * Issue 12, what was left of the reviewer's pane, in browser file mode on the built pane (dist/):
 *  - the read has progress of its own (正在读取 第 k / n 个工作表) before the engine's per-form progress;
 *  - 取消 while several files are checked keeps the files already checked, the others marked 已取消;
 *  - 取消 while 正在生成… (the checked copy) offers nothing, and the results stay usable;
 *  - the 已核实 / 忽略 buttons cover no part of a finding's name or message (350 and 500 px).
 * Screenshots in test-output/progress-*.png. Every wait is on a state of the page, never on a time.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Download, Page } from "playwright-core";
import { generate } from "../../scripts/bench";
import { DIST, OUT, ROOT, e2eAvailable, ensureBuilt, launchChromium, serve } from "./support";

jest.setTimeout(900_000);

const maybe = e2eAvailable() ? describe : describe.skip;
const BENCH = path.join(OUT, "bench-1000-forms.xlsx");
const example = (name: string) => path.join(ROOT, "examples", name);

maybe("the pane's progress, cancels and review buttons (file mode)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  const downloads: Download[] = [];

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(OUT, { recursive: true });
    if (!existsSync(BENCH) || statSync(BENCH).size < 1_000_000) await generate(BENCH, 1000);
    const served = await serve(DIST);
    server = served.server;
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 500, height: 800 }, locale: "zh-CN" });
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
    page = await context.newPage();
    page.on("download", (d) => downloads.push(d));
    await page.goto(`${served.base}/taskpane.html`);
    await page.getByText("浏览器文件模式", { exact: false }).waitFor({ timeout: 120_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Every progress text shown, recorded as the DOM changes (a poll could miss a short state). */
  const recordProgress = () =>
    page.evaluate(() => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="progress-label"]')?.textContent ?? "";
        if (text && w.__progress.at(-1) !== text) w.__progress.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  const progressSeen = () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);

  it("says which worksheet it is reading (第 k / 20 个工作表), before the engine's forms", async () => {
    await recordProgress();
    await page.getByTestId("file-input").setInputFiles(BENCH);
    await page.getByTestId("summary").waitFor({ timeout: 300_000 });
    const seen = await progressSeen();
    const sheets = seen.map((t) => /^正在读取 第 (\d+) \/ (\d+) 个工作表…$/.exec(t)).filter((m) => m !== null);
    // The bench workbook has 20 sheets of 50 forms; the read moves through them, in order, before 第 k / 1000 张表.
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    expect(sheets.every((m) => m[2] === "20")).toBe(true);
    const ks = sheets.map((m) => Number(m[1]));
    expect(ks).toEqual([...ks].sort((a, b) => a - b));
    expect(ks.some((k) => k > 0 && k < 20)).toBe(true);
    const lastRead = seen.findIndex((t) => t === sheets.at(-1)![0]);
    const firstForms = seen.findIndex((t) => /第 \d+ \/ 1000 张表/.test(t));
    expect(firstForms).toBeGreaterThan(lastRead);
  });

  it("取消 while 正在生成 the checked copy: nothing offered, the results stay and a later download works", async () => {
    // (The bench workbook checked by the test above.)
    await page.getByTestId("summary").waitFor();
    const before = downloads.length;
    await page.getByTestId("download").click();
    const cancel = page.locator('[data-testid="progress"][data-step="download"] [data-testid="cancel-check"]');
    await cancel.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(OUT, "progress-download-500.png") });
    await cancel.click();
    await page.getByTestId("progress").waitFor({ state: "detached", timeout: 10_000 });
    expect(await page.getByTestId("notice").textContent()).toContain("已取消生成，未下载任何文件");
    expect(await page.getByTestId("summary").count()).toBe(1);
    // The check worker still holds the workbook: the next download is the whole copy, and the only one offered.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 300_000 }), page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("bench-1000-forms.checked.xlsx");
    expect(downloads.length).toBe(before + 1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("校验结果")).toBeDefined();
  });

  it("取消 during the second of three files keeps the first file's results and marks the others 已取消", async () => {
    const files = [example("seed002-self-evaluation.xlsx"), BENCH, example("seed003-goal-table.xlsx")];
    await page.getByTestId("file-input").setInputFiles(files);
    // Reading the bench workbook, the second file (seconds): the click cannot come after its end.
    await page.getByTestId("progress").filter({ hasText: "文件 2 / 3" }).getByTestId("progress-label").filter({ hasText: "个工作表" }).waitFor({ timeout: 120_000 });
    await page.screenshot({ path: path.join(OUT, "progress-reading-second-500.png") });
    await page.getByTestId("cancel-check").click();
    await page.getByTestId("progress").waitFor({ state: "detached", timeout: 10_000 });
    const sections = page.getByTestId("workbook");
    expect(await sections.evaluateAll((els) => els.map((e) => e.getAttribute("data-file")))).toEqual(["seed002-self-evaluation.xlsx", "bench-1000-forms.xlsx", "seed003-goal-table.xlsx"]);
    expect(await sections.nth(0).getByTestId("computed-score").first().textContent()).toBe("99.96");
    expect(await sections.nth(0).getByTestId("workbook-cancelled").count()).toBe(0);
    for (const i of [1, 2]) {
      expect(await sections.nth(i).getByTestId("workbook-cancelled").textContent()).toContain("已取消：此文件未校验");
      expect(await sections.nth(i).getByTestId("summary").count()).toBe(0);
    }
    expect(await page.getByTestId("notice").textContent()).toContain("已完成的 1 个文件（共 3 个）保留结果");
    await page.screenshot({ path: path.join(OUT, "progress-cancelled-second-500.png"), fullPage: true });
    // The worker that held the first file was ended: its checked copy is still made (the file read again).
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), sections.nth(0).getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("seed002-self-evaluation.checked.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("校验结果")).toBeDefined();
  });

  for (const width of [350, 500]) {
    it(`the 已核实 / 忽略 buttons cover no part of a finding's name or message (${width} px)`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => document.querySelectorAll('[data-testid="summary"]').forEach((e) => e.setAttribute("data-stale", "1")));
      await page.getByTestId("file-input").setInputFiles(example("seed002-self-evaluation.xlsx"));
      await page.locator('[data-testid="summary"]:not([data-stale])').waitFor({ timeout: 120_000 });
      await page.getByTestId("review-verify").first().waitFor();
      // The text's own boxes (one per line), against the buttons' boxes, for every finding rendered.
      const overlaps = await page.locator("li[data-finding]").evaluateAll((items) => {
        const hits: string[] = [];
        const textRects = (el: Element) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        };
        for (const li of items) {
          const buttons = [...li.querySelectorAll('[data-testid="review-verify"], [data-testid="review-ignore"]')].map((b) => b.getBoundingClientRect());
          const texts = [...li.querySelectorAll('[data-code], [data-testid="finding"] > span, [data-testid="finding-values"]')].flatMap((t) => textRects(t).map((r) => ({ r, what: t.textContent ?? "" })));
          for (const b of buttons)
            for (const { r, what } of texts)
              if (r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) hits.push(`${li.getAttribute("data-finding")}: ${what.slice(0, 30)}`);
          // Whatever the font (this Chromium has no CJK font, so Chinese is drawn narrower than in Excel): the first
          // line's room for text ends before the buttons, so a longer name wraps instead of running under them.
          const head = li.querySelector('[data-testid="finding"] > span:first-child')!;
          const box = head.getBoundingClientRect();
          const room = box.right - parseFloat(getComputedStyle(head).paddingRight);
          for (const b of buttons) if (room > b.left && box.top < b.bottom && b.top < box.bottom) hits.push(`${li.getAttribute("data-finding")}: room for the first line up to ${room}, buttons from ${b.left}`);
        }
        return { hits, items: items.length };
      });
      expect(overlaps.items).toBeGreaterThan(3);
      expect(overlaps.hits).toEqual([]);
      // Shown as the reviewer sees them: the first finding hovered.
      await page.locator("li[data-finding]").first().hover();
      await page.locator("li[data-finding]").first().screenshot({ path: path.join(OUT, `progress-review-buttons-${width}.png`) });
      await page.screenshot({ path: path.join(OUT, `progress-review-${width}.png`) });
    });
  }
});
