import { readFileSync } from "node:fs";
import path from "node:path";
import { validateWorkbook } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file/read";

// The pane's worker reports 正在校验 第 k / n 张表 from this callback (src/taskpane/check.worker.ts).
test("validateWorkbook reports each evaluated form, and the callback changes nothing in the result", async () => {
  const bytes = readFileSync(path.join(__dirname, "../../examples/seed002-self-evaluation.xlsx"));
  const snapshot = await readWorkbook(bytes, "seed002-self-evaluation.xlsx");
  const calls: [number, number][] = [];
  const withProgress = validateWorkbook(snapshot, { onProgress: (done, total) => calls.push([done, total]) });
  expect(calls).toEqual([
    [1, 3],
    [2, 3],
    [3, 3],
  ]);
  expect(withProgress.report).toEqual(validateWorkbook(snapshot).report);
});
