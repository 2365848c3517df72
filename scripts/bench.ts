/**
 * `npm run bench`: how long budget-check takes on a big workbook, stage by stage.
 *
 * The file-host section generates a workbook of 1,000 项目支出绩效自评表 (about 30,000 indicator rows) in the
 * seed-002 layout, then times: a bare ExcelJS load (the floor no reader can beat), the snapshot read, the
 * engine, planning and writing the checked copy, and the whole CLI as a user runs it.
 * Other tasks add a section as scripts/bench/<name>.ts exporting `run()`, and one line in SECTIONS.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { validateWorkbook } from "../src/engine/validate";
import { planWrites } from "../src/engine/write-plan";
import { readWorkbook, snapshotOf } from "../src/hosts/file/read";
import { writeCheckedCopy } from "../src/hosts/file/write";
import { layoutSelfEvaluation, setSelfEvaluationColumns, type SelfEvalData } from "./examples/self-evaluation-layout";
import { SEED002_PROJECTS } from "./examples/seed002";
import { run as excelHostBench } from "./bench/excel-host";
import { run as budgetBench } from "./bench/budget";

type SectionResult = Record<string, string | number>;
type Section = [name: string, run: () => Promise<SectionResult>];

const FORMS = Number(process.env.BENCH_FORMS ?? 1000);
const FORMS_PER_SHEET = 50;

function ms(since: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - since) / 1e6);
}

async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t = process.hrtime.bigint();
  const v = await f();
  return [v, ms(t)];
}

/** Every tenth form gets one wrong entered score, so the findings, fills and notes paths are exercised too. */
function formData(i: number): SelfEvalData {
  const [innovation, thinkTank] = SEED002_PROJECTS;
  const d = structuredClone(i % 2 === 0 ? innovation : thinkTank);
  d.project = `${d.project}（${i + 1}）`;
  if (i % 10 === 0) {
    const ind = d.indicators.find((x) => typeof x.score === "number" && typeof x.weight === "number" && x.score > 0);
    if (ind && typeof ind.score === "number") ind.score = Math.max(0, ind.score - 0.5);
  }
  return d;
}

async function generate(file: string): Promise<{ forms: number; indicators: number }> {
  const wb = new ExcelJS.Workbook();
  let indicators = 0;
  let ws: ExcelJS.Worksheet | undefined;
  let row = 1;
  for (let i = 0; i < FORMS; i++) {
    if (i % FORMS_PER_SHEET === 0) {
      ws = wb.addWorksheet(`自评表${i / FORMS_PER_SHEET + 1}`);
      setSelfEvaluationColumns(ws);
      row = 1;
    }
    const d = formData(i);
    indicators += d.indicators.length;
    row = layoutSelfEvaluation(ws!, row, d);
  }
  await wb.xlsx.writeFile(file);
  return { forms: FORMS, indicators };
}

async function fileHost(): Promise<SectionResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "budget-check-bench-"));
  try {
    const file = path.join(dir, "bench-1000-forms.xlsx");
    const [counts, generateMs] = await timed(() => generate(file));
    const bytes = new Uint8Array(readFileSync(file));

    const [, bareMs] = await timed(async () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
    const [snapshot, readMs] = await timed(() => readWorkbook(bytes, path.basename(file)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const [, snapshotOnlyMs] = await timed(() => snapshotOf(wb, path.basename(file)));
    const [result, engineMs] = await timed(() => validateWorkbook(snapshot));
    const [plan, planMs] = await timed(() => planWrites(snapshot, result));
    const [, writeMs] = await timed(() => writeCheckedCopy(bytes, plan, path.basename(file)));

    // The whole command as a user runs it (tsx compiles the CLI on the fly, as `npm run demo` does).
    const tsx = path.join(__dirname, "..", "node_modules", ".bin", "tsx");
    const main = path.join(__dirname, "..", "src", "cli", "main.ts");
    const t = process.hrtime.bigint();
    const cli = spawnSync(tsx, [main, "validate", file, "--json", "--out", path.join(dir, "out")], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    const cliMs = ms(t);
    if (cli.status !== 0 && cli.status !== 1) throw new Error(`CLI exited ${cli.status}: ${cli.stderr}`);
    const report = JSON.parse(cli.stdout) as { forms: unknown[]; summary: { errors: number; warnings: number; info: number } };

    return {
      "forms generated": counts.forms,
      "indicator rows": counts.indicators,
      "file size (MB)": (statSync(file).size / 1024 / 1024).toFixed(1),
      "generate (ms)": generateMs,
      "bare ExcelJS load (ms)": bareMs,
      "snapshot read incl. load (ms)": readMs,
      "snapshot from loaded workbook (ms)": snapshotOnlyMs,
      "engine validateWorkbook (ms)": engineMs,
      "forms recognised": result.report.forms.length,
      "findings (errors/warnings/info)": `${result.report.summary.errors}/${result.report.summary.warnings}/${result.report.summary.info}`,
      "plan writes (ms)": planMs,
      "write checked copy (ms)": writeMs,
      "CLI total, --json --out (ms)": cliMs,
      "CLI forms reported": report.forms.length,
      "peak RSS of this process (MB)": Math.round(process.memoryUsage().rss / 1024 / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SECTIONS: Section[] = [["file host + CLI", fileHost]];
SECTIONS.push(["Excel host (in-memory Office.js, 20 sheets / 50,000 cells)", excelHostBench]);
SECTIONS.push(["budget table (功能分类, 10,000 code rows)", budgetBench]);

function printTable(title: string, rows: SectionResult): void {
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  console.log(`\n## ${title}`);
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${String(v).padStart(12)}`);
}

async function main(): Promise<void> {
  for (const [name, run] of SECTIONS) printTable(name, await run());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
