import type { FindingDraft } from "../../findings/finding";
import type { FormModule } from "../form-module";
import { balance } from "./checks/balance";
import { deltaColumnsCheck } from "./checks/delta-columns";
import { deltaRows } from "./checks/delta-rows";
import { notANumber } from "./checks/not-a-number";
import { ofWhich } from "./checks/of-which";
import { sumByCodePrefix } from "./checks/sum-by-code-prefix";
import { sumByIndent } from "./checks/sum-by-indent";
import { totalColumns } from "./checks/total-columns";
import { totalRows } from "./checks/total-rows";
import { tableName } from "./accessors";
import { recogniseBudgetTables } from "./recognise";
import type { BudgetTable } from "./schema";

export { budgetCrossTable } from "./checks/cross-table";
export type { BudgetTable } from "./schema";

/** The checks of one budget table, each a small named function (checks/*.ts). */
export const BUDGET_TABLE_CHECKS: { name: string; run: (table: BudgetTable) => FindingDraft[] }[] = [
  { name: "not-a-number", run: notANumber },
  { name: "sum-by-code-prefix", run: sumByCodePrefix },
  { name: "sum-by-indent", run: sumByIndent },
  { name: "total-rows", run: totalRows },
  { name: "total-columns", run: totalColumns },
  { name: "of-which", run: ofWhich },
  { name: "delta-rows", run: deltaRows },
  { name: "delta-columns", run: deltaColumnsCheck },
  { name: "balance", run: balance },
];

export const budgetTableModule: FormModule<BudgetTable> = {
  kind: "budget-table",
  recognise: (grid, ctx) => recogniseBudgetTables(grid, ctx.lang),
  place: (table) => ({ kind: "budget-table", sheet: table.sheet, range: table.range, title: tableName(table), notes: table.notes }),
  evaluate: (table) => ({ findings: BUDGET_TABLE_CHECKS.flatMap((c) => c.run(table)) }),
};
