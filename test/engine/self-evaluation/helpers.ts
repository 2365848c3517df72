import ExcelJS from "exceljs";
import { snapshotOf } from "../../../src/hosts/file";
import { validateWorkbook, type ValidateOptions } from "../../../src/engine/validate";
import { layoutSelfEvaluation, setSelfEvaluationColumns, type SelfEvalData } from "../../../scripts/examples/self-evaluation-layout";
import type { Finding } from "../../../src/engine/findings/finding";

/** Lay out forms on sheets (several per sheet when grouped) and run the engine over them. */
export async function validateForms(sheets: SelfEvalData[][], options: ValidateOptions = {}) {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((forms, i) => {
    const ws = wb.addWorksheet(`Sheet${i + 1}`);
    setSelfEvaluationColumns(ws);
    let row = 1;
    for (const f of forms) row = layoutSelfEvaluation(ws, row, f);
  });
  const snapshot = await snapshotOf(wb, "test.xlsx");
  return { ...validateWorkbook(snapshot, options), snapshot };
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Findings as "CODE@Sheet!Cell" for exact comparisons. */
export const where = (fs: Finding[], codes?: string[]) =>
  fs.filter((f) => !codes || codes.includes(f.code)).map((f) => `${f.code}@${f.sheet}!${f.cell}`);
