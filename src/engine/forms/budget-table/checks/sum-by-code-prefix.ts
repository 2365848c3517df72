import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { BudgetTable } from "../schema";
import { parentChildFindings } from "./parent-children";

/** SUM_MISMATCH / ROUNDING_TAIL: a classification code (206, 20605) against the codes it prefixes, and a unit row against its 类 rows. */
export function sumByCodePrefix(table: BudgetTable): FindingDraft[] {
  return table.blocks.filter((b) => b.hierarchy === "code").flatMap((b) => parentChildFindings(table, b));
}

/** The check as the runner sees it (checks/check.ts). */
export const sumByCodePrefixCheck: BudgetTableCheck = { name: "sum-by-code-prefix", codes: ["SUM_MISMATCH", "ROUNDING_TAIL"], run: sumByCodePrefix };
