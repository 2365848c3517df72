import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import type { BudgetTable } from "../schema";
import { parentChildFindings } from "./parent-children";

/** SUM_MISMATCH / ROUNDING_TAIL: a row against the rows indented (or enumerated) under it. */
export function sumByIndent(table: BudgetTable): FindingDraft[] {
  return table.blocks.filter((b) => b.hierarchy === "indent" || b.hierarchy === "numbering").flatMap((b) => parentChildFindings(table, b));
}

/** The check as the runner sees it (checks/check.ts). */
export const sumByIndentCheck: BudgetTableCheck = { name: "sum-by-indent", codes: ["SUM_MISMATCH", "ROUNDING_TAIL"], run: sumByIndent };
