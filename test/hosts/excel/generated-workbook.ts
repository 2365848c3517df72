import { cellAddress } from "../../../src/engine/address";
import type { Finding } from "../../../src/engine/findings/finding";
import type { CellOutput } from "../../../src/engine/report";
import type { WorkbookSnapshot } from "../../../src/engine/snapshot";
import type { ValidationResult } from "../../../src/engine/validate";
import { newSheet, newWorkbook, putCell, type FakeWorkbookState } from "./fake-excel";

export interface GeneratedShape {
  sheets: number;
  rows: number;
  cols: number;
}

/** 20 sheets × 250 rows × 10 columns = 50,000 cells: the size the host's round-trip bounds are proven on. */
export const LARGE: GeneratedShape = { sheets: 20, rows: 250, cols: 10 };

/**
 * A budget-table-like workbook: a merged title, a header row, indented item names, amounts with thousands
 * formats, a SUM formula per block, an error value every 97th cell (so the engine has findings to plan), and
 * some cells already filled by the user (so restoring original fills is tested on real variety).
 */
export function generateWorkbook(shape: GeneratedShape = LARGE): FakeWorkbookState {
  const sheets = Array.from({ length: shape.sheets }, (_, s) => {
    const sheet = newSheet(`表${s + 1} 支出明细`);
    sheet.merged.push(`A1:${cellAddress(0, shape.cols - 1)}`);
    let n = 0;
    for (let r = 0; r < shape.rows; r++) {
      for (let c = 0; c < shape.cols; c++) {
        n++;
        const a = cellAddress(r, c);
        if (r === 0) putCell(sheet, a, { value: c === 0 ? `表${s + 1} 部门支出预算明细表（单位：元）` : null });
        else if (r === 1) putCell(sheet, a, { value: c === 0 ? "科目名称" : `金额${c}` });
        else if (c === 0) putCell(sheet, a, { value: `支出项目 ${r}`, indent: r % 5 === 0 ? 0 : 1 });
        else if ((s * shape.rows * shape.cols + n) % 97 === 0) putCell(sheet, a, { value: "#REF!", formula: "=#REF!+1" });
        else if (r % 25 === 0) putCell(sheet, a, { value: 1000 * c, formula: `=SUM(${cellAddress(r - 24, c)}:${cellAddress(r - 1, c)})`, numberFormat: "#,##0.00" });
        else putCell(sheet, a, { value: r * 10 + c + 0.25, numberFormat: "#,##0.00" });
        // The user's own colours on some cells, plain and patterned, so "clear" has fills to give back.
        if (r > 1 && c > 0 && (r + c) % 13 === 0) putCell(sheet, a, { fill: { color: "#FFFF00", pattern: "Solid", patternColor: null } });
        if (r > 1 && c > 0 && (r * c) % 89 === 0) putCell(sheet, a, { fill: { color: "#00B0F0", pattern: "Gray25", patternColor: "#7030A0" } });
      }
    }
    return sheet;
  });
  return newWorkbook("generated.xlsx", sheets);
}

/**
 * What the engine would report for the generated workbook, independent of which forms the recognisers accept:
 * a FORMULA_ERROR on every error cell and a computed value beside each sheet's table. Fed through the real
 * planWrites, so the plan has the engine's shape (fills by colour, notes, results rows with links).
 */
export function generatedFindings(snapshot: WorkbookSnapshot): Pick<ValidationResult, "report" | "outputs"> {
  const findings: Finding[] = [];
  const outputs: CellOutput[] = [];
  for (const s of snapshot.sheets) {
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== "#REF!") return;
        const cell = cellAddress(s.origin.row + i, s.origin.col + j);
        findings.push({ code: "FORMULA_ERROR", severity: "error", sheet: s.name, cell, related: [], actual: v, message: `单元格 ${cell} 为错误值 ${v}` });
      }),
    );
    outputs.push({ sheet: s.name, cell: cellAddress(2, s.origin.col + (s.values[0]?.length ?? 0) + 1), value: 99.96, numberFormat: "0.00" });
  }
  const summary = { errors: findings.length, warnings: 0, info: 0 };
  return { report: { file: snapshot.name, profile: "shenzhen", forms: [], findings, summary }, outputs };
}
