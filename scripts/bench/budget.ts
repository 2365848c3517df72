/**
 * Bench section: a generated 一般公共预算支出表（按功能分类） with 10,000 code rows (类 → 款 → 项, three amount
 * columns, amounts in 元 with cents), written with ExcelJS, read by the file host, then checked by the engine.
 * Every 997th 项 row carries a wrong 基本支出, so the findings path is exercised too.
 */
import ExcelJS from "exceljs";
import { validateWorkbook } from "../../src/engine/validate";
import { snapshotOf } from "../../src/hosts/file/read";

const ROWS = Number(process.env.BENCH_BUDGET_ROWS ?? 10000);

function generate(): { wb: ExcelJS.Workbook; codeRows: number; planted: number } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("功能分类");
  ws.getCell(1, 1).value = "一般公共预算支出表（按功能分类）";
  ws.getCell(2, 1).value = "部门名称：生成单位";
  ws.getCell(2, 6).value = "单位：元";
  ["预算单位", "科目编码", "科目名称", "支出总计", "基本支出", "项目支出"].forEach((t, i) => (ws.getCell(3, i + 1).value = t));
  type Row = { code: string; name: string; basic: number; project: number };
  const rows: Row[] = [];
  let seed = 7;
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  let planted = 0;
  for (let k = 0; rows.length < ROWS; k++) {
    const lei: Row = { code: String(201 + k), name: `类${k}`, basic: 0, project: 0 };
    rows.push(lei);
    for (let j = 1; j <= 10 && rows.length < ROWS; j++) {
      const kuan: Row = { code: lei.code + String(j).padStart(2, "0"), name: `款${k}.${j}`, basic: 0, project: 0 };
      rows.push(kuan);
      for (let m = 1; m <= 9 && rows.length < ROWS; m++) {
        // Cents as integers, so the generated parents add up exactly.
        const basic = Math.round(rand() * 1e7);
        const project = Math.round(rand() * 1e7);
        rows.push({ code: kuan.code + String(m).padStart(2, "0"), name: `项${k}.${j}.${m}`, basic, project });
        kuan.basic += basic;
        kuan.project += project;
        lei.basic += basic;
        lei.project += project;
      }
    }
  }
  const total = rows.filter((r) => r.code.length === 3);
  const unit = { basic: total.reduce((s, r) => s + r.basic, 0), project: total.reduce((s, r) => s + r.project, 0) };
  const put = (r: number, c: number, v: string | number | null) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    if (typeof v === "number") cell.numFmt = "#,##0.00";
  };
  put(4, 1, "生成单位");
  put(4, 4, (unit.basic + unit.project) / 100);
  put(4, 5, unit.basic / 100);
  put(4, 6, unit.project / 100);
  rows.forEach((r, i) => {
    const wrong = r.code.length >= 7 && i % 997 === 0;
    if (wrong) planted++;
    put(5 + i, 2, r.code);
    put(5 + i, 3, r.name);
    put(5 + i, 4, (r.basic + r.project) / 100);
    put(5 + i, 5, (r.basic + (wrong ? 10000 : 0)) / 100);
    put(5 + i, 6, r.project / 100);
  });
  return { wb, codeRows: rows.length, planted };
}

export async function run(): Promise<Record<string, string | number>> {
  const { wb, codeRows, planted } = generate();
  const snapshot = await snapshotOf(wb, "budget-10000.xlsx");
  validateWorkbook(snapshot); // warm-up: JIT and i18n, as a second run in one session
  const t = process.hrtime.bigint();
  const { report } = validateWorkbook(snapshot);
  const engineMs = Math.round(Number(process.hrtime.bigint() - t) / 1e6);
  const tables = report.forms.filter((f) => f.kind === "budget-table").length;
  return {
    "code rows": codeRows,
    "tables recognised": tables,
    "planted errors": planted,
    "error findings": report.summary.errors,
    "warnings": report.summary.warnings,
    "engine ms": engineMs,
  };
}

if (require.main === module) {
  run().then((r) => console.table(r), (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
