import i18next, { type i18n as I18n } from "i18next";
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
  },
  en: {
    "kind.self-evaluation": "project self-evaluation",
    "kind.goal-table": "project performance goal table",
    "kind.budget-table": "department budget table",
    "kind.department-evaluation": "department overall evaluation",
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

let instance: I18n | undefined;
function engineI18n(): I18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: resources(),
      lng: "zh",
      fallbackLng: "zh",
      ns: ["findings", "engine"],
      defaultNS: "findings",
      interpolation: { escapeValue: false },
      initAsync: false,
      showSupportNotice: false,
    } as Parameters<I18n["init"]>[0]);
  }
  return instance;
}

export function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return engineI18n().getFixedT(lang)(key, params) as string;
}

export function te(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return t(lang, `engine:${key}`, params);
}

function show(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? formatAmount(v) : v;
}

/** Turn a check's draft into the report's finding, its message in the report's language. */
export function renderFinding(input: FindingDraft, lang: Lang): Finding {
  const d = FindingDraftSchema.parse(input);
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
  };
}
