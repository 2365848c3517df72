import { parseRange, rangeAddress } from "../../src/engine/address";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { buildTemplate } from "../../src/engine/template";
import { templateDrift } from "../../src/engine/template/drift";
import { validateWorkbook } from "../../src/engine/validate";
import { readWorkbook } from "../../src/hosts/file/read";
import { writeTemplate } from "../../src/hosts/file/template-write";
import { SEED002_PROJECTS } from "../../scripts/examples/seed002";
import { fillSelfEvaluation } from "./fill";

/** A filled template as the engine sees it; each test changes a copy the way a unit might have. */
let filled: WorkbookSnapshot;
beforeAll(async () => {
  const template = await writeTemplate(buildTemplate("self-evaluation", BUILTIN_PROFILES.shenzhen));
  filled = await readWorkbook(await fillSelfEvaluation(template, SEED002_PROJECTS[2]), "filled.xlsx");
});

const copy = (s: WorkbookSnapshot): WorkbookSnapshot => JSON.parse(JSON.stringify(s));
const form = (s: WorkbookSnapshot) => s.sheets[0];

function deleteColumn(s: WorkbookSnapshot, col: number): WorkbookSnapshot {
  const c = copy(s);
  const sh = form(c);
  const j = col - sh.origin.col;
  for (const grid of [sh.values, sh.formulas, sh.numberFormats, sh.indents]) grid?.forEach((row) => row.splice(j, 1));
  sh.merged = sh.merged.flatMap((m) => {
    const r = parseRange(m);
    if (r.left === col && r.right === col) return [];
    if (r.right >= col) r.right--;
    if (r.left > col) r.left--;
    return [rangeAddress(r)];
  });
  return c;
}

function deleteRow(s: WorkbookSnapshot, row: number): WorkbookSnapshot {
  const c = copy(s);
  const sh = form(c);
  const i = row - sh.origin.row;
  for (const grid of [sh.values, sh.formulas, sh.numberFormats, sh.indents]) grid?.splice(i, 1);
  sh.merged = sh.merged.flatMap((m) => {
    const r = parseRange(m);
    if (r.top === row && r.bottom === row) return [];
    if (r.bottom >= row) r.bottom--;
    if (r.top > row) r.top--;
    return [rangeAddress(r)];
  });
  return c;
}

function setText(s: WorkbookSnapshot, a1: string, v: string | number | null): WorkbookSnapshot {
  const c = copy(s);
  const r = parseRange(a1);
  form(c).values[r.top - form(c).origin.row][r.left - form(c).origin.col] = v;
  return c;
}

const drift = (s: WorkbookSnapshot) =>
  validateWorkbook(s).report.findings.filter((f) => f.code === "TEMPLATE_CHANGED").map((f) => [f.cell, f.message]);

test("an unchanged filled template reports no TEMPLATE_CHANGED", () => {
  expect(drift(filled)).toEqual([]);
  expect(validateWorkbook(filled).report.forms[0].score?.computed).toBe(100);
});

test("a deleted column is named; the checks still run", () => {
  // Column K: 偏差原因分析及改进措施.
  const s = deleteColumn(filled, 10);
  expect(drift(s)).toEqual([["K11", "与模板相比：表头「偏差原因分析及改进措施」已被删除（该列可能被删除）"]]);
  expect(validateWorkbook(s).report.forms[0].score?.computed).toBe(100);
});

test("a deleted column in the middle: the column named, the columns after it listed as moved", () => {
  // Column H holds 执行率 in the funds block and 实际完成值 in the indicator table: both are named.
  const s = deleteColumn(filled, 7);
  const found = drift(s);
  // Findings come in cell order: H4, then the moves listed at I4, then H11.
  expect(found).toEqual([
    ["H4", "与模板相比：表头「执行率」已被删除（该列可能被删除）"],
    ["I4", "与模板相比：5 处表头或固定行的位置改变（插入或删除了行、列）：「分值」I4 → H4; 「得分」J4 → I4; 「分值」I11 → H11; 「得分」J11 → I11; 「偏差原因分析及改进措施」K11 → J11"],
    ["H11", "与模板相比：表头「实际完成值」已被删除（该列可能被删除）"],
  ]);
});

test("swapped columns are named as a swap", () => {
  let s = setText(filled, "I11", "得分");
  s = setText(s, "J11", "分值");
  expect(drift(s)).toEqual([["J11", "与模板相比：列「分值」与「得分」的顺序被调换"]]);
});

test("an edited header word is named with its new text", () => {
  const s = setText(filled, "H11", "完成情况");
  expect(drift(s)).toEqual([["H11", "与模板相比：表头「实际完成值」被改为「完成情况」"]]);
});

test("a removed fixed row is named (and the rows below it listed as moved)", () => {
  const s = deleteRow(filled, 6); // 上年结转资金
  const found = drift(s);
  expect(found[0]).toEqual(["B7", "与模板相比：固定行「上年结转资金」已被删除"]);
  expect(found[1][1]).toContain("「其他资金」B8 → B7");
});

test("a workbook from an older version of the template is reported", () => {
  expect(templateDrift(filled, { "self-evaluation": 2 })).toEqual([
    expect.objectContaining({ code: "TEMPLATE_CHANGED", cell: "A1", context: "older", expected: 2, actual: 1 }),
  ]);
});

test("a workbook whose template sheet was renamed says so", () => {
  const s = copy(filled);
  form(s).name = "自评";
  expect(drift(s)).toEqual([["A1", "模板的工作表「项目支出绩效自评表」不在本工作簿中（被删除或改名），未能核对模板结构"]]);
});
