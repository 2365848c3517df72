import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { BudgetTable } from "../schema";
import { cellLabel } from "./labels";
import { totalFindings } from "./rounding-envelope";

/** SUM_MISMATCH / ROUNDING_TAIL: 总计 and 小计 columns against their source columns, row by row. */
export function totalColumns(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const block of table.blocks) {
    for (const row of block.rows) {
      out.push(
        ...totalFindings(
          table.sheet,
          block.columnSums.map((s) => ({
            total: row.amounts[s.total],
            parts: s.parts.map((p) => row.amounts[p]),
            label: cellLabel(block, row, block.columns[s.total]),
          })),
        ),
      );
    }
  }
  return out;
}

/** The check as the runner sees it (checks/check.ts). */
export const totalColumnsCheck: BudgetTableCheck = { name: "total-columns", codes: ["SUM_MISMATCH", "ROUNDING_TAIL"], run: totalColumns };
