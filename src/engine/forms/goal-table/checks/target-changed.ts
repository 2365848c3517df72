import { qualified } from "../../../address";
import type { FindingDraft } from "../../../findings/finding";
import type { ParsedValue } from "../../../parse/value-types";
import { parseValue } from "../../../parse/value";
import { normalizeName, stripSpaces, toHalfWidth } from "../../../text/normalize";
import type { WorkbookCheck } from "../../form-module";
import type { SelfEvaluationForm } from "../../self-evaluation/types";
import type { GoalTableForm } from "../types";
import { parsedTarget } from "../target-value";

/** Forms read a bare target ("3场") as "at least", as they read "=3场" and "≥3场". */
function comparatorClass(c: string | null): string {
  return c === null || c === "=" || c === ">=" ? ">=" : c;
}

/** Whether two targets say the same thing, however they are written ("=3场" and "3 场", "≧90%" and "≥90%"). */
export function sameTarget(a: ParsedValue, b: ParsedValue, aText: string, bText: string): boolean {
  const plain = (t: string) => stripSpaces(toHalfWidth(t)).replace(/[。.;；]+$/, "");
  if (plain(aText) === plain(bText)) return true;
  if (a.kind !== b.kind) return false;
  const unitsAgree = (u: string | null, v: string | null) => u === v || u === null || v === null;
  switch (a.kind) {
    case "quantity": {
      const q = b as typeof a;
      return a.value === q.value && unitsAgree(a.unit, q.unit) && comparatorClass(a.comparator) === comparatorClass(q.comparator);
    }
    case "range": {
      const r = b as typeof a;
      return a.min === r.min && a.max === r.max && unitsAgree(a.unit, r.unit);
    }
    case "date": {
      const d = b as typeof a;
      return a.year === d.year && a.month === d.month && a.day === d.day;
    }
    case "qualitative":
      return a.value === (b as typeof a).value;
    case "not-applicable":
    case "empty":
      return true;
    default:
      return false;
  }
}

function goalProjectKey(g: GoalTableForm): string {
  return normalizeName(g.projectName?.value.text ?? g.title);
}

/**
 * TARGET_CHANGED: when a goal table and a self-evaluation of the same project (same normalised name) are both in
 * the workbook, each indicator of the self-evaluation that the goal table also lists (same normalised name) keeps
 * the target the goal table set. The finding sits on the self-evaluation's target; the goal table's is related.
 */
export const targetChanged: WorkbookCheck = {
  name: "target-changed",
  codes: ["TARGET_CHANGED"],
  run(forms) {
    const goals: GoalTableForm[] = [];
    const evaluations: SelfEvaluationForm[] = [];
    for (const f of forms) {
      if (f.kind === "goal-table") goals.push(f.form);
      else if (f.kind === "self-evaluation") evaluations.push(f.form);
    }
    const out: FindingDraft[] = [];
    if (goals.length === 0) return out;
    for (const ev of evaluations) {
      const project = normalizeName(ev.projectName);
      if (!project) continue;
      const goal = goals.find((g) => goalProjectKey(g) === project);
      if (!goal) continue;
      const byName = new Map(goal.indicators.filter((i) => i.name.text).map((i) => [normalizeName(i.name.text), i]));
      for (const ind of ev.indicators) {
        const planned = byName.get(normalizeName(ind.name));
        if (!planned) continue;
        const now = parseValue(typeof ind.target.value === "boolean" ? String(ind.target.value) : ind.target.value, "target");
        if (sameTarget(parsedTarget(planned.target), now, planned.target.text, ind.target.text)) continue;
        out.push({
          code: "TARGET_CHANGED",
          sheet: ev.sheet,
          cell: ind.target.cell,
          related: [qualified(goal.sheet, planned.target.cell)],
          expected: planned.target.text,
          actual: ind.target.text,
          params: { label: ind.name },
        });
      }
    }
    return out;
  },
};
