/**
 * Golden outputs of the rendered reports (issue 14): for every example workbook and every corpus workbook, in zh and
 * en, what a user reads — the `--json` report, the CLI's human text and `explain` lines, the checked copy's cell
 * notes and results sheet. Rendering moved to the edge (findings carry codes and parameters only); these outputs must
 * not change by a byte. `npx tsx test/golden/rendered.ts --write` records them anew (only after a deliberate change
 * of wording), test/golden/rendered.test.ts compares.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LANGS, type Lang } from "../../src/engine/i18n";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { ReportSchema } from "../../src/engine/report";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { checkWorkbook, renderResult, type ValidationResult } from "../../src/engine/validate";
import { planWrites } from "../../src/engine/write-plan";
import { formatReport } from "../../src/cli/human-output";
import { explainLines } from "../../src/cli/explain-command";
import { readWorkbook } from "../../src/hosts/file";
import { fixtureSnapshot, loadRealFixtures } from "../fixtures/real/load";
import type { Profile } from "../../src/engine/profile/schema";
import { WorkbookSnapshotSchema } from "../../src/engine/snapshot";
import { snapshotOf } from "../../src/hosts/file";
import ExcelJS from "exceljs";
import { innovation, thinkTank } from "../../scripts/examples/seed002";
import { layoutSelfEvaluation, setSelfEvaluationColumns, type SelfEvalData } from "../../scripts/examples/self-evaluation-layout";
import { seed000 } from "../../scripts/examples/seed000";
import { SEED004, buildDepartmentWorkbook } from "../../scripts/examples/seed004";
import { layoutGoalTable, setGoalTableColumns } from "../../scripts/examples/goal-table-layout";

export const GOLDEN_FILE = path.join(__dirname, "rendered.golden.json");
const EXAMPLES = path.join(__dirname, "..", "..", "examples");

interface Workbook {
  id: string;
  snapshot: WorkbookSnapshot;
  profile?: Profile;
}

/** The example, corpus and planted workbooks the golden outputs are of. */
export async function workbooks(): Promise<Workbook[]> {
  const out: Workbook[] = [];
  for (const f of readdirSync(EXAMPLES).filter((n) => n.endsWith(".xlsx")).sort()) {
    out.push({ id: `examples/${f}`, snapshot: await readWorkbook(new Uint8Array(readFileSync(path.join(EXAMPLES, f))), f) });
  }
  for (const fx of loadRealFixtures()) {
    out.push({ id: `corpus/${fx.id}`, snapshot: fixtureSnapshot(fx), profile: BUILTIN_PROFILES[fx.profile ?? "shenzhen"] });
  }
  out.push(...(await planted()));
  return out;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * Defects planted in the examples so that every kind of rendered text appears at least once: details of scores
 * (positive, negative, not done), qualitative results, missing values, categories, a near miss, a very hidden form.
 */
async function planted(): Promise<Workbook[]> {
  const se = clone(innovation);
  se.indicators[1].actual = "已按计划完成";
  se.indicators[2].score = 1.2;
  se.indicators[3].target = "";
  se.indicators[4].actual = "";
  se.indicators[5].weight = "";
  se.indicators[6].score = null;
  se.indicators[7].actual = "未开展";
  se.indicators[7].score = 1;
  se.indicators[30].target = "≤5%";
  se.indicators[30].actual = "8%";
  se.indicators[30].score = 5;
  se.indicators[32].target = "进一步提升";
  se.funds[0].rate = 0.9862;
  const tt = clone(thinkTank);
  const k = tt.indicators.findIndex((i) => i.name === "专家活动组织协调合规性");
  tt.indicators[k].score = 0.9;
  tt.total.score = 84.22;
  tt.grade = "优";
  tt.indicators = tt.indicators.filter((i) => i.secondary !== "时效指标");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  setSelfEvaluationColumns(ws);
  let row = 1;
  for (const f of [se, tt] as SelfEvalData[]) row = layoutSelfEvaluation(ws, row, f);
  const gt = clone(seed000);
  gt.total += 1;
  gt.indicators[0].target = "";
  gt.indicators.push({ ...gt.indicators[1], secondary: "", name: "其他工作" }, { ...gt.indicators[1], secondary: "", name: "专项工作开展", target: "≥2次" });
  const gws = wb.addWorksheet("目标表");
  setGoalTableColumns(gws);
  layoutGoalTable(gws, 1, gt);
  const hidden = wb.addWorksheet("隐藏");
  setSelfEvaluationColumns(hidden);
  layoutSelfEvaluation(hidden, 1, thinkTank);
  hidden.state = "veryHidden";
  const near = wb.addWorksheet("自评");
  near.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"]);
  near.addRow(["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50]);
  const snapshot = await snapshotOf(wb, "planted.xlsx");
  const unscored = WorkbookSnapshotSchema.parse({
    name: "unscored.xlsx",
    sheets: [
      {
        name: "自评",
        origin: { row: 0, col: 0 },
        values: [
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
          ["产出指标", "数量指标", "培训人次", "≥100人次", "80人次", null],
          ["产出指标", "指标2", "……", null, null, null],
          ["效益指标", "社会效益指标", "群众知晓率", "≥90%", "95%", null],
          ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "96%", null],
        ],
      },
    ],
  });
  const dept = clone(SEED004);
  dept.items[0].score = null;
  dept.items[3].score = 99;
  dept.grade = "差";
  dept.data = dept.data.slice(1);
  return [
    { id: "planted/planted.xlsx", snapshot },
    { id: "planted/department.xlsx", snapshot: await snapshotOf(buildDepartmentWorkbook(dept), "department.xlsx") },
    { id: "planted/unscored.xlsx", snapshot: unscored },
  ];
}

/** Everything a user reads of one workbook in one language, as text. */
export function renderedOutputs(snapshot: WorkbookSnapshot, result: ValidationResult, lang: Lang): Record<string, string> {
  const report = ReportSchema.parse(result.report);
  const plan = planWrites(snapshot, result, { lang });
  const overwrite = planWrites(snapshot, result, { lang, overwrite: true });
  return {
    json: JSON.stringify(report, null, 2),
    human: formatReport(report, result.profile, lang),
    explain: explainLines(snapshot, result, lang).join("\n"),
    notes: plan.notes.map((n) => `${n.sheet}!${n.cell}\n${n.text}`).join("\n----\n"),
    overwriteNotes: overwrite.notes.map((n) => `${n.sheet}!${n.cell}\n${n.text}`).join("\n----\n"),
    results: plan.results.rows.map((r) => r.values.join("\t")).join("\n"),
  };
}

/** The golden outputs of every workbook: id → lang → output name → text. */
export async function goldenOutputs(): Promise<Record<string, Record<Lang, Record<string, string>>>> {
  const out: Record<string, Record<Lang, Record<string, string>>> = {};
  for (const wb of await workbooks()) {
    // The engine runs once; each language is rendered from the same language-neutral result (as the pane switches).
    const checked = checkWorkbook(wb.snapshot, wb.profile ? { profile: wb.profile } : {});
    const entry = {} as Record<Lang, Record<string, string>>;
    for (const lang of LANGS) entry[lang] = renderedOutputs(wb.snapshot, renderResult(checked, lang), lang);
    out[wb.id] = entry;
  }
  return out;
}

if (require.main === module && process.argv.includes("--write")) {
  void goldenOutputs().then((g) => {
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(g, null, 1)}\n`);
    process.stdout.write(`${Object.keys(g).length} workbooks × ${LANGS.length} languages written to ${GOLDEN_FILE}\n`);
  });
}
