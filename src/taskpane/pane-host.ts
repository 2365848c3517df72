import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WritePlan } from "../engine/write-plan";
import type { ApplyOutcome, ClearOutcome, ExcelEnvironment } from "../hosts/excel";
import { applyWritePlan, clearHighlights, readSnapshot, selectCell } from "../hosts/excel";
import type { ReadScope } from "../hosts/excel/read-snapshot";
import { writeReviews } from "../hosts/excel/reviews";
import { writeStamp } from "../hosts/excel/stamp";

/** Where the pane's workbook lives: open in Excel (Office.js), or a file picked in a plain browser. */
export type PaneHost = ExcelPaneHost | FilePaneHost;

export interface ExcelPaneHost {
  kind: "excel";
  /** `scope.activeSheetOnly`: read only the active worksheet (and budget-check's own sheets). */
  read(scope?: ReadScope): Promise<WorkbookSnapshot>;
  write(plan: WritePlan): Promise<ApplyOutcome>;
  clear(): Promise<ClearOutcome>;
  select(sheet: string, cell: string): Promise<void>;
  /** Write the validation stamp's sheet (src/engine/stamp) into the open workbook. */
  stamp(cells: string[]): Promise<void>;
  /** Write the 忽略 / 已核实 decisions' sheet (src/engine/reviews) into the open workbook. */
  review(cells: string[]): Promise<void>;
}

/**
 * A file picked in a plain browser: reading it, the engine and writing the checked copy all happen in the check
 * worker (check-session.ts, through hosts/file), so the pane's file host holds nothing but its kind.
 */
export interface FilePaneHost {
  kind: "file";
}

export function excelPaneHost(env: ExcelEnvironment): ExcelPaneHost {
  return {
    kind: "excel",
    read: (scope) => readSnapshot(env, undefined, scope),
    write: (plan) => applyWritePlan(env, plan),
    clear: () => clearHighlights(env),
    select: (sheet, cell) => selectCell(env, sheet, cell),
    stamp: (cells) => writeStamp(env, cells),
    review: (cells) => writeReviews(env, cells),
  };
}

export function filePaneHost(): FilePaneHost {
  return { kind: "file" };
}

/** The checked copy's name, as the CLI names it: 自评表.xlsx → 自评表.checked.xlsx. */
export function checkedCopyName(name: string): string {
  return `${name.replace(/\.xlsx$/i, "")}.checked.xlsx`;
}
