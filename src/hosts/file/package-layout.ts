/**
 * Where an .xlsx keeps its parts, found as Excel finds them: the workbook through the package's relationships
 * (_rels/.rels, then [Content_Types].xml), its worksheets, shared strings and styles through the workbook's own
 * relationships — relative or absolute targets, any part names, zip entry names in another case or with backslashes.
 * Where the relationships are missing or broken (some exporters leave them out), today's fixed names are the fallback.
 *
 * The prepass (prepass.ts) then hands each part on under the name ExcelJS and the reader (xlsx-reader.ts) look for:
 * xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/styles.xml, xl/worksheets/sheetN.xml (and
 * xl/worksheets/_rels/sheetN.xml.rels), with the workbook's relationships written anew to point at them. A package
 * laid out as Excel lays it out needs none of this: no part is renamed, no text rewritten. Browser-safe, no
 * dependencies.
 */

export const WORKBOOK_PART = "xl/workbook.xml";
export const WORKBOOK_RELS_PART = "xl/_rels/workbook.xml.rels";
export const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
export const STYLES_PART = "xl/styles.xml";
const THEME_PART = "xl/theme/theme1.xml";
/** A worksheet part under a name ExcelJS reads (its pattern, anchored: the part is read under exactly this name). */
const CANONICAL_SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

const ATTRS = new Map<string, RegExp>();
/** An attribute of a tag as written (not decoded), or undefined. */
export function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A zip entry name or a path as a part name: "/" for "\", no leading "/", no "." or ".." segments. Case is kept. */
function normalised(name: string): string {
  const out: string[] = [];
  for (const seg of name.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

/** The name ExcelJS reads an entry under (it drops one leading "/"). */
export function entryPart(name: string): string {
  return name.startsWith("/") ? name.slice(1) : name;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function relsOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

/** A relationship's target as a part path: relative to `base` (a folder, "" for the package root) or absolute. */
function resolveTarget(base: string, target: string): string {
  const t = target.trim().replace(/\\/g, "/").replace(/[#?].*$/, "");
  return normalised(t.startsWith("/") ? t : base + t);
}

interface Relationship {
  id: string | undefined;
  /** The last part of its type in lower case: "worksheet", "sharedstrings", "styles", "officedocument" … (Transitional or Strict). */
  kind: string;
  type: string;
  target: string | undefined;
  external: boolean;
}

/** The relationships of a .rels part, in order (lenient: a tag without a target is kept, without one). */
function relationships(xml: string | null | undefined): Relationship[] {
  const out: Relationship[] = [];
  if (!xml) return out;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s>/])[^>]*>/g)) {
    const type = unescapeXml(attr(m[0], "Type") ?? "").trim();
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    out.push({
      id: id === undefined ? undefined : unescapeXml(id),
      kind: type.slice(type.lastIndexOf("/") + 1).toLowerCase(),
      type,
      target: target === undefined ? undefined : unescapeXml(target),
      external: /^\s*external\s*$/i.test(attr(m[0], "TargetMode") ?? ""),
    });
  }
  return out;
}

const RELATIONSHIPS_NS = /^(?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)$/;

/** The prefix a part binds to the relationships namespace (Transitional or Strict) on its root element; "r" if none. */
export function relationshipsPrefix(xml: string): string {
  const root = rootTag(xml);
  for (const m of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if (RELATIONSHIPS_NS.test((m[2] ?? m[3]).trim())) return m[1];
  return "r";
}

/** The root element's start tag (the first tag that is no declaration, processing instruction or comment), or "". */
export function rootTag(xml: string): string {
  const m = /<(?![?!])[^>]*>/.exec(xml);
  return m ? m[0] : "";
}

const MAIN_TYPE = /(?:spreadsheetml\.(?:sheet|template)|ms-excel\.(?:sheet|template|addin)\.macroenabled)\.main\+xml/i;
const WORKSHEET_TYPE = /spreadsheetml\.worksheet\+xml/i;
const SHARED_STRINGS_TYPE = /spreadsheetml\.sharedstrings\+xml/i;
const STYLES_TYPE = /spreadsheetml\.styles\+xml/i;
const WORKSHEET_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

export interface PackageLayout {
  /** A workbook part was found. */
  found: boolean;
  /** Stored zip entry name → the part name it is read, and given to ExcelJS, under: only the parts that move. */
  renames: Map<string, string>;
  /** Stored entries under a name a moved part takes (a stale workbook.xml the package does not use): not read. */
  displaced: Set<string>;
  /** Part texts written anew, by part name: the workbook's relationships, workbook.xml given r:ids. */
  rewritten: Map<string, string>;
}

/**
 * The package's layout from its entry names; `read` gives a stored entry's text (inflated under the prepass's caps).
 * Reads _rels/.rels, the workbook and its relationships, and [Content_Types].xml only when the relationships fall short.
 */
export async function packageLayout(entryNames: string[], read: (entry: string) => Promise<string | null>): Promise<PackageLayout> {
  const layout: PackageLayout = { found: false, renames: new Map(), displaced: new Set(), rewritten: new Map() };
  // Entry names by their part name in lower case: zips from Windows tools may differ in case or use "\".
  const index = new Map<string, string>();
  for (const n of entryNames) {
    const k = normalised(n).toLowerCase();
    if (!index.has(k)) index.set(k, n);
  }
  const find = (path: string): string | undefined => {
    const hit = index.get(path.toLowerCase());
    if (hit !== undefined || !path.includes("%")) return hit;
    try {
      return index.get(decodeURIComponent(path).toLowerCase());
    } catch {
      return undefined;
    }
  };
  let types: { part: string; type: string }[] | undefined;
  const contentTypes = async () => {
    if (types) return types;
    types = [];
    const at = find("[Content_Types].xml");
    const xml = at === undefined ? null : await read(at);
    for (const m of (xml ?? "").matchAll(/<(?:[\w.-]+:)?Override(?=[\s>/])[^>]*>/g)) {
      const name = attr(m[0], "PartName");
      const part = name === undefined ? undefined : find(resolveTarget("", unescapeXml(name)));
      if (part !== undefined) types.push({ part, type: attr(m[0], "ContentType") ?? "" });
    }
    return types;
  };

  // The workbook: the package's officeDocument relationship, else the content type that says so, else xl/workbook.xml.
  let workbook: string | undefined;
  const rootRels = find("_rels/.rels");
  for (const r of relationships(rootRels === undefined ? null : await read(rootRels))) {
    if (r.kind !== "officedocument" || r.external || r.target === undefined) continue;
    workbook = find(resolveTarget("", r.target));
    if (workbook !== undefined) break;
  }
  workbook ??= (await contentTypes()).find((t) => MAIN_TYPE.test(t.type))?.part ?? find(WORKBOOK_PART);
  if (workbook === undefined) return layout;
  layout.found = true;
  const workbookPath = normalised(workbook);
  const base = dirOf(workbookPath);
  const relsEntry = find(relsOf(workbookPath));
  const rels = relationships(relsEntry === undefined ? null : await read(relsEntry));
  const byId = new Map<string, Relationship>();
  for (const r of rels) if (r.id !== undefined && !byId.has(r.id)) byId.set(r.id, r);
  const partOf = (r: Relationship | undefined): string | undefined => (r && !r.external && r.target !== undefined ? find(resolveTarget(base, r.target)) : undefined);

  // The sheets of workbook.xml, each with its part: by its relationship; one whose relationship is missing or names no
  // part takes the next worksheet part no relationship names ([Content_Types].xml's order, then sheet1.xml, sheet2.xml …).
  let workbookXml = (await read(workbook)) ?? "";
  const idAttr = `${relationshipsPrefix(workbookXml)}:id`;
  const sheets: { at: number; tag: string; rId: string | undefined; rel: Relationship | undefined; entry: string | undefined }[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet(?=[\s>/])[^>]*>/g)) {
    const raw = attr(m[0], idAttr);
    const rId = raw === undefined ? undefined : unescapeXml(raw);
    const rel = rId === undefined ? undefined : byId.get(rId);
    // A chartsheet, dialog or macro sheet: no worksheet, and no other part is taken for it.
    if (rel && rel.kind !== "worksheet" && rel.kind !== "" && partOf(rel) !== undefined) continue;
    sheets.push({ at: m.index, tag: m[0], rId, rel, entry: partOf(rel) });
  }
  if (sheets.some((s) => s.entry === undefined)) {
    const claimed = new Set(rels.map(partOf).filter((p) => p !== undefined));
    const candidates: string[] = [];
    for (const p of [
      ...(await contentTypes()).filter((t) => WORKSHEET_TYPE.test(t.type)).map((t) => t.part),
      ...entryNames
        .map((n) => ({ n, m: /(?:^|\/)worksheets\/sheet(\d+)\.xml$/i.exec(normalised(n)) }))
        .filter((c) => c.m !== null)
        .sort((a, b) => Number(a.m![1]) - Number(b.m![1]))
        .map((c) => c.n),
    ]) {
      if (claimed.has(p)) continue;
      claimed.add(p);
      candidates.push(p);
    }
    let next = 0;
    for (const s of sheets) if (s.entry === undefined) s.entry = candidates[next++];
  }
  const found = sheets.filter((s): s is typeof s & { entry: string } => s.entry !== undefined);

  const sharedStrings =
    partOf(rels.find((r) => r.kind === "sharedstrings")) ?? find(`${base}sharedStrings.xml`) ?? (await typed(SHARED_STRINGS_TYPE)) ?? find(SHARED_STRINGS_PART);
  const styles = partOf(rels.find((r) => r.kind === "styles")) ?? find(`${base}styles.xml`) ?? (await typed(STYLES_TYPE)) ?? find(STYLES_PART);
  // Not read, but ExcelJS copies the theme into the checked copy only from xl/theme/, and names it theme1.xml there.
  const theme = partOf(rels.find((r) => r.kind === "theme")) ?? find(`${base}theme/theme1.xml`) ?? find(THEME_PART);
  async function typed(type: RegExp): Promise<string | undefined> {
    return (await contentTypes()).find((t) => type.test(t.type))?.part;
  }

  // Names: the fixed parts under their fixed names, each worksheet under its own name when ExcelJS reads that one, else
  // under the next free sheetN.xml; a worksheet's relationships go with it.
  const moving = new Set(found.filter((s) => !CANONICAL_SHEET.test(entryPart(s.entry))).map((s) => s.entry));
  const taken = new Set(entryNames.filter((n) => !moving.has(n)).map((n) => normalised(n).toLowerCase()));
  const sheetPart = new Map<string, string>();
  let n = 1;
  for (const s of found) {
    if (sheetPart.has(s.entry)) continue;
    let part = entryPart(s.entry);
    if (moving.has(s.entry)) {
      while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
      part = `xl/worksheets/sheet${n}.xml`;
      taken.add(part);
      layout.renames.set(s.entry, part);
    }
    sheetPart.set(s.entry, part);
    const ownRels = find(relsOf(normalised(s.entry)));
    const ownRelsPart = relsOf(part);
    if (ownRels !== undefined && entryPart(ownRels) !== ownRelsPart) layout.renames.set(ownRels, ownRelsPart);
  }
  const fixed: [string | undefined, string][] = [
    [workbook, WORKBOOK_PART],
    [sharedStrings, SHARED_STRINGS_PART],
    [styles, STYLES_PART],
    [theme, THEME_PART],
  ];
  for (const [entry, part] of fixed) if (entry !== undefined && entryPart(entry) !== part) layout.renames.set(entry, part);

  // The workbook's relationships are written anew unless ExcelJS (and the reader) find every sheet through them as stored.
  const excelJsKey = (target: string) => `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
  const asStored =
    relsEntry !== undefined &&
    entryPart(relsEntry) === WORKBOOK_RELS_PART &&
    !layout.renames.has(workbook) &&
    found.every((s) => s.rel !== undefined && s.rel.target !== undefined && excelJsKey(s.rel.target) === sheetPart.get(s.entry));
  if (!asStored) {
    const tags: string[] = [];
    const written = new Set<string>();
    const rel = (id: string, type: string, target: string, external = false) =>
      tags.push(`<Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"${external ? ' TargetMode="External"' : ""}/>`);
    const ids = new Set(rels.map((r) => r.id));
    let k = 1;
    const freshId = () => {
      while (ids.has(`rIdBc${k}`)) k++;
      ids.add(`rIdBc${k}`);
      return `rIdBc${k}`;
    };
    // Sheets found without a relationship of their own get one, and an r:id where workbook.xml gave none.
    const sheetRel = new Map<string, { type: string; target: string }>();
    const withIds: string[] = [];
    let from = 0;
    for (const s of found) {
      const target = sheetPart.get(s.entry)!.slice("xl/".length);
      if (s.rId !== undefined) {
        if (!sheetRel.has(s.rId)) sheetRel.set(s.rId, { type: WORKSHEET_REL_TYPE, target });
        continue;
      }
      const id = freshId();
      sheetRel.set(id, { type: WORKSHEET_REL_TYPE, target });
      withIds.push(workbookXml.slice(from, s.at), s.tag.replace(/^(<(?:[\w.-]+:)?sheet)/, `$1 ${idAttr}="${id}"`));
      from = s.at + s.tag.length;
    }
    if (withIds.length) workbookXml = withIds.join("") + workbookXml.slice(from);
    for (const r of rels) {
      if (r.id === undefined || written.has(r.id)) continue;
      written.add(r.id);
      const sheet = sheetRel.get(r.id);
      if (sheet) rel(r.id, sheet.type, sheet.target);
      else if (r.kind === "sharedstrings" && sharedStrings !== undefined) rel(r.id, r.type, "sharedStrings.xml");
      else if (r.kind === "styles" && styles !== undefined) rel(r.id, r.type, "styles.xml");
      else if (r.kind === "theme" && theme !== undefined) rel(r.id, r.type, "theme/theme1.xml");
      else {
        const part = partOf(r);
        if (r.target !== undefined) rel(r.id, r.type, part === undefined ? r.target : `/${normalised(part)}`, r.external);
      }
    }
    for (const [id, sheet] of sheetRel) if (!written.has(id)) rel(id, sheet.type, sheet.target);
    const typeBase = WORKSHEET_REL_TYPE.slice(0, -"worksheet".length);
    if (sharedStrings !== undefined && !rels.some((r) => r.kind === "sharedstrings")) rel(freshId(), `${typeBase}sharedStrings`, "sharedStrings.xml");
    if (styles !== undefined && !rels.some((r) => r.kind === "styles")) rel(freshId(), `${typeBase}styles`, "styles.xml");
    layout.rewritten.set(
      WORKBOOK_RELS_PART,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tags.join("")}</Relationships>`,
    );
    if (relsEntry !== undefined && entryPart(relsEntry) !== WORKBOOK_RELS_PART) layout.renames.set(relsEntry, WORKBOOK_RELS_PART);
  }
  if (workbookXml !== ((await read(workbook)) ?? "")) layout.rewritten.set(WORKBOOK_PART, workbookXml);

  // An entry stored under a fixed name another part now takes is not the package's: it is left out.
  const targets = new Set([...layout.renames.values(), ...layout.rewritten.keys()]);
  for (const name of entryNames) if (targets.has(entryPart(name)) && !layout.renames.has(name) && !isSource(name)) layout.displaced.add(name);
  function isSource(name: string): boolean {
    const part = entryPart(name);
    if (part === WORKBOOK_PART) return name === workbook;
    if (part === WORKBOOK_RELS_PART) return name === relsEntry;
    return false;
  }
  return layout;
}
