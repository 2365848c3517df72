import { z } from "zod";
import type { Lang } from "../i18n";
import { ProfileSchema, type Profile } from "./schema";
import { fillTemplate } from "../text/fill";

/**
 * Loading a profile a person wrote: JSON text in, a validated Profile or every problem out, each with the path
 * of the field it concerns (departmentRubric.items[4].parts[0].rate) and a message in the user's language.
 * zod's own locales word the type errors; the rubric's cross-reference issues are worded here.
 */

export interface ProfileIssue {
  /** Dotted path with indices: "departmentRubric.items[4].parts[0].rate"; "" for the document itself. */
  path: string;
  message: string;
}

export type ProfileLoadResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

/** Thrown where a caller cannot return issues (an embedded profile read during validation). */
export class ProfileLoadError extends Error {
  constructor(
    message: string,
    readonly issues: ProfileIssue[],
  ) {
    super(message);
    this.name = "ProfileLoadError";
  }
}

const CUSTOM: Record<Lang, Record<string, string>> = {
  zh: {
    formulaSyntax: "公式「{{formula}}」第 {{position}} 个字符处有误（{{reason}}）",
    "reason.unexpected": "无法识别「{{token}}」",
    "reason.end": "公式不完整",
    "reason.unknownFunction": "未知函数「{{token}}」，可用 min、max、abs",
    "reason.arity": "函数「{{token}}」参数个数不对",
    "reason.unclosedBrace": "缺少与「{」配对的「}」",
    "reason.tooDeep": "括号或正负号嵌套超过 100 层",
    "reason.tooLong": "公式过长（超过 2000 个符号）",
    unknownName: "公式中的「{{name}}」既不是已定义的数据项，也不是已定义的比率",
    duplicate: "名称「{{name}}」重复定义",
    reservedName: "「{{name}}」是保留名称（指本部分的比率），不能用作数据项名称",
    unknownGroup: "一级指标「{{name}}」不在 groups 中",
    partsWeight: "各部分分值之和为 {{sum}}，与该指标分值 {{weight}} 不符",
    judgedWithFormula: "评判部分（judged）不能同时给出 rate、tiers 或 score",
    noScore: "需给出 score 或 tiers（或标记为 judged）",
    tiersWithoutRate: "分档（tiers）需要先给出比率 rate",
    json: "不是有效的 JSON：{{detail}}",
  },
  en: {
    formulaSyntax: "formula “{{formula}}” is wrong at character {{position}} ({{reason}})",
    "reason.unexpected": "cannot read “{{token}}”",
    "reason.end": "the formula is incomplete",
    "reason.unknownFunction": "unknown function “{{token}}”; use min, max or abs",
    "reason.arity": "wrong number of arguments to “{{token}}”",
    "reason.unclosedBrace": "“{” without its closing “}”",
    "reason.tooDeep": "brackets or signs nested more than 100 deep",
    "reason.tooLong": "the formula is too long (more than 2,000 symbols)",
    unknownName: "“{{name}}” in the formula is neither a declared data item nor a declared rate",
    duplicate: "the name “{{name}}” is defined twice",
    reservedName: "“{{name}}” is reserved (the part's own rate) and cannot name a data item",
    unknownGroup: "the group “{{name}}” is not listed in groups",
    partsWeight: "the parts add up to {{sum}}, not the item's weight {{weight}}",
    judgedWithFormula: "a judged part cannot also give rate, tiers or score",
    noScore: "give score or tiers (or mark the part judged)",
    tiersWithoutRate: "tiers need the part's rate",
    json: "not valid JSON: {{detail}}",
  },
};


function customMessage(params: Record<string, unknown>, lang: Lang): string | undefined {
  const words = CUSTOM[lang];
  const kind = String(params.kind ?? "");
  const template = words[kind];
  if (!template) return undefined;
  const reason = kind === "formulaSyntax" ? fillTemplate(words[`reason.${String(params.reason)}`] ?? String(params.reason), params) : "";
  return fillTemplate(template, { ...params, reason });
}

function errorMap(lang: Lang): z.core.$ZodErrorMap {
  const locale = (lang === "zh" ? z.locales.zhCN() : z.locales.en()).localeError;
  return (issue) => {
    if (issue.code === "custom") {
      const m = customMessage((issue.params ?? {}) as Record<string, unknown>, lang);
      if (m) return m;
    }
    return locale(issue);
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Validate an already parsed JSON value as a profile. */
export function parseProfile(input: unknown, lang: Lang = "zh"): ProfileLoadResult {
  const r = ProfileSchema.safeParse(input, { error: errorMap(lang) });
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

/** Validate profile JSON text (a file's contents, or the text embedded in a workbook). */
export function parseProfileText(text: string, lang: Lang = "zh"): ProfileLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, issues: [{ path: "", message: fillTemplate(CUSTOM[lang].json, { detail: (e as Error).message }) }] };
  }
  return parseProfile(json, lang);
}

/** One line per issue: "departmentRubric.items[4].group: …". */
export function formatProfileIssues(issues: ProfileIssue[], _lang: Lang = "zh"): string[] {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
}
