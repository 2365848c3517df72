import { roundHalfAway } from "../engine/numbers";
import { contains, parseRange } from "../engine/address";
import type { Finding } from "../engine/findings/finding";
import type { FormReport } from "../engine/report";

export type SeverityFilter = "all" | Finding["severity"];

export interface FindingGroup {
  key: string;
  sheet: string;
  /** The form the findings lie in; undefined for cells outside every recognised form. */
  form?: FormReport;
  findings: Finding[];
}

/** Findings grouped by sheet, then by the form whose range holds their cell, in report order. */
export function groupFindings(findings: Finding[], forms: FormReport[], filter: SeverityFilter): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    if (filter !== "all" && f.severity !== filter) continue;
    const at = parseRange(f.cell);
    const index = forms.findIndex((form) => form.sheet === f.sheet && contains(parseRange(form.range), at.top, at.left));
    const key = `${f.sheet}\u0000${index}`;
    if (!groups.has(key)) groups.set(key, { key, sheet: f.sheet, form: index >= 0 ? forms[index] : undefined, findings: [] });
    groups.get(key)!.findings.push(f);
  }
  return [...groups.values()];
}

/** Scores as the forms print them: always 2 decimals ("100.00", "99.96"). */
export function formatScore(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : roundHalfAway(n, 2).toFixed(2);
}

/** Errors and warnings whose cell lies in a form: what a form card must not hide behind a matching total. */
export function countsInForm(findings: Finding[], form: FormReport): { errors: number; warnings: number } {
  const box = parseRange(form.range);
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.sheet !== form.sheet) continue;
    const at = parseRange(f.cell);
    if (!contains(box, at.top, at.left)) continue;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return { errors, warnings };
}
