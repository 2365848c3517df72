import { cli } from "./run";

/** commander's own English words: none may show under the Chinese default. */
const COMMANDER_ENGLISH = /Usage:|Options:|Commands:|Arguments:|display help|output the version|\(choices:|default:|\[options\]|\[command\]/;

/** Terminal columns of a line (Chinese characters take two). */
function columns(line: string): number {
  return [...line].reduce((n, ch) => n + (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
}

describe("help in the user's language", () => {
  it.each([
    [["--help"]],
    [["validate", "--help"]],
    [["help", "validate"]],
    [["profile", "--help"]],
    [["profile", "embed", "--help"]],
    [["template", "--help"]],
    [["explain", "--help"]],
    [["verify", "--help"]],
  ])("%j: Chinese by default, no word of commander's English", async (argv) => {
    const run = await cli(argv);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^用法： budget-check/);
    expect(run.stdout).toContain("选项：");
    expect(run.stdout).toContain("显示帮助");
    expect(run.stdout).not.toMatch(COMMANDER_ENGLISH);
  });

  it("help validate succeeds whatever exit status the process already holds (commander's help() reads process.exitCode)", async () => {
    const before = process.exitCode;
    process.exitCode = 2;
    try {
      const run = await cli(["help", "validate"]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      expect(run.stdout).toMatch(/^用法： budget-check validate/);
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = before;
    }
  });

  it("validate --help: the words, the choices and default in Chinese, lines within 80 columns", async () => {
    const run = await cli(["validate", "--help"]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("用法： budget-check validate [选项] <files...>");
    expect(run.stdout).toContain("参数：\n  files                       要校验的 .xlsx 文件\n");
    expect(run.stdout).toContain("  --lang <lang>               语言：zh 或 en（可选：zh、en；默认：zh）\n");
    expect(run.stdout).toContain("  -h, --help                  显示帮助\n");
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(80);
  });

  it("every option and argument of explain is described (they were blank)", async () => {
    const run = await cli(["explain", "--help"]);
    expect(run.stdout).toContain("参数：\n  files                       要说明的 .xlsx 文件\n");
    expect(run.stdout).toMatch(/ {2}--profile <name\|file\.json> {2}评分规则：内置名称/);
    expect(run.stdout).toContain("  --lang <lang>               语言：zh 或 en（可选：zh、en；默认：zh）\n");
  });

  it("the program's help lists the commands with Chinese usages, the help command and the version option", async () => {
    const run = await cli(["--help"]);
    expect(run.stdout).toContain("  -V, --version               显示版本号\n");
    expect(run.stdout).toContain("命令：\n  validate [选项] <files...>  校验一个或多个 .xlsx 工作簿\n");
    expect(run.stdout).toContain("  help [命令]                 显示某个命令的帮助\n");
  });

  it("English with --lang en on the same line, or from the environment", async () => {
    const asked = await cli(["validate", "--help", "--lang", "en"]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: budget-check validate \[options\] <files\.\.\.>\n\ncheck one or more \.xlsx workbooks\n/);
    expect(asked.stdout).toContain("language: zh or en (choices: zh, en; default: en)");
    expect(asked.stdout).toContain("show help");
    expect(asked.stdout).not.toMatch(/[\u4e00-\u9fff]/);

    const env = await cli(["--help"], { LANG: "en_US.UTF-8" });
    expect(env.stdout).toContain("Commands:\n  validate [options] <files...>  check one or more .xlsx workbooks\n");
    expect(env.stdout).toContain("show the version number");
    expect(env.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("a bare command shows its help in Chinese, never commander's English", async () => {
    for (const argv of [[], ["profile"]]) {
      const run = await cli(argv);
      expect(run.stdout + run.stderr).toContain("用法：");
      expect(run.stdout + run.stderr).not.toMatch(COMMANDER_ENGLISH);
    }
  });
});
