import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/hosts/file/read";
import { WorkbookReadError } from "../../../src/hosts/file/errors";
import { WorkbookSnapshotSchema, type SheetSnapshot, type CellValue } from "../../../src/engine/snapshot";
import { parseCell } from "../../../src/engine/address";
import { bytesOf, encryptedXlsxLike, xlsLike } from "./workbooks";

function at(sheet: SheetSnapshot, a1: string): CellValue {
  const { row, col } = parseCell(a1);
  return sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}
function formulaAt(sheet: SheetSnapshot, a1: string): string | null {
  const { row, col } = parseCell(a1);
  return sheet.formulas?.[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

async function readBack(build: (wb: ExcelJS.Workbook) => void | Promise<void>) {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const snapshot = await readWorkbook(await bytesOf(wb), "test.xlsx");
  // Whatever the reader returns must be a valid snapshot: the engine relies on the schema.
  expect(WorkbookSnapshotSchema.safeParse(snapshot).success).toBe(true);
  return snapshot;
}

describe("readWorkbook: cell values", () => {
  it("keeps the used range's origin and plain values", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("表1");
      ws.getCell("C3").value = "项目名称";
      ws.getCell("D4").value = 4458587;
      ws.getCell("E5").value = true;
    });
    const sheet = s.sheets[0];
    expect(sheet.origin).toEqual({ row: 2, col: 2 });
    expect(sheet.values).toEqual([
      ["项目名称", null, null],
      [null, 4458587, null],
      [null, null, true],
    ]);
  });

  it("turns rich text and hyperlinks into their plain text", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "产出指标", font: { bold: true } }, { text: "（50分）" }] };
      ws.getCell("A2").value = { text: "政策文件", hyperlink: "https://example.org/a" };
    });
    expect(at(s.sheets[0], "A1")).toBe("产出指标（50分）");
    expect(at(s.sheets[0], "A2")).toBe("政策文件");
  });

  it("keeps error cells as their error text", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("A2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    });
    expect(at(s.sheets[0], "A1")).toBe("#REF!");
    expect(at(s.sheets[0], "A2")).toBe("#DIV/0!");
  });

  it("keeps dates as Excel serial numbers with their format, as Office.js reports them", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect(at(s.sheets[0], "A1")).toBe(44561);
    expect(s.sheets[0].numberFormats?.[0][0]).toBe("yyyy-mm-dd");
  });

  it("reads number formats (General as null) and indents", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 0.9962;
      ws.getCell("A1").numFmt = "0.00%";
      ws.getCell("A2").value = "基本工资";
      ws.getCell("A2").alignment = { indent: 2 };
      ws.getCell("A3").value = 1;
    });
    const sheet = s.sheets[0];
    expect(sheet.numberFormats).toEqual([["0.00%"], [null], [null]]);
    expect(sheet.indents).toEqual([[0], [2], [0]]);
  });
});

describe("readWorkbook: merged cells", () => {
  it("lists merged areas and shows only the top-left cell's value, as Excel does", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.mergeCells("A1:C1");
      ws.getCell("A1").value = "项目支出绩效自评表";
      ws.mergeCells("A2:A4");
      ws.getCell("A2").value = "产出指标";
      ws.getCell("B2").value = 1;
    });
    const sheet = s.sheets[0];
    expect(sheet.merged.sort()).toEqual(["A1:C1", "A2:A4"]);
    expect(at(sheet, "A1")).toBe("项目支出绩效自评表");
    expect(at(sheet, "B1")).toBeNull();
    expect(at(sheet, "C1")).toBeNull();
    expect(at(sheet, "A3")).toBeNull();
    // The used range covers the whole merged area even where only its first cell holds text.
    expect(sheet.values.length).toBe(4);
    expect(sheet.values[0].length).toBe(3);
  });
});

describe("readWorkbook: formulas", () => {
  it("keeps formula text and the cached result when the file has one", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 2;
      ws.getCell("A2").value = 3;
      // A cached result that differs from what the formula gives: the reader must report what the file shows.
      ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 6 } as ExcelJS.CellFormulaValue;
    });
    expect(at(s.sheets[0], "A3")).toBe(6);
    expect(formulaAt(s.sheets[0], "A3")).toBe("=SUM(A1:A2)");
    expect(formulaAt(s.sheets[0], "A1")).toBeNull();
  });

  it("evaluates a formula written without a result (a file never opened in Excel)", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("自评表");
      ws.getCell("C5").value = 4458587;
      ws.getCell("C6").value = 2361044;
      ws.getCell("C7").value = { formula: "SUM(C5:C6)" } as ExcelJS.CellFormulaValue;
      ws.getCell("D7").value = { formula: "ROUND(C6/C7*10,2)" } as ExcelJS.CellFormulaValue;
      ws.getCell("E7").value = "001";
      ws.getCell("F7").value = { formula: "LEN(E7)" } as ExcelJS.CellFormulaValue;
      const other = wb.addWorksheet("汇总 表");
      other.getCell("A1").value = { formula: "'自评表'!C7*2" } as ExcelJS.CellFormulaValue;
    });
    expect(at(s.sheets[0], "C7")).toBe(6819631);
    expect(at(s.sheets[0], "D7")).toBe(3.46);
    // Text stays text inside the evaluator: "001" has three characters, it is not the number 1.
    expect(at(s.sheets[0], "F7")).toBe(3);
    expect(at(s.sheets[1], "A1")).toBe(13639262);
  });

  it("evaluates shared formulas written without results, translated to each cell", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("B1").value = 10;
      ws.getCell("A2").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { sharedFormula: "A2" } as ExcelJS.CellSharedFormulaValue;
    });
    expect(formulaAt(s.sheets[0], "B2")).toBe("=B1*2");
    expect(at(s.sheets[0], "A2")).toBe(2);
    expect(at(s.sheets[0], "B2")).toBe(20);
  });

  it("gives an uncached formula's Excel error, but no value for a function it cannot evaluate", async () => {
    const s = await readBack((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "1/0" } as ExcelJS.CellFormulaValue;
      ws.getCell("A2").value = { formula: "NOSUCHFUNCTION(1)" } as ExcelJS.CellFormulaValue;
    });
    expect(at(s.sheets[0], "A1")).toBe("#DIV/0!");
    expect(at(s.sheets[0], "A2")).toBeNull();
  });
});

describe("readWorkbook: sheets", () => {
  it("reads visibility and protection of every sheet", async () => {
    const s = await readBack(async (wb) => {
      wb.addWorksheet("shown").getCell("A1").value = 1;
      wb.addWorksheet("hidden", { state: "hidden" }).getCell("A1").value = 2;
      wb.addWorksheet("very", { state: "veryHidden" }).getCell("A1").value = 3;
      const p = wb.addWorksheet("protected");
      p.getCell("A1").value = 4;
      await p.protect("", {});
    });
    expect(s.sheets.map((x) => [x.name, x.visibility, x.protected])).toEqual([
      ["shown", "visible", false],
      ["hidden", "hidden", false],
      ["very", "veryHidden", false],
      ["protected", "visible", true],
    ]);
  });

  it("keeps an empty sheet among filled ones as an empty grid", async () => {
    const s = await readBack((wb) => {
      wb.addWorksheet("空");
      wb.addWorksheet("有").getCell("B2").value = "x";
    });
    expect(s.sheets[0].values).toEqual([]);
    expect(at(s.sheets[1], "B2")).toBe("x");
  });
});

describe("readWorkbook: input it cannot read", () => {
  async function reason(bytes: Uint8Array): Promise<string> {
    try {
      await readWorkbook(bytes, "bad.xlsx");
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookReadError);
      const err = e as WorkbookReadError;
      expect(err.localized("zh")).not.toMatch(/\n/);
      expect(err.localized("en")).not.toMatch(/\n/);
      return err.reason;
    }
    throw new Error("expected a WorkbookReadError");
  }
  async function realXlsx(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 200; r++) ws.getRow(r).values = [r, `第${r}行`, r * 1.5];
    return bytesOf(wb);
  }

  it("a text file named .xlsx: not-xlsx", async () => {
    expect(await reason(new TextEncoder().encode("项目名称,金额\n科技创新,100\n"))).toBe("not-xlsx");
  });
  it("a zero-byte file: not-xlsx", async () => {
    expect(await reason(new Uint8Array(0))).toBe("not-xlsx");
  });
  it("a zip signature followed by garbage: corrupt", async () => {
    const bytes = new Uint8Array(300).fill(7);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await reason(bytes)).toBe("corrupt");
  });
  it("a truncated .xlsx: corrupt", async () => {
    const full = await realXlsx();
    expect(await reason(full.slice(0, Math.floor(full.length / 2)))).toBe("corrupt");
  });
  it("an .xls (OLE2 compound file): xls", async () => {
    expect(await reason(xlsLike())).toBe("xls");
  });
  it("a password-protected .xlsx (OLE2 with EncryptedPackage): encrypted", async () => {
    expect(await reason(encryptedXlsxLike())).toBe("encrypted");
  });
  it("a workbook whose sheets hold no cell: empty", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    wb.addWorksheet("Sheet2");
    expect(await reason(await bytesOf(wb))).toBe("empty");
  });
  it("a zip with no worksheets: corrupt", async () => {
    const wb = new ExcelJS.Workbook();
    expect(await reason(await bytesOf(wb))).toBe("corrupt");
  });
  it("names the file and the reason in both languages", () => {
    const e = new WorkbookReadError("xls", { file: "预算.xls" });
    expect(e.localized("zh")).toBe("预算.xls 是旧版 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 后再校验");
    expect(e.localized("en")).toContain("Excel 97-2003 (.xls)");
  });
});
