import { readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../../src/hosts/file/read";
import { planWrites, FILL_COLORS } from "../../../src/engine/write-plan";
import { validateWorkbook } from "../../../src/engine/validate";
import { innovation } from "../../../scripts/examples/seed002";
import { clone, validateForms } from "../self-evaluation/helpers";

/** The checked copy's plan: computed values only into empty cells, one fill per flagged cell, notes, results rows. */
test("computed values go only into empty cells; filled cells are flagged, not overwritten", async () => {
  const d = clone(innovation);
  d.indicators[0].score = null; // H12 empty → gets 1.50
  d.indicators[1].score = 1.2; // H13 wrong → flagged, kept
  const { snapshot, report, outputs } = await validateForms([[d]]);
  const plan = planWrites(snapshot, { report, outputs });
  expect(plan.values).toEqual([{ sheet: "Sheet1", cell: "H12", value: 1.5, numberFormat: "0.00" }]);
  const red = plan.fills.find((f) => f.color === FILL_COLORS.error)!;
  // H13 is wrong; I13 is the missing 偏差原因 that an entered 1.2 < 1.5 now requires.
  expect(red.cells).toEqual(["H13", "I13"]);
  expect(plan.fills.find((f) => f.color === FILL_COLORS.computed)!.cells).toEqual(["H12"]);
  const note = plan.notes.find((n) => n.cell === "H13")!.text;
  expect(note).toContain("SCORE_MISMATCH");
  expect(note).toContain("应为: 1.50");
});

test("overwrite on request keeps the old value in the note", async () => {
  const d = clone(innovation);
  d.indicators[1].score = 1.2;
  const { snapshot, report, outputs } = await validateForms([[d]]);
  const plan = planWrites(snapshot, { report, outputs }, { overwrite: true });
  // `replaces` lets a writer refuse if the cell no longer holds what the user chose to overwrite.
  expect(plan.values).toEqual([{ sheet: "Sheet1", cell: "H13", value: 1.5, numberFormat: "0.00", replaces: "1.2" }]);
  expect(plan.notes.find((n) => n.cell === "H13")!.text).toContain("原值：1.2");
});

test("one fill per cell: the most severe finding decides its colour; the results sheet lists every finding with a link", async () => {
  const d = clone(innovation);
  d.indicators[1].score = 1.2;
  const { snapshot, report, outputs } = await validateForms([[d]]);
  const plan = planWrites(snapshot, { report, outputs }, { lang: "en" });
  const cells = plan.fills.flatMap((f) => f.cells.map((c) => `${f.sheet}!${c}`));
  expect(new Set(cells).size).toBe(cells.length);
  expect(plan.results.sheetName).toBe("校验结果");
  const linked = plan.results.rows.filter((r) => r.link && r.style !== "plain");
  expect(linked.map((r) => [r.values[2], r.link!.cell])).toEqual(report.findings.map((f) => [f.code, f.cell]));
});

test("an empty report plans no values, no fills, and says so in the results sheet", () => {
  const snapshot = { name: "e.xlsx", sheets: [] };
  const result = validateWorkbook(snapshot);
  const plan = planWrites(snapshot, result);
  expect([plan.values, plan.fills, plan.notes]).toEqual([[], [], []]);
  expect(plan.results.rows.some((r) => r.values[0] === "未发现问题")).toBe(true);
});

/** What the engine assumed (items judged, data taken from another sheet) is listed on the results sheet, as in the pane. */
test("the results sheet lists what the engine assumed about each form", async () => {
  const file = path.join(__dirname, "../../../examples/seed004-department-evaluation.xlsx");
  const snapshot = await readWorkbook(readFileSync(file), "seed004-department-evaluation.xlsx");
  const result = validateWorkbook(snapshot);
  const rows = planWrites(snapshot, result).results.rows.map((r) => r.values.map(String));
  const title = rows.findIndex((r) => r[0] === "引擎的推断与假设");
  expect(title).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > title && r.length === 0);
  const lines = rows.slice(title + 2, end).map((r) => r[5]);
  expect(lines[0]).toBe("基础数据取自「基础数据」A2:B16");
  expect(lines.at(-1)).toMatch(/^14 项为评审判断，规则无法计算，采用表中填写的得分：预算编制合理性、预算编制规范性、绩效目标完整性/);
  // A form with nothing assumed adds no such block.
  const plain = await validateForms([[clone(innovation)]]);
  expect(planWrites(plain.snapshot, plain).results.rows.some((r) => r.values[0] === "引擎的推断与假设")).toBe(false);
});
