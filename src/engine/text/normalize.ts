/**
 * Text normalisation shared by every recogniser and the value parser.
 * Forms are typed by hand: full-width digits and punctuation, line breaks inside cells,
 * a leading "*" marking required columns, and weights printed in headers ("产出指标（50分）").
 */

import { memoByText } from "./memo";

/** Full-width → half-width (NFKC), and the dashes and tildes people type for ranges and blanks unified. */
export function toHalfWidth(text: string): string {
  // Plain ASCII has nothing to fold; other strings repeat across forms, so they are remembered (bounded).
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, needs no folding
  return /^[\x00-\x7E]*$/.test(text) ? text : foldWidthMemo(text);
}

const foldWidthMemo = memoByText(foldWidth);

function foldWidth(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, (ch) => (ch === "\u2014" || ch === "\u2015" ? "—" : "-"))
    .replace(/[\u301C\u223C]/g, "~");
}

/** Remove every kind of white space, including the ideographic space and non-breaking space. */
export function stripSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u3000\u200B]+/g, "");
}

const WEIGHT_SUFFIX = /[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/;
/** A weight printed without brackets right after the word: "产出指标50分", "投入 15分", "预算执行情况(万元)20分" (not "≥90分", not "100分"). */
const BARE_WEIGHT_SUFFIX = /(?<=[\p{Script=Han})）])(\d+(?:\.\d+)?)分$/u;

/** Column marks printed after a header so formulas can refer to it: (A), (B), (B/A), (C=B/A), (A-B). */
const LETTER_MARK = /[(]\s*[A-Za-z](?:\s*[=/+\-*×÷]\s*[A-Za-z])*\s*[)]$/;
/**
 * A template's fill instruction printed after a label: 数量指标（必填硬性指标）, 经济效益指标（选填）, 指标名称(非必填).
 * Only a trailing bracket whose words are an instruction: "金额（万元）" and "（其他）" stay.
 */
const FILL_NOTE = /[(]\s*(?:非?必填|选填|可选填?|硬性|必选)[^()]{0,6}[)]$/;
/** Numbering before a header or label: 一、 （一） 1. 1、 (1). Not "1.5", not "2022年". */
const LEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]{1,3}[)][、.]?|\d{1,2}[、.](?!\d))/;

/**
 * Header text as it is matched against header words, the one normaliser every recogniser uses:
 * "*实际完成值\n" → "实际完成值", "产出指标（50分）" → "产出指标", "全年预算数(A)" → "全年预算数",
 * "执行率(B/A)" → "执行率", "年度资金总额：" → "年度资金总额", "一、部门决策" → "部门决策",
 * "数量指标（必填硬性指标）" → "数量指标".
 * A label written one character per line ("项\n目\n名\n称") loses its line breaks with the other spaces.
 * Units in brackets are kept ("金额（万元）"): budget tables read the unit from them; role matching
 * (forms/header-match.ts) tries the text without a trailing bracket as a weaker match.
 */
/** Header text as matched against the vocabularies (memoised: the same header words recur in every form). */
export const normalizeHeader: (text: string) => string = memoByText(normalizeHeaderUncached);

function normalizeHeaderUncached(text: string): string {
  let t = stripSpaces(toHalfWidth(text));
  t = t.replace(/^\*+/, "");
  t = t.replace(/[:]+$/, "");
  t = t.replace(WEIGHT_SUFFIX, "").replace(BARE_WEIGHT_SUFFIX, "");
  t = t.replace(LETTER_MARK, "");
  t = t.replace(FILL_NOTE, "");
  const n = t.replace(LEADING_NUMBER, "");
  if (n) t = n;
  return t.replace(/^\*+/, "");
}

/** A label without its leading numbering: "1、培训人次", "（1）预算执行率", "一、部门决策" → the words (half-width). */
export function withoutLeadingNumber(text: string): string {
  const t = toHalfWidth(text).trimStart();
  const rest = t.replace(LEADING_NUMBER, "").trimStart();
  return rest && rest !== t ? rest : text;
}

/** The weight printed in a header, "产出指标（50分）" or "产出指标50分" → 50, or null when none is printed. */
export function headerWeight(text: string): number | null {
  const t = toHalfWidth(stripSpaces(text));
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(t) ?? BARE_WEIGHT_SUFFIX.exec(t);
  return m ? Number(m[1]) : null;
}

/**
 * Names of indicators and projects compared across tables: no spaces, no punctuation, half-width. Remembered per text:
 * every indicator name of every form is asked several times (categories, pairing, cross-table checks).
 */
export const normalizeName: (text: string) => string = memoByText((text: string): string => stripSpaces(toHalfWidth(text)).replace(/[\p{P}\p{S}]/gu, ""));
