import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { Block, BudgetRow, BudgetTable } from "../schema";

function firstOf(block: Block, kind: BudgetRow["kind"]): BudgetRow | undefined {
  return block.rows.find((r) => r.kind === kind);
}

/** A side with an amount on a row between its 合计 and its 总计 (上年结转, 年末结转和结余, 结余分配). */
function carriesOver(block: Block): boolean {
  const sum = block.rows.findIndex((r) => r.kind === "sum");
  const grand = block.rows.findIndex((r) => r.kind === "grand");
  if (sum < 0 || grand < sum) return false;
  return block.rows.slice(sum + 1, grand).some((r) => r.amounts[0]?.kind === "number" && (r.amounts[0].value ?? 0) !== 0);
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
  // With carry-overs between 合计 and 总计 (a 决算: 年初结转和结余 in, 年末结转和结余 out) this year's income and
  // expenditure differ by them; only the 总计 rows must balance.
  const kinds = carriesOver(income) || carriesOver(expense) ? (["grand"] as const) : (["sum", "grand"] as const);
  for (const kind of kinds) {
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
