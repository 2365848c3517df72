import type { FindingCode } from "../../../findings/catalog";
import type { FindingDraft } from "../../../findings/finding";
import type { EngineContext } from "../../form-module";
import type { FormScoring } from "../score";
import type { SelfEvaluationForm } from "../types";

/** A self-evaluation check: one rule, the codes it may raise, findings located at cells. */
export interface SelfEvalCheck {
  name: string;
  codes: FindingCode[];
  run(form: SelfEvaluationForm, scoring: FormScoring, ctx: EngineContext): FindingDraft[];
}

