/**
 * End to end, as a user without Excel meets budget-check: the built task pane (dist/) opened in Chromium from a
 * local web server, office.js unreachable, the seed-002 example picked, the scores read off the pane, the checked
 * copy downloaded and opened again with ExcelJS. Leaves a screenshot in test-output/taskpane.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { embeddedProfile } from "../../src/engine/profile/embedded";
import { validateWorkbook } from "../../src/engine/validate";
import { planWrites } from "../../src/engine/write-plan";
import { readWorkbook } from "../../src/hosts/file/read";
import { DIST, EXAMPLE, OUT, ROOT, e2eAvailable, ensureBuilt, launchChromium, serve } from "./support";
import { buildSeed002, thinkTank } from "../../scripts/examples/seed002";

jest.setTimeout(600_000);

const maybe = e2eAvailable() ? describe : describe.skip;

maybe("browser file mode (dist/ in Chromium)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    ensureBuilt();
    ({ server, base } = await serve(DIST));
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, locale: "zh-CN" });
    // The machine is offline, as many government networks are: Microsoft's CDN is unreachable.
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("falls back to file mode, checks the seed-002 example and shows its scores", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/taskpane.html`);
    await page.getByText("浏览器文件模式", { exact: false }).waitFor({ timeout: 120_000 });
    await page.getByTestId("file-input").setInputFiles(EXAMPLE);
    await page.getByTestId("summary").waitFor({ timeout: 120_000 });

    const scores = await page.getByTestId("computed-score").allTextContents();
    expect(scores[0]).toBe("99.96");
    await expect(page.getByTestId("form-card").first().textContent()).resolves.toContain("科技创新与交流");
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("识别到 3 张表");
    // A matching total does not hide the form's own findings: each card counts them.
    expect(await page.getByTestId("form-counts").allTextContents()).toEqual(["本表未发现错误或警告", "本表错误 0 · 警告 3", "本表错误 0 · 警告 1"]);
    // Findings are headed by the catalogue's title; the code is the tooltip.
    const unpaired = page.locator('[data-rule="UNPAIRED_INDICATOR"]').first();
    await expect(unpaired.textContent()).resolves.toContain("数量指标缺少对应指标");
    await expect(unpaired.getAttribute("title")).resolves.toBe("UNPAIRED_INDICATOR");
    expect(errors).toEqual([]);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "taskpane.png"), fullPage: true });
  });

  it("downloads a checked copy with the planned fills and the 校验结果 sheet", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("seed002-self-evaluation.checked.xlsx");
    const copy = readFileSync(await download.path());

    // What the engine plans for this file, computed here in Node: every planned fill must be in the copy.
    const original = readFileSync(EXAMPLE);
    const snap = await readWorkbook(original, path.basename(EXAMPLE));
    const plan = planWrites(snap, validateWorkbook(snap));
    expect(plan.fills.length).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ArrayBuffer);
    for (const group of plan.fills) {
      for (const cell of group.cells) {
        const fill = wb.getWorksheet(group.sheet)!.getCell(cell.split(":")[0]).fill as ExcelJS.FillPattern;
        expect(fill?.fgColor?.argb?.slice(-6)).toBe(group.color.slice(1));
      }
    }
    const results = wb.getWorksheet("校验结果");
    expect(results).toBeDefined();
    const texts: string[] = [];
    results!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("99.96");
    await expect(page.getByTestId("notice").textContent()).resolves.toContain("seed002-self-evaluation.checked.xlsx");
  });

  it("replaces a wrong entered score in the copy only when the user ticks the overwrite box", async () => {
    const d = structuredClone(thinkTank);
    d.indicators[2].score = 0.5; // 科技专家学术活动数量 (H14): the rules give 0.25
    mkdirSync(OUT, { recursive: true });
    const planted = path.join(OUT, "planted.xlsx");
    writeFileSync(planted, new Uint8Array((await (await buildSeed002([d])).xlsx.writeBuffer()) as ArrayBuffer));
    await page.getByTestId("file-input").setInputFiles(planted);
    await page.getByText("planted.xlsx", { exact: false }).waitFor({ timeout: 120_000 });

    const h14 = async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
      return wb.worksheets[0].getCell("H14").value;
    };
    expect(await h14()).toBe(0.5);
    await page.getByTestId("overwrite").check();
    expect(await h14()).toBe(0.25);
    await page.getByTestId("overwrite").uncheck();
    await page.getByTestId("file-input").setInputFiles(EXAMPLE);
    await page.getByText("seed002-self-evaluation.xlsx", { exact: false }).waitFor({ timeout: 120_000 });
  });

  it("a checked copy checked again after fixing an error carries no mark of that error", async () => {
    const d = structuredClone(thinkTank);
    d.indicators[2].score = 0.5; // H14: the rules give 0.25
    const planted = path.join(OUT, "fixme.xlsx");
    writeFileSync(planted, new Uint8Array((await (await buildSeed002([d])).xlsx.writeBuffer()) as ArrayBuffer));
    await page.getByTestId("file-input").setInputFiles(planted);
    await page.getByText("fixme.xlsx", { exact: false }).waitFor({ timeout: 120_000 });
    const downloadCopy = async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
      return wb;
    };
    const first = await downloadCopy();
    const h14 = first.worksheets[0].getCell("H14");
    expect((h14.fill as ExcelJS.FillPattern).fgColor?.argb?.slice(-6)).toBe("FFC7CE");
    expect(JSON.stringify(h14.note)).toContain("SCORE_MISMATCH");
    // The reviewer fixes the score in the checked copy and checks the copy again.
    h14.value = 0.25;
    const fixedPath = path.join(OUT, "fixme.checked.xlsx");
    writeFileSync(fixedPath, new Uint8Array((await first.xlsx.writeBuffer()) as ArrayBuffer));
    await page.getByTestId("file-input").setInputFiles(fixedPath);
    await page.getByText("fixme.checked.xlsx", { exact: false }).waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-code="SCORE_MISMATCH"]').count()).toBe(0);
    const second = await downloadCopy();
    const again = second.worksheets[0].getCell("H14");
    expect(again.value).toBe(0.25);
    expect((again.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? "").not.toMatch(/FFC7CE$/);
    expect(JSON.stringify(again.note ?? "")).not.toContain("budget-check");
  });

  it("says what the engine assumed, names 表11 as a department goal table and names every rounding-tail column (350 and 500 px)", async () => {
    for (const width of [350, 500]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId("file-input").setInputFiles(path.join(ROOT, "examples", "seed004-department-evaluation.xlsx"));
      await page.getByText("seed004-department-evaluation.xlsx", { exact: false }).waitFor({ timeout: 120_000 });
      const assumed = await page.getByTestId("form-assumptions").first().textContent();
      expect(assumed).toContain("引擎的推断与假设");
      expect(assumed).toContain("14 项为评审判断");
      expect(assumed).toContain("基础数据取自「基础数据」A2:B16");
      await page.screenshot({ path: path.join(OUT, `pane-assumed-${width}.png`), fullPage: true });

      await page.getByTestId("file-input").setInputFiles(path.join(ROOT, "examples", "seed001-department-budget.xlsx"));
      await page.getByText("seed001-department-budget.xlsx", { exact: false }).waitFor({ timeout: 120_000 });
      const kinds = await page.getByTestId("form-kind").allTextContents();
      expect(kinds.at(-1)).toContain("部门整体支出绩效目标表");
      expect(kinds.filter((k) => k.includes("项目绩效目标表"))).toEqual([]);
      const tails = await page.locator('[data-code="ROUNDING_TAIL"]').count();
      expect(tails).toBe(2);
      await expect(page.locator("main").textContent()).resolves.toContain("C15（小计）、D15（一般公共预算拨款）");
      await page.screenshot({ path: path.join(OUT, `pane-budget-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 420, height: 900 });
  });

  it("a workbook with no recognised form is not shown as a pass: a warning, the unrecognised header, no download", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    ws.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"]);
    ws.addRow(["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50]);
    mkdirSync(OUT, { recursive: true });
    const unread = path.join(OUT, "no-weight.xlsx");
    writeFileSync(unread, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await page.getByTestId("file-input").setInputFiles(unread);
    await page.getByTestId("no-forms").waitFor({ timeout: 120_000 });
    await expect(page.getByTestId("no-forms").textContent()).resolves.toContain("本次未作任何校验");
    await expect(page.locator("main").textContent()).resolves.toContain("缺少 分值");
    await expect(page.locator("main").textContent()).resolves.not.toContain("未发现问题");
    expect(await page.getByTestId("download").count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "taskpane-no-forms.png"), fullPage: true });
    await page.getByTestId("file-input").setInputFiles(EXAMPLE);
    await page.getByText("识别到 3 张表", { exact: false }).waitFor({ timeout: 120_000 });
  });

  it("switches the pane to English", async () => {
    await page.getByTestId("language").click();
    await page.getByText("Summary").waitFor();
    await expect(page.getByTestId("summary").textContent()).resolves.toContain("3 forms found");
    // The findings are rendered again in English from the report already computed (the engine does not run again).
    await expect(page.getByTestId("findings").first().textContent()).resolves.toContain("the target may have been set too low");
    await page.getByTestId("language").click();
    await page.getByText("校验摘要").waitFor();
    await expect(page.getByTestId("findings").first().textContent()).resolves.toContain("指标值可能设置偏低");
  });

  it("follows the system's dark theme (prefers-color-scheme) and back", async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector("[data-theme]")!).backgroundColor);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.locator('[data-theme="dark"]').waitFor();
    // Fluent's webDarkTheme: a near-black background (#292929), light text.
    expect(await background()).toBe("rgb(41, 41, 41)");
    // Past the buttons' colour transitions, away from the language button just used.
    await page.mouse.move(200, 700);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, "taskpane-dark.png") });
    await page.emulateMedia({ colorScheme: "light" });
    await page.locator('[data-theme="light"]').waitFor();
    expect(await background()).toBe("rgb(255, 255, 255)");
  });

  it("新建模板 downloads a template that carries the chosen rules; checked blank, it says nothing is filled in yet", async () => {
    await page.getByTestId("new-template").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("new-template-self-evaluation").click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^self-evaluation-[a-z0-9-]+\.template\.xlsx$/);
    await expect(page.getByTestId("new-template-message").textContent()).resolves.toBe(`已下载模板 ${name}`);
    const template = readFileSync(await download.path());
    const snapshot = await readWorkbook(template, name);
    expect(embeddedProfile(snapshot)?.id).toBe(name.replace(/^self-evaluation-|\.template\.xlsx$/g, ""));
    // The reviewer checks the template before filling it in: not a pass, and not "layout not recognised".
    const target = path.join(OUT, name);
    writeFileSync(target, template);
    await page.getByTestId("file-input").setInputFiles(target);
    await page.getByText("表头下还没有填写任何指标", { exact: false }).waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("download").count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "taskpane-blank-template.png"), fullPage: true });
  });
});
