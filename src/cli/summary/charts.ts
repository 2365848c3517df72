import type { BarSeriesOption, EChartsOption } from "echarts/types/dist/echarts" with { "resolution-mode": "import" };
import type { Lang } from "../../engine/i18n";
import type { SummaryModel } from "../../engine/summary/model";

/**
 * The roll-up report's charts, drawn by Apache ECharts on the server (its SVG renderer in SSR mode) and returned as SVG
 * text to inline in the HTML: nothing is fetched and no script runs when a reviewer opens the report. Each chart is as
 * tall as its rows need, so a roll-up of many units stays readable; the counts are written at the end of each bar.
 */

/** Single quotes: ECharts writes the family into a double-quoted style attribute. */
// ECharts' package is an ES module for TypeScript; its "require" entry (dist/echarts.js) is the same library as CommonJS.
// Required when a chart is drawn: loading it costs every other command a tenth of a second.
type ECharts = typeof import("echarts/types/dist/echarts", { with: { "resolution-mode": "import" } });
let echartsLib: ECharts | undefined;
const echarts = {
  init: (...args: Parameters<ECharts["init"]>): ReturnType<ECharts["init"]> => (echartsLib ??= require("echarts") as ECharts).init(...args),
};

const CHART_FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Segoe UI', sans-serif";
export const SEVERITY_COLORS = { error: "#C00000", warning: "#C65911", info: "#2F5597" } as const;
const BAR = "#4472C4";
const ROW = 24;
/** Room for the row labels: the longest label (CJK characters 12 px, others about 7 px), within bounds. */
function labelWidth(labels: string[]): number {
  const width = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 12 : 7), 0);
  return Math.min(300, Math.max(80, ...labels.map(width)) + 8);
}
const TOTAL_ROOM = 48;

type Severity = keyof typeof SEVERITY_COLORS;
const SEVERITIES: Severity[] = ["error", "warning", "info"];

const WORDS = {
  zh: { forms: "表数", score: "计算得分", findings: "问题数", severity: { error: "错误", warning: "警告", info: "提示" } },
  en: { forms: "forms", score: "computed score", findings: "findings", severity: { error: "errors", warning: "warnings", info: "info" } },
} as const;

/** Most units shown in the per-unit chart; the rest are named in the summary workbook. */
export const MAX_UNIT_ROWS = 150;

function render(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT, fontSize: 12 }, ...option });
    // Inline in HTML the SVG namespace is implied: the namespace declarations (URIs, never fetched) are left out so
    // the report holds no address at all.
    return chart.renderToSVGString().replace(/\s+xmlns(:xlink)?="[^"]*"/g, "");
  } finally {
    chart.dispose();
  }
}

/** Column chart: how many scored forms fall into each band of computed score. */
export function scoreChart(bands: SummaryModel["scoreBands"], lang: Lang): string {
  const w = WORDS[lang];
  return render(
    {
      grid: { left: 48, right: 16, top: 36, bottom: 40 },
      xAxis: { type: "category", data: bands.map((b) => b.label), name: w.score, nameLocation: "middle", nameGap: 26, axisTick: { alignWithLabel: true } },
      yAxis: { type: "value", name: w.forms, minInterval: 1 },
      series: [{ type: "bar", name: w.forms, data: bands.map((b) => b.count), itemStyle: { color: BAR }, barWidth: "60%", label: { show: true, position: "top", color: "#222" } }],
    },
    560,
    280,
  );
}

interface StackRow {
  label: string;
  values: Record<Severity, number>;
}

/**
 * Horizontal bars, one row per label (first row on top), stacked by severity, the row's total written after its bar
 * and each segment's own count inside it where it fits.
 */
function stackedRows(rows: StackRow[], lang: Lang, width: number, segmentLabels: boolean): string {
  const w = WORDS[lang];
  const max = Math.max(1, ...rows.map((r) => r.values.error + r.values.warning + r.values.info));
  const labels = labelWidth(rows.map((r) => r.label));
  const plot = width - labels - 8 - TOTAL_ROOM;
  const fits = (n: number) => (n * plot) / max >= String(n).length * 7 + 6;
  const used = SEVERITIES.filter((s) => rows.some((r) => r.values[s] > 0));
  const series: BarSeriesOption[] = used.map((s) => ({
    type: "bar",
    name: w.severity[s],
    stack: "all",
    barWidth: 16,
    itemStyle: { color: SEVERITY_COLORS[s] },
    // Nothing is drawn for a zero (no sliver, no "0").
    data: rows.map((r) =>
      r.values[s] > 0
        ? { value: r.values[s], label: { show: segmentLabels && SEVERITIES.filter((k) => r.values[k] > 0).length > 1 && fits(r.values[s]), position: "inside", color: "#fff" } }
        : "-",
    ),
  }));
  // The totals: an empty bar at the end of each stack whose label is the row's sum.
  const totals = rows.map((r) => r.values.error + r.values.warning + r.values.info);
  series.push({
    type: "bar",
    name: "total",
    stack: "all",
    barWidth: 16,
    silent: true,
    itemStyle: { color: "transparent" },
    data: totals.map(() => 0),
    label: { show: true, position: "right", color: "#222", formatter: (p: { dataIndex: number }) => String(totals[p.dataIndex]) },
  });
  return render(
    {
      legend: used.length > 1 ? { data: used.map((s) => w.severity[s]), top: 4, left: labels + 8, itemWidth: 14, itemHeight: 12 } : { show: false },
      grid: { left: labels + 8, right: TOTAL_ROOM, top: 32, bottom: 8, containLabel: false },
      xAxis: { type: "value", max, show: false },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => r.label),
        axisTick: { show: false },
        axisLabel: { width: labels - 4, overflow: "truncate", color: "#333", fontSize: 12 },
      },
      series,
    },
    width,
    rows.length * ROW + 40,
  );
}

/** Findings per rule, named by the rule's title from the catalogue, coloured by the rule's severity. */
export function ruleChart(byRule: SummaryModel["byRule"], lang: Lang): string {
  return stackedRows(
    byRule.map((r) => ({
      label: r.title,
      values: { error: 0, warning: 0, info: 0, [r.severity as Severity]: r.count },
    })),
    lang,
    820,
    false,
  );
}

/** Findings per unit, stacked by severity; units with no finding are left out (the caller says how many). */
export function unitChart(byUnit: SummaryModel["byUnit"], lang: Lang): string {
  return stackedRows(
    byUnit.slice(0, MAX_UNIT_ROWS).map((u) => ({ label: u.unit, values: { error: u.errors, warning: u.warnings, info: u.info } })),
    lang,
    820,
    true,
  );
}
