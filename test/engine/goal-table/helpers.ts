import ExcelJS from "exceljs";
import { snapshotOf } from "../../../src/hosts/file";
import { validateWorkbook, type ValidateOptions } from "../../../src/engine/validate";
import type { Finding } from "../../../src/engine/findings/finding";
import { layoutGoalTable, setGoalTableColumns, type GoalTableData } from "../../../scripts/examples/goal-table-layout";
import { layoutSelfEvaluation, setSelfEvaluationColumns, type SelfEvalData } from "../../../scripts/examples/self-evaluation-layout";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import type { EngineContext } from "../../../src/engine/forms/form-module";
import type { SheetSnapshotInput, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { SheetSnapshotSchema } from "../../../src/engine/snapshot";

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The row (1-based) of indicator i in the example layout: 14 block rows, the header, then the indicators. */
export const indicatorRow = (i: number) => 16 + i;

/** A workbook holding goal tables (one sheet each) and, optionally, self-evaluations on a sheet of their own. */
export async function workbookOf(goals: GoalTableData[], evaluations: SelfEvalData[] = []): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  goals.forEach((g, i) => {
    const ws = wb.addWorksheet(`目标表${i + 1}`);
    setGoalTableColumns(ws);
    layoutGoalTable(ws, 1, g);
  });
  if (evaluations.length) {
    const ws = wb.addWorksheet("自评表");
    setSelfEvaluationColumns(ws);
    let row = 1;
    for (const e of evaluations) row = layoutSelfEvaluation(ws, row, e) + 1;
  }
  return snapshotOf(wb, "test.xlsx");
}

export async function validateGoals(goals: GoalTableData[], evaluations: SelfEvalData[] = [], options: ValidateOptions = {}) {
  const snapshot = await workbookOf(goals, evaluations);
  return { ...validateWorkbook(snapshot, options), snapshot };
}

/** Findings as "CODE@Sheet!Cell" for exact comparisons. */
export const where = (fs: Finding[], codes?: string[]) =>
  fs.filter((f) => !codes || codes.includes(f.code)).map((f) => `${f.code}@${f.sheet}!${f.cell}`);

export function contextFor(profile = "shenzhen"): EngineContext {
  return { profile: BUILTIN_PROFILES[profile], grids: [] };
}

/** A sheet typed as rows of cells (null for blank), with merged ranges: the shape hosts hand the engine. */
export function sheetOf(name: string, rows: (string | number | null)[][], merged: string[] = []): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const input: SheetSnapshotInput = {
    name,
    origin: { row: 0, col: 0 },
    values: rows.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]),
    merged,
  };
  return new SheetGrid(SheetSnapshotSchema.parse(input));
}
