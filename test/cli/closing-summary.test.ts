import path from "node:path";
import { cli } from "./run";

const example = (name: string) => path.join(__dirname, "..", "..", "examples", name);

describe("validate: the counts at the end of a long run", () => {
  it("closes a run over several files with the totals of every file's own summary line", async () => {
    const files = [example("seed002-self-evaluation.xlsx"), example("seed004-department-evaluation.xlsx")];
    const r = await cli(["validate", ...files]);
    expect(r.code).toBe(1);
    const perFile = [...r.stdout.matchAll(/^错误 (\d+) 项，警告 (\d+) 项，提示 (\d+) 项$/gm)].map((m) => m.slice(1).map(Number));
    expect(perFile).toHaveLength(2);
    const total = perFile.reduce((a, b) => a.map((x, i) => x + b[i]));
    const forms = [...r.stdout.matchAll(/^识别到 (\d+) 张表：$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    const last = r.stdout.trimEnd().split("\n").pop();
    expect(last).toBe(`合计：2 个文件，识别到 ${forms} 张表；错误 ${total[0]} 项，警告 ${total[1]} 项，提示 ${total[2]} 项`);
  });

  it("counts a file that could not be checked, in English too", async () => {
    const r = await cli(["validate", example("seed004-department-evaluation.xlsx"), path.join(__dirname, "no-such-file.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/^In all: 2 file\(s\), 1 form\(s\) found; 2 errors, 0 warnings, 0 notes; 1 file\(s\) could not be checked \(reasons above\)$/);
  });

  it("says that --overwrite without --out changes nothing, and still checks", async () => {
    const r = await cli(["validate", example("seed004-department-evaluation.xlsx"), "--overwrite"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--overwrite 只在用 --out 写校验副本时起作用；本次没有写入任何文件，已填得分未替换");
    expect(r.stdout).toContain("错误 2 项，警告 0 项，提示 0 项");
  });

  it("prints no closing line for one short report, and none into --json", async () => {
    const one = await cli(["validate", example("seed004-department-evaluation.xlsx")]);
    expect(one.stdout).not.toContain("合计：");
    const json = await cli(["validate", example("seed002-self-evaluation.xlsx"), example("seed004-department-evaluation.xlsx"), "--json"]);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });
});
