import type { Check } from "../../../checks/check";
import type { EngineContext } from "../../form-module";
import type { FormScoring } from "../score";
import type { SelfEvaluationForm } from "../types";

/** A self-evaluation check (checks/check.ts): it reads the form and its scoring. */
export type SelfEvalCheck = Check<[form: SelfEvaluationForm, scoring: FormScoring, ctx: EngineContext]>;

