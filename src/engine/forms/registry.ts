import type { KindModule, WorkbookCheck } from "./form-module";
import { formulaErrors } from "../checks/formula-errors";
import { selfEvaluationModule } from "./self-evaluation";
import { departmentEvaluationModule } from "./department-evaluation";
import { goalTableModule, targetChanged } from "./goal-table";
import { budgetTableModule, budgetCrossTable } from "./budget-table";

/**
 * Every form kind the engine recognises, in priority order: where two recognisers claim overlapping
 * cells of a sheet, the earlier one keeps them. Adding a form kind is one line here.
 */
export const FORM_MODULES: KindModule[] = [selfEvaluationModule, departmentEvaluationModule, goalTableModule, budgetTableModule];

/** Checks that look across the forms of a workbook. */
export const WORKBOOK_CHECKS: WorkbookCheck[] = [formulaErrors, targetChanged, budgetCrossTable];
