import { readFileSync } from "node:fs";
import path from "node:path";
import { cli } from "../cli/run";

/** The README's demo table says what `npm run demo` prints; a reader compares the two, so they must agree. */
const root = path.join(__dirname, "..", "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const files = ["seed000-goal-table.xlsx", "seed001-department-budget.xlsx", "seed002-self-evaluation.xlsx", "seed003-goal-table.xlsx", "seed004-department-evaluation.xlsx"];

describe("README's demo table", () => {
  let stdout = "";
  beforeAll(async () => {
    stdout = (await cli(["validate", ...files.map((f) => path.join(root, "examples", f))])).stdout;
  }, 120_000);

  it.each(files)("%s: the counts the README promises are the ones printed", (file) => {
    const row = readme.split("\n").find((l) => l.startsWith(`| \`${file}\``));
    expect(row).toBeDefined();
    const section = stdout.split(/\n(?=seed\d{3}-)/).find((s) => s.startsWith(file))!;
    const printed = /^错误 (\d+) 项，警告 (\d+) 项，提示 (\d+) 项$/m.exec(section)!;
    const promised = /错误 (\d+) 项，警告 (\d+) 项/.exec(row!)!;
    expect([promised[1], promised[2]]).toEqual([printed[1], printed[2]]);
    for (const score of row!.match(/\d+\.\d\d(?=[、（；]| )/g) ?? []) expect(section).toContain(score);
  });

  it("prints the closing line the README quotes", () => {
    const quoted = /`(合计：[^`]+)`/.exec(readme)![1];
    expect(stdout.trimEnd().split("\n").pop()).toBe(quoted);
  });
});
