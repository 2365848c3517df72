import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import shenzhenJson from "../../../src/engine/profile/builtin/shenzhen.json";
import { embeddedProfile } from "../../../src/engine/profile/embedded";
import { readWorkbook } from "../../../src/hosts/file";
import { example } from "../../../scripts/examples/seed004";
import { cli } from "../../cli/run";

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "bc-profile-"));
  workbook = path.join(dir, "template.xlsx");
  await (await example.build()).xlsx.writeFile(workbook);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("budget-check profile embed / show / check", () => {
  it("writes a copy carrying the profile and leaves the input untouched", async () => {
    const before = await readFile(workbook);
    const profile = path.join(dir, "dept.json");
    await writeFile(profile, JSON.stringify({ ...shenzhenJson, id: "dept-2020" }));
    const out = path.join(dir, "out");
    const run = await cli(["profile", "embed", workbook, profile, "--out", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`已将评分规则「深圳市财政绩效评价（默认）」（dept-2020）写入 ${path.join(out, "template.xlsx")}\n`);
    expect(await readFile(workbook)).toEqual(before);
    const copy = await readWorkbook(await readFile(path.join(out, "template.xlsx")), "template.xlsx");
    expect(embeddedProfile(copy)?.id).toBe("dept-2020");

    const shown = await cli(["profile", "show", path.join(out, "template.xlsx")]);
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { id: string }).id).toBe("dept-2020");
  });

  it("validate without --profile scores a template by the profile it carries; --profile still wins", async () => {
    const profile = path.join(dir, "bands.json");
    // A department's own bands: 97.95 is 良 under them, where the default says 优.
    const bands = [{ min: 98, grade: "优" }, { min: 80, grade: "良" }, { min: 60, grade: "中" }, { min: 0, grade: "差" }];
    await writeFile(profile, JSON.stringify({ ...shenzhenJson, id: "dept-bands", name: { zh: "某局评分规则", en: "A bureau's rules" }, grades: bands }));
    const out = path.join(dir, "bands-out");
    expect((await cli(["profile", "embed", workbook, profile, "--out", out])).code).toBe(0);
    const template = path.join(out, "template.xlsx");

    const embedded = await cli(["validate", template, "--json"]);
    const report = JSON.parse(embedded.stdout);
    expect([report.profile, report.forms[0].score.computed, report.forms[0].score.grade]).toEqual(["dept-bands", 97.95, "良"]);
    expect((await cli(["validate", template])).stdout).toContain("某局评分规则");

    const explicit = JSON.parse((await cli(["validate", template, "--json", "--profile", "shenzhen"])).stdout);
    expect([explicit.profile, explicit.forms[0].score.grade]).toEqual(["shenzhen", "优"]);
  });

  it("refuses an invalid profile with every problem and its path, exit 2, nothing written", async () => {
    const profile = path.join(dir, "bad.json");
    const bad = JSON.parse(JSON.stringify(shenzhenJson)) as typeof shenzhenJson;
    bad.departmentRubric.rates[1].formula = "在编人数 ÷";
    bad.grades = [];
    await writeFile(profile, JSON.stringify(bad));
    const out = path.join(dir, "never");
    const run = await cli(["profile", "embed", workbook, profile, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        `The scoring rules ${profile} are not valid:`,
        "  grades: Too small: expected array to have >=1 items",
        "  departmentRubric.rates[1].formula: formula “在编人数 ÷” is wrong at character 7 (the formula is incomplete)",
        "",
      ].join("\n"),
    );
    await expect(readFile(path.join(out, "template.xlsx"))).rejects.toThrow();
  });

  it("validate --profile gives zod's messages, localised, with paths, on one line", async () => {
    const profile = path.join(dir, "bad2.json");
    await writeFile(profile, JSON.stringify({ ...shenzhenJson, negativeIndicator: "steep", tolerance: -1 }));
    const run = await cli(["validate", workbook, "--profile", profile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `评分规则文件 ${profile} 格式不正确：negativeIndicator: 无效选项：期望以下之一 "ratio"|"linear"；tolerance: 数值过小：期望 number >=0\n`,
    );
  });

  it("check says whether a profile is valid; show says when a workbook carries none", async () => {
    expect(await cli(["profile", "check", "central"])).toMatchObject({ code: 0, stdout: "评分规则「中央部门项目支出绩效自评（2020 年通行做法）」（central）有效\n" });
    expect(await cli(["profile", "show", workbook])).toMatchObject({ code: 1, stderr: `${workbook} 中没有内嵌评分规则\n` });
  });
});
