/**
 * A department's workbook of many forms shows one compact row per form, those with errors first, instead of a card
 * each (issue 12). 30 self-evaluations in the seed-002 layout, every tenth with one wrong score.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { layoutSelfEvaluation, setSelfEvaluationColumns } from "../../scripts/examples/self-evaluation-layout";
import { SEED002_PROJECTS } from "../../scripts/examples/seed002";
import { countsByForm } from "../../src/taskpane/group-findings";
import { validateWorkbook } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file";
import { DIST, OUT, e2eAvailable, ensureBuilt, launchChromium, serve } from "./support";

jest.setTimeout(600_000);
const maybe = e2eAvailable() ? describe : describe.skip;

async function manyForms(file: string, count: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  setSelfEvaluationColumns(ws);
  let row = 1;
  for (let i = 0; i < count; i++) {
    const d = structuredClone(SEED002_PROJECTS[i % 2]);
    d.project = `${d.project}（${i + 1}）`;
    if (i % 10 === 3) {
      const ind = d.indicators.find((x) => typeof x.score === "number" && x.score > 0);
      if (ind && typeof ind.score === "number") ind.score -= 0.5;
    }
    row = layoutSelfEvaluation(ws, row, d);
  }
  await wb.xlsx.writeFile(file);
}

describe("counts per form", () => {
  it("counts each form's own errors and warnings in one pass", async () => {
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, "thirty-forms.xlsx");
    await manyForms(file, 30);
    const { report } = validateWorkbook(await readWorkbook(new Uint8Array(readFileSync(file)), "thirty-forms.xlsx"));
    expect(report.forms).toHaveLength(30);
    const counts = countsByForm(report.forms, report.findings);
    expect(counts.filter((c) => c.errors > 0).map((_, i) => i)).toHaveLength(3);
    expect(counts.reduce((n, c) => n + c.errors, 0)).toBe(report.summary.errors);
  });
});

maybe("many forms in the pane (file mode)", () => {
  let server: http.Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ensureBuilt();
    ({ server, base } = await serve(DIST));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("shows a compact table, forms with errors first, and no card per form", async () => {
    const file = path.join(OUT, "thirty-forms.xlsx");
    await manyForms(file, 30);
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "zh-CN" });
    await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    await page.goto(`${base}/taskpane.html`);
    await page.getByText("浏览器文件模式", { exact: false }).waitFor({ timeout: 120_000 });
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("form-table").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("form-card").count()).toBe(0);
    const rows = page.getByTestId("form-row");
    expect(await rows.count()).toBe(30);
    // The three forms with a wrong item score lead; after them, forms with no error.
    const texts = await rows.allTextContents();
    expect(texts.slice(0, 3).every((t) => /[1-9]\d* · \d+$/.test(t))).toBe(true);
    expect(texts.slice(3).every((t) => / 0 · \d+$/.test(t) || /^.*\D0 · \d+$/.test(t))).toBe(true);
    expect(texts[0]).toContain("（4）");
    await page.screenshot({ path: path.join(OUT, "form-table-350.png"), fullPage: false });
    await context.close();
  });
});
