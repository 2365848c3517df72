import type { Finding } from "./findings/finding";
import type { FindingCode } from "./findings/catalog";
import { formatAmount, roundHalfAway } from "./numbers";

/**
 * 应为 / 表中为: one rule for when a finding's expected and actual values are shown, and one formatter for how, used
 * by the pane, the results sheet (and cell notes) and the CLI alike.
 *
 * The rule: the pair is shown only when it is a correction of the flagged cell — an error or a warning whose
 * expected value is known. An info finding's values are context (a target, a ratio), not a correction; a finding
 * about missing text (a 偏差原因 left empty, a category or partner indicator missing) flags a cell whose content is
 * not the number in `actual`, so 应为 there would mislead. 表中为 is shown only beside 应为.
 *
 * The formatter: a value is written as the finding's own message writes it (13.04% for a rate, 1,338 with the
 * thousands separator, 95.00%); a value the message does not print is written with thousands separators and as many
 * decimals as it has (an entered 89.945 stays 89.945, never rounded to look right).
 */

/** Codes whose flagged cell is text that is missing or lacking: their expected/actual are context, never 应为. */
export const CONTEXT_VALUE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "MISSING_DEVIATION_REASON",
  "MISSING_VALUE",
  "MISSING_INDICATOR_CATEGORY",
  "UNPAIRED_INDICATOR",
]);

/** What 应为 and 表中为 say for a finding; null when the finding shows neither. */
export interface ShownValues {
  expected: string;
  /** Absent when the finding has no actual value to show. */
  actual?: string;
}

/** Numbers as a message writes them: 1,338 · 13.04% · -0.5 — not part of a cell address (C15) or a longer number. */
const NUMBER_TOKEN = /(?<![\p{L}\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?/gu;

function ownDecimals(x: number): number {
  const s = String(roundHalfAway(x, 6));
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : s.length - dot - 1;
}

/** A number with thousands separators and its own decimals (at least 2 when it has any, at most 6). */
export function formatValueNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(roundHalfAway(x, 6))) return formatAmount(roundHalfAway(x, 6), 0);
  return formatAmount(x, Math.max(2, ownDecimals(x)));
}

/** One value of a finding, as its message writes it where it does; text values as they are. */
export function formatFindingValue(value: number | string | null | undefined, message = ""): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  for (const m of message.matchAll(NUMBER_TOKEN)) {
    const n = Number(m[0].replace(/[,%]/g, ""));
    if (Number.isFinite(n) && Math.abs(n - value) <= 1e-9 * Math.max(1, Math.abs(value))) return m[0];
  }
  return formatValueNumber(value);
}

/** The 应为 / 表中为 of a finding under the one rule above, formatted; null when neither is shown. */
export function shownValues(f: Pick<Finding, "code" | "severity" | "expected" | "actual" | "message">): ShownValues | null {
  if (f.severity === "info" || CONTEXT_VALUE_CODES.has(f.code)) return null;
  if (f.expected === undefined || f.expected === null || f.expected === "") return null;
  const expected = formatFindingValue(f.expected, f.message);
  const actual = f.actual === undefined || f.actual === null || f.actual === "" ? undefined : formatFindingValue(f.actual, f.message);
  return actual === undefined ? { expected } : { expected, actual };
}
