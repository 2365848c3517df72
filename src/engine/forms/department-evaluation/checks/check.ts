import type { FindingCode } from "../../../findings/catalog";
import type { FindingDraft } from "../../../findings/finding";
import type { EngineContext } from "../../form-module";
import type { DeptScoring } from "../scoring";
import type { DepartmentEvaluationForm } from "../types";

/** A check of the department evaluation: one rule, the codes it may raise, findings located at cells. */
export interface DeptCheck {
  name: string;
  codes: FindingCode[];
  run(form: DepartmentEvaluationForm, scoring: DeptScoring, ctx: EngineContext): FindingDraft[];
}
