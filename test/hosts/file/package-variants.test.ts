import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { ReportSchema, type Report } from "../../../src/engine/report";
import { readWorkbook } from "../../../src/hosts/file/read";
import { cli } from "../../cli/run";
import * as reference from "./exceljs-reference-reader";

/**
 * The same workbook as different producers package it: parts under other names and in other folders (found through
 * the relationships), no relationships at all (found by the fixed names), Strict Open XML, strings inline instead of
 * shared, entry names in upper case or with backslashes. Each variant is made from a committed example with JSZip and
 * must read as the example does — the same snapshot, the same forms, scores, finding codes and cells from
 * `validate --json` — and `validate --out` must write a checked copy that reads back with the same report.
 */
jest.setTimeout(120_000);

const EXAMPLES = path.join(__dirname, "../../../examples");
const dir = mkdtempSync(path.join(tmpdir(), "budget-check-variants-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Entries = Map<string, string>;

async function entriesOf(bytes: Uint8Array): Promise<Entries> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Entries = new Map();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("string"));
  return out;
}

async function zipOf(entries: Entries): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of entries) zip.file(name, text, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function take(e: Entries, name: string): string {
  const text = e.get(name);
  if (text === undefined) throw new Error(`no ${name} in the example`);
  e.delete(name);
  return text;
}

const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// ---------------------------------------------------------------------------------------------------------------------
// The variants: each a function of the example's entries.

/** Every part under another name (an exporter's own): workbook xl/wb.xml, sheets Sheet_A.xml …, strings.xml, st.xml, absolute targets; a stale xl/workbook.xml naming another sheet is left beside it. */
function renamedParts(e: Entries): Entries {
  const out: Entries = new Map(e);
  const rels = take(out, "xl/_rels/workbook.xml.rels");
  const workbook = take(out, "xl/workbook.xml");
  out.set("xl/wb.xml", workbook);
  out.set("xl/workbook.xml", workbook.replace(/<sheets>.*<\/sheets>/, '<sheets><sheet name="旧表" sheetId="1" r:id="rId1"/></sheets>'));
  out.set("_rels/.rels", take(out, "_rels/.rels").replace('Target="xl/workbook.xml"', 'Target="/xl/wb.xml"'));
  let newRels = rels;
  for (const [no, letter] of [...rels.matchAll(/worksheets\/sheet(\d+)\.xml/g)].map((m, i) => [m[1], String.fromCharCode(65 + i)])) {
    out.set(`xl/worksheets/Sheet_${letter}.xml`, take(out, `xl/worksheets/sheet${no}.xml`));
    newRels = newRels.replace(`Target="worksheets/sheet${no}.xml"`, `Target="/xl/worksheets/Sheet_${letter}.xml"`);
  }
  out.set("xl/strings.xml", take(out, "xl/sharedStrings.xml"));
  out.set("xl/st.xml", take(out, "xl/styles.xml"));
  newRels = newRels.replace('Target="sharedStrings.xml"', 'Target="/xl/strings.xml"').replace('Target="styles.xml"', 'Target="./st.xml"');
  out.set("xl/_rels/wb.xml.rels", newRels);
  expect(newRels).not.toMatch(/sheet\d|sharedStrings\.xml|"styles\.xml/);
  return out;
}

/** The workbook at the package's root, its parts in a folder of their own, the entries stored with backslashes (some Windows zip tools). */
function rootLayout(e: Entries): Entries {
  const out: Entries = new Map();
  for (const [name, text] of e) {
    let n = name;
    if (name === "_rels/.rels") {
      out.set(name, text.replace('Target="xl/workbook.xml"', 'Target="workbook.xml"'));
      continue;
    }
    if (name === "xl/_rels/workbook.xml.rels") n = "_rels/workbook.xml.rels";
    else if (name.startsWith("xl/worksheets/")) n = name.replace("xl/worksheets/", "parts\\").replace("_rels/", "_rels\\");
    else if (name.startsWith("xl/")) n = name.slice(3);
    out.set(n, name === "xl/_rels/workbook.xml.rels" ? text.replace(/Target="worksheets\//g, 'Target="parts/') : text);
  }
  return out;
}

/** No workbook relationships (some exporters leave them out): the sheets, strings and styles by their usual names. */
function noWorkbookRels(e: Entries): Entries {
  const out: Entries = new Map(e);
  take(out, "xl/_rels/workbook.xml.rels");
  return out;
}

/** Relationships parts that are no XML at all (damaged, or written by a broken exporter): the usual names are used. */
function brokenRels(e: Entries): Entries {
  const out: Entries = new Map(e);
  out.set("xl/_rels/workbook.xml.rels", "<<<not xml");
  out.set("_rels/.rels", '<Relationships><Relationship Id="rId1" Target=');
  return out;
}

/** No relationships and no content types at all: nothing but the parts under their usual names. */
function noRelsAtAll(e: Entries): Entries {
  const out: Entries = new Map(e);
  take(out, "xl/_rels/workbook.xml.rels");
  take(out, "_rels/.rels");
  take(out, "[Content_Types].xml");
  return out;
}

/** Excel's "Strict Open XML Spreadsheet": Strict's namespaces and relationship types, conformance="strict". */
function strict(e: Entries): Entries {
  const out: Entries = new Map();
  for (const [name, text] of e) {
    let t = text
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships")
      .replace(/http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/main/g, "http://purl.oclc.org/ooxml/drawingml/main")
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/extended-properties/g, "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
      .replace(/http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/extended-properties/g, "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties");
    if (name === "xl/workbook.xml") t = t.replace(/<workbook /, '<workbook conformance="strict" ');
    // Strict DrawingML writes percentages as such.
    if (name.startsWith("xl/theme/")) t = t.replace(/(<a:(?:lumMod|lumOff|tint|shade|satMod) val=")(\d+)000"/g, "$1$2%\"");
    out.set(name, t);
  }
  expect([...out.values()].join("")).not.toContain(TRANSITIONAL_REL);
  expect(out.get("xl/theme/theme1.xml")).toMatch(/<a:tint val="50%"/);
  return out;
}

/** Every string inline in its cell (t="inlineStr"), no sharedStrings part (SheetJS, some streaming writers). */
function inlineStrings(e: Entries): Entries {
  const out: Entries = new Map(e);
  const sst = take(out, "xl/sharedStrings.xml");
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => t[1]).join(""));
  for (const [name, text] of out) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    out.set(
      name,
      text.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${strings[Number(i)]}</t></is></c>`),
    );
  }
  out.set("xl/_rels/workbook.xml.rels", take(out, "xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ""));
  out.set("[Content_Types].xml", take(out, "[Content_Types].xml").replace(/<Override [^>]*sharedStrings[^>]*\/>/, ""));
  expect([...out.values()].join("")).not.toMatch(/t="s"/);
  return out;
}

/** Every entry name in upper case (the relationships' targets as they were). */
function upperCaseNames(e: Entries): Entries {
  return new Map([...e].map(([name, text]) => [name === "[Content_Types].xml" ? name : name.toUpperCase(), text]));
}

/** Relationship ids under another prefix than r: (xmlns:rel="…/relationships", rel:id="rId1"). */
function otherRelationshipsPrefix(e: Entries): Entries {
  const out: Entries = new Map();
  for (const [name, text] of e) out.set(name, /\.rels$/.test(name) ? text : text.replace(/xmlns:r="/g, 'xmlns:rel="').replace(/ r:id="/g, ' rel:id="'));
  expect(out.get("xl/workbook.xml")).toContain(' rel:id="');
  return out;
}

const VARIANTS: [string, (e: Entries) => Entries][] = [
  ["renamed parts, absolute and ./ targets, a stale xl/workbook.xml beside the real one", renamedParts],
  ["the workbook at the root, sheets in a folder of their own, entry names with backslashes", rootLayout],
  ["no workbook relationships", noWorkbookRels],
  ["no relationships and no content types at all", noRelsAtAll],
  ["relationships parts that are no XML", brokenRels],
  ["Strict Open XML", strict],
  ["inline strings only, no sharedStrings part", inlineStrings],
  ["upper-case entry names", upperCaseNames],
  ["relationship ids under another prefix than r:", otherRelationshipsPrefix],
];

// ---------------------------------------------------------------------------------------------------------------------

function exampleBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(EXAMPLES, file)));
}

/** validate --json of a file, and validate --json of the copy `validate --out` wrote. */
async function check(bytes: Uint8Array, folder: string, file: string): Promise<{ report: Omit<Report, "file">; copy: Omit<Report, "file">; copyFile: string }> {
  const at = path.join(dir, folder);
  mkdirSync(at, { recursive: true });
  const input = path.join(at, file);
  writeFileSync(input, bytes);
  const out = path.join(at, "out");
  const run = await cli(["validate", input, "--json", "--out", out]);
  expect(run.stderr).toBe("");
  expect([0, 1]).toContain(run.code);
  const copyFile = path.join(out, file.replace(/\.xlsx$/, ".checked.xlsx"));
  const again = await cli(["validate", copyFile, "--json"]);
  expect([0, 1]).toContain(again.code);
  const strip = (text: string) => {
    const { file: _file, ...rest } = ReportSchema.parse(JSON.parse(text));
    return rest;
  };
  return { report: strip(run.stdout), copy: strip(again.stdout), copyFile };
}

const FILES = ["seed001-department-budget.xlsx", "seed002-self-evaluation.xlsx", "seed004-department-evaluation.xlsx"];

describe.each(FILES)("%s packaged by other producers", (file) => {
  let original: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    original = await check(exampleBytes(file), "original", file);
    // The example is worth comparing with: forms recognised, scores or findings to match.
    expect(original.report.forms.length).toBeGreaterThan(0);
  });

  it.each(VARIANTS)("%s", async (name, variant) => {
    const bytes = await zipOf(variant(await entriesOf(exampleBytes(file))));
    // The same snapshot as the example's, cell for cell; and ExcelJS, the writer of the checked copy, loads the same
    // workbook from what the prepass hands it (the parity test's reference reader).
    const snapshot = await readWorkbook(bytes, file);
    expect(snapshot).toEqual(await readWorkbook(exampleBytes(file), file));
    expect(await reference.readWorkbook(bytes, file)).toEqual(snapshot);
    const got = await check(bytes, name.replace(/[^a-z]+/gi, "-"), file);
    expect(got.report).toEqual(original.report);
    expect(got.copy).toEqual(original.copy);
    // The copy is a Transitional package throughout: no Strict namespace, no Strict percentage left in its theme.
    const copy = await entriesOf(readFileSync(got.copyFile));
    expect([...copy.values()].filter((t) => t.includes("purl.oclc.org"))).toEqual([]);
    expect(copy.get("xl/theme/theme1.xml")).not.toMatch(/val="[\d.]+%"/);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Dates as ISO 8601 text (t="d"): Excel's Strict save option writes them so, and so do some exporters.

const DATES: [string, number][] = [
  ["2024-01-01T00:00:00", 45292],
  ["2024-01-01T12:00:00", 45292.5],
  ["2023-12-31", 45291],
  ["1900-01-01T00:00:00", 1],
  ["1900-02-28T00:00:00", 59],
  ["1900-03-01T00:00:00", 61],
];

/** The example with a sheet of dates under a date format: serial numbers, or (iso) the same dates as t="d" text, one a formula's result. */
function withDates(e: Entries, iso: boolean): Entries {
  const out: Entries = new Map(e);
  const styles = take(out, "xl/styles.xml");
  const count = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  out.set("xl/styles.xml", styles.replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, `<cellXfs count="${count + 1}">$1<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`));
  const cell = (ref: string, date: string, serial: number, f = "") =>
    iso ? `<c r="${ref}" s="${count}" t="d">${f}<v>${date}</v></c>` : `<c r="${ref}" s="${count}">${f}<v>${serial}</v></c>`;
  const rows = DATES.map(([date, serial], i) => `<row r="${i + 1}">${cell(`A${i + 1}`, date, serial)}${i === 0 ? cell("B1", date, serial, "<f>A1</f>") : ""}</row>`).join("");
  out.set("xl/worksheets/sheet9.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
  out.set("xl/workbook.xml", take(out, "xl/workbook.xml").replace("</sheets>", '<sheet name="日期" sheetId="99" r:id="rId99"/></sheets>'));
  out.set("xl/_rels/workbook.xml.rels", take(out, "xl/_rels/workbook.xml.rels").replace("</Relationships>", `<Relationship Id="rId99" Type="${TRANSITIONAL_REL}/worksheet" Target="worksheets/sheet9.xml"/></Relationships>`));
  return out;
}

describe("dates written as ISO 8601 text (t=\"d\")", () => {
  const file = "seed002-self-evaluation.xlsx";

  it.each([
    ["in a Strict package", (e: Entries) => strict(withDates(e, true))],
    ["in a Transitional package", (e: Entries) => withDates(e, true)],
  ])("%s: read as the serial numbers Excel holds, in the snapshot, the report and the checked copy", async (name, variant) => {
    const serials = await zipOf(withDates(await entriesOf(exampleBytes(file)), false));
    const iso = await zipOf(variant(await entriesOf(exampleBytes(file))));
    const snapshot = await readWorkbook(iso, file);
    const dates = snapshot.sheets.find((s) => s.name === "日期")!;
    expect(dates.values.map((r) => r[0])).toEqual(DATES.map(([, serial]) => serial));
    expect(dates.values[0][1]).toBe(45292);
    expect(dates.formulas?.[0][1]).toBe("=A1");
    expect(dates.numberFormats?.[0][0]).toBe("mm-dd-yy");
    expect(snapshot).toEqual(await readWorkbook(serials, file));
    expect(await reference.readWorkbook(iso, file)).toEqual(snapshot);
    const got = await check(iso, `dates-${name.replace(/[^a-z]+/gi, "-")}`, file);
    const want = await check(serials, "dates-serials", file);
    expect(got.report).toEqual(want.report);
    expect(got.copy).toEqual(want.copy);
    // The checked copy holds the dates as dates.
    const copy = await readWorkbook(readFileSync(got.copyFile), file);
    expect(copy.sheets.find((s) => s.name === "日期")).toEqual(dates);
  });
});

describe("a package that truly cannot be read says why, in Chinese and English", () => {
  it("no workbook part anywhere: neither xl/workbook.xml nor one the relationships or content types name", async () => {
    const e = await entriesOf(exampleBytes("seed002-self-evaluation.xlsx"));
    take(e, "xl/workbook.xml");
    const file = path.join(dir, "gone.xlsx");
    writeFileSync(file, await zipOf(e));
    const zh = await cli(["validate", file], { LANG: "zh_CN.UTF-8" });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`gone.xlsx 已损坏或不完整，无法作为 .xlsx 打开（其中找不到工作簿部件 xl/workbook.xml，包关系中也未指明它的位置）\n`);
    const en = await cli(["validate", file], { LANG: "en_US.UTF-8" });
    expect(en.stderr).toBe(`gone.xlsx is damaged or incomplete and cannot be opened as .xlsx (it has no workbook part: no xl/workbook.xml, and its relationships name none)\n`);
  });

  it("a workbook whose sheet parts are all gone: no worksheets", async () => {
    const e = await entriesOf(exampleBytes("seed002-self-evaluation.xlsx"));
    for (const name of [...e.keys()]) if (name.startsWith("xl/worksheets/")) e.delete(name);
    await expect(readWorkbook(await zipOf(e), "x.xlsx")).rejects.toMatchObject({ reason: "corrupt", params: { detail: "no-worksheets" } });
  });
});
