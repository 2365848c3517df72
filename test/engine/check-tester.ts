import type { Check } from "../../src/engine/checks/check";
import { runChecks, setStrictChecks } from "../../src/engine/checks/run-checks";
import type { EngineContext, RecognisedForm } from "../../src/engine/forms/form-module";
import { siteOf } from "../../src/engine/forms/form-module";
import { FORM_MODULES } from "../../src/engine/forms/registry";
import { scoreForm } from "../../src/engine/forms/self-evaluation/score";
import type { SelfEvaluationForm } from "../../src/engine/forms/self-evaluation/types";
import { scoreDepartmentForm } from "../../src/engine/forms/department-evaluation/scoring";
import type { DepartmentEvaluationForm } from "../../src/engine/forms/department-evaluation/types";
import type { GoalTableForm } from "../../src/engine/forms/goal-table/types";
import type { BudgetTable } from "../../src/engine/forms/budget-table/schema";
import type { FormKind } from "../../src/engine/report";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { ProfileSchema, type Profile, type ProfileInput } from "../../src/engine/profile/schema";
import { SheetGrid } from "../../src/engine/sheet-grid";
import { SheetSnapshotSchema } from "../../src/engine/snapshot";
import { recogniseForms } from "../../src/engine/validate";
import type { FindingDraft } from "../../src/engine/findings/finding";

/**
 * The check tester (ESLint's RuleTester for budget-check): one check, valid and invalid cases each built from inline
 * rows as the layouts tests build grids. The form is recognised from the rows by its kind's recogniser, then only this
 * check runs — strict: a code it does not declare, or a throw, fails the case. An invalid case lists its findings
 * exactly, as "CODE@Cell" (the check's own order); a valid case has none.
 */
export type Row = (string | number | null)[];

export interface Sheet {
  name?: string;
  rows: Row[];
  merged?: string[];
}

interface CaseBase {
  /** What the case is about (the test's name). */
  name: string;
  /** One sheet's rows, or several sheets (workbook checks). */
  rows?: Row[];
  merged?: string[];
  sheets?: Sheet[];
  /** A built-in profile's id, or changes on the default (shenzhen) profile. */
  profile?: string | Partial<ProfileInput>;
}
export type ValidCase = CaseBase;
export interface InvalidCase extends CaseBase {
  findings: string[];
  /** Extra assertions on the drafts (expected values, parameters). */
  assert?: (drafts: FindingDraft[]) => void;
}

export function gridOf(sheet: Sheet): SheetGrid {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const values = sheet.rows.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]);
  return new SheetGrid(SheetSnapshotSchema.parse({ name: sheet.name ?? "Sheet1", origin: { row: 0, col: 0 }, values, merged: sheet.merged ?? [] }));
}

function profileOf(p: CaseBase["profile"]): Profile {
  if (p === undefined) return BUILTIN_PROFILES.shenzhen;
  if (typeof p === "string") return BUILTIN_PROFILES[p];
  return ProfileSchema.parse({ ...BUILTIN_PROFILES.shenzhen, ...p });
}

function contextOf(c: CaseBase): EngineContext {
  const sheets = c.sheets ?? [{ rows: c.rows ?? [], merged: c.merged }];
  return { profile: profileOf(c.profile), grids: sheets.map(gridOf) };
}

/** The one form of the kind the case's rows hold (the flatMap narrows the recognised union by kind, no cast). */
function only<T>(forms: T[], kind: FormKind): T {
  if (forms.length !== 1) throw new Error(`the case's rows hold ${forms.length} ${kind} forms, not one`);
  return forms[0];
}

/** The drafts of one check on one case, run as the module runs it (strict). */
export type Runner = (c: CaseBase) => FindingDraft[];

const where = (ds: FindingDraft[]) => ds.map((d) => `${d.code}@${d.cell}`);

function cases(checkName: string, codes: readonly string[], run: Runner, valid: ValidCase[], invalid: InvalidCase[]): void {
  describe(`check ${checkName}`, () => {
    beforeAll(() => setStrictChecks(true));
    if (valid.length) {
      test.each(valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
        expect(where(run(c))).toEqual([]);
      });
    }
    test.each(invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const drafts = run(c);
      expect(where(drafts)).toEqual(c.findings);
      for (const d of drafts) expect(codes).toContain(d.code);
      c.assert?.(drafts);
    });
  });
}

export const selfEvaluationCheck = (check: Check<[SelfEvaluationForm, ReturnType<typeof scoreForm>, EngineContext]>, t: { valid: ValidCase[]; invalid: InvalidCase[] }) =>
  cases(check.name, check.codes, (c) => {
    const ctx = contextOf(c);
    const form = only(recogniseForms(ctx.grids, ctx).flatMap((f) => (f.kind === "self-evaluation" ? [f.form] : [])), "self-evaluation");
    return runChecks([check], [form, scoreForm(form, ctx.profile), ctx], { profile: ctx.profile, site: siteOf(form) });
  }, t.valid, t.invalid);

export const goalTableCheck = (check: Check<[GoalTableForm, EngineContext]>, t: { valid: ValidCase[]; invalid: InvalidCase[] }) =>
  cases(check.name, check.codes, (c) => {
    const ctx = contextOf(c);
    const form = only(recogniseForms(ctx.grids, ctx).flatMap((f) => (f.kind === "goal-table" ? [f.form] : [])), "goal-table");
    return runChecks([check], [form, ctx], { profile: ctx.profile, site: siteOf(form) });
  }, t.valid, t.invalid);

export const departmentEvaluationCheck = (
  check: Check<[DepartmentEvaluationForm, ReturnType<typeof scoreDepartmentForm>, EngineContext]>,
  t: { valid: ValidCase[]; invalid: InvalidCase[] },
) =>
  cases(check.name, check.codes, (c) => {
    const ctx = contextOf(c);
    const form = only(recogniseForms(ctx.grids, ctx).flatMap((f) => (f.kind === "department-evaluation" ? [f.form] : [])), "department-evaluation");
    return runChecks([check], [form, scoreDepartmentForm(form, ctx.profile), ctx], { profile: ctx.profile, site: siteOf(form) });
  }, t.valid, t.invalid);

export const budgetTableCheck = (check: Check<[BudgetTable]>, t: { valid: ValidCase[]; invalid: InvalidCase[] }) =>
  cases(check.name, check.codes, (c) => {
    const ctx = contextOf(c);
    const table = only(recogniseForms(ctx.grids, ctx).flatMap((f) => (f.kind === "budget-table" ? [f.form] : [])), "budget-table");
    return runChecks([check], [table], { profile: ctx.profile, site: siteOf(table) });
  }, t.valid, t.invalid);

export const workbookCheck = (check: Check<[RecognisedForm[], EngineContext]>, t: { valid: ValidCase[]; invalid: InvalidCase[] }) =>
  cases(check.name, check.codes, (c) => {
    const ctx = contextOf(c);
    const forms = recogniseForms(ctx.grids, ctx);
    return runChecks([check], [forms, ctx], { profile: ctx.profile, site: { sheet: ctx.grids[0].name, cell: "A1" } });
  }, t.valid, t.invalid);

/** Every module's kind that has checks, and "workbook": the folders of test/engine/checks/. */
export const CHECK_LISTS = [...FORM_MODULES.filter((m) => m.checks?.length).map((m) => m.kind), "workbook"] as const;
