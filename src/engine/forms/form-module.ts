import type { SheetGrid } from "../sheet-grid";
import type { Profile } from "../profile/schema";
import type { FindingDraft } from "../findings/finding";
import type { CellOutput, FormKind, FormScore } from "../report";
import type { Lang } from "../i18n";
import type { Evidence } from "./compete";
import type { Check, CheckInfo } from "../checks/check";
import type { CheckSite } from "../checks/run-checks";
import { parseRange, cellAddress } from "../address";

/** What every check and scorer may consult besides the form itself. */
export interface EngineContext {
  profile: Profile;
  lang: Lang;
  /** Every sheet of the workbook (cross-table checks read more than their own form). */
  grids: SheetGrid[];
}

/** Where a recognised form sits and what it is called (the report's `forms[]` entry without its score). */
export interface FormPlace {
  kind: FormKind;
  sheet: string;
  /** A1 range the form covers. */
  range: string;
  title: string;
  /** The kind's variant, where it has one ("department": 部门整体支出绩效目标表). */
  variant?: string;
  /** Things the recogniser inferred (reported so a reviewer can see them). */
  notes?: string[];
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
export interface FormModule<F> {
  kind: FormKind;
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

/** A recognised form, tagged with its module so workbook-level checks can look across forms. */
export interface RecognisedForm {
  module: FormModule<unknown>;
  form: unknown;
  place: FormPlace;
}

/** A check that looks across the forms of a workbook (cross-table amounts, changed targets). */
export type WorkbookCheck = Check<[forms: RecognisedForm[], ctx: EngineContext]>;

/** Where a check's failure is reported: the form's sheet and its first cell. */
export function siteOf(form: { sheet: string; range: string }): CheckSite {
  const r = parseRange(form.range);
  return { sheet: form.sheet, cell: cellAddress(r.top, r.left) };
}
