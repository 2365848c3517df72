/**
 * Issue 11, point 1: manifest.xml, the code and the README say the same about which Excel works. The manifest
 * asks for ExcelApi 1.1 so that every Excel that runs add-ins lists this one; the pane's Excel mode needs 1.8 and
 * detects everything newer at run time; the README states exactly that.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FILL_COLORS, type WritePlan } from "../../src/engine/write-plan";
import { applyWritePlan } from "../../src/hosts/excel/apply-plan";
import { clearHighlights } from "../../src/hosts/excel/clear-highlights";
import { readSnapshot } from "../../src/hosts/excel/read-snapshot";
import { EXCEL_MODE_API, MANIFEST_EXCEL_API, capabilities, excelModeSupported } from "../../src/hosts/excel/requirements";
import { FakeExcel, getCell, newSheet, newWorkbook, putCell } from "../hosts/excel/fake-excel";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

const supports = (have: string) => ({ isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= Number(have.split(".")[1]) });

describe("supported Excel versions: manifest, code and README agree (point 1)", () => {
  it("the manifest asks for exactly the ExcelApi set the code declares, and nothing else", () => {
    const sets = [...MANIFEST.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(sets).toEqual([["ExcelApi", MANIFEST_EXCEL_API]]);
    // Excel 2016 volume-licensed has only ExcelApi 1.1: the add-in must still be listed there.
    expect(MANIFEST_EXCEL_API).toBe("1.1");
  });

  it("Excel mode needs ExcelApi 1.8 (Office 2019 volume-licensed has 1.1–1.8); below it the pane uses file mode", () => {
    expect(EXCEL_MODE_API).toBe("1.8");
    expect(excelModeSupported(supports("1.8"))).toBe(true);
    expect(excelModeSupported(supports("1.7"))).toBe(false);
    expect(capabilities(supports("1.8"))).toEqual({
      rangeAreas: false,
      fillDetails: false,
      specialCells: false,
      mergedAreas: false,
      cellProperties: false,
      notes: false,
      comments: false,
    });
  });

  it("the README states the same versions and platforms", () => {
    const section = README.slice(README.indexOf("### 支持的 Excel 版本"));
    expect(section).toContain(`ExcelApi ${MANIFEST_EXCEL_API}`);
    expect(section).toContain(`ExcelApi ${EXCEL_MODE_API}`);
    for (const words of ["Excel 2016", "Excel 2019", "Excel 2021", "Microsoft 365", "Excel 网页版", "Mac", "WebView2", "Internet Explorer 11"]) expect(section).toContain(words);
    expect(README).not.toMatch(/manifest requires ExcelApi 1\.9/);
  });

  it("on Office 2019 (ExcelApi 1.8) a whole check, write and clear works: one range per cell, colour only", async () => {
    const a = newSheet("自评表");
    putCell(a, "A1", { value: "项目名称" });
    putCell(a, "B2", { value: 10, fill: { color: "#FFFF00", pattern: "Solid", patternColor: null } });
    putCell(a, "B3", { value: 20 });
    const state = newWorkbook("2019.xlsx", [a]);
    const excel = new FakeExcel(state, { excelApi: "1.8", strict: true });
    const snap = await readSnapshot(excel.env());
    expect(snap.sheets[0].values[1][1]).toBe(10);
    const plan: WritePlan = {
      values: [{ sheet: "自评表", cell: "C2", value: 9.5 }],
      fills: [{ sheet: "自评表", color: FILL_COLORS.error, cells: ["B2", "B3"] }],
      notes: [{ sheet: "自评表", cell: "B2", text: "x" }],
      results: { sheetName: "校验结果", rows: [{ values: ["t"], style: "title" }], columnWidths: [6] },
    };
    const out = await applyWritePlan(excel.env(), plan);
    expect(out.notes).toBe("results-sheet");
    expect(getCell(a, "B3")?.fill?.color).toBe(FILL_COLORS.error);
    await clearHighlights(excel.env());
    expect(getCell(a, "B2")?.fill).toEqual({ color: "#FFFF00", pattern: "Solid", patternColor: null });
    expect(getCell(a, "B3")?.fill ?? null).toBeNull();
    expect(getCell(a, "C2")?.value ?? null).toBeNull();
  });
});
