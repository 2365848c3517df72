/**
 * A small pull scanner over an XML string, for the parts of an .xlsx (xlsx-reader.ts). Browser-safe, no
 * dependencies. It reads what Excel, WPS and ExcelJS write and is lenient with the rest: no DTD is expanded (an
 * entity bomb stays text), an unknown entity stays as written, CDATA is skipped (ExcelJS's parser reports no text for
 * it, so the old reader never saw it either). Element names are compared as written, prefix included.
 */

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

function entity(m: string, e: string): string {
  if (e.charCodeAt(0) !== 35) return NAMED[e];
  const code = e.charCodeAt(1) === 120 || e.charCodeAt(1) === 88 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
}

/** Text content as an XML parser reports it: line ends normalised to \n, then the five entities and char references. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s.indexOf("&") >= 0 ? s.replace(ENTITY, entity) : s;
}

/** An attribute value as an XML parser reports it: tabs and line ends become spaces, then entities are decoded. */
export function decodeAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ");
  return s.indexOf("&") >= 0 ? s.replace(ENTITY, entity) : s;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export class XmlScanner {
  /** The current element's name (OPEN and CLOSE). */
  name = "";
  /** The current OPEN tag closes itself (<c r="A1"/>): a CLOSE with the same name follows. */
  selfClosing = false;
  private pos = 0;
  private tagStart = 0;
  private tagEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private closeNext = false;

  constructor(private readonly xml: string) {}

  next(): Token {
    if (this.closeNext) {
      this.closeNext = false;
      return CLOSE;
    }
    const xml = this.xml;
    for (;;) {
      const start = this.pos;
      if (start >= xml.length) return END;
      if (xml.charCodeAt(start) !== 60) {
        let lt = xml.indexOf("<", start);
        if (lt < 0) lt = xml.length;
        this.textStart = start;
        this.textEnd = lt;
        this.pos = lt;
        return TEXT;
      }
      const c = xml.charCodeAt(start + 1);
      if (c === 47) {
        // </name>
        let gt = xml.indexOf(">", start);
        if (gt < 0) gt = xml.length;
        let e = start + 2;
        while (e < gt && !isSpace(xml.charCodeAt(e))) e++;
        this.name = xml.slice(start + 2, e);
        this.pos = gt + 1;
        return CLOSE;
      }
      if (c === 33 || c === 63) {
        // <!-- comment -->, <![CDATA[ … ]]> (skipped), <!DOCTYPE … [ … ]>, <?xml …?>
        this.pos = skipSpecial(xml, start);
        continue;
      }
      // <name attr="v" …> or <name …/>: a quoted value may hold ">" (number formats: [>=100]0).
      let i = start + 1;
      while (i < xml.length) {
        const ch = xml.charCodeAt(i);
        if (isSpace(ch) || ch === 62 || ch === 47) break;
        i++;
      }
      this.name = xml.slice(start + 1, i);
      i = tagEndAt(xml, i - 1);
      this.tagStart = start;
      this.tagEnd = i;
      this.selfClosing = xml.charCodeAt(i - 1) === 47;
      this.closeNext = this.selfClosing;
      this.pos = i + 1;
      return OPEN;
    }
  }

  /** The current TEXT token, decoded. */
  text(): string {
    return decodeText(this.xml.slice(this.textStart, this.textEnd));
  }

  /** An attribute of the current OPEN tag, decoded; undefined when the tag has none of that name. */
  attr(name: string): string | undefined {
    return attrAt(this.xml, this.tagStart + 1 + this.name.length, this.selfClosing ? this.tagEnd - 1 : this.tagEnd, name);
  }

  /** Where the scan goes on (after the current token). */
  get position(): number {
    return this.pos;
  }

  /** Go on scanning from `pos` (after a part read by other means). */
  seek(pos: number): void {
    this.pos = pos;
    this.closeNext = false;
  }
}

/** An attribute among the attributes between `from` and `end` of a tag, decoded; undefined when there is none. */
export function attrAt(xml: string, from: number, end: number, name: string): string | undefined {
  let i = from;
  while (i < end) {
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < end) {
      const ch = xml.charCodeAt(i);
      if (ch === 61 || isSpace(ch)) break;
      i++;
    }
    const nameEnd = i;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 34 && q !== 39) continue;
    const close = xml.indexOf(q === 34 ? '"' : "'", i + 1);
    if (close < 0 || close > end) return undefined;
    if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) return decodeAttr(xml.slice(i + 1, close));
    i = close + 1;
  }
  return undefined;
}

/** The index of the ">" that ends the tag opened at `lt` (a quoted value may hold ">"), or the text's length. */
export function tagEndAt(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i;
  }
  return xml.length;
}

/** Where a comment, CDATA section, declaration or processing instruction starting at `lt` ends (after it). */
export function skipSpecial(xml: string, lt: number): number {
  let end: number;
  if (xml.charCodeAt(lt + 1) === 63) end = xml.indexOf("?>", lt + 2) + 2;
  else if (xml.startsWith("<!--", lt)) end = xml.indexOf("-->", lt + 4) + 3;
  else if (xml.startsWith("<![CDATA[", lt)) end = xml.indexOf("]]>", lt + 9) + 3;
  else {
    const gt = xml.indexOf(">", lt);
    const bracket = xml.indexOf("[", lt);
    end = bracket >= 0 && (gt < 0 || bracket < gt) ? xml.indexOf("]", bracket) : lt;
    end = end < 0 ? -1 : xml.indexOf(">", end) + 1;
  }
  return end <= 2 ? xml.length : end;
}

/** A name ends here (space, ">", "/"): "<c " is a cell, "<col" is not. */
export function nameEndsAt(xml: string, i: number): boolean {
  const ch = xml.charCodeAt(i);
  return isSpace(ch) || ch === 62 || ch === 47 || Number.isNaN(ch);
}
