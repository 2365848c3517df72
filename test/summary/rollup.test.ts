import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildSeed002, SEED002_PROJECTS } from "../../scripts/examples/seed002";
import type { SelfEvalData } from "../../scripts/examples/self-evaluation-layout";
import { saveWorkbook } from "../../src/hosts/file/workbook-io";
import { cli } from "../cli/run";

/**
 * The roll-up over 200 workbooks (195 self-evaluations of 13 units, every 10th with a wrong 总分; 5 broken files):
 * every good file in the summary with a link to its checked copy, the broken ones listed with reasons, exit 2.
 */
const dir = mkdtempSync(path.join(tmpdir(), "budget-check-rollup-"));
const inbox = path.join(dir, "submissions");
const UNITS = Array.from({ length: 13 }, (_, i) => `第${i + 1}科技服务中心`);
const GOOD = 195;

beforeAll(async () => {
  mkdirSync(path.join(inbox, "more"), { recursive: true });
  for (let i = 0; i < GOOD; i++) {
    const base = SEED002_PROJECTS[i % 3];
    const wrongTotal = i % 10 === 0;
    const p: SelfEvalData = {
      ...base,
      project: `${base.project}${i + 1}`,
      implementer: UNITS[i % UNITS.length],
      total: wrongTotal ? { ...base.total, score: Number(base.total.score) - 1 } : base.total,
    };
    const bytes = await saveWorkbook(await buildSeed002([p]));
    writeFileSync(path.join(i % 2 ? path.join(inbox, "more") : inbox, `unit${String(i + 1).padStart(3, "0")}.xlsx`), bytes);
  }
  writeFileSync(path.join(inbox, "broken-text.xlsx"), "not a workbook at all");
  writeFileSync(path.join(inbox, "broken-empty.xlsx"), "");
  writeFileSync(path.join(inbox, "broken-truncated.xlsx"), readFileSync(path.join(inbox, "unit001.xlsx")).subarray(0, 3000));
  writeFileSync(path.join(inbox, "broken-old.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]));
  const noForm = new ExcelJS.Workbook();
  noForm.addWorksheet("说明").addRow(["本单位本年度无项目支出"]);
  writeFileSync(path.join(inbox, "broken-noform.xlsx"), await saveWorkbook(noForm));
}, 120_000);

test("validate <dir> --summary: 195 forms in the summary with links, 5 unreadable with reasons, an HTML report, exit 2", async () => {
  const summary = path.join(dir, "汇总.xlsx");
  const started = Date.now();
  const run = await cli(["validate", inbox, "--summary", summary, "--out", path.join(dir, "checked")]);
  const seconds = (Date.now() - started) / 1000;
  console.log(`roll-up of 200 files: ${seconds.toFixed(1)} s`);
  expect(run.code).toBe(2);
  const progress = run.stderr.trimEnd().split("\n");
  expect(progress).toHaveLength(200);
  expect(progress.filter((l) => /^\[\d+\/200\] /.test(l))).toHaveLength(200);
  expect(run.stdout).toBe(`已校验 195 个文件（195 张表，20 个错误，${run.stdout.match(/(\d+) 个警告/)![1]} 个警告），5 个无法读取；汇总：${summary}，报告：${path.relative(process.cwd(), summary.replace(/xlsx$/, "html"))}\n`);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["汇总", "问题统计", "无法读取"]);
  const forms = wb.getWorksheet("汇总")!;
  expect(forms.rowCount).toBe(1 + GOOD);
  const rows = Array.from({ length: GOOD }, (_, i) => forms.getRow(i + 2));
  // Every good file once, with its unit, project, kind, scores and a link to a checked copy that exists.
  expect(new Set(rows.map((r) => path.basename(String(r.getCell(1).value)))).size).toBe(GOOD);
  const first = rows.find((r) => String(r.getCell(1).value).endsWith("unit002.xlsx"))!;
  expect([first.getCell(2).value, first.getCell(3).value, first.getCell(4).value, first.getCell(7).value, first.getCell(8).value, first.getCell(9).value]).toEqual([
    "第2科技服务中心",
    "科技智库与交流2",
    "项目支出绩效自评表",
    83.32,
    83.32,
    "良",
  ]);
  const wrong = rows.find((r) => String(r.getCell(1).value).endsWith("unit011.xlsx"))!;
  expect([wrong.getCell(7).value, wrong.getCell(8).value, wrong.getCell(10).value]).toEqual([83.32, 82.32, 1]);
  const link = first.getCell(13).value as { hyperlink: string };
  expect(existsSync(path.join(dir, decodeURI(link.hyperlink)))).toBe(true);

  const counts = wb.getWorksheet("问题统计")!;
  const ruleRow = counts.getColumn(1).values.indexOf("SCORE_MISMATCH");
  expect(counts.getRow(ruleRow).getCell(4).value).toBe(20);

  const bad = wb.getWorksheet("无法读取")!;
  const reasons = Object.fromEntries(Array.from({ length: 5 }, (_, i) => bad.getRow(i + 2)).map((r) => [path.basename(String(r.getCell(1).value)), r.getCell(2).value]));
  expect(reasons).toEqual({
    "broken-empty.xlsx": expect.any(String),
    "broken-noform.xlsx": "no-form",
    "broken-old.xlsx": "xls",
    "broken-text.xlsx": "not-xlsx",
    "broken-truncated.xlsx": expect.any(String),
  });

  const html = readFileSync(summary.replace(/xlsx$/, "html"), "utf8");
  expect(html.match(/<svg /g)).toHaveLength(3);
  expect(html).not.toMatch(/<script|https?:\/\//);
  // Findings per rule by the rule's title: 20 wrong totals.
  expect(html).toMatch(/>得分与评分规则不符<\/text>/);
  expect(html).toMatch(/>20<\/text>/);
}, 180_000);
