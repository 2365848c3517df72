import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { generate } from "../../../scripts/bench";
import { corpusWorkbook } from "../../../scripts/make-corpus";
import { EXAMPLES } from "../../../scripts/make-examples";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { readWorkbook } from "../../../src/hosts/file/read";
import { MARKS_SHEET } from "../../../src/hosts/file/own-marks";
import { writeCheckedCopy } from "../../../src/hosts/file/write";
import { loadRealFixtures } from "../../fixtures/real/load";
import * as reference from "./exceljs-reference-reader";
import { bytesOf, encryptedXlsxLike, xlsLike } from "./workbooks";
import { makeXlsx, makeZip, numberCell, textCell, type RawSheet } from "./zip";

/**
 * The file host's reader (src/hosts/file/xlsx-reader.ts, issue 14) against the ExcelJS reader it replaced
 * (exceljs-reference-reader.ts, the old read.ts unchanged): every workbook the repository has or builds gives the very
 * same snapshot and notices from both, or the same WorkbookReadError.
 */
jest.setTimeout(300_000);

type Outcome = { snapshot: unknown } | { error: string; reason?: string; message: string };

async function settle(read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { snapshot: await read() };
  } catch (e) {
    const err = e as { name?: string; reason?: string; message?: string };
    return { error: err.name ?? "Error", reason: err.reason, message: err.message ?? String(e) };
  }
}

async function expectParity(bytes: Uint8Array, name: string): Promise<Outcome> {
  const old = await settle(() => reference.readWorkbook(bytes.slice(), name));
  const now = await settle(() => readWorkbook(bytes.slice(), name));
  expect(now).toStrictEqual(old);
  return now;
}

const EXAMPLES_DIR = path.join(__dirname, "../../../examples");

let bench: Uint8Array | undefined;
/** The bench workbook with 60 forms: every tenth has a wrong score, so a copy with --overwrite carries written values. */
async function benchBytes(): Promise<Uint8Array> {
  if (!bench) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "budget-check-parity-")), "bench.xlsx");
    await generate(file, 60);
    bench = new Uint8Array(readFileSync(file));
  }
  return bench;
}
const exampleFiles = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith(".xlsx"));

describe("the committed examples", () => {
  it.each(exampleFiles)("examples/%s", async (file) => {
    const out = await expectParity(new Uint8Array(readFileSync(path.join(EXAMPLES_DIR, file))), file);
    expect("snapshot" in out).toBe(true);
  });
});

describe("workbooks the repository builds", () => {
  it.each(EXAMPLES.map((e) => [e.file, e] as const))("example build %s", async (file, example) => {
    await expectParity(await bytesOf(await example.build()), file);
  });

  it("every corpus workbook (scripts/make-corpus.ts)", async () => {
    for (const fx of loadRealFixtures()) await expectParity(await bytesOf(corpusWorkbook(fx)), `${fx.id}.xlsx`);
  });

  it("the bench workbook (60 forms, 2 sheets)", async () => {
    await expectParity(await benchBytes(), "bench.xlsx");
  });
});

describe("checked copies written by budget-check (earlier marks taken back)", () => {
  it.each([...exampleFiles, "bench.xlsx"])("%s: its copy, with and without overwritten values, and the copy's copy", async (file) => {
    const original = file === "bench.xlsx" ? await benchBytes() : new Uint8Array(readFileSync(path.join(EXAMPLES_DIR, file)));
    for (const overwrite of [false, true]) {
      const snapshot = await readWorkbook(original, file);
      const result = validateWorkbook(snapshot);
      const copy = await writeCheckedCopy(original, planWrites(snapshot, result, { overwrite }), file);
      const read = await expectParity(copy, `copy-${file}`);
      // The copy reads as the user's workbook (budget-check's own values are not read back), plus the sheets it adds.
      const copySheets = (read as { snapshot: { sheets: { name: string }[] } }).snapshot.sheets;
      for (const sheet of snapshot.sheets) expect(copySheets.find((s) => s.name === sheet.name)).toStrictEqual(sheet);
      const again = await readWorkbook(copy, file);
      const copy2 = await writeCheckedCopy(copy, planWrites(again, validateWorkbook(again), { overwrite }), file);
      await expectParity(copy2, `copy2-${file}`);
    }
  });

  it("a copy where the user typed over a value budget-check wrote: the user's value is read", async () => {
    const file = "bench.xlsx";
    const original = await benchBytes();
    const snapshot = await readWorkbook(original, file);
    const copy = await writeCheckedCopy(original, planWrites(snapshot, validateWorkbook(snapshot), { overwrite: true }), file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ArrayBuffer);
    const marks = wb.getWorksheet(MARKS_SHEET)!;
    let text = "";
    marks.eachRow((r) => (text += String(r.getCell(1).value)));
    const record = JSON.parse(text) as { cells: { sheet: string; cell: string; value?: unknown }[] };
    const valued = record.cells.filter((c) => c.value);
    expect(valued.length).toBeGreaterThan(1);
    wb.getWorksheet(valued[0].sheet)!.getCell(valued[0].cell).value = 12345;
    const edited = await bytesOf(wb);
    const read = await expectParity(edited, file);
    const sheet = (read as { snapshot: { sheets: { name: string; origin: { row: number; col: number }; values: unknown[][] }[] } }).snapshot.sheets.find((s) => s.name === valued[0].sheet)!;
    const m = /^([A-Z]+)(\d+)$/.exec(valued[0].cell)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(sheet.values[Number(m[2]) - 1 - sheet.origin.row][col - sheet.origin.col]).toBe(12345);
  });
});

describe("a workbook of every kind of cell, written by ExcelJS", () => {
  async function kitchenSink(date1904: boolean): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet("表一");
    ws.getCell("A1").value = "项目 & <名称>";
    ws.getCell("B1").value = 1234.5;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = false;
    ws.getCell("E1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("F1").value = { richText: [{ text: "产出", font: { bold: true } }, { text: "指标" }] };
    ws.getCell("G1").value = { text: "文件", hyperlink: "https://example.org/a" };
    ws.getCell("H1").value = { text: { richText: [{ text: "富" }, { text: "链接" }] }, hyperlink: "https://example.org/b" } as unknown as ExcelJS.CellValue;
    ws.getCell("A2").value = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
    ws.getCell("B2").value = 45351.573265;
    ws.getCell("B2").numFmt = "yyyy-mm-dd hh:mm:ss";
    ws.getCell("C2").value = 0.123456789;
    ws.getCell("C2").numFmt = "0.00%";
    ws.getCell("D2").value = 1;
    ws.getCell("D2").numFmt = '#,##0.00\\ "元"';
    ws.getCell("E2").value = 2;
    ws.getCell("E2").numFmt = "@";
    ws.getCell("F2").value = "缩进";
    ws.getCell("F2").alignment = { indent: 2 };
    ws.getCell("G2").value = "居中";
    ws.getCell("G2").alignment = { horizontal: "center" };
    for (let r = 3; r <= 8; r++) ws.getCell(r, 1).value = r;
    ws.getCell("B3").value = { formula: "A3*2", result: 6 };
    ws.getCell("B4").value = { sharedFormula: "B3", result: 8 } as ExcelJS.CellValue;
    ws.getCell("B5").value = { sharedFormula: "B3" } as ExcelJS.CellValue;
    ws.getCell("C3").value = { formula: "SUM($A$3:A3)", result: 3 };
    ws.getCell("C4").value = { formula: "IF(A4>3,\"大\",\"小\")", result: "大" };
    ws.getCell("C5").value = { formula: "A5>3", result: true };
    ws.getCell("C6").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("C7").value = { formula: "SUM(A3:A7)" };
    ws.getCell("C8").value = { formula: "DATE(2024,1,1)", result: 45292 };
    ws.getCell("C8").numFmt = "yyyy/m/d";
    ws.getCell("D3").value = { formula: "A3+A4", result: 7, shareType: "shared", ref: "D3:D6" } as ExcelJS.CellValue;
    for (let r = 4; r <= 6; r++) ws.getCell(`D${r}`).value = { sharedFormula: "D3", result: 2 * r + 1 } as ExcelJS.CellValue;
    ws.mergeCells("A10:C11");
    ws.getCell("A10").value = "合并标题";
    ws.getCell("B10").numFmt = "0.0";
    ws.getRow(12).numFmt = "0.000";
    ws.getColumn(6).numFmt = "0.0000";
    ws.mergeCells("E12:G12");
    ws.getCell("E12").value = 3;
    ws.getCell("J20").value = 99;

    const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
    hidden.getCell("A1").value = "h";
    const very = wb.addWorksheet("_very", { state: "veryHidden" });
    very.getCell("B2").value = 2;
    const locked = wb.addWorksheet("保护");
    locked.getCell("A1").value = "p";
    await locked.protect("", {});
    wb.addWorksheet("空表");
    return bytesOf(wb);
  }

  it.each([false, true])("date1904 %s", async (date1904) => {
    const out = await expectParity(await kitchenSink(date1904), "kitchen.xlsx");
    expect("snapshot" in out).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Hostile and hand-made input: the same snapshot, or the same error.

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (rows: string) => `<sheetData>${rows}</sheetData>`;

describe("hostile and damaged input", () => {
  const cases: [string, () => Uint8Array | Promise<Uint8Array>][] = [
    ["a merge over the whole sheet", () => makeXlsx([{ name: "S", body: data(row(1, textCell("A1", "x") + numberCell("H1", 1))) + '<mergeCells count="1"><mergeCell ref="B1:XFD1048576"/></mergeCells>' }])],
    ["overlapping merges", () => makeXlsx([{ name: "S", body: data(row(1, textCell("A1", "x")) + row(4, numberCell("D4", 4))) + '<mergeCells count="2"><mergeCell ref="A1:C3"/><mergeCell ref="B2:D4"/></mergeCells>' }])],
    ["cells and rows past XFD1048576", () => makeXlsx([{ name: "S", body: data(row(1, textCell("A1", "x") + '<c r="XFE1"><v>1</v></c>') + '<row r="1048577"><c r="A1048577"><v>2</v></c></row>') }])],
    ["rows and cells without r", () => makeXlsx([{ name: "S", body: data('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c/><c><v>3</v></c></row><row r="5"><c r="C5"><v>5</v></c><c><v>6</v></c></row>') }])],
    ["sheet names ExcelJS refuses", () => makeXlsx([{ name: "预算[2024]", body: data(row(1, textCell("A1", "a"))) }, { name: "History", body: data(row(1, textCell("A1", "b"))) }, { name: "预算[2024]", body: data(row(1, textCell("A1", "c"))) }, { name: "'引号'", body: data(row(1, textCell("A1", "d"))) }])],
    ["cells far apart (a dense box and a notice)", () => makeXlsx([{ name: "S", body: data(row(1, numberCell("A1", 1) + numberCell("B1", 2)) + row(2, numberCell("A2", 3)) + row(1048576, numberCell("XFD1048576", 4))) }])],
    ["an empty workbook", () => makeXlsx([{ name: "S", body: data("") }])],
    ["a zip of other files", () => makeZip([{ name: "a.txt", data: "hello" }])],
    ["a truncated zip", () => makeXlsx([{ name: "S", body: data(row(1, textCell("A1", "x"))) }]).slice(0, 300)],
    ["garbage after a zip signature", () => new Uint8Array(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(400, 1)]))],
    ["an .xls", () => xlsLike()],
    ["an encrypted workbook", () => encryptedXlsxLike()],
    ["a zip bomb by its declared size", () => makeZip([{ name: "xl/worksheets/sheet1.xml", data: "<worksheet/>", declaredSize: 900 * 1024 * 1024 }])],
    ["an entity bomb in a DOCTYPE", () => makeXlsx([{ name: "S", body: '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>' + data(row(1, numberCell("A1", 1))) }])],
  ];
  it.each(cases)("%s", async (_, make) => {
    await expectParity(await make(), "hostile.xlsx");
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Packages written by hand (not by ExcelJS): what Excel, WPS and other programs write.

interface Pkg {
  sheets: (RawSheet & { rels?: string })[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function pkg(p: Pkg): Uint8Array {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  const rels = (items: string) => `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return makeZip([
    { name: "[Content_Types].xml", data: `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: "_rels/.rels", data: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>') },
    {
      name: "xl/workbook.xml",
      data: `${head}<workbook ${NS}>${p.workbookPr ?? ""}<sheets>${p.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
      deflate: true,
    },
    { name: "xl/_rels/workbook.xml.rels", data: rels(p.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")) },
    ...(p.sharedStrings !== undefined ? [{ name: "xl/sharedStrings.xml", data: `${head}<sst ${NS}>${p.sharedStrings}</sst>`, deflate: true }] : []),
    ...(p.styles !== undefined ? [{ name: "xl/styles.xml", data: `${head}<styleSheet ${NS}>${p.styles}</styleSheet>` }] : []),
    ...p.sheets.flatMap((s, i) => [
      { name: `xl/worksheets/sheet${i + 1}.xml`, data: `${head}<worksheet ${NS}>${s.body}</worksheet>`, deflate: true },
      ...(s.rels ? [{ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: rels(s.rels) }] : []),
    ]),
  ]);
}

type Snap = { sheets: { name: string; visibility: string; protected: boolean; origin: { row: number; col: number }; values: unknown[][]; formulas?: unknown[][]; numberFormats?: unknown[][]; indents?: unknown[][]; merged: string[] }[] };

async function handMade(p: Pkg): Promise<Snap> {
  const out = await expectParity(pkg(p), "hand.xlsx");
  if (!("snapshot" in out)) throw new Error(`not read: ${out.message}`);
  return out.snapshot as Snap;
}

describe("packages written by hand", () => {
  it("shared strings: plain, rich text runs joined, phonetic runs left out, entities, _xHHHH_ escapes, xml:space", async () => {
    const s = await handMade({
      sharedStrings:
        '<si><t>项目名称</t></si>' +
        '<si><r><rPr><b/></rPr><t>产出</t></r><r><t xml:space="preserve"> 指标 </t></r></si>' +
        '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>' +
        "<si><t>A &amp; B &lt;C&gt; &#x4E2D;&#25991; &quot;q&quot;</t></si>" +
        "<si><t>line_x000D_break</t></si>" +
        "<si><t/></si>",
      sheets: [{ name: "S", body: data(row(1, [0, 1, 2, 3, 4, 5].map((i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join(""))) }],
    });
    expect(s.sheets[0].values).toEqual([["项目名称", "产出 指标 ", "漢字", 'A & B <C> 中文 "q"', "line\rbreak", ""]]);
  });

  it("inline strings, t=str, t=b, t=e, numbers, and cells and rows without r", async () => {
    const s = await handMade({
      sheets: [
        {
          name: "S",
          body: data(
            '<row><c t="inlineStr"><is><t>内联 &amp; 文本</t></is></c><c t="str"><v>str 值</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c></row>' +
              '<row><c t="e"><v>#N/A</v></c><c><v>-1.5E-3</v></c><c r="E2"><v>42</v></c><c><v>43</v></c></row>' +
              '<row r="4"><c t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c></row>',
          ),
        },
      ],
    });
    expect(s.sheets[0].origin).toEqual({ row: 0, col: 0 });
    expect(s.sheets[0].values).toEqual([
      ["内联 & 文本", "str 值", true, false, null, null],
      ["#N/A", -0.0015, null, null, 42, 43],
      [null, null, null, null, null, null],
      ["富文本", null, null, null, null, null],
    ]);
  });

  it("shared formulas are written out for each cell; cached results kept, a missing one computed", async () => {
    const s = await handMade({
      sheets: [
        {
          name: "S",
          body: data(
            row(1, numberCell("A1", 1) + '<c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c><c r="C1"><f t="shared" ref="C1:D1" si="1">SUM(A1:B1)</f><v>4</v></c><c r="D1"><f t="shared" si="1"/><v>7</v></c>') +
              row(2, numberCell("A2", 2) + '<c r="B2"><f t="shared" si="0"/><v>5</v></c>') +
              row(3, numberCell("A3", 3) + '<c r="B3"><f t="shared" si="0"/></c><c r="C3" t="str"><f>"合计"&amp;A3</f><v>合计3</v></c>'),
          ),
        },
      ],
    });
    const sheet = s.sheets[0];
    expect(sheet.formulas).toEqual([
      [null, "=A1*2+$A$1", "=SUM(A1:B1)", "=SUM(B1:C1)"],
      [null, "=A2*2+$A$1", null, null],
      [null, "=A3*2+$A$1", '="合计"&A3', null],
    ]);
    expect(sheet.values).toEqual([
      [1, 3, 4, 7],
      [2, 5, null, null],
      [3, 7, "合计3", null],
    ]);
  });

  it("number formats: built-in ids as ExcelJS names them, custom codes, General as none; dates as serials; date1904; indents", async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;万元&quot;"/><numFmt numFmtId="165" formatCode="[&gt;=100]0;0.0"/></numFmts>' +
      '<cellXfs count="10"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="49"/><xf numFmtId="164"/><xf numFmtId="165"/>' +
      '<xf numFmtId="0"><alignment horizontal="left" indent="2"/></xf><xf numFmtId="4"><alignment indent="1"/></xf></cellXfs>';
    const body = data(row(1, [1, 2, 3, 4, 5, 6, 7, 8, 9].map((st, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${st}"><v>${i === 2 || i === 3 ? "45351.5" : "0.25"}</v></c>`).join("") + '<c r="J1" s="0"><v>1</v></c>'));
    for (const date1904 of [false, true]) {
      const s = await handMade({ styles, workbookPr: date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>", sheets: [{ name: "S", body }] });
      const sheet = s.sheets[0];
      expect(sheet.numberFormats).toEqual([["0%", "0.00%", "mm-dd-yy", 'm/d/yy "h":mm', "@", '#,##0.00 "万元"', "[>=100]0;0.0", null, "#,##0.00", null]]);
      expect(sheet.values).toEqual([[0.25, 0.25, 45351.5, 45351.5, 0.25, 0.25, 0.25, 0.25, 0.25, 1]]);
      expect(sheet.indents).toEqual([[0, 0, 0, 0, 0, 0, 0, 2, 1, 0]]);
    }
  });

  it("merged areas: the other cells empty, with their own style or the row's / column's; hyperlinks; states; protection", async () => {
    const styles = '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="2"/><xf numFmtId="3"><alignment indent="3"/></xf></cellXfs>';
    const s = await handMade({
      styles,
      sheets: [
        {
          name: "S",
          body:
            '<cols><col min="3" max="3" style="2"/></cols>' +
            data('<row r="1" s="1" customFormat="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" s="2"><v>9</v></c><c r="D1" s="1"/></row>' + row(2, '<c r="A2"><v>5</v></c><c r="B2"><v>6</v></c>')) +
            '<sheetProtection sheet="0"/><mergeCells count="1"><mergeCell ref="C2:A1"/></mergeCells>' +
            '<hyperlinks><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="D1" r:id="rId2"/><hyperlink ref="A1" location="S!B2"/></hyperlinks>',
          rels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/x" TargetMode="External"/><Relationship Id="rId2" Type="x" Target="https://example.org/y" TargetMode="External"/>',
        },
        { name: "隐", state: "hidden", body: data(row(1, numberCell("A1", 1))) },
        { name: "深", state: "veryHidden", body: data(row(1, numberCell("A1", 1))) },
      ],
    });
    const [a, b, c] = s.sheets;
    expect(a.merged).toEqual(["A1:C2"]);
    expect(a.protected).toBe(true);
    expect(a.values).toEqual([
      ["标题", null, null, "https://example.org/y"],
      [null, null, null, null],
    ]);
    // B1 keeps its own style; C1 and C2 had no cell: the row's number format first, else the column's; the
    // column's alignment (the row has none).
    expect(a.numberFormats).toEqual([
      [null, "#,##0", "0.00", "0.00"],
      [null, null, "#,##0", null],
    ]);
    expect(a.indents).toEqual([
      [0, 3, 3, 0],
      [0, 0, 3, 0],
    ]);
    expect([b.visibility, c.visibility, a.visibility]).toEqual(["hidden", "veryHidden", "visible"]);
  });

  it("a merge over a cell whose s names no style: the cell is there, styled with nothing; a missing cell takes the row's style", async () => {
    const s = await handMade({
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="2"/></cellXfs>',
      sheets: [{ name: "S", body: data('<row r="1" s="1"><c r="A1"><v>1</v></c><c r="B1" s="99"/></row>') + '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' }],
    });
    expect(s.sheets[0].values).toEqual([[1, null, null]]);
    expect(s.sheets[0].numberFormats).toEqual([[null, null, "0.00"]]);
  });

  it("comments, processing instructions, CRLF and attributes in single quotes", async () => {
    const s = await handMade({
      sheets: [{ name: "S", body: `<!-- a comment --><?pi x?>\r\n<sheetData>\r\n<row r='1'>\r\n<c r='A1' t='inlineStr'><is><t>a\r\nb</t></is></c>\r\n<c r="B1"><!-- x --><v>2</v></c></row></sheetData>` }],
    });
    expect(s.sheets[0].values).toEqual([["a\nb", 2]]);
  });
});

describe("where ExcelJS's model differed from what Excel shows, the reader follows Excel (the three known differences)", () => {
  it("a cached 0 or FALSE is the formula's result; a hyperlink over a number is the number; a formula's text under a date format is text", async () => {
    const bytes = pkg({
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      sheets: [
        {
          name: "S",
          body:
            data(row(1, '<c r="A1"><f>[1]Sheet1!A1</f><v>0</v></c><c r="B1" t="b"><f>A1&gt;1</f><v>0</v></c><c r="C1"><v>12.5</v></c><c r="D1" s="1" t="str"><f>"待定"</f><v>待定</v></c>')) +
            '<hyperlinks><hyperlink ref="C1" r:id="rId1"/></hyperlinks>',
          rels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/x" TargetMode="External"/>',
        },
      ],
    });
    const now = await readWorkbook(bytes.slice(), "excel.xlsx");
    expect(now.sheets[0].values).toEqual([[0, false, 12.5, "待定"]]);
    // What the ExcelJS reader made of the same cells: the external link's 0 and the FALSE after it recomputed (unknown: blank), the link's
    // address for the number, NaN for the text.
    const old = await reference.readWorkbook(bytes.slice(), "excel.xlsx");
    expect(old.sheets[0].values).toEqual([[null, null, "https://example.org/x", NaN]]);
  });
});

describe("a package whose SpreadsheetML elements carry a prefix (<x:worksheet>, the Open XML SDK's default)", () => {
  const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const prefixed = () => {
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
    const rels = (items: string) => `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
    return makeZip([
      { name: "[Content_Types].xml", data: `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
      { name: "_rels/.rels", data: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>') },
      { name: "xl/workbook.xml", data: `${head}<x:workbook ${X}><x:sheets><x:sheet name="自评表" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>` },
      { name: "xl/_rels/workbook.xml.rels", data: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>') },
      { name: "xl/sharedStrings.xml", data: `${head}<x:sst ${X}><x:si><x:t>合计</x:t></x:si><x:si><x:r><x:t>产出</x:t></x:r><x:r><x:t>指标</x:t></x:r></x:si></x:sst>` },
      { name: "xl/styles.xml", data: `${head}<x:styleSheet ${X}><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="10"><x:alignment indent="1"/></x:xf></x:cellXfs></x:styleSheet>` },
      {
        name: "xl/worksheets/sheet1.xml",
        data: `${head}<x:worksheet ${X}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>0.5</x:v></x:c><x:c r="C1"><x:f>B1*2</x:f><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:C2"/></x:mergeCells></x:worksheet>`,
        deflate: true,
      },
    ]);
  };

  it("reads as the same package without the prefix does (Excel opens both); ExcelJS alone called it damaged", async () => {
    const snapshot = await readWorkbook(prefixed(), "sdk.xlsx");
    const s = snapshot.sheets[0];
    expect(s.name).toBe("自评表");
    expect(s.values).toEqual([
      ["合计", 0.5, 1],
      ["产出指标", null, null],
    ]);
    expect(s.formulas?.[0][2]).toBe("=B1*2");
    expect(s.numberFormats?.[0][1]).toBe("0.00%");
    expect(s.indents?.[0][1]).toBe(1);
    expect(s.merged).toEqual(["A2:C2"]);
  });

  it("a checked copy of it can be written (ExcelJS gets the parts without the prefix)", async () => {
    const bytes = prefixed();
    const snapshot = await readWorkbook(bytes, "sdk.xlsx");
    const copy = await writeCheckedCopy(bytes, planWrites(snapshot, validateWorkbook(snapshot)), "sdk.xlsx");
    expect((await readWorkbook(copy, "sdk.checked.xlsx")).sheets.find((x) => x.name === "自评表")!.values[0]).toEqual(["合计", 0.5, 1]);
  });
});

describe("a worksheet stored under a name other than sheetN.xml (ClosedXML and the Open XML SDK once wrote sheet.xml)", () => {
  const unusual = () => {
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
    const rels = (items: string) => `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
    const WS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    return makeZip([
      { name: "[Content_Types].xml", data: `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
      { name: "_rels/.rels", data: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>') },
      { name: "xl/workbook.xml", data: `${head}<workbook ${NS}><sheets><sheet name="第一张" sheetId="1" r:id="rId1"/><sheet name="第二张" sheetId="2" r:id="rId2"/></sheets></workbook>` },
      { name: "xl/_rels/workbook.xml.rels", data: rels(`<Relationship Id="rId1" Type="${WS}" Target="/xl/worksheets/sheet.xml"/><Relationship Id="rId2" Type="${WS}" Target="worksheets/sheet2.xml"/>`) },
      { name: "xl/worksheets/sheet.xml", data: `${head}<worksheet ${NS}>${data(row(1, textCell("A1", "合计") + numberCell("B1", 7)))}<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks></worksheet>`, deflate: true },
      { name: "xl/worksheets/_rels/sheet.xml.rels", data: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>') },
      { name: "xl/worksheets/sheet2.xml", data: `${head}<worksheet ${NS}>${data(row(1, numberCell("A1", 2)))}</worksheet>` },
    ]);
  };

  it("is read (Excel follows the relationships; ExcelJS's part-name pattern had left the first sheet out)", async () => {
    const snapshot = await readWorkbook(unusual(), "closedxml.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.values])).toEqual([
      ["第一张", [["合计", 7]]],
      ["第二张", [[2]]],
    ]);
  });

  it("its checked copy keeps both sheets", async () => {
    const bytes = unusual();
    const snapshot = await readWorkbook(bytes, "closedxml.xlsx");
    const copy = await writeCheckedCopy(bytes, planWrites(snapshot, validateWorkbook(snapshot)), "closedxml.xlsx");
    const again = await readWorkbook(copy, "closedxml.checked.xlsx");
    expect(again.sheets.filter((s) => s.name !== "校验结果" && s.visibility === "visible").map((s) => [s.name, s.values])).toEqual([
      ["第一张", [["合计", 7]]],
      ["第二张", [[2]]],
    ]);
  });
});
