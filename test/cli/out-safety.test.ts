import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bytesOf, reload, sha256 } from "../hosts/file/workbooks";
import { useFixtureForm } from "./fixture-form";
import { cli, expectOneLineReason } from "./run";

useFixtureForm();

const root = mkdtempSync(path.join(tmpdir(), "budget-check-out-"));

/** A workbook with one fixture form whose entered total is `total` (a = 40, b = 45.5). */
async function workbook(file: string, total: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.getColumn(1).values = ["FIXTURE-FORM", "a", "b", "合计", "得分"];
  ws.getColumn(2).values = ["标题", 40, 45.5, total];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await bytesOf(wb));
  return file;
}

async function totalIn(file: string): Promise<unknown> {
  return (await reload(new Uint8Array(readFileSync(file)))).getWorksheet("自评表")!.getCell("B4").value;
}

describe("validate --out: a copy never lands on an input of the same run", () => {
  it.each([
    ["input first, then its copy", (a: string, c: string) => [a, c]],
    ["the copy first, then the input", (a: string, c: string) => [c, a]],
  ])("%s: stops before reading or writing anything, with a one-line reason", async (_name, order) => {
    const x = path.join(root, `x-${order.length}-${Math.random().toString(36).slice(2)}`);
    const a = await workbook(path.join(x, "a.xlsx"), 86);
    const c = await workbook(path.join(x, "a.checked.xlsx"), 85.5);
    const before = [sha256(readFileSync(a)), sha256(readFileSync(c))];
    const run = await cli(["validate", ...order(a, c), "--out", x]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`校验副本 ${path.join(x, "a.checked.xlsx")} 会覆盖本次要校验的文件 ${c}，未读取也未写入任何文件；请用 --out 指定另一个目录\n`);
    expect([sha256(readFileSync(a)), sha256(readFileSync(c))]).toEqual(before);
    expect(readdirSync(x).sort()).toEqual(["a.checked.xlsx", "a.xlsx"]);

    const en = await cli(["validate", ...order(a, c), "--out", x, "--lang", "en"]);
    expect(en.stderr).toMatch(/^The checked copy .* would overwrite .*a\.checked\.xlsx, which this run checks; nothing was read or written/);
    expectOneLineReason(en.stderr);
  });

  it("sees through a different spelling of the same path", async () => {
    const x = path.join(root, "spelling");
    const a = await workbook(path.join(x, "a.xlsx"), 86);
    const c = await workbook(path.join(x, "a.checked.xlsx"), 85.5);
    const run = await cli(["validate", a, path.join(x, ".", "sub", "..", "a.checked.xlsx"), "--out", path.join(x, "..", "spelling")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/会覆盖本次要校验的文件/);
    expect(await totalIn(c)).toBe(85.5);
  });
});

describe("validate --out: two inputs with the same copy name each get their own copy", () => {
  it("same name from two folders: the second copy is <name>(2).checked.xlsx, and the run says so", async () => {
    const base = path.join(root, "two-folders");
    const one = await workbook(path.join(base, "一处", "自评.xlsx"), 86);
    const two = await workbook(path.join(base, "二处", "自评.xlsx"), 85.5);
    const out = path.join(base, "out");
    const run = await cli(["validate", one, two, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`校验副本已写入：${path.join(out, "自评.checked.xlsx")}\n`);
    expect(run.stdout).toContain(`校验副本已写入：${path.join(out, "自评(2).checked.xlsx")}（另一个输入文件的校验副本已使用 自评.checked.xlsx，故改用此名）\n`);
    expect(readdirSync(out).sort()).toEqual(["自评(2).checked.xlsx", "自评.checked.xlsx"]);
    // Each copy holds its own input's content.
    expect(await totalIn(path.join(out, "自评.checked.xlsx"))).toBe(86);
    expect(await totalIn(path.join(out, "自评(2).checked.xlsx"))).toBe(85.5);
  });

  it("x.xlsx and x.xlsm; --json names each copy in checkedCopy", async () => {
    const base = path.join(root, "xlsm");
    const xlsx = await workbook(path.join(base, "x.xlsx"), 86);
    const xlsm = await workbook(path.join(base, "x.xlsm"), 85.5);
    const out = path.join(base, "out");
    const run = await cli(["validate", xlsx, xlsm, "--out", out, "--json"]);
    const doc = JSON.parse(run.stdout) as { files: { file: string; checkedCopy?: string }[] };
    expect(doc.files.map((f) => [f.file, f.checkedCopy])).toEqual([
      ["x.xlsx", path.join(out, "x.checked.xlsx")],
      ["x.xlsm", path.join(out, "x(2).checked.xlsx")],
    ]);
    expect(await totalIn(path.join(out, "x.checked.xlsx"))).toBe(86);
    expect(await totalIn(path.join(out, "x(2).checked.xlsx"))).toBe(85.5);
  });

  it("a renamed copy never takes the name of a third input's copy", async () => {
    const base = path.join(root, "three");
    const a = await workbook(path.join(base, "p", "a.xlsx"), 86);
    const b = await workbook(path.join(base, "q", "a.xlsx"), 85.5);
    const c = await workbook(path.join(base, "q", "a(2).xlsx"), 80);
    const out = path.join(base, "out");
    await cli(["validate", a, b, c, "--out", out]);
    expect(readdirSync(out).sort()).toEqual(["a(2)(2).checked.xlsx", "a(2).checked.xlsx", "a.checked.xlsx"].sort());
    expect(await totalIn(path.join(out, "a(2).checked.xlsx"))).toBe(85.5);
    expect(await totalIn(path.join(out, "a(2)(2).checked.xlsx"))).toBe(80);
  });
});

describe("validate --out: an unusable directory gets a one-line reason at once", () => {
  it("a path under /proc (where Node's recursive mkdir spins forever)", async () => {
    const file = await workbook(path.join(root, "proc", "a.xlsx"), 86);
    const started = Date.now();
    const run = await cli(["validate", file, "--out", "/proc/nope/deeper"]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("--out /proc/nope/deeper 不能用作输出目录：路径不存在，且无法在此处创建\n");
  });

  it("a file where the directory should be", async () => {
    const file = await workbook(path.join(root, "notdir", "a.xlsx"), 86);
    const run = await cli(["validate", file, "--out", path.join(file, "sub"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`--out ${path.join(file, "sub")} cannot be used as the output directory: ${file} is not a directory\n`);
    expect(existsSync(path.join(file, "sub"))).toBe(false);
  });

  it("creates missing parents", async () => {
    const file = await workbook(path.join(root, "deep", "a.xlsx"), 86);
    const out = path.join(root, "deep", "x", "y", "z");
    const run = await cli(["validate", file, "--out", out]);
    expect(run.code).toBe(1);
    expect(readdirSync(out)).toEqual(["a.checked.xlsx"]);
  });
});
