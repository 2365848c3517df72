import { text, type TextParam } from "../../findings/text";
import type { SecondaryCategory } from "../indicators/categories";
import type { GoalTableForm } from "./types";

const MAX_NAMES = 8;

/**
 * What the recogniser inferred, for the report: which indicators had their 二级 inferred (the table prints none
 * for them), from what, and which could not be placed at all. A reviewer reads these before trusting coverage.
 */
export function goalTableNotes(form: GoalTableForm): TextParam[] {
  const names = (xs: string[]) => (xs.length > MAX_NAMES ? [...xs.slice(0, MAX_NAMES), "…"] : xs);
  const inferred = form.indicators.filter((i) => i.secondary.basis === "name" || i.secondary.basis === "target");
  const unknown = form.indicators.filter((i) => i.secondary.basis === "none" && i.name.text);
  const notes: TextParam[] = [];
  if (inferred.length) {
    const counts = new Map<SecondaryCategory, number>();
    for (const i of inferred) if (i.secondary.category) counts.set(i.secondary.category, (counts.get(i.secondary.category) ?? 0) + 1);
    const summary = [...counts].map(([c, n]) => text("goal.count", { category: text(`indicator.category.${c}`), count: n }));
    const note = text("goal.note.secondaryInferred", { count: inferred.length, summary });
    const byTarget = inferred.filter((i) => i.secondary.basis === "target").map((i) => i.name.text);
    notes.push(byTarget.length ? { list: [note, text("goal.note.secondaryFromTarget", { count: byTarget.length, names: names(byTarget) })], sep: "semicolon" } : note);
  }
  if (unknown.length) notes.push(text("goal.note.secondaryUnknown", { count: unknown.length, names: names(unknown.map((i) => i.name.text)) }));
  return notes;
}
