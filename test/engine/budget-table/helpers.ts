import { example } from "../../../scripts/examples/seed001";
import { snapshotOf } from "../../../src/hosts/file";
import type { WorkbookSnapshot, SheetSnapshot } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import type { Finding } from "../../../src/engine/findings/finding";

/** The seed-001 example workbook as the file host reads it (built once per test file). */
let cached: WorkbookSnapshot | undefined;
export async function seed001Snapshot(): Promise<WorkbookSnapshot> {
  if (!cached) cached = await snapshotOf(await example.build(), example.file);
  return structuredClone(cached);
}

export const BUDGET_CODES = new Set(["SUM_MISMATCH", "ROUNDING_TAIL", "BALANCE_MISMATCH", "CROSS_TABLE_MISMATCH", "NOT_A_NUMBER"]);

export function budgetFindings(snapshot: WorkbookSnapshot): Finding[] {
  return validateWorkbook(snapshot).report.findings.filter((f) => BUDGET_CODES.has(f.code));
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Set a cell by A1 address on a snapshot sheet (0-based grid behind it). */
export function setCell(sheet: SheetSnapshot, row: number, col: number, value: string | number | null) {
  sheet.values[row - sheet.origin.row][col - sheet.origin.col] = value;
}

export const brief = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell} [${f.related.join(",")}] ${f.message}`;

/** A sheet snapshot from rows of values (origin A1), with merges and indents where given. */
export function sheet(name: string, values: (string | number | null)[][], merged: string[] = [], indents?: number[][]): SheetSnapshot {
  const width = Math.max(...values.map((r) => r.length));
  const v = values.map((r) => [...r, ...Array.from({ length: width - r.length }, () => null)]);
  return { name, visibility: "visible", protected: false, origin: { row: 0, col: 0 }, values: v, merged, ...(indents ? { indents } : {}) };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets };
}
