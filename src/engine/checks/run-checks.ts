import { CATALOG, type FindingCode } from "../findings/catalog";
import type { FindingDraft } from "../findings/finding";
import type { Profile } from "../profile/schema";
import type { Check, CheckInfo } from "./check";

/**
 * The one runner of checks. Each check runs on its own: one that throws becomes a CHECK_FAILED finding naming it
 * (at `where`, the form it was checking), and the others still run. A profile's `checks.pick` / `checks.skip`
 * (codes, catalogue tags, check names or check tags) choose which checks run and which codes are kept.
 *
 * Strict mode (tests turn it on, test/setup/strict-checks.ts): a check raising a code it did not declare, or
 * throwing, fails loudly with an error naming the check, instead of a finding a test might not look at.
 */

let strict = false;

/** Tests: fail on undeclared codes and rethrow a check's error (named). Production leaves it off. */
export function setStrictChecks(on: boolean): void {
  strict = on;
}
export function strictChecks(): boolean {
  return strict;
}

/** Where a CHECK_FAILED finding is placed: the form (sheet, first cell) the check was checking. */
export interface CheckSite {
  sheet: string;
  cell: string;
}

export type CheckSelection = NonNullable<Profile["checks"]>;

/** The words a check answers to in a pick/skip list. */
function wordsOf(check: CheckInfo, code: FindingCode): string[] {
  return [code, ...CATALOG[code].tags, check.name, ...(check.tags ?? [])];
}

/** Whether findings of `code` raised by `check` are kept under the profile's pick/skip. */
export function codeSelected(selection: CheckSelection | undefined, code: FindingCode, check?: CheckInfo): boolean {
  if (!selection) return true;
  const words = check ? wordsOf(check, code) : [code, ...CATALOG[code].tags];
  const { pick = [], skip = [] } = selection;
  if (pick.length && !words.some((w) => pick.includes(w))) return false;
  return !words.some((w) => skip.includes(w));
}

/** Whether a check runs at all: some code it declares is selected. */
export function checkSelected(selection: CheckSelection | undefined, check: CheckInfo): boolean {
  return check.codes.some((code) => codeSelected(selection, code, check));
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Run the checks in order on the same arguments; their findings in order. */
export function runChecks<Args extends unknown[]>(
  checks: readonly Check<Args>[],
  args: Args,
  options: { profile: Profile; site: CheckSite },
): FindingDraft[] {
  const selection = options.profile.checks;
  const out: FindingDraft[] = [];
  for (const check of checks) {
    if (!checkSelected(selection, check)) continue;
    let drafts: FindingDraft[];
    try {
      drafts = check.run(...args);
    } catch (e) {
      if (strict) throw new Error(`check "${check.name}" threw: ${errorText(e)}`);
      out.push({ code: "CHECK_FAILED", sheet: options.site.sheet, cell: options.site.cell, related: [], params: { check: check.name } });
      continue;
    }
    for (const d of drafts) {
      if (strict && !check.codes.includes(d.code)) {
        throw new Error(`check "${check.name}" raised ${d.code}, which it does not declare (codes: ${check.codes.join(", ")})`);
      }
      if (codeSelected(selection, d.code, check)) out.push(d);
    }
  }
  return out;
}
