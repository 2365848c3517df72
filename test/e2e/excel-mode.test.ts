/**
 * End to end inside "Excel": the real task pane in Excel mode, its Office.js host driving the in-memory Excel
 * (loaded with the seed-002 example) in Chromium. Check, click a finding, write, clear, and a protected sheet —
 * what a user does in the pane, with the workbook state inspected after each step.
 * Leaves a screenshot in test-output/taskpane-excel.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildHarness } from "./excel-harness/build";
import { parseCell } from "../../src/engine/address";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { validateWorkbook } from "../../src/engine/validate";
import { planWrites } from "../../src/engine/write-plan";
import { readWorkbook } from "../../src/hosts/file/read";
import { EXAMPLE, OUT, e2eAvailable, launchChromium, serve } from "./support";

jest.setTimeout(600_000);

const maybe = e2eAvailable() ? describe : describe.skip;

/** Every filled cell of every sheet except the results sheet, as JSON: compared before and after. */
const fillsInPage = () =>
  JSON.stringify(
    window.fakeExcel!.state.sheets.filter((s) => s.name !== "校验结果" && !s.name.startsWith("_budget_check_")).map((s) => [s.name, [...s.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill])]),
  );

maybe("Excel mode (task pane + Office.js host on the in-memory Excel)", () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let original: string;

  beforeAll(async () => {
    const dir = path.join(OUT, "excel-harness");
    await buildHarness(dir, EXAMPLE);
    const served = await serve(dir);
    server = served.server;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 420, height: 900 } })).newPage();
    await page.goto(`${served.base}/index.html`);
    await page.getByText("Excel 加载项").waitFor({ timeout: 120_000 });
    original = await page.evaluate(fillsInPage);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("checks the open workbook in 2 round trips and shows 99.96", async () => {
    await page.getByTestId("check").click();
    await page.getByTestId("summary").waitFor();
    expect((await page.getByTestId("computed-score").allTextContents())[0]).toBe("99.96");
    expect(await page.evaluate(() => window.fakeExcel!.stats.syncs)).toBe(2);
  });

  it("re-checks with another rubric profile without reading the workbook again", async () => {
    expect(await page.getByTestId("profile").textContent()).toBe("自动：深圳市财政绩效评价（默认）");
    await page.getByTestId("profile").click();
    await page.getByRole("option", { name: "中央部门项目支出绩效自评（2020 年通行做法）" }).click();
    expect(await page.getByTestId("profile").textContent()).toBe("中央部门项目支出绩效自评（2020 年通行做法）");
    expect((await page.getByTestId("computed-score").allTextContents())[0]).toBe("99.96");
    expect(await page.evaluate(() => window.fakeExcel!.stats.syncs)).toBe(2);
  });

  it("selects a finding's cell in Excel when it is clicked", async () => {
    const first = page.getByTestId("finding").first();
    const title = (await first.getAttribute("title")) ?? "";
    await first.click();
    await page.waitForFunction(() => window.fakeExcel!.state.selection !== undefined);
    const selection = await page.evaluate(() => window.fakeExcel!.state.selection);
    expect(title).toContain(`${selection!.sheet}!${selection!.address}`);
  });

  it("F8 / Shift+F8 and the arrows walk the findings: the current one marked, its cell selected in Excel", async () => {
    const selectedTitle = async () => {
      const title = (await page.locator('[data-current="true"] [data-testid="finding"]').getAttribute("title")) ?? "";
      await page.waitForFunction((t) => {
        const s = window.fakeExcel!.state.selection;
        return s !== undefined && t.includes(`${s.sheet}!${s.address}`);
      }, title);
      return title;
    };
    const first = await selectedTitle();
    await page.keyboard.press("F8");
    expect(await page.getByTestId("finding-position").textContent()).toMatch(/^2 \/ \d+$/);
    const second = await selectedTitle();
    expect(second).not.toBe(first);
    await page.keyboard.press("Shift+F8");
    expect(await selectedTitle()).toBe(first);
    await page.getByTestId("next-finding").click();
    expect(await selectedTitle()).toBe(second);
    expect(await page.locator('[data-current="true"]').count()).toBe(1);
  });

  it("writes highlights, notes and the results sheet, then clears back to the original fills", async () => {
    await page.evaluate(() => window.fakeExcel!.resetStats());
    await page.getByTestId("write").click();
    await page.getByTestId("notice").getByText("已写入").waitFor();
    // A fresh read (2) before the write (2), so a cell filled since the check is never overwritten; then the stamp (2).
    expect(await page.evaluate(() => window.fakeExcel!.stats.syncs)).toBe(6);
    expect(await page.evaluate(() => window.fakeExcel!.state.sheets.some((s) => s.name === "校验结果"))).toBe(true);
    // Exactly what the engine plans for this workbook under the profile picked above: every fill, every note.
    const snap = await readWorkbook(readFileSync(EXAMPLE), path.basename(EXAMPLE));
    const plan = planWrites(snap, validateWorkbook(snap, { profile: BUILTIN_PROFILES.central }));
    const planned = plan.fills.flatMap((g) => g.cells.map((a) => [g.sheet, `${parseCell(a).row},${parseCell(a).col}`, g.color]));
    const painted = await page.evaluate(() =>
      window.fakeExcel!.state.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.fill).map(([k, c]) => [s.name, k, c.fill!.color])),
    );
    expect(planned.length).toBeGreaterThan(5);
    expect(painted).toEqual(expect.arrayContaining(planned));
    expect(await page.evaluate(() => window.fakeExcel!.state.notes.length)).toBe(plan.notes.length);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "taskpane-excel.png"), fullPage: true });

    await page.getByTestId("clear").click();
    await page.getByTestId("notice").getByText("已清除").waitFor();
    expect(await page.evaluate(fillsInPage)).toBe(original);
    expect(await page.evaluate(() => window.fakeExcel!.state.notes.length)).toBe(0);
  });

  it("a workbook written, fixed and written again carries no mark of the fixed error (fill and note gone)", async () => {
    // Plant an error: 科技专家学术活动数量's entered score 0.25 becomes 0.5 (the rules give 0.25).
    const at = await page.evaluate(() => {
      for (const s of window.fakeExcel!.state.sheets) {
        for (const [k, c] of s.cells) {
          if (c.value !== "科技专家学术活动数量") continue;
          const row = Number(k.split(",")[0]);
          const score = [...s.cells].find(([kk, cc]) => Number(kk.split(",")[0]) === row && cc.value === 0.25);
          if (score) return { sheet: s.name, key: score[0] };
        }
      }
      return null;
    });
    expect(at).not.toBeNull();
    const setScore = (v: number) =>
      page.evaluate(({ sheet, key, v }) => {
        window.fakeExcel!.state.sheets.find((s) => s.name === sheet)!.cells.get(key)!.value = v;
      }, { ...at!, v });
    const cellState = () =>
      page.evaluate(({ sheet, key }) => {
        const [r, c] = key.split(",").map(Number);
        const address = String.fromCharCode(65 + c) + (r + 1);
        const fill = window.fakeExcel!.state.sheets.find((s) => s.name === sheet)!.cells.get(key)!.fill ?? null;
        const notes = window.fakeExcel!.state.notes.filter((n) => n.sheet === sheet && n.cell === address).map((n) => n.content);
        return { address, fill, notes };
      }, at!);
    const before = await cellState();
    await setScore(0.5);
    await page.getByTestId("write").click();
    await page.getByTestId("notice").getByText("已写入").waitFor();
    const flagged = await cellState();
    expect(flagged.fill?.color).toBe("#FFC7CE");
    expect(flagged.notes.join("\n")).toContain("SCORE_MISMATCH");
    // The reviewer fixes the score and writes again: the old red fill and the old note are gone.
    await setScore(0.25);
    await page.evaluate(() => window.fakeExcel!.resetStats());
    await page.getByTestId("write").click();
    await page.getByTestId("notice").getByText("已写入").waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.fakeExcel!.stats.syncs >= 4);
    const fixed = await cellState();
    expect(fixed.fill).toEqual(before.fill);
    expect(fixed.notes).toEqual([]);
    for (const width of [350, 500]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(OUT, `excel-rewritten-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 420, height: 900 });
    await page.getByTestId("clear").click();
    await page.getByTestId("notice").getByText("已清除").waitFor();
    expect(await page.evaluate(fillsInPage)).toBe(original);
  });

  it("checks only the active worksheet when asked (only that sheet read), and the whole workbook again when not", async () => {
    const second = await page.evaluate(() => window.fakeExcel!.state.sheets[1].name);
    await page.evaluate((name) => {
      window.fakeExcel!.state.activeSheet = name;
      window.fakeExcel!.resetStats();
    }, second);
    // Round trips that take a while, as on Excel on the web: until the one sheet's result comes, the whole workbook's
    // result on screen is not labelled as that sheet's (it once read 仅工作表「自评表1」 meanwhile).
    await page.evaluate(() => (window.fakeExcel!.options.syncLatencyMs = 400));
    await page.getByTestId("active-sheet-only").click();
    await page.getByTestId("progress").waitFor();
    expect(await page.getByTestId("summary-scope").count()).toBe(0);
    await page.getByTestId("summary-scope").waitFor();
    await page.evaluate(() => (window.fakeExcel!.options.syncLatencyMs = 0));
    expect(await page.getByTestId("summary-scope").textContent()).toBe(`校验范围：仅工作表「${second}」`);
    expect(await page.getByTestId("form-card").count()).toBe(1);
    expect(await page.evaluate(() => window.fakeExcel!.stats.syncs)).toBe(2);
    // The workbook's stamp speaks for every sheet: not compared with one sheet read alone (no false "changed").
    expect(await page.getByTestId("stamp-status").count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "excel-active-sheet-350.png"), fullPage: true });
    await page.getByTestId("active-sheet-only").click();
    await page.getByTestId("summary-scope").waitFor({ state: "detached" });
    // The scope's line goes at the click; the whole workbook's result comes after its read and check: wait for it.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="form-card"]').length === 3 && !document.querySelector('[data-testid="progress"]'));
    expect(await page.getByTestId("form-card").count()).toBe(3);
  });

  it("忽略 with a reason is kept in the workbook (a very hidden sheet): a re-check lists it as reviewed, not counted; the results sheet lists it", async () => {
    await page.getByTestId("check").click();
    await page.getByTestId("summary").waitFor();
    const before = (await page.getByTestId("finding").count());
    const item = page.locator("li[data-finding]").first();
    const cell = (await item.locator("strong").first().textContent()) ?? "";
    await item.getByTestId("review-ignore").click();
    await item.getByTestId("review-reason").fill("按处室口径，此项不适用");
    await item.getByTestId("review-confirm").click();
    await page.getByTestId("reviewed").waitFor();
    const stored = await page.evaluate(() => {
      const s = window.fakeExcel!.state.sheets.find((x) => x.name === "_budget_check_reviews");
      return s ? { visibility: s.visibility, texts: [...s.cells.values()].map((c) => String(c.value)) } : null;
    });
    expect(stored?.visibility).toBe("VeryHidden");
    expect(stored!.texts.join("\n")).toContain("按处室口径，此项不适用");
    // Checked again from the workbook: still reviewed, one finding fewer.
    await page.getByTestId("check").click();
    await page.getByTestId("reviewed").waitFor();
    expect(await page.getByTestId("finding").count()).toBe(before - 1);
    expect(await page.getByTestId("reviewed").textContent()).toContain(cell);
    await page.getByTestId("write").click();
    await page.getByTestId("notice").getByText("已写入").waitFor();
    const results = await page.evaluate(() => [...window.fakeExcel!.state.sheets.find((x) => x.name === "校验结果")!.cells.values()].map((c) => String(c.value)));
    expect(results).toContain("已审核的问题（忽略 / 已核实，不计入错误）");
    expect(results).toContain("按处室口径，此项不适用");
    await page.getByTestId("review-undo").click();
    await page.getByTestId("reviewed").waitFor({ state: "detached" });
    expect(await page.getByTestId("finding").count()).toBe(before);
    // The last decision taken back: no empty review sheet is left in the workbook.
    expect(await page.evaluate(() => window.fakeExcel!.state.sheets.some((x) => x.name === "_budget_check_reviews"))).toBe(false);
    await page.getByTestId("clear").click();
    await page.getByTestId("notice").getByText("已清除").waitFor();
  });

  it("follows Office's theme while the pane is open: read again when the pane is focused or shown (Excel raises no theme event)", async () => {
    const theme = () => page.locator("[data-theme]").first().getAttribute("data-theme");
    expect(await theme()).toBe("light");
    // The user picks Office's black theme in File > Account, away from the pane; then comes back to it.
    await page.evaluate(() => {
      window.fakeExcel!.officeTheme = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" };
    });
    expect(await theme()).toBe("light");
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.locator('[data-theme="dark"]').waitFor();
    const background = await page.locator("[data-theme]").first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    // Fluent's buttons fade to the new colours: the screenshot once every transition has ended.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    await page.screenshot({ path: path.join(OUT, "taskpane-excel-dark.png") });
    // Back to white, seen when the pane is shown again (visibilitychange).
    await page.evaluate(() => {
      window.fakeExcel!.officeTheme = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.locator('[data-theme="light"]').waitFor();
  });

  it("tells the user about a protected sheet and writes nothing", async () => {
    await page.evaluate(() => {
      window.fakeExcel!.state.sheets[0].protected = true;
    });
    await page.getByTestId("write").click();
    await page.getByTestId("notice").getByText("受保护").waitFor();
    expect(await page.getByTestId("notice").textContent()).toContain("未写入任何内容");
    expect(await page.evaluate(fillsInPage)).toBe(original);
  });
});
