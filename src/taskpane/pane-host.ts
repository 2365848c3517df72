import type { WorkbookSnapshot } from "../engine/snapshot";
import type { WritePlan } from "../engine/write-plan";
import type { ApplyOutcome, ClearOutcome, ExcelEnvironment } from "../hosts/excel";
import { applyWritePlan, clearHighlights, readSnapshot, selectCell } from "../hosts/excel";
import type { ReadScope } from "../hosts/excel/read-snapshot";
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
}

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FilePaneHost {
  kind: "file";
  read(file: PickedFile): Promise<WorkbookSnapshot>;
  /** `stamp`: the validation stamp's sheet texts (src/engine/stamp), written into the copy. */
  checkedCopy(file: PickedFile, plan: WritePlan, stamp?: string[]): Promise<Uint8Array>;
}

export function excelPaneHost(env: ExcelEnvironment): ExcelPaneHost {
  return {
    kind: "excel",
    read: (scope) => readSnapshot(env, undefined, scope),
    write: (plan) => applyWritePlan(env, plan),
    clear: () => clearHighlights(env),
    select: (sheet, cell) => selectCell(env, sheet, cell),
    stamp: (cells) => writeStamp(env, cells),
  };
}

/** ExcelJS is loaded only in file mode (a separate chunk): inside Excel the pane never needs it. */
export function filePaneHost(): FilePaneHost {
  const load = () => import(/* webpackChunkName: "file-host" */ "../hosts/file/index.js");
  return {
    kind: "file",
    read: async (file) => (await load()).readWorkbook(file.bytes, file.name),
    checkedCopy: async (file, plan, stamp) => (await load()).writeCheckedCopy(file.bytes, plan, file.name, stamp),
  };
}

/** The checked copy's name, as the CLI names it: 自评表.xlsx → 自评表.checked.xlsx. */
export function checkedCopyName(name: string): string {
  return `${name.replace(/\.xlsx$/i, "")}.checked.xlsx`;
}
