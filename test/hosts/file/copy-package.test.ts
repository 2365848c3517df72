import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { clearWorkbook } from "../../../src/hosts/file/clear";
import { readWorkbook } from "../../../src/hosts/file/read";
import { writeCheckedCopy } from "../../../src/hosts/file/write";
import { makeXlsx, numberCell, textCell } from "./zip";

/**
 * Every part a written package names — in a relationships part or as a content-type override — is in the package:
 * Excel offers to "repair" a file whose relationships point at a missing part, and a reviewer then distrusts the
 * checked copy. ExcelJS names a theme in every copy's relationships and content types but writes the theme part only
 * when the workbook it loaded had one, and some exporters write no theme.
 */
async function missingParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const has = (name: string) => zip.file(name) !== null;
  const missing: string[] = [];
  for (const relsName of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
    const base = relsName.replace(/_rels\/[^/]*\.rels$/, "");
    const xml = await zip.file(relsName)!.async("string");
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])![1];
      const full = path.posix.normalize(target.startsWith("/") ? target.slice(1) : base + target);
      if (!has(full)) missing.push(`${relsName} → ${full}`);
    }
  }
  const types = await zip.file("[Content_Types].xml")!.async("string");
  for (const m of types.matchAll(/<Override\b[^>]*PartName="\/([^"]*)"/g)) if (!has(m[1])) missing.push(`[Content_Types].xml → ${m[1]}`);
  return missing;
}

async function checkedCopy(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const snapshot = await readWorkbook(bytes, name);
  const result = validateWorkbook(snapshot);
  return writeCheckedCopy(bytes, planWrites(snapshot, result), name);
}

describe("a written package names only parts it holds", () => {
  const themeless = makeXlsx([{ name: "表1", body: `<sheetData><row r="1">${textCell("A1", "合计")}${numberCell("B1", 3)}</row></sheetData>` }]);

  it("the input of this test has no theme (as some exporters write)", async () => {
    expect(Object.keys((await JSZip.loadAsync(themeless)).files).filter((n) => /theme/i.test(n))).toEqual([]);
  });

  it("the checked copy of a workbook without a theme", async () => {
    expect(await missingParts(await checkedCopy(themeless, "no-theme.xlsx"))).toEqual([]);
  });

  it("the cleared copy of a workbook without a theme", async () => {
    const checked = await checkedCopy(themeless, "no-theme.xlsx");
    expect(await missingParts((await clearWorkbook(checked, "no-theme.checked.xlsx")).bytes)).toEqual([]);
  });

  it("the checked copy of an example made by a spreadsheet program keeps its own theme", async () => {
    const file = path.join(__dirname, "../../../examples/seed002-self-evaluation.xlsx");
    const bytes = new Uint8Array(readFileSync(file));
    const theme = await (await JSZip.loadAsync(bytes)).file("xl/theme/theme1.xml")!.async("string");
    const copy = await checkedCopy(bytes, path.basename(file));
    expect(await missingParts(copy)).toEqual([]);
    expect(await (await JSZip.loadAsync(copy)).file("xl/theme/theme1.xml")!.async("string")).toBe(theme);
  });
});
