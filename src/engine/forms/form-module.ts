import type { SheetGrid } from "../sheet-grid";
import type { Profile } from "../profile/schema";
import type { FindingDraft } from "../findings/finding";
import type { CellOutput, FormKind, FormScore } from "../report";
import type { SelfEvaluationForm } from "./self-evaluation/types";
import type { GoalTableForm } from "./goal-table/types";
import type { DepartmentEvaluationForm } from "./department-evaluation/types";
import type { BudgetTable } from "./budget-table/schema";
import type { TextParam, TextRef } from "../findings/text";
import { evidenceScore, type Evidence } from "./compete";
import type { Check, CheckInfo } from "../checks/check";
import type { CheckSite } from "../checks/run-checks";
import { parseRange, cellAddress } from "../address";

/** What every check and scorer may consult besides the form itself. */
export interface EngineContext {
  profile: Profile;
  /** Every sheet of the workbook (cross-table checks read more than their own form). */
  grids: SheetGrid[];
}

/** Where a recognised form sits and what it is called (the report's `forms[]` entry without its score). */
export interface FormPlace {
  kind: FormKind;
  sheet: string;
  /** A1 range the form covers. */
  range: string;
  /** As the form prints it; where it prints none, the kind's name as text to render. */
  title: string | TextRef;
  /** The kind's variant, where it has one ("department": 部门整体支出绩效目标表). */
  variant?: string;
  /** Things the recogniser inferred (reported so a reviewer can see them), as language-neutral text. */
  notes?: TextParam[];
}

export interface Evaluation {
  findings: FindingDraft[];
  score?: FormScore;
  outputs?: CellOutput[];
}

/**
 * One kind of form: how to find it in a sheet, and how to check and score it.
 * A module keeps its checks as small named functions (checks/*.ts) and runs them in `evaluate`.
 */
export interface FormModule<F, K extends FormKind = FormKind> {
  kind: K;
  recognise(grid: SheetGrid, ctx: EngineContext): F[];
  place(form: F): FormPlace;
  /**
   * How strongly the candidate is this kind (forms/compete.ts): where candidates of two kinds overlap, the stronger
   * keeps the region. Without it a candidate has no evidence and wins only by registry order.
   */
  evidence?(form: F): Evidence;
  /** The checks `evaluate` runs (through checks/run-checks.ts), for the registry test and a profile's pick/skip. */
  checks?: readonly CheckInfo[];
  evaluate(form: F, ctx: EngineContext): Evaluation;
}

/** The form each kind's recogniser reads. */
export interface FormOfKind {
  "self-evaluation": SelfEvaluationForm;
  "goal-table": GoalTableForm;
  "department-evaluation": DepartmentEvaluationForm;
  "budget-table": BudgetTable;
}

/** A form module of one kind, as the registry lists them: a union keyed by kind. */
export type KindModule = { [K in FormKind]: FormModule<FormOfKind[K], K> }[FormKind];

/**
 * A recognised form, tagged with its kind and module so workbook-level checks can look across forms: a union keyed
 * by kind, so `if (r.kind === "goal-table")` gives `r.form` its type without a cast or a re-parse.
 */
export type RecognisedForm = { [K in FormKind]: { kind: K; module: FormModule<FormOfKind[K], K>; form: FormOfKind[K]; place: FormPlace } }[FormKind];


/** A check that looks across the forms of a workbook (cross-table amounts, changed targets). */
export type WorkbookCheck = Check<[forms: RecognisedForm[], ctx: EngineContext]>;

/** Where a check's failure is reported: the form's sheet and its first cell. */
export function siteOf(form: { sheet: string; range: string }): CheckSite {
  const r = parseRange(form.range);
  return { sheet: form.sheet, cell: cellAddress(r.top, r.left) };
}

/** A candidate of one recogniser with its evidence (forms/compete.ts). */
export interface Candidate {
  recognised: RecognisedForm;
  evidence: number;
}

function candidates<F, K extends FormKind>(
  module: FormModule<F, K>,
  grid: SheetGrid,
  ctx: EngineContext,
  tag: (form: F, place: FormPlace) => RecognisedForm,
): Candidate[] {
  return module.recognise(grid, ctx).map((form) => ({
    recognised: tag(form, module.place(form)),
    evidence: module.evidence ? evidenceScore(module.evidence(form)) : 0,
  }));
}

/** Every candidate a module finds in a sheet, tagged with its kind. */
export function recogniseWith(module: KindModule, grid: SheetGrid, ctx: EngineContext): Candidate[] {
  switch (module.kind) {
    case "self-evaluation":
      return candidates(module, grid, ctx, (form, place) => ({ kind: "self-evaluation", module, form, place }));
    case "goal-table":
      return candidates(module, grid, ctx, (form, place) => ({ kind: "goal-table", module, form, place }));
    case "department-evaluation":
      return candidates(module, grid, ctx, (form, place) => ({ kind: "department-evaluation", module, form, place }));
    case "budget-table":
      return candidates(module, grid, ctx, (form, place) => ({ kind: "budget-table", module, form, place }));
  }
}

/** Check and score a recognised form with its own module. */
export function evaluateRecognised(r: RecognisedForm, ctx: EngineContext): Evaluation {
  switch (r.kind) {
    case "self-evaluation":
      return r.module.evaluate(r.form, ctx);
    case "goal-table":
      return r.module.evaluate(r.form, ctx);
    case "department-evaluation":
      return r.module.evaluate(r.form, ctx);
    case "budget-table":
      return r.module.evaluate(r.form, ctx);
  }
}
