import type { Lang } from "../../engine/i18n";
import { fillTemplate } from "../../engine/text/fill";
import type { SummaryModel } from "../../engine/summary/model";
import { MAX_UNIT_ROWS, ruleChart, scoreChart, unitChart } from "./charts";

/**
 * The roll-up's HTML report: one self-contained file (inline CSS and SVG charts, no script, nothing fetched), so a
 * reviewer opens it with a double click, offline. Charts, drawn by Apache ECharts on the server (./charts): the score
 * distribution, findings per rule, findings per unit; then the forms and the files that could not be read.
 */

const WORDS = {
  zh: {
    title: "budget-check 校验汇总",
    generated: "生成时间 {{when}}；共 {{files}} 个文件、{{forms}} 张表；{{unreadable}} 个文件无法读取",
    scores: "得分分布（自评表与部门整体评分表的计算得分）",
    rules: "各规则的问题数",
    units: "各单位的问题数",
    forms: "各表",
    unreadable: "无法读取的文件",
    none: "无",
    cols: ["文件", "单位", "项目 / 表名", "类型", "计算得分", "填写得分", "等级", "错误", "警告", "提示", "校验副本"],
    badCols: ["文件", "原因"],
    open: "打开",
    severity: { error: "错误", warning: "警告", info: "提示" },
    kinds: { "self-evaluation": "自评表", "goal-table": "绩效目标表", "budget-table": "预算表", "department-evaluation": "部门整体评分表" },
    empty: "没有可显示的数据",
    noFindings: "另有 {{n}} 个单位没有问题。",
    moreUnits: "只画出问题最多的 {{shown}} 个单位；其余 {{n}} 个单位见汇总工作簿的「问题统计」。",
  },
  en: {
    title: "budget-check roll-up",
    generated: "Generated {{when}}; {{files}} {{files|file|files}}, {{forms}} {{forms|form|forms}}; {{unreadable}} {{unreadable|file|files}} could not be read",
    scores: "Score distribution (computed scores of self-evaluations and department evaluations)",
    rules: "Findings per rule",
    units: "Findings per unit",
    forms: "Forms",
    unreadable: "Files that could not be read",
    none: "none",
    cols: ["File", "Unit", "Project / title", "Kind", "Computed", "Entered", "Grade", "Errors", "Warnings", "Info", "Checked copy"],
    badCols: ["File", "Reason"],
    open: "open",
    severity: { error: "errors", warning: "warnings", info: "info" },
    kinds: { "self-evaluation": "self-evaluation", "goal-table": "goal table", "budget-table": "budget table", "department-evaluation": "department evaluation" },
    empty: "nothing to show",
    noFindings: "{{n}} more {{n|unit has|units have}} no findings.",
    moreUnits: "Only the {{shown}} units with most findings are drawn; the other {{n}} are in the summary workbook's 问题统计 sheet.",
  },
} as const;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const fmt = (n: number | null) => (n === null ? "" : n.toFixed(2));

export function summaryHtml(model: SummaryModel, lang: Lang, when: Date): string {
  const w = WORDS[lang];
  const scored = model.scoreBands.some((b) => b.count > 0);
  const unitsWith = model.byUnit.filter((u) => u.errors + u.warnings + u.info > 0);
  const unitNotes = [
    unitsWith.length > MAX_UNIT_ROWS ? fillTemplate(w.moreUnits, { shown: MAX_UNIT_ROWS, n: unitsWith.length - MAX_UNIT_ROWS }) : "",
    model.byUnit.length > unitsWith.length ? fillTemplate(w.noFindings, { n: model.byUnit.length - unitsWith.length }) : "",
  ].filter(Boolean);
  const chart = (svg: string | null) => (svg === null ? `<p class="empty">${escapeHtml(w.empty)}</p>` : `<div class="chart">${svg}</div>`);
  const formRows = model.rows
    .map(
      (r) => `<tr${r.errors ? ' class="bad"' : ""}><td>${escapeHtml(r.file)}</td><td>${escapeHtml(r.unit)}</td><td>${escapeHtml(r.project)}</td><td>${escapeHtml(w.kinds[r.kind])}</td><td class="n">${fmt(r.computed)}</td><td class="n">${fmt(r.entered)}</td><td>${escapeHtml(r.grade ?? "")}</td><td class="n">${r.errors}</td><td class="n">${r.warnings}</td><td class="n">${r.info}</td><td>${
        r.checkedCopy ? `<a href="${escapeHtml(encodeURI(r.checkedCopy))}">${escapeHtml(w.open)}</a>` : ""
      }</td></tr>`,
    )
    .join("\n");
  const badRows = model.unreadable.map((u) => `<tr><td>${escapeHtml(u.file)}</td><td>${escapeHtml(u.message)}</td></tr>`).join("\n");
  const stamp = when.toISOString().replace("T", " ").slice(0, 19) + " UTC";
  return `<!DOCTYPE html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)}</title>
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.meta { color: #555; margin-bottom: 16px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; }
.chart svg { display: block; max-width: 100%; height: auto; }
.note { color: #555; font-size: 13px; margin: 4px 0 0; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #D9E1F2; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.bad td { background: #FFF0F0; }
.empty { color: #777; }
</style>
</head>
<body>
<h1>${escapeHtml(w.title)}</h1>
<div class="meta">${escapeHtml(fillTemplate(w.generated, { when: stamp, files: model.files.checked + model.files.unreadable, forms: model.rows.length, unreadable: model.files.unreadable }))}</div>
<div class="charts">
<section><h2>${escapeHtml(w.scores)}</h2>${chart(scored ? scoreChart(model.scoreBands, lang) : null)}</section>
</div>
<section><h2>${escapeHtml(w.rules)}</h2>${chart(model.byRule.length ? ruleChart(model.byRule, lang) : null)}</section>
<section><h2>${escapeHtml(w.units)}</h2>${chart(unitsWith.length ? unitChart(unitsWith, lang) : null)}${unitNotes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join("")}</section>
<h2>${escapeHtml(w.forms)}</h2>
<table><thead><tr>${w.cols.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>
${formRows}
</tbody></table>
<h2>${escapeHtml(w.unreadable)}</h2>
${model.unreadable.length ? `<table><thead><tr>${w.badCols.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>\n${badRows}\n</tbody></table>` : `<p class="empty">${escapeHtml(w.none)}</p>`}
</body>
</html>
`;
}
