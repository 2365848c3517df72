import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bytesOf } from "../hosts/file/workbooks";
import { cli, expectOneLineReason } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-usage-"));

async function anyWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = 1;
  const p = path.join(dir, "w.xlsx");
  writeFileSync(p, await bytesOf(wb));
  return p;
}

describe("usage errors are one localised line (commander's English never shows)", () => {
  const cases: [string, string[], string, string][] = [
    ["an invalid --lang", ["validate", "x.xlsx", "--lang", "xx"], "选项 --lang 的值「xx」无效，可选的值：zh, en", "Option --lang: “xx” is not a valid value; choose one of zh, en"],
    ["an unknown option", ["validate", "x.xlsx", "--frobnicate"], "未知的选项 --frobnicate（用 --help 查看可用的选项）", "Unknown option --frobnicate (see --help for the options)"],
    ["no file", ["validate"], "缺少参数 <files>（用 --help 查看用法）", "Missing argument <files> (see --help)"],
    ["--out without a value", ["validate", "x.xlsx", "--out"], "选项 --out 后面缺少取值", "Option --out needs a value"],
    ["an unknown command", ["chek", "x.xlsx"], "未知的命令「chek」（用 --help 查看可用的命令）", "Unknown command “chek” (see --help for the commands)"],
  ];
  it.each(cases)("%s", async (_name, argv, zh, en) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${zh}\n`);
    expect(run.stdout).toBe("");
    // English from the environment, or from a valid --lang on the same line.
    expect((await cli(argv, { LANG: "en_US.UTF-8" })).stderr).toBe(`${en}\n`);
    if (!argv.includes("--lang")) expect((await cli([argv[0], "--lang=en", ...argv.slice(1)])).stderr).toBe(`${en}\n`);
  });
});

describe("--profile: names that are not profiles", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("%s is an unknown profile, not an internal error", async (name) => {
    const run = await cli(["validate", await anyWorkbook(), "--profile", name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`未知的评分规则「${name}」：内置规则有 shenzhen, central，也可以给出 .json 文件路径\n`);
  });

  it.each([
    ["brackets nested 30,000 deep", "(".repeat(30_000) + "1" + ")".repeat(30_000), /公式过长（超过 2000 个符号）/],
    ["signs nested 150 deep", `${"- ".repeat(150)}1`, /括号或正负号嵌套超过 100 层/],
    ["brackets nested 150 deep", "(".repeat(150) + "1" + ")".repeat(150), /括号或正负号嵌套超过 100 层/],
  ])("a formula with %s gets a localised reason", async (_name, formula, reason) => {
    const profile = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "src", "engine", "profile", "builtin", "shenzhen.json"), "utf8"));
    profile.departmentRubric.rates[0].formula = formula;
    const file = path.join(dir, "deep.json");
    writeFileSync(file, JSON.stringify(profile));
    const run = await cli(["validate", await anyWorkbook(), "--profile", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^评分规则文件 .*deep\.json 格式不正确：departmentRubric\.rates\[0\]\.formula: 公式「/);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/内部错误|RangeError|stack/);
    expect(run.stderr.length).toBeLessThan(400);
    expectOneLineReason(run.stderr);
  });
});
