import { mkdtempSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { bytesOf, encryptedXlsxLike, xlsLike } from "../hosts/file/workbooks";
import { cli, expectOneLineReason } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-bad-"));
function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function truncatedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (let r = 1; r <= 300; r++) ws.getRow(r).values = [r, `第${r}行`, r / 7];
  const full = await bytesOf(wb);
  return full.slice(0, Math.floor(full.length * 0.6));
}

describe("validate: input it cannot read exits 2 with a one-line localised reason", () => {
  const cases: [string, () => Promise<string>, RegExp, RegExp][] = [
    ["missing file", async () => path.join(dir, "无此文件.xlsx"), /找不到文件/, /File not found/],
    ["text file named .xlsx", async () => file("text.xlsx", "项目名称,金额\n科技创新,100\n"), /不是 Excel 工作簿/, /is not an Excel workbook/],
    ["corrupt zip", async () => file("corrupt.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(400, 1)])), /已损坏或不完整/, /damaged or incomplete/],
    ["truncated xlsx", async () => file("truncated.xlsx", await truncatedXlsx()), /已损坏或不完整/, /damaged or incomplete/],
    ["password-protected workbook", async () => file("locked.xlsx", encryptedXlsxLike()), /设有打开密码/, /password-protected/],
    [".xls file", async () => file("old.xls", xlsLike()), /Excel 97-2003（\.xls）/, /Excel 97-2003 \(\.xls\)/],
    [
      "empty workbook",
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Sheet1");
        return file("empty.xlsx", await bytesOf(wb));
      },
      /空工作簿/,
      /empty workbook/,
    ],
    [
      "workbook with no form",
      async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("通讯录");
        ws.addRow(["姓名", "电话"]);
        ws.addRow(["张三", "13800000000"]);
        return file("contacts.xlsx", await bytesOf(wb));
      },
      /没有识别到 budget-check 支持的表/,
      /holds no form budget-check recognises/,
    ],
  ];

  it.each(cases)("%s", async (_name, make, zh, en) => {
    const p = await make();
    const zhRun = await cli(["validate", p]);
    expect(zhRun.code).toBe(2);
    expect(zhRun.stderr).toMatch(zh);
    expectOneLineReason(zhRun.stderr);
    expect(zhRun.stdout).toBe("");

    const enRun = await cli(["validate", p, "--lang", "en"]);
    expect(enRun.code).toBe(2);
    expect(enRun.stderr).toMatch(en);
    expectOneLineReason(enRun.stderr);

    // English by default when the environment asks for it.
    const envRun = await cli(["validate", p], { LANG: "en_US.UTF-8" });
    expect(envRun.stderr).toMatch(en);
  });

  it("writes no checked copy for input it cannot read", async () => {
    const out = path.join(dir, "out-bad");
    const run = await cli(["validate", file("text2.xlsx", "not a workbook"), "--out", out]);
    expect(run.code).toBe(2);
    expect(() => readdirSync(out)).toThrow();
  });

  it("a usage error exits 2", async () => {
    const run = await cli(["validate", "x.xlsx", "--lang", "fr"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lang/);
  });

  it("an unknown built-in profile exits 2 with one line", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const run = await cli(["validate", file("p.xlsx", await bytesOf(wb)), "--profile", "beijing"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/未知的评分规则「beijing」.*shenzhen, central/);
    expectOneLineReason(run.stderr);
  });

  it("an invalid profile file exits 2 with one line naming the field", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const profile = file("bad-profile.json", JSON.stringify({ id: "x", name: { zh: "x", en: "x" } }));
    const run = await cli(["validate", file("p2.xlsx", await bytesOf(wb)), "--profile", profile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/评分规则文件 .*bad-profile\.json 格式不正确：grades/);
    expectOneLineReason(run.stderr);
  });
});

describe("the real command (spawned through tsx)", () => {
  const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
  const main = path.join(__dirname, "..", "..", "src", "cli", "main.ts");

  it("exits 2 with one line on stderr and no stack trace for a text file named .xlsx", () => {
    const p = file("spawned.xlsx", "hello\n");
    const r = spawnSync(tsx, [main, "validate", p], { encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8" } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLineReason(r.stderr);
    expect(r.stderr).toContain("spawned.xlsx 不是 Excel 工作簿（.xlsx）文件");
  });

  it("prints help and exits 0", () => {
    const r = spawnSync(tsx, [main, "validate", "--help"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--json/);
    expect(r.stdout).toMatch(/--out <dir>/);
    expect(r.stdout).toMatch(/--profile <name\|file.json>/);
  });
});
