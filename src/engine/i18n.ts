import { CATALOG, FINDING_CODES } from "./findings/catalog";
import { ENGINE_STRINGS } from "./findings/engine-strings";
import type { Finding, NeutralFinding } from "./findings/finding";
import { kindText, type TextParam } from "./findings/text";
import { formatAmount } from "./numbers";
import { chooseCountWords } from "./text/fill";

export type Lang = "zh" | "en";
export const LANGS: Lang[] = ["zh", "en"];

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
  const filled = chooseCountWords(text, params).replace(INTERPOLATION, (whole, name: string) => {
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

/**
 * Language-neutral text (findings/text.ts) in a language: data as it stands, an engine string rendered with its
 * parameters rendered first, a list joined by the language's separator. The one place engine text becomes words.
 */
export function renderText(lang: Lang, p: TextParam): string {
  if (p === null) return "";
  if (typeof p !== "object") return String(p);
  if (Array.isArray(p)) return p.map((x) => renderText(lang, x)).join(te(lang, "list"));
  if ("key" in p) return te(lang, p.key, p.params ? renderParams(lang, p.params) : {});
  if ("list" in p) return p.list.map((x) => renderText(lang, x)).join(te(lang, p.sep ?? "list"));
  return p[lang];
}

/** Parameters for a template: data passed through (a number stays a number, null stays null), text rendered. */
function renderParams(lang: Lang, params: Record<string, TextParam>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(params)) out[k] = v === null || typeof v !== "object" ? v : renderText(lang, v);
  return out;
}

/** A form's kind as a reviewer names it, its variant included (表11 is a 部门整体支出绩效目标表, not a 项目绩效目标表). */
export function formKindLabel(lang: Lang, form: { kind: string; variant?: string }): string {
  return renderText(lang, kindText(form));
}

/** A finding of the language-neutral report with its message in a language: the contract's finding (contract.md). */
export function renderFinding(d: NeutralFinding, lang: Lang): Finding {
  const params: Record<string, unknown> = {
    label: "",
    detail: "",
    expected: show(d.expected),
    actual: show(d.actual),
    ...renderParams(lang, d.params),
  };
  const message = t(lang, d.code, { ...params, context: d.context });
  return {
    code: d.code,
    severity: d.severity,
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
