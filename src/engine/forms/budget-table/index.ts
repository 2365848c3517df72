import { runChecks } from "../../checks/run-checks";
import { siteOf, type FormModule } from "../form-module";
import type { BudgetTableCheck } from "./checks/check";
import { notANumberCheck } from "./checks/not-a-number";
import { sumByCodePrefixCheck } from "./checks/sum-by-code-prefix";
import { sumByIndentCheck } from "./checks/sum-by-indent";
import { totalRowsCheck } from "./checks/total-rows";
import { totalColumnsCheck } from "./checks/total-columns";
import { ofWhichCheck } from "./checks/of-which";
import { deltaRowsCheck } from "./checks/delta-rows";
import { deltaColumnsCheck } from "./checks/delta-columns";
import { balanceCheck } from "./checks/balance";
import { budgetTableEvidence } from "./evidence";
import { tableName } from "./accessors";
import { recogniseBudgetTables } from "./recognise";
import type { BudgetTable } from "./schema";

export { budgetCrossTable } from "./checks/cross-table";
export type { BudgetTable } from "./schema";

/** The checks of one budget table, each a small named function (checks/*.ts). */
export const BUDGET_TABLE_CHECKS: BudgetTableCheck[] = [
  notANumberCheck,
  sumByCodePrefixCheck,
  sumByIndentCheck,
  totalRowsCheck,
  totalColumnsCheck,
  ofWhichCheck,
  deltaRowsCheck,
  deltaColumnsCheck,
  balanceCheck,
];

export const budgetTableModule: FormModule<BudgetTable, "budget-table"> = {
  kind: "budget-table",
  recognise: (grid) => recogniseBudgetTables(grid),
  place: (table) => ({ kind: "budget-table", sheet: table.sheet, range: table.range, title: tableName(table), notes: table.notes }),
  evidence: budgetTableEvidence,
  checks: BUDGET_TABLE_CHECKS,
  evaluate: (table, ctx) => ({ findings: runChecks(BUDGET_TABLE_CHECKS, [table], { profile: ctx.profile, site: siteOf(table) }) }),
};
