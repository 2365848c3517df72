import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import type { Block, BudgetTable } from "../schema";
import { DELTA_ROW } from "../vocabulary";
import { cellLabel } from "./labels";
import { compareTotal } from "./rounding-envelope";

const YEAR = /(\d{4})\s*年/;

/** The two year columns and the 增减 column of a block (2023年预算数 | 2024年预算数 | 增、减金额), or null. */
function deltaColumns(block: Block): { earlier: number; later: number; delta: number } | null {
  const years: { c: number; year: number }[] = [];
  const deltas: number[] = [];
  block.columns.forEach((col, c) => {
    const path = col.path.join("");
    if (DELTA_ROW.test(path)) deltas.push(c);
    else {
      const m = YEAR.exec(col.label);
      if (m) years.push({ c, year: Number(m[1]) });
    }
  });
  if (deltas.length !== 1 || years.length !== 2 || years[0].year === years[1].year) return null;
  years.sort((a, b) => a.year - b.year);
  return { earlier: years[0].c, later: years[1].c, delta: deltas[0] };
}

/**
 * SUM_MISMATCH / ROUNDING_TAIL: a column of changes beside two year columns (三公 tables: 2023年预算数 | 2024年预算数 |
 * 比上年增、减金额), row by row: later = earlier + change, within the rounding envelope of the three printed amounts.
 */
export function checkDeltaColumns(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const block of table.blocks) {
    const cols = deltaColumns(block);
    if (!cols) continue;
    for (const row of block.rows) {
      const a = row.amounts[cols.later];
      const b = row.amounts[cols.earlier];
      const delta = row.amounts[cols.delta];
      if (a.kind !== "number" || b.kind !== "number" || delta.kind !== "number") continue;
      const cmp = compareTotal(a, [b, delta]);
      if (cmp.status !== "mismatch" && cmp.status !== "tail") continue;
      const at = {
        sheet: table.sheet,
        cell: delta.address,
        related: [a.address, b.address],
        expected: roundHalfAway((a.value ?? 0) - (b.value ?? 0), cmp.decimals),
        actual: delta.value,
        params: { label: cellLabel(block, row, block.columns[cols.delta]), envelope: roundHalfAway(cmp.envelope, cmp.decimals + 1) },
      };
      out.push(cmp.status === "mismatch" ? { code: "SUM_MISMATCH", context: "delta", ...at } : { code: "ROUNDING_TAIL", ...at });
    }
  }
  return out;
}

export const deltaColumnsCheck: BudgetTableCheck = { name: "delta-columns", codes: ["SUM_MISMATCH", "ROUNDING_TAIL"], run: checkDeltaColumns };
