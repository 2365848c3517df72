import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { BudgetTable } from "../schema";
import { cellLabel } from "./labels";

/** NOT_A_NUMBER: text in an amount cell. Blank, "-", "—" and "/" are "no amount" and pass. */
export function notANumber(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const block of table.blocks) {
    for (const row of block.rows) {
      row.amounts.forEach((a, c) => {
        if (a.kind === "text") out.push({ code: "NOT_A_NUMBER", sheet: table.sheet, cell: a.address, actual: a.text, params: { label: cellLabel(block, row, block.columns[c]) } });
      });
    }
  }
  return out;
}

/** The check as the runner sees it (checks/check.ts). */
export const notANumberCheck: BudgetTableCheck = { name: "not-a-number", codes: ["NOT_A_NUMBER"], run: notANumber };
