import type { Check } from "../../../checks/check";
import type { BudgetTable } from "../schema";

/** A check of one budget table (checks/check.ts). */
export type BudgetTableCheck = Check<[table: BudgetTable]>;
