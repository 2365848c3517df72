/**
 * Text normalisation shared by every recogniser and the value parser.
 * Forms are typed by hand: full-width digits and punctuation, line breaks inside cells,
 * a leading "*" marking required columns, and weights printed in headers ("产出指标（50分）").
 */

/** Full-width → half-width (NFKC), and the dashes and tildes people type for ranges and blanks unified. */
const halfWidthCache = new Map<string, string>();

export function toHalfWidth(text: string): string {
  // Plain ASCII has nothing to fold; other strings repeat across forms, so remember them (bounded).
  if (/^[\x00-\x7E]*$/.test(text)) return text;
  const hit = halfWidthCache.get(text);
  if (hit !== undefined) return hit;
  if (halfWidthCache.size > 50_000) halfWidthCache.clear();
  const folded = foldWidth(text);
  halfWidthCache.set(text, folded);
  return folded;
}

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

/** Header text as it is matched against header words: "*实际完成值\n" → "实际完成值", "产出指标（50分）" → "产出指标". */
export function normalizeHeader(text: string): string {
  let t = stripSpaces(toHalfWidth(text));
  t = t.replace(/^\*+/, "");
  t = t.replace(WEIGHT_SUFFIX, "");
  return t;
}

/** The weight printed in a header, "产出指标（50分）" → 50, or null when none is printed. */
export function headerWeight(text: string): number | null {
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(toHalfWidth(stripSpaces(text)));
  return m ? Number(m[1]) : null;
}

/** Names of indicators and projects compared across tables: no spaces, no punctuation, half-width. */
export function normalizeName(text: string): string {
  return stripSpaces(toHalfWidth(text)).replace(/[\p{P}\p{S}]/gu, "");
}
