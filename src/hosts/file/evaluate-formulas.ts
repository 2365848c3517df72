import type * as HyperFormulaModule from "hyperformula";
import type { CellValue } from "../../engine/snapshot";

/**
 * Values for formula cells whose file carries no cached result (a workbook written by a program and never
 * opened in Excel). Without this a 合计 written as =SUM(…) would read as blank and every check on it would
 * be wrong.
 *
 * HyperFormula is dual-licensed (GPLv3 or proprietary); we use it under GPLv3 ('gpl-v3' key). An instance is
 * built only when a workbook needs it, so most reads (files saved by Excel or WPS) never pay for it — nor for loading
 * the library: it is required on first use (a fifth of a second of every CLI run otherwise).
 */
let hyperFormula: typeof HyperFormulaModule | undefined;
/** Loaded on first use, synchronously, in Node and webpack alike. */
function loadHyperFormula(): typeof HyperFormulaModule {
  return (hyperFormula ??= require("hyperformula") as typeof HyperFormulaModule);
}

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

/**
 * A formula may read at most this many cells in all: =SUM(A1:XFD1048576) would make the evaluator walk 17 billion
 * cells (it hung, or ran out of memory). Such a formula is not evaluated: its cached value, or none, is kept.
 */
export const MAX_FORMULA_CELLS = 200_000;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Cells the ranges of a formula cover (A1:B9, A:C, 3:5), counted from its text. */
export function referencedCells(formula: string): number {
  let total = 0;
  const text = formula.replace(/"[^"]*"/g, "");
  for (const m of text.matchAll(/\$?([A-Za-z]{1,3})\$?(\d+)\s*:\s*\$?([A-Za-z]{1,3})\$?(\d+)/g)) {
    total += (Math.abs(colNumber(m[3]) - colNumber(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9$])\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![A-Za-z0-9(])/g)) {
    total += (Math.abs(colNumber(m[2]) - colNumber(m[1])) + 1) * 1_048_576;
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9$.])\$?(\d+):\$?(\d+)(?![0-9])/g)) {
    total += (Math.abs(Number(m[2]) - Number(m[1])) + 1) * 16_384;
  }
  return total;
}

function withinBudget(formula: string): boolean {
  return referencedCells(formula) <= MAX_FORMULA_CELLS;
}

function content(value: CellValue, formula: string | null): RawContent {
  // Over the budget: the evaluator sees the value the file cached (or nothing), not the formula.
  if (formula && !withinBudget(formula)) return typeof value === "string" ? `'${value}` : value;
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
  const { DetailedCellError, ErrorType, HyperFormula } = loadHyperFormula();
  const hf = HyperFormula.buildFromSheets(data, {
    licenseKey: "gpl-v3",
    // Excel's own limits: the defaults (40,000 rows) are smaller than real budget workbooks can be.
    maxRows: 1_048_576,
    maxColumns: 16_384,
  });
  try {
    return pending.map((p) => {
      if (!withinBudget(p.formula)) return null;
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
