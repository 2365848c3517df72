import type { FindingDraft } from "../../findings/finding";
import type { ParsedValue } from "../../parse/value-types";

type Reason = Extract<ParsedValue, { kind: "invalid" }>["reason"];

/**
 * TARGET_NOT_MEASURABLE for a target the value parser rejected for one of `reasons`, with the reason as the
 * message variant. Goal tables flag every reason; a self-evaluation only vague and compound targets, because a
 * free-text target there is scored by comparing the actual with it.
 */
export function unmeasurableTarget(
  where: { sheet: string; cell: string; text: string; label: string },
  target: ParsedValue,
  reasons: readonly Reason[],
): FindingDraft | null {
  if (target.kind !== "invalid" || !reasons.includes(target.reason)) return null;
  return { code: "TARGET_NOT_MEASURABLE", context: target.reason, sheet: where.sheet, cell: where.cell, actual: where.text, params: { label: where.label } };
}
