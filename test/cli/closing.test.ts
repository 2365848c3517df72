/**
 * The end of a long run (issue 12): a workbook of many forms ends with its counts again, several workbooks end with
 * the counts in all (files that could not be checked named), and --overwrite without --out is said, not ignored.
 */
import path from "node:path";
import { runClosing, workbookClosing } from "../../src/cli/closing";
import { cli } from "./run";

const EXAMPLES = path.join(__dirname, "../../examples");
const ex = (name: string) => path.join(EXAMPLES, name);

test("a workbook of many forms ends with its counts again", async () => {
  const run = await cli(["validate", ex("seed001-department-budget.xlsx")]);
  const lines = run.stdout.trimEnd().split("\n");
  expect(lines.at(-1)).toMatch(/^合计（seed001-department-budget\.xlsx，\d+ 张表）：错误 0 项，警告 2 项，提示 0 项$/);
  // A workbook of three forms or fewer: its counts are in view, no closing line.
  const few = await cli(["validate", ex("seed002-self-evaluation.xlsx")]);
  expect(few.stdout).not.toContain("合计（");
});

test("several workbooks end with one line of the counts in all, files not checked included", async () => {
  const run = await cli(["validate", ex("seed002-self-evaluation.xlsx"), ex("seed004-department-evaluation.xlsx"), path.join(EXAMPLES, "no-such-file.xlsx")]);
  const last = run.stdout.trimEnd().split("\n").at(-1);
  expect(last).toBe("全部 3 个文件，4 张表：错误 2 项，警告 4 项，提示 4 项；1 个文件未能校验（原因见上）");
  const en = await cli(["validate", ex("seed002-self-evaluation.xlsx"), ex("seed004-department-evaluation.xlsx"), "--lang", "en"]);
  expect(en.stdout.trimEnd().split("\n").at(-1)).toBe("All 2 files, 4 forms: 2 errors, 4 warnings, 4 notes");
});

test("--overwrite without --out is said, not silently ignored", async () => {
  const run = await cli(["validate", ex("seed002-self-evaluation.xlsx"), "--overwrite"]);
  expect(run.stderr).toContain("--overwrite 只在与 --out 一起使用时生效");
  expect(run.code).toBe(0);
  const quiet = await cli(["validate", ex("seed002-self-evaluation.xlsx")]);
  expect(quiet.stderr).toBe("");
});

test("English closing lines say 1 error, 1 warning, 1 file — not 1 errors", () => {
  const report = { file: "a.xlsx", forms: new Array(20).fill({}), summary: { errors: 1, warnings: 1, info: 0 } } as unknown as Parameters<typeof workbookClosing>[0];
  expect(workbookClosing(report, "en")).toBe("In all (a.xlsx, 20 forms): 1 error, 1 warning, 0 notes\n");
  expect(runClosing([report], 1, "en")).toBe("All 2 files, 20 forms: 1 error, 1 warning, 0 notes; 1 file could not be checked (reasons above)\n");
  expect(workbookClosing(report, "zh")).toBe("合计（a.xlsx，20 张表）：错误 1 项，警告 1 项，提示 0 项\n");
});
