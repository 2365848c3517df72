import type { FindingDraft } from "../../../findings/finding";
import { parseValue } from "../../../parse/value";
import { roundHalfAway } from "../../../numbers";
import type { FormCell } from "../types";
import type { SelfEvalCheck } from "./check";

/** A plain amount in a unit ("29.5亩"); null for anything with a comparator, a range or no number. */
function amount(c: FormCell | null, role: "target" | "actual"): { value: number; unit: string | null } | null {
  if (!c || !c.text) return null;
  const v = parseValue(typeof c.value === "number" ? c.value : c.text, role);
  if (v.kind !== "quantity" || (v.comparator !== null && v.comparator !== "=")) return null;
  return { value: v.value, unit: v.unit };
}

/**
 * 其中 rows under an indicator (“★补助各类瓜果蔬菜种植面积 29.5亩” then “其中桃树种植面积 1.5亩”, …) are parts of it:
 * parts adding up to more than the whole are an error; to less, a warning (a 其中 list need not name every part).
 * Compared only where the whole and every part are plain amounts in the same unit.
 */
export const breakdownTotals: SelfEvalCheck = {
  name: "breakdown-totals",
  codes: ["SUM_MISMATCH"],
  run(form) {
    const out: FindingDraft[] = [];
    const byParent = new Map<number, SelfEvaluationBreakdown[]>();
    for (const b of form.breakdowns) byParent.set(b.parent, [...(byParent.get(b.parent) ?? []), b]);
    for (const [parent, parts] of byParent) {
      const ind = form.indicators[parent];
      for (const field of ["target", "actual"] as const) {
        const whole = amount(ind[field], field);
        if (!whole) continue;
        const values = parts.map((p) => amount(p[field], field));
        if (values.some((v) => v === null || v.unit !== whole.unit)) continue;
        const sum = roundHalfAway(values.reduce((s, v) => s + v!.value, 0), 6);
        if (Math.abs(sum - whole.value) < 1e-6) continue;
        const cells = parts.map((p) => p[field]!.cell);
        out.push({
          code: "SUM_MISMATCH",
          ...(sum < whole.value ? { severity: "warning" as const } : {}),
          sheet: form.sheet,
          cell: ind[field].cell,
          related: [cells.length === 1 ? cells[0] : `${cells[0]}:${cells[cells.length - 1]}`],
          expected: sum,
          actual: whole.value,
          params: { label: ind.name },
        });
      }
    }
    return out;
  },
};

type SelfEvaluationBreakdown = Parameters<SelfEvalCheck["run"]>[0]["breakdowns"][number];
