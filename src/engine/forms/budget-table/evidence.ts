import type { Evidence } from "../compete";
import type { BudgetTable } from "./schema";

/**
 * A budget table's evidence (forms/compete.ts). Roles: its label column counts 1 and each amount column 1, four at
 * most. Rows: the amount evidence, rows holding at least one amount that parses as a number.
 */
export function budgetTableEvidence(table: BudgetTable): Evidence {
  const columns = table.blocks.reduce((n, b) => n + b.columns.length, 0);
  const rows = table.blocks.reduce((n, b) => n + b.rows.filter((r) => r.amounts.some((a) => a.kind === "number")).length, 0);
  return { roles: 1 + Math.min(columns, 4), rows };
}
