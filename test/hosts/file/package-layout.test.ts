import { packageLayout } from "../../../src/hosts/file/package-layout";
import { relationshipIdsAsR, serialDates, transitionalXml } from "../../../src/hosts/file/prepass";
import { readWorkbook } from "../../../src/hosts/file/read";
import { isoDateSerial } from "../../../src/hosts/file/xlsx-reader";
import * as reference from "./exceljs-reference-reader";
import { makeZip } from "./zip";

/** How the prepass finds a package's parts (package-layout.ts), and the Strict / ISO date conversions it makes. */

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"`;
const rels = (items: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
const sheetXml = (cells: string) => `<worksheet ${NS}><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

async function layoutOf(files: Record<string, string>) {
  return packageLayout(Object.keys(files), (name) => Promise.resolve(files[name] ?? null));
}

describe("packageLayout", () => {
  it("leaves a package laid out as Excel lays it out alone", async () => {
    const layout = await layoutOf({
      "_rels/.rels": rels(rel("rId1", "officeDocument", "xl/workbook.xml")),
      "xl/workbook.xml": `<workbook ${NS}><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(rel("rId1", "worksheet", "worksheets/sheet1.xml") + rel("rId2", "sharedStrings", "sharedStrings.xml")),
      "xl/worksheets/sheet1.xml": sheetXml(""),
      "xl/sharedStrings.xml": "<sst/>",
    });
    expect(layout).toEqual({ found: true, renames: new Map(), displaced: new Set(), rewritten: new Map() });
  });

  it("finds the workbook by its content type when _rels/.rels is gone, and percent-encoded targets", async () => {
    const layout = await layoutOf({
      "[Content_Types].xml": '<Types><Override PartName="/data/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      "data/book.xml": `<workbook ${NS}><sheets><sheet name="A" sheetId="1" r:id="rId7"/></sheets></workbook>`,
      "data/_rels/book.xml.rels": rels(rel("rId7", "worksheet", "my%20sheet.xml")),
      "data/my sheet.xml": sheetXml(""),
    });
    expect(layout.renames).toEqual(
      new Map([
        ["data/my sheet.xml", "xl/worksheets/sheet1.xml"],
        ["data/book.xml", "xl/workbook.xml"],
        ["data/_rels/book.xml.rels", "xl/_rels/workbook.xml.rels"],
      ]),
    );
    expect(layout.rewritten.get("xl/_rels/workbook.xml.rels")).toContain(`<Relationship Id="rId7" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`);
  });

  it("gives a sheet without r:id the next worksheet part, and keeps a chartsheet's relationship from taking one", async () => {
    const layout = await layoutOf({
      "xl/workbook.xml": `<workbook ${NS}><sheets><sheet name="图" sheetId="1" r:id="rId1"/><sheet name="A" sheetId="2"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": rels(rel("rId1", "chartsheet", "chartsheets/sheet1.xml")),
      "xl/chartsheets/sheet1.xml": "<chartsheet/>",
      "xl/worksheets/sheet1.xml": sheetXml(""),
    });
    expect(layout.rewritten.get("xl/workbook.xml")).toContain('<sheet r:id="rIdBc1" name="A" sheetId="2"/>');
    const written = layout.rewritten.get("xl/_rels/workbook.xml.rels")!;
    expect(written).toContain(`Type="${REL}/chartsheet" Target="/xl/chartsheets/sheet1.xml"`);
    expect(written).toContain(`<Relationship Id="rIdBc1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`);
  });

  it("reads the sheet such a package names, in workbook order", async () => {
    const bytes = makeZip([
      { name: "xl/workbook.xml", data: `<workbook ${NS}><sheets><sheet name="乙" sheetId="2"/><sheet name="甲" sheetId="1" r:id="rIdX"/></sheets></workbook>` },
      { name: "xl/worksheets/sheet1.xml", data: sheetXml('<c r="A1"><v>1</v></c>') },
      { name: "xl/worksheets/sheet2.xml", data: sheetXml('<c r="A1"><v>2</v></c>') },
    ]);
    const snapshot = await readWorkbook(bytes, "norels.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ["乙", [[1]]],
      ["甲", [[2]]],
    ]);
  });
});

describe("the 1904 date system written as date1904=\"true\" (xsd:boolean's other spelling)", () => {
  it("counts an ISO date from 1904, in the reader and for ExcelJS", async () => {
    for (const spelling of ["1", "true"]) {
      const bytes = makeZip([
        { name: "xl/workbook.xml", data: `<workbook ${NS}><workbookPr date1904="${spelling}"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>` },
        { name: "xl/_rels/workbook.xml.rels", data: rels(rel("rId1", "worksheet", "worksheets/sheet1.xml")) },
        { name: "xl/worksheets/sheet1.xml", data: sheetXml('<c r="A1" t="d"><v>1904-01-02T00:00:00</v></c>') },
      ]);
      expect((await readWorkbook(bytes, "lo.xlsx")).sheets[0].values).toEqual([[1]]);
      expect((await reference.readWorkbook(bytes, "lo.xlsx")).sheets[0].values).toEqual([[1]]);
    }
  });
});

describe("Strict Open XML to Transitional", () => {
  it("maps namespaces and relationship types, Strict's own spellings included; a Transitional part stays as it is", () => {
    const strict =
      '<Relationships><Relationship Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"/><Relationship Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"/></Relationships>' +
      '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships" xmlns:a="http://purl.oclc.org/ooxml/drawingml/main" xmlns:ep="http://purl.oclc.org/ooxml/officeDocument/extendedProperties"/>';
    expect(transitionalXml(strict)).toBe(
      `<Relationships><Relationship Type="${REL}/worksheet"/><Relationship Type="${REL}/extended-properties"/></Relationships>` +
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:ep="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`,
    );
    expect(transitionalXml(`<workbook ${NS}/>`)).toBeNull();
  });

  it("relationship ids under another prefix become r:id", () => {
    expect(relationshipIdsAsR(`<workbook xmlns:rel="${REL}"><sheet name="A" rel:id="rId1"/></workbook>`)).toBe(`<workbook xmlns:rel="${REL}"><sheet name="A" r:id="rId1"/></workbook>`);
    expect(relationshipIdsAsR(`<workbook ${NS}/>`)).toBeNull();
  });
});

describe("ISO 8601 dates", () => {
  it("as Excel's serial numbers, in both date systems", () => {
    expect(isoDateSerial("2024-01-01T00:00:00", false)).toBe(45292);
    expect(isoDateSerial("2024-01-01T18:00:00Z", false)).toBe(45292.75);
    expect(isoDateSerial("2024-01-01T12:00:00+08:00", false)).toBe(45292.5);
    expect(isoDateSerial("1900-02-28", false)).toBe(59);
    expect(isoDateSerial("1900-03-01", false)).toBe(61);
    expect(isoDateSerial("12:00:00", false)).toBe(0.5);
    expect(isoDateSerial("1904-01-02T00:00:00", true)).toBe(1);
    expect(isoDateSerial("2024-01-01", true)).toBe(45292 - 1462);
    for (const bad of ["", "2024-02-30", "2024-13-01", "tomorrow", "1899-01-01", "2024"]) expect(isoDateSerial(bad, false)).toBeUndefined();
  });

  it("in a sheet for ExcelJS: the serial under the cell's style, t=\"d\" gone; text no date reads as text", () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="3" t="d"><v>2024-01-01T00:00:00</v></c><c r="B1" t="d"><f>A1</f><v>2024-01-02</v></c><c r="C1" t="d"><v>不详</v></c><c r="D1"><v>5</v></c></row></sheetData>';
    expect(serialDates(xml, false)).toBe(
      '<sheetData><row r="1"><c r="A1" s="3"><v>45292</v></c><c r="B1"><f>A1</f><v>45293</v></c><c r="C1" t="str"><v>不详</v></c><c r="D1"><v>5</v></c></row></sheetData>',
    );
    expect(serialDates('<c r="A1"><v>1</v></c>', false)).toBeNull();
  });
});
