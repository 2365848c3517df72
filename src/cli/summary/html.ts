import type { Lang } from "../../engine/i18n";
import type { SummaryModel } from "../../engine/summary/model";

/**
 * The roll-up's HTML report: one self-contained file (inline CSS and SVG charts, no script, nothing fetched), so a
 * reviewer opens it with a double click, offline. Charts: the score distribution, findings per rule, findings per
 * unit; then the forms and the files that could not be read.
 */

const COLORS = { error: "#C00000", warning: "#C65911", info: "#2F5597", bar: "#4472C4" };

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
  },
  en: {
    title: "budget-check roll-up",
    generated: "Generated {{when}}; {{files}} files, {{forms}} forms; {{unreadable}} files could not be read",
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
  },
} as const;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const fmt = (n: number | null) => (n === null ? "" : n.toFixed(2));

/** Vertical bars with a label under each and the count above it. */
function columnChart(data: { label: string; count: number }[], empty: string): string {
  const width = 520;
  const height = 220;
  const max = Math.max(1, ...data.map((d) => d.count));
  if (data.every((d) => d.count === 0)) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const slot = (width - 40) / data.length;
  const bars = data
    .map((d, i) => {
      const h = Math.round(((height - 50) * d.count) / max);
      const x = 30 + i * slot + slot * 0.15;
      const y = height - 25 - h;
      return `<rect x="${x.toFixed(1)}" y="${y}" width="${(slot * 0.7).toFixed(1)}" height="${h}" fill="${COLORS.bar}"><title>${escapeHtml(d.label)}: ${d.count}</title></rect>
<text x="${(x + slot * 0.35).toFixed(1)}" y="${y - 4}" text-anchor="middle">${d.count}</text>
<text x="${(x + slot * 0.35).toFixed(1)}" y="${height - 8}" text-anchor="middle">${escapeHtml(d.label)}</text>`;
    })
    .join("\n");
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><line x1="25" y1="${height - 25}" x2="${width - 5}" y2="${height - 25}" stroke="#999"/>${bars}</svg>`;
}

/** Horizontal stacked bars, one row per label, segments by severity. */
function barChart(rows: { label: string; parts: { value: number; color: string; name: string }[] }[], empty: string, legend: { color: string; name: string }[]): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const labelWidth = 260;
  const width = 820;
  const rowHeight = 22;
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const scale = (width - labelWidth - 60) / max;
  const height = rows.length * rowHeight + 30;
  const body = rows
    .map((r, i) => {
      const y = 24 + i * rowHeight;
      let x = labelWidth;
      const segs = r.parts
        .filter((p) => p.value > 0)
        .map((p) => {
          const w = Math.max(1, p.value * scale);
          const s = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${p.color}"><title>${escapeHtml(r.label)} — ${escapeHtml(p.name)}: ${p.value}</title></rect>`;
          x += w;
          return s;
        })
        .join("");
      const total = r.parts.reduce((s, p) => s + p.value, 0);
      const label = r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label;
      return `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(label)}<title>${escapeHtml(r.label)}</title></text>${segs}<text x="${(x + 4).toFixed(1)}" y="${y + 12}">${total}</text>`;
    })
    .join("\n");
  const keys = legend.map((l, i) => `<rect x="${labelWidth + i * 110}" y="4" width="12" height="12" fill="${l.color}"/><text x="${labelWidth + 16 + i * 110}" y="14">${escapeHtml(l.name)}</text>`).join("");
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${keys}${body}</svg>`;
}

export function summaryHtml(model: SummaryModel, lang: Lang, when: Date): string {
  const w = WORDS[lang];
  const sev = (s: string) => (s === "error" ? COLORS.error : s === "warning" ? COLORS.warning : COLORS.info);
  const legend = (["error", "warning", "info"] as const).map((s) => ({ color: sev(s), name: w.severity[s] }));
  const ruleRows = model.byRule.slice(0, 25).map((r) => ({ label: `${r.code} ${r.title}`, parts: [{ value: r.count, color: sev(r.severity), name: w.severity[r.severity as "error"] }] }));
  const unitRows = model.byUnit
    .filter((u) => u.errors + u.warnings + u.info > 0)
    .slice(0, 30)
    .map((u) => ({
      label: u.unit,
      parts: [
        { value: u.errors, color: COLORS.error, name: w.severity.error },
        { value: u.warnings, color: COLORS.warning, name: w.severity.warning },
        { value: u.info, color: COLORS.info, name: w.severity.info },
      ],
    }));
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
svg text { font-size: 12px; fill: #333; }
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
<div class="meta">${escapeHtml(w.generated.replace("{{when}}", stamp).replace("{{files}}", String(model.files.checked + model.files.unreadable)).replace("{{forms}}", String(model.rows.length)).replace("{{unreadable}}", String(model.files.unreadable)))}</div>
<div class="charts">
<section><h2>${escapeHtml(w.scores)}</h2>${columnChart(model.scoreBands, w.empty)}</section>
</div>
<section><h2>${escapeHtml(w.rules)}</h2>${barChart(ruleRows, w.empty, legend)}</section>
<section><h2>${escapeHtml(w.units)}</h2>${barChart(unitRows, w.empty, legend)}</section>
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
