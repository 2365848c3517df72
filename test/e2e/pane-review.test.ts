/**
 * The reviewer's pane (issue 12), in browser file mode on the built pane (dist/), at 350 and 500 px: 应为 / 表中为 as
 * the message writes them, findings grouped by rule and sorted by severity, the counts and filters kept in view,
 * next / previous finding with the current one marked. Leaves screenshots in test-output/review-*.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { DIST, OUT, ROOT, e2eAvailable, ensureBuilt, launchChromium, serve } from "./support";

jest.setTimeout(600_000);

const maybe = e2eAvailable() ? describe : describe.skip;
const example = (name: string) => path.join(ROOT, "examples", name);

maybe("the reviewer's pane (file mode, 350 and 500 px)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt();
    const served = await serve(DIST);
    server = served.server;
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 350, height: 700 }, locale: "zh-CN" });
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
    page = await context.newPage();
    await page.goto(`${served.base}/taskpane.html`);
    await page.getByText("浏览器文件模式", { exact: false }).waitFor({ timeout: 120_000 });
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Check one example and wait for its new results (the same file again included). */
  const open = async (name: string) => {
    // On screen, whatever an earlier test left (a failed print test would hide the pane for every later one).
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.querySelectorAll('[data-testid="summary"]').forEach((e) => e.setAttribute("data-stale", "1")));
    await page.getByTestId("file-input").setInputFiles(example(name));
    await page.locator('[data-testid="summary"]:not([data-stale])').first().waitFor({ timeout: 120_000 });
    await page.getByText(name, { exact: false }).first().waitFor({ timeout: 120_000 });
    await page.getByTestId("findings").first().waitFor();
  };

  it("shows 应为 / 表中为 as the message writes them: a rate with its %, none on info findings", async () => {
    await open("seed004-department-evaluation.xlsx");
    const values = await page.getByTestId("finding-values").allTextContents();
    expect(values).toContain("应为 13.04% · 表中为 15.00%");
    await open("seed002-self-evaluation.xlsx");
    // OVERACHIEVEMENT is a note (info): its target is context, not a correction.
    const info = page.locator("li", { has: page.locator('[data-code="OVERACHIEVEMENT"]') });
    expect(await info.count()).toBeGreaterThan(0);
    expect(await info.getByTestId("finding-values").count()).toBe(0);
  });

  for (const width of [350, 500]) {
    it(`groups findings by rule, most severe first, and keeps counts, filters and navigation in view (${width} px)`, async () => {
      await page.setViewportSize({ width, height: 700 });
      await open("seed003-goal-table.xlsx");
      const rules = await page.locator("[data-rule]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-rule"), e.textContent]));
      expect(rules[0]).toEqual(["UNPAIRED_INDICATOR", "数量指标缺少对应指标"]);
      expect(await page.locator('[data-code="UNPAIRED_INDICATOR"]').count()).toBe(26);
      expect(await page.getByTestId("finding").count()).toBe(33);
      // Errors before warnings before notes: the groups' severities never go back up.
      const severities = await page.locator("[data-rule]").evaluateAll((els) => els.map((e) => e.closest("[data-severity]")?.getAttribute("data-severity")));
      const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
      expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!])].sort());

      // Scrolled to the bottom, the counts and filters are still at the top of the pane.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const bar = await page.getByTestId("review-bar").boundingBox();
      expect(bar!.y).toBeGreaterThanOrEqual(0);
      expect(bar!.y).toBeLessThan(120);
      await expect(page.getByTestId("review-bar").textContent()).resolves.toContain("警告 33");
      await page.screenshot({ path: path.join(OUT, `review-sticky-${width}.png`) });

      // Next / previous: F8, Shift+F8, the buttons; the current one marked and scrolled into view.
      await page.locator("body").click({ position: { x: 1, y: 1 } });
      await page.keyboard.press("F8");
      const current = page.locator('[data-current="true"]');
      const first = await page.locator("li[data-finding]").first().getAttribute("data-finding");
      await expect(current.getAttribute("data-finding")).resolves.toBe(first);
      expect(await page.getByTestId("finding-position").textContent()).toBe("1 / 33");
      await page.keyboard.press("F8");
      expect(await page.getByTestId("finding-position").textContent()).toBe("2 / 33");
      await page.keyboard.press("Shift+F8");
      expect(await page.getByTestId("finding-position").textContent()).toBe("1 / 33");
      await page.keyboard.press("Shift+F8");
      expect(await page.getByTestId("finding-position").textContent()).toBe("33 / 33");
      // In view once the list has scrolled there: a render or two after the position changes (the scroll runs in
      // an effect), so wait for it rather than read the box at once — a loaded CI machine read it before the scroll.
      const inView = await page
        .waitForFunction(
          () => {
            const r = document.querySelector('[data-current="true"]')?.getBoundingClientRect();
            return !!r && r.top > 0 && r.bottom <= window.innerHeight;
          },
          null,
          { timeout: 10_000 },
        )
        .then(() => true, () => false);
      const box = await current.boundingBox();
      expect(inView).toBe(true);
      expect(box!.y).toBeGreaterThan(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(700);
      await page.getByTestId("next-finding").click();
      expect(await page.getByTestId("finding-position").textContent()).toBe("1 / 33");
      await page.keyboard.press("Alt+ArrowDown");
      expect(await page.getByTestId("finding-position").textContent()).toBe("2 / 33");
      expect(await page.locator('[data-current="true"]').count()).toBe(1);
      await page.screenshot({ path: path.join(OUT, `review-current-${width}.png`) });

      // The rule filter narrows the list to one rule.
      await page.getByTestId("rule-filter").click();
      await page.getByRole("option", { name: /^指标值不可衡量/ }).click();
      expect(await page.getByTestId("finding").count()).toBe(6);
      expect(await page.locator('[data-code="TARGET_NOT_MEASURABLE"]').count()).toBe(6);
      await page.keyboard.press("F8");
      expect(await page.getByTestId("finding-position").textContent()).toBe("1 / 6");
      await page.getByTestId("rule-filter").click();
      await page.getByRole("option", { name: /^全部规则/ }).click();
      expect(await page.getByTestId("finding").count()).toBe(33);
    });
  }

  it(".xls: the chooser offers it and the pane says what the CLI says (save it as .xlsx)", async () => {
    expect(await page.getByTestId("file-input").getAttribute("accept")).toContain(".xls,");
    // An Excel 97-2003 file starts with the OLE2 compound-file signature.
    const xls = path.join(OUT, "old-format.xls");
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    await page.getByTestId("file-input").setInputFiles(xls);
    await page.getByTestId("notice").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("notice").textContent()).toContain("old-format.xls 是旧版 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 后再校验");
    await page.screenshot({ path: path.join(OUT, "review-xls-350.png") });
  });

  it("checks several files at once, picked or dropped: one result section per file, an unreadable one says why", async () => {
    await page.setViewportSize({ width: 500, height: 900 });
    await page.getByTestId("file-input").setInputFiles([example("seed002-self-evaluation.xlsx"), path.join(OUT, "old-format.xls"), example("seed001-department-budget.xlsx")]);
    await page.locator('[data-testid="workbook"][data-file="seed001-department-budget.xlsx"] [data-testid="summary"]').waitFor({ timeout: 120_000 });
    const sections = page.getByTestId("workbook");
    expect(await sections.evaluateAll((els) => els.map((e) => e.getAttribute("data-file")))).toEqual(["seed002-self-evaluation.xlsx", "old-format.xls", "seed001-department-budget.xlsx"]);
    expect(await sections.nth(1).getByTestId("workbook-error").textContent()).toContain("另存为 .xlsx");
    expect(await sections.nth(0).getByTestId("computed-score").first().textContent()).toBe("99.96");
    expect(await sections.nth(2).locator('[data-code="ROUNDING_TAIL"]').count()).toBe(2);
    // Each section downloads its own checked copy.
    const [download] = await Promise.all([page.waitForEvent("download"), sections.nth(2).getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("seed001-department-budget.checked.xlsx");
    await page.screenshot({ path: path.join(OUT, "review-several-500.png"), fullPage: true });

    // Dropped onto the pane: the same.
    const files = ["seed003-goal-table.xlsx", "seed004-department-evaluation.xlsx"].map((n) => ({ name: n, data: readFileSync(example(n)).toString("base64") }));
    const transfer = await page.evaluateHandle((fs) => {
      const dt = new DataTransfer();
      for (const f of fs) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, files);
    await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    await page.locator('[data-testid="workbook"][data-file="seed004-department-evaluation.xlsx"] [data-testid="summary"]').waitFor({ timeout: 120_000 });
    expect(await sections.evaluateAll((els) => els.map((e) => e.getAttribute("data-file")))).toEqual(["seed003-goal-table.xlsx", "seed004-department-evaluation.xlsx"]);
    await page.setViewportSize({ width: 350, height: 700 });
  });

  it("checks only the sheet chosen for a file; back to all sheets on request", async () => {
    await open("seed002-self-evaluation.xlsx");
    expect(await page.getByTestId("form-card").count()).toBe(3);
    await page.getByTestId("sheet-scope").click();
    const options = await page.getByRole("option").allTextContents();
    expect(options[0]).toBe("全部工作表");
    const sheet = options[2];
    await page.getByRole("option", { name: sheet, exact: true }).click();
    await page.getByTestId("summary-scope").waitFor();
    expect(await page.getByTestId("summary-scope").textContent()).toBe(`校验范围：仅工作表「${sheet}」`);
    expect(await page.getByTestId("form-card").count()).toBe(1);
    expect(await page.getByTestId("form-kind").textContent()).toContain(`${sheet}!`);
    const cells = await page.getByTestId("finding").evaluateAll((els) => els.map((e) => e.querySelector("strong")?.textContent ?? ""));
    expect(cells.every((c) => c.startsWith(`${sheet}!`))).toBe(true);
    await page.screenshot({ path: path.join(OUT, "review-one-sheet-350.png"), fullPage: true });
    await page.getByTestId("sheet-scope").click();
    await page.getByRole("option", { name: "全部工作表" }).click();
    await page.getByTestId("summary-scope").waitFor({ state: "detached" });
    expect(await page.getByTestId("form-card").count()).toBe(3);
  });

  it("exports the results as CSV (UTF-8 with BOM) and .xlsx, and prints a summary instead of the pane", async () => {
    await page.setViewportSize({ width: 350, height: 700 });
    await open("seed004-department-evaluation.xlsx");
    const save = async (item: string) => {
      await page.getByTestId("export").click();
      await page.getByTestId(item).waitFor();
      await page.screenshot({ path: path.join(OUT, `review-export-menu.png`) });
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 10_000 }), page.getByTestId(item).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const csv = await save("export-csv");
    expect(csv.name).toBe("seed004-department-evaluation.校验结果.csv");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("文件,序号,严重程度,规则,代码,工作表,单元格,说明,应为,表中为");
    expect(lines.filter((l) => l.includes("CROSS_TABLE_MISMATCH")).length).toBe(2);
    expect(lines.find((l) => l.includes("编外人员控制率"))).toMatch(/,13\.04%,15\.00%$/);

    const xlsx = await save("export-xlsx");
    expect(xlsx.name).toBe("seed004-department-evaluation.校验结果.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["校验结果"]);
    const texts: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("budget-check 校验结果");
    expect(texts).toContain("13.04%");

    // On paper: the summary, not the pane's buttons (the browser's print dialog itself is not opened here).
    expect(await page.getByTestId("print-summary").count()).toBe(0);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId("export").click();
    await page.getByTestId("export-print").click();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("main").isVisible()).toBe(false);
    const printed = page.getByTestId("print-summary");
    // The click reaches React through the menu; on a loaded machine the summary may paint a frame later.
    await printed.waitFor({ state: "visible", timeout: 10_000 }).catch(() => undefined);
    expect(await printed.isVisible()).toBe(true);
    const text = (await printed.textContent()) ?? "";
    expect(text).toContain("budget-check 校验摘要");
    expect(text).toContain("表间数据不一致（2）");
    expect(text).toContain("应为 13.04% · 表中为 15.00%");
    await page.screenshot({ path: path.join(OUT, "review-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await printed.count()).toBe(0);
  });

  it("已核实 with a reason: not counted, kept in the checked copy, and a re-check of the copy stays quiet about it", async () => {
    await open("seed004-department-evaluation.xlsx");
    expect(await page.getByTestId("summary").textContent()).toContain("错误 2");
    const item = page.locator("li[data-finding]", { hasText: "编外人员控制率" });
    await item.getByTestId("review-verify").click();
    // A reason is required.
    expect(await item.getByTestId("review-confirm").isDisabled()).toBe(true);
    await item.getByTestId("review-reason").fill("编外人员含劳务派遣，已与人事处核对");
    await item.getByTestId("review-confirm").click();
    await page.getByTestId("reviewed").waitFor();
    expect(await page.getByTestId("summary").textContent()).toContain("错误 1");
    expect(await page.getByTestId("summary-reviewed").textContent()).toBe("已审核 1");
    expect(await page.getByTestId("reviewed").textContent()).toContain("理由：编外人员含劳务派遣，已与人事处核对");
    expect(await page.locator("li[data-finding]", { hasText: "编外人员控制率" }).count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "review-verified-350.png"), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const copyPath = path.join(OUT, "seed004-department-evaluation.checked.xlsx");
    writeFileSync(copyPath, readFileSync(await download.path()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(copyPath) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("_budget_check_reviews")?.state).toBe("veryHidden");
    const texts: string[] = [];
    wb.getWorksheet("校验结果")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("已审核的问题（忽略 / 已核实，不计入错误）");
    expect(texts).toContain("编外人员含劳务派遣，已与人事处核对");

    // The checked copy checked again: still quiet about it.
    await page.evaluate(() => document.querySelectorAll('[data-testid="summary"]').forEach((e) => e.setAttribute("data-stale", "1")));
    await page.getByTestId("file-input").setInputFiles(copyPath);
    await page.locator('[data-testid="summary"]:not([data-stale])').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("summary").textContent()).toContain("错误 1");
    expect(await page.getByTestId("reviewed").textContent()).toContain("已核实");
    // Taken back: counted again.
    await page.getByTestId("review-undo").click();
    await page.getByTestId("reviewed").waitFor({ state: "detached" });
    expect(await page.getByTestId("summary").textContent()).toContain("错误 2");
    // The copy of a copy whose last decision was taken back carries no (empty) review sheet.
    const [again] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(readFileSync(await again.path()) as unknown as ArrayBuffer);
    expect(wb2.getWorksheet("_budget_check_reviews")).toBeUndefined();
  });
});
