import type { FindingCode } from "../../../findings/catalog";
import type { FindingDraft } from "../../../findings/finding";
import type { EngineContext } from "../../form-module";
import type { GoalTableForm } from "../types";

/** A goal-table check: one rule, the codes it may raise, findings located at cells. */
export interface GoalTableCheck {
  name: string;
  codes: FindingCode[];
  run(form: GoalTableForm, ctx: EngineContext): FindingDraft[];
}
