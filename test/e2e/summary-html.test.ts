import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSummary, type FileSummary } from "../../src/engine/summary/model";
import { summaryHtml } from "../../src/cli/summary/html";
import { CHROMIUM, OUT, launchChromium } from "./support";
import { existsSync } from "node:fs";

/** The roll-up's HTML report opened from disk in Chromium, offline: its three ECharts charts draw, its tables fill. */
const available = existsSync(CHROMIUM);
(available ? test : test.skip)("the roll-up's HTML report renders offline in Chromium with its charts", async () => {
  const files: FileSummary[] = Array.from({ length: 12 }, (_, i) => ({
    file: `unit${i}.xlsx`,
    checkedCopy: `checked/unit${i}.checked.xlsx`,
    forms: [{ unit: `<单位${i % 4}>`, project: `项目${i}`, kind: "self-evaluation", sheet: "自评表", range: "A1:I40", computed: 55 + i * 4, entered: 55 + i * 4, grade: "优" }],
    findings: [
      ["SCORE_MISMATCH", "error", 0],
      ["UNPAIRED_INDICATOR", "warning", 0],
      ...(i % 3 ? ([["NEEDS_REVIEW", "info", 0]] as FileSummary["findings"]) : []),
    ],
  }));
  const model = buildSummary(files, [{ file: "bad.xlsx", reason: "corrupt", message: "bad.xlsx 已损坏" }], "zh");
  const dir = mkdtempSync(path.join(tmpdir(), "budget-check-html-"));
  const file = path.join(dir, "汇总.html");
  writeFileSync(file, summaryHtml(model, "zh", new Date("2026-12-02T10:00:00Z")));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    const charts = await page.locator("svg").evaluateAll((svgs) =>
      svgs.map((s) => ({
        bars: [...s.querySelectorAll('path[ecmeta_ssr_type="chart"]:not([fill="none"])')].filter((p) => p.getBoundingClientRect().width > 0 && p.getBoundingClientRect().height > 0).length,
        width: s.getBoundingClientRect().width,
        labels: [...s.querySelectorAll("text")].map((t) => t.textContent),
      })),
    );
    expect(charts.map((c) => c.width > 400)).toEqual([true, true, true]);
    // 5 score bands; 3 rules; 4 units × 3 severities — each drawn with a size on the page.
    expect(charts.map((c) => c.bars)).toEqual([5, 3, 12]);
    expect(charts[1].labels.slice(0, 3)).toEqual(["得分与评分规则不符", "数量指标缺少对应指标", "需人工评判"]);
    expect(charts[2].labels.slice(0, 4)).toEqual(["<单位0>", "<单位1>", "<单位2>", "<单位3>"]);
    expect(await page.locator("table").first().locator("tbody tr").count()).toBe(12);
    expect(await page.locator("td", { hasText: "<单位1>" }).count()).toBe(3);
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "summary-report.png"), fullPage: true });
  } finally {
    await browser.close();
  }
});
