import { cleanSheetXml, cleanWorkbookXml, MAX_MERGED_CELLS, prepareWorkbook, unprefixedXml } from "../../../src/hosts/file/prepass";
import { readWorkbook } from "../../../src/hosts/file/read";
import { loadWorkbook } from "../../../src/hosts/file/workbook-io";
import { makeXlsx, numberCell, textCell } from "./zip";

/** The pass before ExcelJS (hosts/file/prepass.ts): what it changes in a sheet's XML, and what it leaves alone. */
const merges = (...refs: string[]) => `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
const sheet = (cells: string, after = "") => `<worksheet><sheetData><row r="1">${cells}</row></sheetData>${after}</worksheet>`;

describe("cleanSheetXml", () => {
  it("leaves a sound sheet alone (no copy of the workbook is made)", () => {
    const xml = sheet(textCell("A1", "项目") + numberCell("B1", 1), merges("A1:B1", "C3:D4"));
    expect(cleanSheetXml(xml, { cells: 0 })).toEqual({ xml: null, notices: [] });
  });

  it("reads a merge written twice once, without a word; an invalid one is said", () => {
    const { xml, notices } = cleanSheetXml(sheet(textCell("A1", "x"), merges("A1:B2", "A1:B2", "ZZZZ1:A1")), { cells: 0 });
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    expect(notices).toEqual([{ kind: "merge-dropped", cell: "ZZZZ1:A1", reason: "invalid" }]);
  });

  it("stops reading merges as merged when the workbook's merged cells pass the budget", () => {
    const budget = { cells: MAX_MERGED_CELLS - 10 };
    const { xml, notices } = cleanSheetXml(sheet(textCell("A1", "x"), merges("A1:B2", "D1:F10")), budget);
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>');
    expect(notices).toEqual([{ kind: "merge-dropped", cell: "D1:F10", reason: "too-large" }]);
    expect(budget.cells).toBe(MAX_MERGED_CELLS - 6);
  });

  it("clips a merge far larger than its cells to them, keeping its top-left cell", () => {
    const { xml, notices } = cleanSheetXml(sheet(textCell("A1", "x") + numberCell("H1", 1), merges("B1:XFD1048576")), { cells: 0 });
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="B1:H1"/></mergeCells>');
    expect(notices).toEqual([{ kind: "merge-clipped", cell: "B1:XFD1048576", to: "B1:H1" }]);
  });
});

describe("what ExcelJS cannot load but the file format allows", () => {
  it("rows and cells written without their address count on from the previous one, as Excel reads them", async () => {
    const body = `<sheetData><row><c t="inlineStr"><is><t>项目</t></is></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="4"><c><v>7</v></c></row><row><c r="C5"><v>8</v></c></row></sheetData>`;
    const snapshot = await readWorkbook(makeXlsx([{ name: "S", body }]), "r.xlsx");
    const s = snapshot.sheets[0];
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(s.values).toEqual([
      ["项目", 2, null, null, 5, 6],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
      [7, null, null, null, null, null],
      [null, null, 8, null, null, null],
    ]);
    expect(snapshot.notices).toBeUndefined();
  });

  it("a data validation's ranges past the grid are dropped, its others kept (ExcelJS threw on them)", () => {
    const dv = (sqref: string) =>
      `<dataValidations count="1"><dataValidation type="list" sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`;
    expect(cleanSheetXml(sheet(textCell("A1", "x"), dv("A1:A3 XFE1:XFE3")), { cells: 0 }).xml).toContain('<dataValidation type="list" sqref="A1:A3">');
    expect(cleanSheetXml(sheet(textCell("A1", "x"), dv("XFE1:XFE3")), { cells: 0 }).xml).toContain('<dataValidations count="1"></dataValidations>');
    expect(cleanSheetXml(sheet(textCell("A1", "x"), dv("A1:B2")), { cells: 0 }).xml).toBeNull();
  });
});

describe("cleanWorkbookXml", () => {
  it("gives a stand-in to names ExcelJS refuses, and nothing else", () => {
    const xml =
      '<workbook><sheets><sheet name="自评" sheetId="1" r:id="rId1"/><sheet name="预算[2024]" sheetId="2" r:id="rId2"/><sheet name="a&amp;b" sheetId="3" r:id="rId3"/></sheets></workbook>';
    const { xml: out, names } = cleanWorkbookXml(xml);
    expect([...names]).toEqual([["budget-check sheet 1", "预算[2024]"]]);
    expect(out).toContain('<sheet name="自评"');
    expect(out).toContain('<sheet name="budget-check sheet 1" sheetId="2"');
    expect(out).toContain('<sheet name="a&amp;b"');
  });
});

describe("sheet names ExcelJS refuses as duplicates", () => {
  it("names differing only in case are read as they are; the very same name twice is read as name(2)", async () => {
    const body = `<sheetData><row r="1">${textCell("A1", "项目")}</row></sheetData>`;
    const snapshot = await readWorkbook(
      makeXlsx([
        { name: "自评", body },
        { name: "Sheet", body },
        { name: "sheet", body },
        { name: "自评", body },
      ]),
      "d.xlsx",
    );
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["自评", "Sheet", "sheet", "自评(2)"]);
  });
});

describe("prepareWorkbook", () => {
  it("hands a sound workbook to ExcelJS as the very bytes it came as", async () => {
    const bytes = makeXlsx([{ name: "S", body: `<sheetData><row r="1">${textCell("A1", "项目")}</row></sheetData>` }]);
    const prepared = await prepareWorkbook(bytes, "s.xlsx");
    expect(await prepared.bytes()).toBe(bytes);
    expect(prepared.notices).toEqual([]);
  });

  it("names each notice by its sheet, and the snapshot carries it for the engine", async () => {
    const bytes = makeXlsx([
      { name: "封面", body: `<sheetData><row r="1">${textCell("A1", "封面")}</row></sheetData>` },
      { name: "明细[1]", body: `<sheetData><row r="1">${textCell("A1", "项目") + numberCell("XFE1", 3)}</row></sheetData>${merges("A1:C3", "B2:D4")}` },
    ]);
    const snapshot = await readWorkbook(bytes, "m.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["封面", "明细[1]"]);
    expect(snapshot.sheets[1].merged).toEqual(["A1:C3"]);
    expect(snapshot.notices).toEqual([
      { kind: "past-grid", sheet: "明细[1]", cell: "XFE1", count: 1 },
      { kind: "merge-dropped", sheet: "明细[1]", cell: "B2:D4", reason: "overlap", other: "A1:C3" },
    ]);
  });
});

describe("ExcelJS's overlap check of merged areas, made linear (exceljs-merges.ts)", () => {
  it("still refuses an overlapping merge made through ExcelJS, and still allows a neighbour", async () => {
    const wb = await loadWorkbook(makeXlsx([{ name: "S", body: `<sheetData><row r="1">${textCell("A1", "x")}</row></sheetData>` }]), "m.xlsx");
    const ws = wb.worksheets[0];
    ws.mergeCells("A1:B2");
    expect(() => ws.mergeCells("B2:C3")).toThrow("Cannot merge already merged cells");
    expect(() => ws.mergeCells("A2:A3")).toThrow("Cannot merge already merged cells");
    ws.mergeCells("C1:D2");
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual(["A1", "C1"]);
  });

  it("loads 50,000 merged areas in seconds (ExcelJS alone: n², about 6 minutes)", async () => {
    const refs = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`).join("");
    const bytes = makeXlsx([
      { name: "S", body: `<sheetData><row r="1">${textCell("A1", "x")}</row></sheetData><mergeCells count="50000">${refs}</mergeCells>` },
    ]);
    const started = Date.now();
    const snapshot = await readWorkbook(bytes, "m.xlsx");
    expect(snapshot.sheets[0].merged).toHaveLength(50_000);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe("unprefixedXml", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  it("leaves a part whose root has no prefix untouched (null), even with prefixed extensions inside", () => {
    expect(unprefixedXml(`<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:x14="x14ns"><sheetData/><extLst><x14:ext/></extLst></worksheet>`)).toBeNull();
  });
  it("leaves a root prefix of another namespace alone", () => {
    expect(unprefixedXml(`<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice/></mc:AlternateContent>`)).toBeNull();
  });
  it("takes SpreadsheetML's prefix off the tags only: other prefixes and attributes keep theirs", () => {
    expect(unprefixedXml(`<!-- c --><x:sheet xmlns:x="${MAIN}" xmlns:r="rel"><x:c r="A1" r:id="rId1"><x:v>1</x:v></x:c><x14:ext/></x:sheet>`)).toBe(
      `<!-- c --><sheet xmlns:x="${MAIN}" xmlns:r="rel"><c r="A1" r:id="rId1"><v>1</v></c><x14:ext/></sheet>`,
    );
  });
});
