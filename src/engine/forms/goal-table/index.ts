import type { FindingDraft } from "../../findings/finding";
import { siteOf, type FormModule } from "../form-module";
import { runChecks } from "../../checks/run-checks";
import { goalTableEvidence } from "./evidence";
import type { GoalTableCheck } from "./checks/check";
import { amountsAreNumbers } from "./checks/amounts-are-numbers";
import { fundsSplit } from "./checks/funds-split";
import { currentYearWithinTotal } from "./checks/current-year-within-total";
import { textExpressions } from "./checks/text-expressions";
import { fundsUseTotal } from "./checks/funds-use-total";
import { procurementTotal } from "./checks/procurement-total";
import { taskAmounts } from "./checks/task-amounts";
import { categoryCoverage } from "./checks/category-coverage";
import { indicatorPairs } from "./checks/indicator-pairs";
import { missingValues } from "./checks/missing-values";
import { measurableTargets } from "./checks/measurable-targets";
import { goalTableNotes } from "./notes";
import { recogniseGoalTables } from "./recognise";
import type { GoalTableForm } from "./types";

export { targetChanged } from "./checks/target-changed";
export type { GoalTableForm } from "./types";

/**
 * Every check of the form, in the order their findings are kept: a report holds one finding of a code per
 * cell, so the check that says most precisely what is wrong with a text cell (a wrong calculation) runs first.
 */
export const GOAL_TABLE_CHECKS: GoalTableCheck[] = [
  amountsAreNumbers,
  fundsSplit,
  currentYearWithinTotal,
  textExpressions,
  fundsUseTotal,
  procurementTotal,
  taskAmounts,
  categoryCoverage,
  indicatorPairs,
  missingValues,
  measurableTargets,
];

function firstPerCell(drafts: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.code}|${d.sheet}|${d.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const goalTableModule: FormModule<GoalTableForm, "goal-table"> = {
  kind: "goal-table",
  recognise: (grid) => recogniseGoalTables(grid),
  place: (form) => ({ kind: "goal-table", ...(form.variant === "department" ? { variant: "department" } : {}), sheet: form.sheet, range: form.range, title: form.title, notes: goalTableNotes(form) }),
  evidence: goalTableEvidence,
  checks: GOAL_TABLE_CHECKS,
  evaluate(form, ctx) {
    return { findings: firstPerCell(runChecks(GOAL_TABLE_CHECKS, [form, ctx], { profile: ctx.profile, site: siteOf(form) })) };
  },
};
