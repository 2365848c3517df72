import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bytesOf } from "../hosts/file/workbooks";
import { makeZip } from "../hosts/file/zip";
import { useFixtureForm } from "./fixture-form";
import { cli, expectOneLineReason } from "./run";

useFixtureForm();

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-formats-"));
function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe("other office formats are named, not called damaged", () => {
  it.each([
    ["a.ods", [{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }, { name: "content.xml", data: "<x/>" }], "a.ods 是 OpenDocument 电子表格（.ods），不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中另存为 .xlsx 后再校验", "a.ods is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)"],
    ["b.xlsb", [{ name: "[Content_Types].xml", data: "<x/>" }, { name: "xl/workbook.bin", data: "x" }], "b.xlsb 是 Excel 二进制工作簿（.xlsb），不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中另存为 .xlsx 后再校验", "b.xlsb is an Excel binary workbook (.xlsb)"],
    ["c.xlsx", [{ name: "[Content_Types].xml", data: "<x/>" }, { name: "word/document.xml", data: "<x/>" }], "c.xlsx 是 Word 文档（.docx），不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中另存为 .xlsx 后再校验", "c.xlsx is a Word document (.docx)"],
  ])("%s", async (name, entries, zh, en) => {
    const p = file(name, makeZip(entries));
    const run = await cli(["validate", p]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${zh}\n`);
    const enRun = await cli(["validate", p, "--lang", "en"]);
    expect(enRun.stderr).toContain(en);
    expectOneLineReason(enRun.stderr);
  });
});

describe("no library text in reasons", () => {
  it("a damaged zip says what kind of damage, in the user's language", async () => {
    const p = file("damaged.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(400, 1)]));
    const run = await cli(["validate", p]);
    expect(run.stderr).toBe("damaged.xlsx 已损坏或不完整，无法作为 .xlsx 打开（压缩包结构损坏或被截断）\n");
    const en = await cli(["validate", p, "--lang", "en"]);
    expect(en.stderr).toBe("damaged.xlsx is damaged or incomplete and cannot be opened as .xlsx (the zip container is damaged or cut short)\n");
  });
});

describe("--json lists every file, a failed one with its reason", () => {
  it("an unreadable file and a file without a form have their entries, in order", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    ws.getColumn(1).values = ["FIXTURE-FORM", "a", "b", "合计", "得分"];
    ws.getColumn(2).values = ["标题", 40, 45.5, 85.5];
    const good = file("good.xlsx", await bytesOf(wb));
    const none = new ExcelJS.Workbook();
    none.addWorksheet("通讯录").getCell("A1").value = "姓名";
    const noForm = file("noform.xlsx", await bytesOf(none));
    const missing = path.join(dir, "missing.xlsx");
    const run = await cli(["validate", good, missing, noForm, "--json"]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { files: { file: string; forms: unknown[]; error?: { reason: string; message: string } }[] };
    expect(doc.files.map((f) => [f.file, f.error?.reason ?? null])).toEqual([
      ["good.xlsx", null],
      ["missing.xlsx", "not-found"],
      ["noform.xlsx", "no-form"],
    ]);
    expect(doc.files[1]).toMatchObject({ forms: [], findings: [], summary: { errors: 0, warnings: 0, info: 0 }, error: { message: `找不到文件：${missing}` } });
  });
});
