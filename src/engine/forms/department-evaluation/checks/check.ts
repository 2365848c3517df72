import type { Check } from "../../../checks/check";
import type { EngineContext } from "../../form-module";
import type { DeptScoring } from "../scoring";
import type { DepartmentEvaluationForm } from "../types";

/** A check of the department evaluation (checks/check.ts): it reads the form and its scoring. */
export type DeptCheck = Check<[form: DepartmentEvaluationForm, scoring: DeptScoring, ctx: EngineContext]>;
