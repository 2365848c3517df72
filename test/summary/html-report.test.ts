import { buildSummary, type FileSummary } from "../../src/engine/summary/model";
import { summaryHtml } from "../../src/cli/summary/html";
import { MAX_UNIT_ROWS } from "../../src/cli/summary/charts";

/**
 * The roll-up's HTML report: three charts drawn by ECharts (server-side, SVG) and inlined, so the file is whole and
 * offline. Read back from the SVG: each bar (ECharts marks its series and data index), its count, its Chinese label.
 */

function form(unit: string, computed: number): FileSummary["forms"][number] {
  return { unit, project: `${unit}的项目`, kind: "self-evaluation", sheet: "自评表", range: "A1:I40", computed, entered: computed, grade: "良" };
}

const FILES: FileSummary[] = [
  { file: "a.xlsx", checkedCopy: null, forms: [form("甲单位", 58)], findings: [["SCORE_MISMATCH", "error", 0], ["SCORE_MISMATCH", "error", 0], ["NEEDS_REVIEW", "info", 0]] },
  { file: "b.xlsx", checkedCopy: null, forms: [form("乙单位", 85)], findings: [["UNPAIRED_INDICATOR", "warning", 0], ["UNPAIRED_INDICATOR", "warning", 0], ["UNPAIRED_INDICATOR", "warning", 0]] },
  { file: "c.xlsx", checkedCopy: null, forms: [form("乙单位", 92)], findings: [] },
  { file: "d.xlsx", checkedCopy: null, forms: [form("丙单位", 95)], findings: [] },
  { file: "e.xlsx", checkedCopy: "checked/e.checked.xlsx", forms: [form("<丁&单位>", 71)], findings: [["SCORE_MISMATCH", "error", 0], ["UNPAIRED_INDICATOR", "warning", 0]] },
];

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

interface Chart {
  /** Drawn bars: series index → the data indices drawn, in order. */
  bars: Record<number, number[]>;
  /** Every text in the chart, in drawing order. */
  texts: string[];
  /** Each drawn bar's fill colour, by series. */
  fills: Record<number, string>;
}

function charts(html: string): Chart[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map(([svg]) => {
    const bars: Chart["bars"] = {};
    const fills: Chart["fills"] = {};
    for (const m of svg.matchAll(/<path [^>]*fill="([^"]+)"[^>]*ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g)) {
      if (m[1] === "none") continue; // the invisible bars that carry each row's total
      (bars[Number(m[2])] ??= []).push(Number(m[3]));
      fills[Number(m[2])] = m[1];
    }
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]));
    return { bars, texts, fills };
  });
}

test("the report's charts are ECharts SVG inlined in the page: bars, counts and Chinese labels as the roll-up says", () => {
  const html = summaryHtml(buildSummary(FILES, [], "zh"), "zh", new Date("2026-12-02T10:00:00Z"));
  const [scores, rules, units, ...more] = charts(html);
  expect(more).toEqual([]);

  // Score distribution: one bar per band, the count above it.
  expect(scores.bars).toEqual({ 0: [0, 1, 2, 3, 4] });
  expect(scores.texts).toEqual(["表数", "计算得分", "0", "1", "2", "<60", "60–70", "70–80", "80–90", "90–100", "1", "0", "1", "1", "2"]);

  // Findings per rule, most first, named by the catalogue's titles (not codes), coloured by severity.
  expect(rules.texts).toEqual(["数量指标缺少对应指标", "得分与评分规则不符", "需人工评判", "4", "3", "1", "错误", "警告", "提示"]);
  expect(rules.bars).toEqual({ 0: [1], 1: [0], 2: [2] });
  expect(rules.fills).toEqual({ 0: "#C00000", 1: "#C65911", 2: "#2F5597" });
  expect(html).not.toMatch(/SCORE_MISMATCH|UNPAIRED_INDICATOR|NEEDS_REVIEW/);

  // Findings per unit, stacked errors / warnings / info, most errors first; the unit without findings is said, not drawn.
  expect(units.texts.slice(0, 3)).toEqual(["甲单位", "<丁&单位>", "乙单位"]);
  expect(units.bars).toEqual({ 0: [0, 1], 1: [1, 2], 2: [0] });
  // Each row's total after its bar, and a segment's own count inside it when the row has more than one severity.
  expect(units.texts.slice(3)).toEqual(["2", "1", "1", "1", "3", "2", "3", "错误", "警告", "提示"]);
  expect(html).toContain('<p class="note">另有 1 个单位没有问题。</p>');
  expect(html).not.toContain("丙单位</text>");
});

test("the report is one self-contained file: no script, no address, nothing to fetch; English too", () => {
  for (const lang of ["zh", "en"] as const) {
    const html = summaryHtml(buildSummary(FILES, [{ file: "bad.xlsx", reason: "corrupt", message: "bad" }], lang), lang, new Date("2026-12-02T10:00:00Z"));
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import|https?:|\/\//i);
    // The only link is the relative one to a checked copy.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(["checked/e.checked.xlsx"]);
    expect(html.match(/<svg /g)).toHaveLength(3);
  }
  const en = charts(summaryHtml(buildSummary(FILES, [], "en"), "en", new Date()));
  expect(en[1].texts.slice(0, 3)).toEqual(["Quantity indicator without its partner", "Score does not follow the rules", "Needs a reviewer"]);
});

test("many units: every unit with findings drawn in its own readable row, up to the limit, the rest pointed to", () => {
  const many: FileSummary[] = Array.from({ length: MAX_UNIT_ROWS + 20 }, (_, i) => ({
    file: `u${i}.xlsx`,
    checkedCopy: null,
    forms: [form(`第${i + 1}科技服务中心`, 80)],
    findings: Array.from({ length: 1 + (i % 5) }, () => ["SCORE_MISMATCH", "error", 0] as FileSummary["findings"][number]),
  }));
  const html = summaryHtml(buildSummary(many, [], "zh"), "zh", new Date());
  const units = charts(html)[2];
  expect(units.bars[0]).toHaveLength(MAX_UNIT_ROWS);
  const height = Number(/<svg width="\d+" height="(\d+)"/.exec(html.match(/<svg[\s\S]*?<\/svg>/g)![2])![1]);
  expect(height / MAX_UNIT_ROWS).toBeGreaterThanOrEqual(24);
  expect(html).toContain(`只画出问题最多的 ${MAX_UNIT_ROWS} 个单位；其余 20 个单位见汇总工作簿的「问题统计」。`);
  // The most findings first: 5 errors each for the units i % 5 === 4 (第5, 第10, …).
  expect(Number(/^第(\d+)科技服务中心$/.exec(units.texts[0])![1]) % 5).toBe(0);
});
