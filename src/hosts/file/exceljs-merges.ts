import ExcelJS from "exceljs";

/**
 * ExcelJS checks a new merged area against every earlier one of the sheet (worksheet.js `_mergeCellsInternal`): a
 * sheet's merges cost n² — 10,000 took 15 s, and a file of a few KB holding 100,000 two-cell merges would take half
 * an hour. The same check is made here through the cells the area covers (each one ExcelJS visits anyway to merge
 * it): a cell already merged, as master or as part of a merged area, means an overlap. Same result and error (but
 * for a one-cell "merge", which marks no cell: the pre-pass reads none), cost of the area alone. Installed once, on
 * ExcelJS's Worksheet prototype; left alone if that method is not there.
 */
interface Dimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface CellLike {
  readonly isMerged: boolean;
  readonly address: string;
  merge(master: CellLike, ignoreStyle?: boolean): void;
}

interface WorksheetInternals {
  _merges: Record<string, Dimensions>;
  findCell(row: number, col: number): CellLike | undefined;
  getCell(row: number, col: number): CellLike;
  _mergeCellsInternal?: (dimensions: Dimensions, ignoreStyle?: boolean) => void;
}

function mergeCellsInternal(this: WorksheetInternals, dimensions: Dimensions, ignoreStyle?: boolean): void {
  const { top, left, bottom, right } = dimensions;
  for (let i = top; i <= bottom; i++) {
    for (let j = left; j <= right; j++) {
      if (this.findCell(i, j)?.isMerged) throw new Error("Cannot merge already merged cells");
    }
  }
  const master = this.getCell(top, left);
  for (let i = top; i <= bottom; i++) {
    for (let j = left; j <= right; j++) if (i > top || j > left) this.getCell(i, j).merge(master, ignoreStyle);
  }
  this._merges[master.address] = dimensions;
}

let installed = false;

export function installLinearMergeCheck(): void {
  if (installed) return;
  installed = true;
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x")) as WorksheetInternals;
  if (typeof proto._mergeCellsInternal === "function") proto._mergeCellsInternal = mergeCellsInternal;
}
