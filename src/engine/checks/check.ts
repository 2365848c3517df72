import type { FindingCode } from "../findings/catalog";
import type { FindingDraft } from "../findings/finding";

/**
 * One check: one rule, the finding codes it may raise, findings located at cells (never text). Every form's checks
 * and every workbook check have this shape and run through one runner (checks/run-checks.ts), which names the check
 * in any error, honours a profile's pick/skip, and in tests fails a check that raises a code it did not declare.
 * `Args` are what the check reads: its form (and the form's scoring), or the recognised forms of the workbook.
 */
export interface Check<Args extends unknown[]> {
  /** Unique within its list, kebab-case; its own test is test/engine/checks/<list>/<name>.test.ts. */
  name: string;
  /** Every code `run` may raise. */
  codes: readonly FindingCode[];
  /** Words a profile may pick or skip it by ("#score"), besides its codes, its name and its codes' catalogue tags. */
  tags?: readonly string[];
  run(...args: Args): FindingDraft[];
}

/** What a registry or profile needs to know of a check, whatever it reads. */
export interface CheckInfo {
  name: string;
  codes: readonly FindingCode[];
  tags?: readonly string[];
}
