import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { Block, BudgetRow, BudgetTable } from "../schema";

function firstOf(block: Block, kind: BudgetRow["kind"]): BudgetRow | undefined {
  return block.rows.find((r) => r.kind === kind);
}

/**
 * BALANCE_MISMATCH: the two sides of a 收支总表, 本年收入合计 against 本年支出合计 and 收入总计 against 支出总计.
 * Both sides are the same amount rounded alike, so they must be equal as shown.
 */
export function balance(table: BudgetTable): FindingDraft[] {
  const income = table.blocks.find((b) => b.side === "income");
  const expense = table.blocks.find((b) => b.side === "expense");
  if (!income || !expense || income.columns.length === 0 || expense.columns.length === 0) return [];
  const out: FindingDraft[] = [];
  for (const kind of ["sum", "grand"] as const) {
    const a = firstOf(income, kind);
    const b = firstOf(expense, kind);
    if (!a || !b) continue;
    const x = a.amounts[0];
    const y = b.amounts[0];
    if (x.kind !== "number" || y.kind !== "number" || x.value === null || y.value === null) continue;
    const d = Math.min(x.decimals, y.decimals);
    if (Math.abs(x.value - y.value) < 0.5 * 10 ** -d - 1e-9) continue;
    out.push({
      code: "BALANCE_MISMATCH",
      sheet: table.sheet,
      cell: y.address,
      related: [x.address],
      expected: x.value,
      actual: y.value,
      params: { label: b.label.trim(), otherLabel: a.label.trim() },
    });
  }
  return out;
}

/** The check as the runner sees it (checks/check.ts). */
export const balanceCheck: BudgetTableCheck = { name: "balance", codes: ["BALANCE_MISMATCH"], run: balance };
