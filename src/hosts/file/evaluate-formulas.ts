import { DetailedCellError, ErrorType, HyperFormula } from "hyperformula";
import type { CellValue } from "../../engine/snapshot";

/**
 * Values for formula cells whose file carries no cached result (a workbook written by a program and never
 * opened in Excel). Without this a 合计 written as =SUM(…) would read as blank and every check on it would
 * be wrong.
 *
 * HyperFormula is dual-licensed (GPLv3 or proprietary); we use it under GPLv3 ('gpl-v3' key). An instance is
 * built only when a workbook needs it, so most reads (files saved by Excel or WPS) never pay for it.
 */

export interface PendingFormula {
  sheet: string;
  /** 0-based absolute coordinates. */
  row: number;
  col: number;
  /** "=SUM(C5:C9)" */
  formula: string;
}

export interface SheetCells {
  name: string;
  cells: { row: number; col: number; value: CellValue; formula: string | null }[];
}

type RawContent = string | number | boolean | null;

// Excel prefixes functions newer than 2007 in the file format; HyperFormula knows them by their plain names.
function hfFormula(formula: string): string {
  return formula.replace(/_xlfn\.|_xlws\./gi, "");
}

function content(value: CellValue, formula: string | null): RawContent {
  if (formula) return hfFormula(formula);
  // A leading apostrophe keeps text as text: "001", "=x" or "TRUE" typed as text must not turn into numbers
  // or formulas inside the evaluator.
  if (typeof value === "string") return `'${value}`;
  return value;
}

export function evaluateMissingResults(sheets: SheetCells[], pending: PendingFormula[]): CellValue[] {
  const data: Record<string, RawContent[][]> = {};
  for (const s of sheets) {
    const rows: RawContent[][] = [];
    for (const c of s.cells) {
      if (c.value === null && !c.formula) continue;
      const row = (rows[c.row] ??= []);
      row[c.col] = content(c.value, c.formula);
    }
    // HyperFormula wants dense rectangular-ish arrays: fill the holes.
    for (let r = 0; r < rows.length; r++) {
      const row = (rows[r] ??= []);
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    }
    data[s.name] = rows;
  }
  const hf = HyperFormula.buildFromSheets(data, {
    licenseKey: "gpl-v3",
    // Excel's own limits: the defaults (40,000 rows) are smaller than real budget workbooks can be.
    maxRows: 1_048_576,
    maxColumns: 16_384,
  });
  try {
    return pending.map((p) => {
      const sheet = hf.getSheetId(p.sheet);
      if (sheet === undefined) return null;
      const v = hf.getCellValue({ sheet, row: p.row, col: p.col });
      if (v instanceof DetailedCellError) {
        // An unknown function or unparseable formula says nothing about the workbook, only about the evaluator:
        // the value is unknown (blank) rather than a #NAME? the file never showed.
        if (v.type === ErrorType.NAME || v.type === ErrorType.ERROR || v.type === ErrorType.LIC || v.type === ErrorType.CYCLE) return null;
        return v.value;
      }
      return v ?? null;
    });
  } finally {
    hf.destroy();
  }
}
