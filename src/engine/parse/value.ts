import { stripSpaces, toHalfWidth } from "../text/normalize";
import { memoByText } from "../text/memo";
import {
  ACHIEVED_VALUES,
  BLANK_MARKS,
  FAILED_VALUES,
  GRADES,
  NOT_APPLICABLE_WORDS,
  NOT_DONE_ENDING,
  NOT_DONE_WORDS,
  PARTIAL_VALUES,
  VAGUE_PATTERN,
  canonicalQualitative,
  normalizeQualitative,
  qualitativeKey,
} from "./qualitative";
import type { Comparator, ParsedValue } from "./value-types";

export { normalizeQualitative } from "./qualitative";

/**
 * Reads target and actual values as people type them into performance forms:
 * "≥90%", "不少于10场", "10家以上", "20个左右", "1-2个", "2019年12月前完成", "本年内完成", "及时", "5个·",
 * "由于疫情原因未开展。", "形成项目储备20个左右，引入重量级团队1-2个" (two indicators in one cell).
 *
 * A target may carry a label before its number ("服务企业不少于20家", "满意率90%以上"): the label restates the
 * indicator, the number is what is measured. A number that cannot be tied to one comparator and unit makes the cell
 * invalid with a reason, never a guess.
 */

export type ValueRole = "target" | "actual";
type Quantity = Extract<ParsedValue, { kind: "quantity" }>;
type Range = Extract<ParsedValue, { kind: "range" }>;
type DateValue = Extract<ParsedValue, { kind: "date" }>;

const EMPTY: ParsedValue = { kind: "empty" };

/** Parse a target (default) or actual cell. Never throws: anything unreadable is invalid/unparseable. */
export function parseValue(input: string | number | null, role: ValueRole = "target"): ParsedValue {
  if (typeof input === "string") return role === "actual" ? parseActualText(input) : parseTargetText(input);
  return parseGuarded(input, role);
}

function parseGuarded(input: string | number | null, role: ValueRole): ParsedValue {
  try {
    return parseValueUnguarded(input, role);
  } catch {
    return { kind: "invalid", reason: "unparseable", text: safeText(input) };
  }
}

// Target and actual texts repeat across the forms of a workbook; a parsed value is shared, so it is frozen.
const parseTargetText = memoByText((text) => Object.freeze(parseGuarded(text, "target")) as ParsedValue);
const parseActualText = memoByText((text) => Object.freeze(parseGuarded(text, "actual")) as ParsedValue);

/** parseValue without its safety net, so that tests see a bug instead of an "unparseable" result. */
export function parseValueUnguarded(input: unknown, role: ValueRole = "target"): ParsedValue {
  if (input === null || input === undefined) return EMPTY;
  if (typeof input === "number") {
    return Number.isFinite(input) ? quantity(null, input, null) : invalid("unparseable", String(input));
  }
  // A checkbox-like TRUE/FALSE cell is a yes/no answer.
  if (typeof input === "boolean") return { kind: "qualitative", value: input ? "是" : "否" };
  if (typeof input !== "string") return invalid("unparseable", safeText(input));

  const text = input.trim();
  const s = clean(input);
  if (s === "" || BLANK_MARKS.has(s)) return EMPTY;
  const key = qualitativeKey(s);
  if (key === "" && !/\d/.test(s)) return invalid("unparseable", text);
  if (NOT_APPLICABLE_WORDS.has(key)) return { kind: "not-applicable" };
  if (role === "actual" && isNotDone(s)) return { kind: "not-done", text };
  // "无" as a target means no target was set.
  if (role === "target" && (key === "无" || key === "暂无")) return EMPTY;

  const single = parseMeasurable(s, text);
  if (single) return single;

  // A remark in brackets after a readable value: "100%（含验收）".
  const remark = /^(.+?)\([^()]*\)$/.exec(s);
  if (remark) {
    const inner = parseMeasurable(clean(remark[1]), text);
    if (inner) return inner;
  }

  const clauses = splitClauses(s);
  if (clauses.length >= 2) {
    const measurable = clauses.filter((c) => parseMeasurable(c, c) !== null).length;
    if (measurable >= 2) return invalid("compound", text);
    // One target diluted by free text ("年内完成；部分课题需跨年完成") no longer binds anyone to it.
    if (measurable === 1) return invalid(role === "target" ? "vague" : "unparseable", text);
  }
  if (VAGUE_PATTERN.test(s)) return invalid("vague", text);
  return invalid("unparseable", text);
}

/** Canonical text of a value; parseValue(formatValue(v)) gives v back (see value.property.test.ts for the domain). */
export function formatValue(v: ParsedValue): string {
  switch (v.kind) {
    case "quantity":
      return `${v.comparator === null ? "" : COMPARATOR_TEXT[v.comparator]}${formatNumber(v.value)}${formatUnit(v.unit)}`;
    case "range":
      return `${formatNumber(v.min)}-${formatNumber(v.max)}${formatUnit(v.unit)}`;
    case "date":
      return formatDate(v);
    case "qualitative":
      return v.value;
    case "not-applicable":
      return "不适用";
    case "not-done":
    case "invalid":
      return v.text;
    case "empty":
      return "";
  }
}

/** More is better: ≥ > = and 约, and no comparator (forms read a bare target "3场" as at least 3). */
export function isPositive(c: Comparator | null): boolean {
  return c === null || c === ">=" || c === ">" || c === "=" || c === "~";
}

/** Less is better: ≤ <, 不超过, 以内 … */
export function isNegative(c: Comparator | null): boolean {
  return c === "<=" || c === "<";
}

/**
 * How a qualitative actual answers its target in a self-evaluation. Equality after normalisation comes first,
 * so "否" answering "否" (e.g. 是否发生安全事故) is achieved; unknown means a reviewer must judge the score.
 */
export function classifyQualitative(
  actual: string | number | null,
  target: string | number | null,
): "achieved" | "partial" | "failed" | "unknown" {
  const a = normalizeQualitative(safeText(actual ?? ""));
  const t = normalizeQualitative(safeText(target ?? ""));
  if (a === "") return "unknown";
  if (a === t) return "achieved";
  const pa = parseValue(actual, "actual");
  if (pa.kind === "not-done") return "failed";
  const pt = parseValue(target, "target");
  if (pa.kind === "qualitative") {
    const ga = GRADES.indexOf(pa.value);
    const gt = pt.kind === "qualitative" ? GRADES.indexOf(pt.value) : -1;
    if (ga >= 0 && gt >= 0) return ga <= gt ? "achieved" : ga === gt + 1 && pa.value !== "差" ? "partial" : "failed";
    if (ga === 0) return "achieved";
    if (pa.value === "差") return "failed";
    if (YES_NO.has(pa.value) && pt.kind === "qualitative" && YES_NO.has(pt.value)) return "failed";
    if (FAILED_VALUES.has(pa.value)) return "failed";
    if (PARTIAL_VALUES.has(pa.value)) return "partial";
    if (ACHIEVED_VALUES.has(pa.value)) return "achieved";
    return "unknown";
  }
  if (pa.kind === "date" && pt.kind === "date") return compareDates(pa, pt);
  return "unknown";
}

const YES_NO = new Set(["是", "否"]);

function compareDates(actual: DateValue, target: DateValue): "achieved" | "failed" | "unknown" {
  if (actual.month === null || target.month === null) return "unknown";
  const ay = actual.year ?? target.year;
  const ty = target.year ?? actual.year;
  if (ay === null || ty === null) {
    if (actual.year !== null || target.year !== null) return "unknown";
  }
  const stamp = (y: number | null, m: number, d: number) => (y ?? 0) * 10000 + m * 100 + d;
  // A target month without a day runs to the end of the month; an actual month without a day gets the benefit.
  return stamp(ay, actual.month, actual.day ?? 1) <= stamp(ty, target.month, target.day ?? 31) ? "achieved" : "failed";
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function invalid(reason: "vague" | "compound" | "unparseable", text: string): ParsedValue {
  return { kind: "invalid", reason, text };
}

function quantity(comparator: Comparator | null, value: number, unit: string | null): Quantity {
  // -0 prints as "0"; keep one zero so values compare equal after a round trip.
  return { kind: "quantity", comparator, value: value === 0 ? 0 : value, unit };
}

function safeText(input: unknown): string {
  try {
    return typeof input === "string" ? input.trim() : String(input);
  } catch {
    return "";
  }
}

// Bullets, full stops, quotes and stray marks around a value ("5个·", "及时。", "“是”").
const LEADING_STRAY = /^(?:[·•・。,;:!?、…*"'“”‘’「」『』]|\.(?!\d))+/u;
const TRAILING_STRAY = /[·•・。.,;:!?、…*"'“”‘’「」『』]+$/u;

function clean(input: string): string {
  let s = stripSpaces(toHalfWidth(input));
  for (let i = 0; i < 3; i++) {
    const next = s.replace(TRAILING_STRAY, "").replace(LEADING_STRAY, "");
    if (next === s) break;
    s = next;
  }
  return s;
}

function isNotDone(s: string): boolean {
  if (/\d/.test(s)) return false;
  const key = qualitativeKey(s);
  return NOT_DONE_WORDS.has(key) || (key.length <= 40 && NOT_DONE_ENDING.test(key));
}

/** Commas split clauses except between digit groups ("1,000"). */
function splitClauses(s: string): string[] {
  return s
    .split(/[;。、\n]|(?<!\d),|,(?!\d{3}(?!\d))/)
    .map(clean)
    .filter((c) => c !== "");
}

function parseMeasurable(s: string, text: string): ParsedValue | null {
  if (s === "") return null;
  const q = canonicalQualitative(s);
  if (q !== null) return { kind: "qualitative", value: q };
  return parseDate(s, text) ?? parseNumeric(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers, units and comparators

const COMPARATOR_TEXT: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "~": "约" };

/** Written before the number; longest first so "不少于" wins over "少于". */
const PREFIXES: readonly (readonly [string, Comparator])[] = (
  [
    ["大于或等于", ">="], ["大于等于", ">="], ["小于或等于", "<="], ["小于等于", "<="],
    ["不少于", ">="], ["不低于", ">="], ["不小于", ">="], ["至少", ">="], ["最少", ">="], ["最低", ">="],
    ["不超过", "<="], ["不高于", "<="], ["不大于", "<="], ["不多于", "<="], ["最多", "<="], ["至多", "<="], ["最高", "<="],
    ["大于", ">"], ["高于", ">"], ["超过", ">"], ["多于", ">"],
    ["小于", "<"], ["低于", "<"], ["少于", "<"], ["不足", "<"], ["不到", "<"],
    ["约为", "~"], ["约", "~"], ["大约", "~"],
    [">=", ">="], ["=>", ">="], ["≥", ">="], ["≧", ">="], ["⩾", ">="],
    ["<=", "<="], ["=<", "<="], ["≤", "<="], ["≦", "<="], ["⩽", "<="],
    [">", ">"], ["<", "<"], ["=", "="], ["≈", "~"], ["~", "~"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Written after the number and unit. */
const SUFFIXES: readonly (readonly [string, Comparator])[] = (
  [
    ["及以上", ">="], ["或以上", ">="], ["以上", ">="], ["之上", ">="], ["+", ">="],
    ["及以下", "<="], ["或以下", "<="], ["以下", "<="], ["之下", "<="], ["以内", "<="], ["之内", "<="], ["内", "<="],
    ["左右", "~"], ["上下", "~"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Not units: a comparator word ("0及以上以上") or a time relation ("2月前", a date written loosely). */
function isComparatorWord(unit: string): boolean {
  return SUFFIXES.some(([w]) => unit.endsWith(w)) || /([前后底末]|完成)$/.test(unit);
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+`;
const UNIT = String.raw`%|‰|百分比|百分点|个工作日|[A-Za-z]{1,6}[23]?|\p{Script=Han}{1,3}(?:\/\p{Script=Han}{1,3})?`;
const NUMBER_AT_START = new RegExp(`^(?:${NUMBER})`);
const UNIT_ONLY = new RegExp(`^(${UNIT})?$`, "u");
const RANGE_REST = new RegExp(`^(${UNIT})?(?:-|~|—|至|到)([+-]?)(${NUMBER})(${UNIT})?$`, "u");

const UNIT_SPELLINGS: Readonly<Record<string, string>> = { 百分比: "%", 个月: "月" };
const normalUnit = (u: string | undefined): string | null => (u ? UNIT_SPELLINGS[u] ?? u : null);

function toNumber(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}

function parseNumeric(s: string): Quantity | Range | null {
  let body = s;
  // "100%完成": the verb restates the indicator.
  if (/%完成$/.test(body)) body = body.slice(0, -2);
  let suffix: Comparator | null = null;
  for (const [word, c] of SUFFIXES) {
    if (body.length > word.length && body.endsWith(word)) {
      suffix = c;
      body = body.slice(0, -word.length);
      break;
    }
  }
  let start = body.search(/\d/);
  if (start < 0) return parseChineseNumeral(body, suffix);
  if (start > 0 && body[start - 1] === "." && (start < 2 || !/\d/.test(body[start - 2]))) start -= 1;

  let label = body.slice(0, start);
  const rest = body.slice(start);
  let sign = 1;
  if (label.endsWith("-") || label.endsWith("+")) {
    sign = label.endsWith("-") ? -1 : 1;
    label = label.slice(0, -1);
  }
  let percentPrefix = false;
  if (label.endsWith("百分之")) {
    percentPrefix = true;
    label = label.slice(0, -3);
  }
  let prefix: Comparator | null = null;
  for (const [word, c] of PREFIXES) {
    if (label.endsWith(word)) {
      prefix = c;
      label = label.slice(0, -word.length);
      break;
    }
  }
  // A label restates the indicator; one holding a clause break or ending in an ordinal ("第3") is not a label.
  if (/[,;。、()]/.test(label) || label.endsWith("第")) return null;
  if (prefix !== null && suffix !== null && prefix !== suffix) return null;
  const comparator = prefix ?? suffix;

  const num = NUMBER_AT_START.exec(rest);
  if (!num) return null;
  const value = sign * toNumber(num[0]);
  if (!Number.isFinite(value)) return null;
  const after = rest.slice(num[0].length);

  const unitOnly = UNIT_ONLY.exec(after);
  if (unitOnly) {
    let unit = normalUnit(unitOnly[1]);
    // A comparator word left where the unit stands ("0及以上以上") is a second comparator, not a unit.
    if (unit !== null && isComparatorWord(unit)) return null;
    if (percentPrefix) {
      if (unit !== null) return null;
      unit = "%";
    }
    return quantity(comparator, value, unit);
  }

  const range = RANGE_REST.exec(after);
  if (range) {
    // "≥1-2个" asks for two things at once; only 约/左右 sits naturally on a range.
    if (comparator !== null && comparator !== "~") return null;
    const unitA = normalUnit(range[1]);
    const unitB = normalUnit(range[4]);
    if (unitA !== null && unitB !== null && unitA !== unitB) return null;
    if ([unitA, unitB].some((u) => u !== null && isComparatorWord(u))) return null;
    let unit = unitB ?? unitA;
    if (percentPrefix) {
      if (unit !== null) return null;
      unit = "%";
    }
    const other = (range[2] === "-" ? -1 : 1) * toNumber(range[3]);
    if (!Number.isFinite(other)) return null;
    const min = Math.min(value, other);
    const max = Math.max(value, other);
    return { kind: "range", min: min === 0 ? 0 : min, max: max === 0 ? 0 : max, unit };
  }
  return null;
}

/** Units a number spelled in Chinese may carry ("三场", "不少于十次"); kept closed so "十分满意" stays text. */
const CHINESE_NUMERAL_UNITS = new Set([
  "场", "次", "个", "家", "人", "人次", "台", "批", "批次", "篇", "项", "万元", "元", "天", "个月", "年", "小时", "期", "套", "份",
  "本", "起", "件", "部", "条", "所", "名", "户", "处", "辆", "册", "间", "组", "场次", "周", "轮", "届", "位", "张",
]);
const CHINESE_NUMERAL = /^(?:零|〇|(?:[一二两三四五六七八九]?千)?(?:零?[一二两三四五六七八九]?百)?(?:零?[一二两三四五六七八九]?十)?(?:零?[一二两三四五六七八九])?)$/;
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

function parseChineseNumeral(body: string, suffix: Comparator | null): Quantity | null {
  let rest = body;
  let prefix: Comparator | null = null;
  for (const [word, c] of PREFIXES) {
    if (rest.startsWith(word)) {
      prefix = c;
      rest = rest.slice(word.length);
      break;
    }
  }
  const m = /^([零〇一二两三四五六七八九十百千]+)(\p{Script=Han}{1,2})$/u.exec(rest);
  if (!m || !CHINESE_NUMERAL.test(m[1]) || !CHINESE_NUMERAL_UNITS.has(m[2])) return null;
  if (prefix !== null && suffix !== null && prefix !== suffix) return null;
  let total = 0;
  let digit = 0;
  for (const ch of m[1]) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch];
    else {
      total += (digit || 1) * CHINESE_POWERS[ch];
      digit = 0;
    }
  }
  total += digit;
  return quantity(prefix ?? suffix, total, normalUnit(m[2]));
}

/** Shortest text that reads back as the same double, without exponent notation ("1e+21" is not a form value). */
export function formatNumber(n: number): string {
  const s = String(n);
  const e = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!e) return s;
  const [, sign, intPart, fracPart = "", expText] = e;
  const digits = intPart + fracPart;
  const point = intPart.length + Number(expText);
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + out;
}

function formatUnit(unit: string | null): string {
  if (unit === null) return "";
  // "12月" reads as December; a duration in months is written "12个月".
  return unit === "月" ? "个月" : unit;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

// 截至/截止 ("截至2019年12月31日") set a deadline like 前.
const DATE_LEAD = "(?<lead>截至|截止到|截止至|截止|于|在|到|至)?";
const DATE_TAIL = "(?<end>底|末|初|上旬|中旬|下旬)?(?<before>前|之前|以前|止|为止|内|以内)?(?<done>完成|结束)?";
const CHINESE_DATE = new RegExp(
  `^${DATE_LEAD}(?:(?<year>\\d{4})年)?(?:(?<month>\\d{1,2})月份?)?(?:(?<day>\\d{1,2})[日号])?${DATE_TAIL}$`,
);
const ISO_DATE = new RegExp(
  `^${DATE_LEAD}(?<year>\\d{4})(?<sep>[-/])(?<month>\\d{1,2})(?:\\k<sep>(?<day>\\d{1,2}))?${DATE_TAIL}$`,
);
const DOTTED_DATE = new RegExp(`^${DATE_LEAD}(?<year>\\d{4})\\.(?<month>\\d{1,2})\\.(?<day>\\d{1,2})${DATE_TAIL}$`);
const RELATIVE_YEAR = /^(本|当|全)?年(度)?(内)?(底|末)?(前|之前|以前)?(内)?(完成)?$/;
const HALF_YEAR = /^(?:(\d{4})年)?(上|下)半年(内)?(前|之前)?(完成)?$/;
const QUARTER = /^(?:(\d{4})年)?(?:第([1-4])|第?([一二三四]))季度(末|底)?(内)?(前|之前)?(完成)?$/;
const CHINESE_QUARTERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

type DateTail = { lead?: string; end?: string; before?: string; done?: string };
/** 前/之前/止, 截至, 底/末 and 完成 make a deadline ("by"); a bare period or 内 is "in". */
const relationOf = (t: DateTail): "by" | "in" =>
  (t.lead !== undefined && t.lead.startsWith("截")) ||
  t.end === "底" ||
  t.end === "末" ||
  (t.before !== undefined && t.before !== "内" && t.before !== "以内") ||
  t.done !== undefined
    ? "by"
    : "in";

function makeDate(
  year: number | null,
  month: number | null,
  day: number | null,
  relation: "by" | "in",
  text: string,
): DateValue | null {
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31 || month === null)) return null;
  return { kind: "date", year, month, day, relation, text };
}

const optionalNumber = (digits: string | undefined): number | null => (digits === undefined ? null : Number(digits));

function parseDate(s: string, text: string): DateValue | null {
  const absolute = (CHINESE_DATE.exec(s) ?? ISO_DATE.exec(s) ?? DOTTED_DATE.exec(s))?.groups;
  if (absolute) {
    const year = optionalNumber(absolute.year);
    let month = optionalNumber(absolute.month);
    const day = optionalNumber(absolute.day);
    // A written year is a calendar year only when it looks like one ("0000-8" is not a date).
    if (year !== null && (year < 1900 || year > 2100)) return null;
    if (month === null) {
      // "2019年" alone is a year only when it looks like one; "3年" is a duration.
      if (year === null) return null;
      if (absolute.end === "底" || absolute.end === "末") month = 12;
    }
    return makeDate(year, month, day, relationOf(absolute), text);
  }
  let m: RegExpExecArray | null;
  m = RELATIVE_YEAR.exec(s);
  if (m && (m[1] || m[2] || m[3] || m[4])) {
    const month = m[4] ? 12 : null;
    return makeDate(null, month, null, relationOf({ end: m[4], before: m[5], done: m[7] }), text);
  }
  m = HALF_YEAR.exec(s);
  if (m) {
    const year = m[1] !== undefined ? Number(m[1]) : null;
    return makeDate(year, m[2] === "上" ? 6 : 12, null, relationOf({ before: m[4], done: m[5] }), text);
  }
  m = QUARTER.exec(s);
  if (m) {
    const year = m[1] !== undefined ? Number(m[1]) : null;
    const q = m[2] !== undefined ? Number(m[2]) : CHINESE_QUARTERS[m[3]];
    return makeDate(year, q * 3, null, relationOf({ end: m[4], before: m[6], done: m[7] }), text);
  }
  return null;
}

function formatDate(v: DateValue): string {
  if (v.year === null && v.month === null && v.day === null) return v.relation === "by" ? "本年内完成" : "全年";
  const parts = `${v.year !== null ? `${v.year}年` : ""}${v.month !== null ? `${v.month}月` : ""}${v.day !== null ? `${v.day}日` : ""}`;
  return v.relation === "by" ? `${parts}前` : parts;
}
