import { CATALOG, FINDING_CODES } from "./findings/catalog";
import type { Finding, FindingDraft } from "./findings/finding";
import { FindingDraftSchema } from "./findings/finding";
import { formatAmount } from "./numbers";

export type Lang = "zh" | "en";
export const LANGS: Lang[] = ["zh", "en"];

/** Engine strings that are not finding messages (field names, form kinds, notes). */
const ENGINE_STRINGS: Record<Lang, Record<string, string>> = {
  zh: {
    "kind.self-evaluation": "项目支出绩效自评表",
    "kind.goal-table": "项目绩效目标表",
    "kind.budget-table": "部门预算表",
    "kind.department-evaluation": "部门整体支出绩效评分表",
    "kind.goal-table.department": "部门整体支出绩效目标表",
    "field.target": "年度指标值",
    "field.actual": "实际完成值",
    "field.weight": "分值",
    "field.score": "得分",
    "field.source": "目标值来源",
    "field.reason": "偏差原因分析",
    "result.achieved": "达成",
    "result.partial": "部分达成",
    "result.failed": "未达成",
    "detail.negative": "（反向指标：指标值 {{target}}，实际 {{actual}}）",
    "detail.positive": "（指标值 {{target}}，实际完成 {{actual}}）",
    "detail.notDone": "（未开展，按 0 计）",
    "detail.rate": "{{executed}} / {{budget}}",
    "goal.note.secondaryInferred": "表中未列二级指标的 {{count}} 个指标，已按指标名称推断二级指标：{{summary}}",
    "self.note.unscored": "表中没有分值、得分列（不评分的自评表）：只核对资金合计、执行率、实际完成值是否达到指标值及偏差原因，不计算得分",
    "self.note.wholePoints": "表中得分均为整数，且带小数的计算值按四舍五入填为整数，按整数分计算与核对",
    "self.note.placeholders": "跳过 {{count}} 个模板占位行或分项行（指标2、……、其中…），不作为指标",
    "goal.note.secondaryFromTarget": "其中 {{count}} 个指标的名称不足以判断，按指标值的单位推断：{{names}}",
    "goal.note.secondaryUnknown": "{{count}} 个指标无法确定二级指标，未计入指标类别检查：{{names}}",
    "list": "、",
    "goal.count": "{{category}} {{count}} 个",
    "indicator.category.数量": "数量",
    "indicator.category.质量": "质量",
    "indicator.category.时效": "时效",
    "indicator.category.成本": "成本",
    "indicator.category.经济效益": "经济效益",
    "indicator.category.社会效益": "社会效益",
    "indicator.category.生态效益": "生态效益",
    "indicator.category.可持续影响": "可持续影响",
    "indicator.category.满意度": "满意度",
    "indicator.primary.产出": "产出指标",
    "indicator.primary.效益": "效益指标",
    "indicator.primary.满意度": "满意度指标",
    "indicator.primary.成本": "成本指标",
    "goal.fundsSplit": "（{{parts}}）",
  },
  en: {
    "kind.self-evaluation": "project self-evaluation",
    "kind.goal-table": "project performance goal table",
    "kind.budget-table": "department budget table",
    "kind.department-evaluation": "department overall evaluation",
    "kind.goal-table.department": "department overall performance goal table",
    "field.target": "target",
    "field.actual": "actual",
    "field.weight": "weight",
    "field.score": "score",
    "field.source": "target source",
    "field.reason": "deviation reason",
    "result.achieved": "achieved",
    "result.partial": "partly achieved",
    "result.failed": "not achieved",
    "detail.negative": " (negative indicator: target {{target}}, actual {{actual}})",
    "detail.positive": " (target {{target}}, actual {{actual}})",
    "detail.notDone": " (not carried out, counted as 0)",
    "detail.rate": "{{executed}} / {{budget}}",
    "goal.note.secondaryInferred": "{{count}} indicators have no 二级 category printed; it was inferred from their names: {{summary}}",
    "self.note.unscored": "No 分值 or 得分 columns (an unscored self-evaluation): funds totals, execution rates, actuals against targets and deviation reasons are checked; nothing is scored",
    "self.note.wholePoints": "Every entered score is a whole number and fractional scores are entered rounded: scored and compared in whole points",
    "self.note.placeholders": "{{count}} template placeholder or breakdown rows (指标2, ……, 其中…) skipped: not indicators",
    "goal.note.secondaryFromTarget": "for {{count}} of them the name does not tell, so the unit of the target decided: {{names}}",
    "goal.note.secondaryUnknown": "{{count}} indicators have no 二级 category that could be determined and are left out of the category checks: {{names}}",
    "list": ", ",
    "goal.count": "{{category}} {{count}}",
    "indicator.category.数量": "quantity (数量)",
    "indicator.category.质量": "quality (质量)",
    "indicator.category.时效": "timeliness (时效)",
    "indicator.category.成本": "cost (成本)",
    "indicator.category.经济效益": "economic benefit (经济效益)",
    "indicator.category.社会效益": "social benefit (社会效益)",
    "indicator.category.生态效益": "ecological benefit (生态效益)",
    "indicator.category.可持续影响": "sustainable impact (可持续影响)",
    "indicator.category.满意度": "satisfaction (满意度)",
    "indicator.primary.产出": "output indicators (产出)",
    "indicator.primary.效益": "outcome indicators (效益)",
    "indicator.primary.满意度": "satisfaction indicators (满意度)",
    "indicator.primary.成本": "cost indicators (成本)",
    "goal.fundsSplit": " ({{parts}})",
  },
};

function resources(): Record<Lang, { findings: Record<string, string>; engine: Record<string, string> }> {
  const out = { zh: { findings: {}, engine: ENGINE_STRINGS.zh }, en: { findings: {}, engine: ENGINE_STRINGS.en } } as Record<
    Lang,
    { findings: Record<string, string>; engine: Record<string, string> }
  >;
  for (const code of FINDING_CODES) {
    for (const lang of LANGS) {
      for (const [variant, text] of Object.entries(CATALOG[code].message[lang])) {
        out[lang].findings[variant === "default" ? code : `${code}_${variant}`] = text;
      }
      out[lang].findings[`${code}.title`] = CATALOG[code].title[lang];
    }
  }
  return out;
}

type Resources = ReturnType<typeof resources>;
let loaded: Resources | undefined;

function template(lang: Lang, ns: "findings" | "engine", key: string): string | undefined {
  loaded ??= resources();
  return loaded[lang][ns][key] ?? loaded.zh[ns][key];
}

/**
 * Render a catalogue or engine string. The engine's own small renderer with i18next's rules for what the catalogue
 * uses — `ns:key`, a `context` choosing the `key_context` variant, `{{name}}` interpolation without escaping (a
 * missing value left as written, null as ""), `$t(ns:key)` nesting with the same values, zh as the fallback — and a
 * hundredth of its cost: i18next's general machinery took a sixth of the engine's time on a 1,000-form workbook.
 */
export function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const colon = key.indexOf(":");
  const ns = colon > 0 && key.slice(0, colon) === "engine" ? "engine" : "findings";
  const bare = colon > 0 && (ns === "engine" || key.slice(0, colon) === "findings") ? key.slice(colon + 1) : key;
  const context = params.context;
  const text = (typeof context === "string" && context !== "" ? template(lang, ns, `${bare}_${context}`) : undefined) ?? template(lang, ns, bare);
  if (text === undefined) return bare;
  const filled = text.replace(INTERPOLATION, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : v === null ? "" : String(v);
  });
  if (!filled.includes("$t(")) return filled;
  const { context: _context, ...rest } = params;
  return filled.replace(NESTING, (_whole, inner: string) => t(lang, inner.trim(), rest));
}

const INTERPOLATION = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const NESTING = /\$t\(([^()]*)\)/g;

export function te(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return t(lang, `engine:${key}`, params);
}

function show(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? formatAmount(v) : v;
}

/** A form's kind as a reviewer names it, its variant included (表11 is a 部门整体支出绩效目标表, not a 项目绩效目标表). */
export function formKindLabel(lang: Lang, form: { kind: string; variant?: string }): string {
  const specific = form.variant ? `kind.${form.kind}.${form.variant}` : null;
  return specific && specific in ENGINE_STRINGS[lang] ? te(lang, specific) : te(lang, `kind.${form.kind}`);
}

/** Turn a check's draft into the report's finding, its message in the report's language. */
/** Infinity and NaN are not JSON numbers: a check that divides by a near-zero cell must not break the report. */
function finite<T>(v: T): T | string {
  return typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
}

export function renderFinding(input: FindingDraft, lang: Lang): Finding {
  const d = FindingDraftSchema.parse({
    ...input,
    expected: finite(input.expected),
    actual: finite(input.actual),
    params: Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, finite(v)])),
  });
  const params: Record<string, unknown> = {
    label: "",
    detail: "",
    expected: show(d.expected),
    actual: show(d.actual),
    ...d.params,
  };
  const message = t(lang, d.code, { ...params, context: d.context });
  return {
    code: d.code,
    severity: d.severity ?? CATALOG[d.code].severity,
    sheet: d.sheet,
    cell: d.cell,
    related: d.related,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
    message,
    ...(d.also?.length ? { also: d.also } : {}),
    ...(d.form !== undefined ? { form: d.form } : {}),
  };
}
