import { roundHalfAway } from "../engine/numbers";
import { contains, parseRange } from "../engine/address";
import type { Finding } from "../engine/findings/finding";
import type { FormReport } from "../engine/report";

export type SeverityFilter = "all" | Finding["severity"];

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The findings of one rule (finding code): what the pane shows as one collapsible group with its count. */
export interface RuleGroup {
  code: Finding["code"];
  /** The most severe of the group's findings (a check may lower a code's severity for one form). */
  severity: Finding["severity"];
  findings: Finding[];
}

/**
 * Findings grouped by rule, the groups sorted by severity (errors first), then by size, then by first appearance;
 * inside a group, report order. `rule` narrows to one code ("all" for every rule).
 */
export function groupByRule(findings: Finding[], severity: SeverityFilter, rule: string = "all"): RuleGroup[] {
  const groups = new Map<string, RuleGroup & { first: number }>();
  findings.forEach((f, i) => {
    if (severity !== "all" && f.severity !== severity) return;
    if (rule !== "all" && f.code !== rule) return;
    let g = groups.get(f.code);
    if (!g) groups.set(f.code, (g = { code: f.code, severity: f.severity, findings: [], first: i }));
    if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
    g.findings.push(f);
  });
  return [...groups.values()]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.findings.length - a.findings.length || a.first - b.first)
    .map(({ first: _first, ...g }) => g);
}

/** Every rule present, with its count, in the groups' order: the rule filter's options. */
export function ruleCounts(findings: Finding[]): { code: Finding["code"]; count: number }[] {
  return groupByRule(findings, "all").map((g) => ({ code: g.code, count: g.findings.length }));
}

/** The form whose range holds a finding's cell, if any. */
export function formOf(f: Finding, forms: FormReport[]): FormReport | undefined {
  const at = parseRange(f.cell);
  return forms.find((form) => form.sheet === f.sheet && contains(parseRange(form.range), at.top, at.left));
}

/**
 * formOf for many findings of one report: each form's range parsed once, each finding's form found once and kept
 * (the finding list asks again for every row it renders, at every scroll step).
 */
export function formLocator(forms: FormReport[]): (f: Finding) => FormReport | undefined {
  const boxes = forms.map((form) => parseRange(form.range));
  const found = new Map<Finding, FormReport | undefined>();
  return (f) => {
    if (found.has(f)) return found.get(f);
    const at = parseRange(f.cell);
    const form = forms.find((x, k) => x.sheet === f.sheet && contains(boxes[k], at.top, at.left));
    found.set(f, form);
    return form;
  };
}

/** A finding's stable key in a report: its index there (findings may repeat code and cell). */
export function findingKey(report: { findings: Finding[] }, f: Finding): number {
  return report.findings.indexOf(f);
}

/** The next (step 1) or previous (step -1) position in a list of `count`, wrapping; from nothing, the first or last. */
export function stepIndex(current: number | null, count: number, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null || current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

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

export type FormCounts = { errors: number; warnings: number };

/**
 * Each form's own errors and warnings, in one pass: a finding counts for the form it names (`form`, its index in the
 * report), wherever it sits — a department evaluation's rates are checked on its 基础数据 sheet; a finding that names
 * no form (a formula error) counts for the form whose range holds its cell. What a card must not hide behind a
 * matching total.
 */
export function countsByForm(forms: FormReport[], findings: Finding[]): FormCounts[] {
  const boxes = forms.map((f) => parseRange(f.range));
  const counts = forms.map(() => ({ errors: 0, warnings: 0 }));
  for (const f of findings) {
    if (f.severity === "info") continue;
    let index = f.form;
    if (index === undefined) {
      const at = parseRange(f.cell);
      index = forms.findIndex((form, k) => form.sheet === f.sheet && contains(boxes[k], at.top, at.left));
    }
    const c = counts[index];
    if (!c) continue;
    if (f.severity === "error") c.errors++;
    else c.warnings++;
  }
  return counts;
}
