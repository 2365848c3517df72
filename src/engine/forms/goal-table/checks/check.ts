import type { Check } from "../../../checks/check";
import type { EngineContext } from "../../form-module";
import type { GoalTableForm } from "../types";

/** A goal-table check (checks/check.ts). */
export type GoalTableCheck = Check<[form: GoalTableForm, ctx: EngineContext]>;
