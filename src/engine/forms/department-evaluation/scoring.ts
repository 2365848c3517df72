import { qualified } from "../../address";
import { roundHalfAway, scoresDiffer } from "../../numbers";
import type { DataItem, DepartmentRubric, RubricItem, RubricPart, RubricTier } from "../../profile/department-rubric";
import { evaluateText, parseFormula, referencedNames } from "../../profile/formula";
import { gradeFor, type Profile } from "../../profile/schema";
import { labelKey, readNumber, type NumberRead } from "./cells";
import type { DataEntry, DepartmentEvaluationForm, DeptItem } from "./types";

/**
 * Scores of a 部门整体支出绩效评分表 from the rubric and the 基础数据: each item computed where its formula's data
 * are present, otherwise counted at its entered 分数 (judged). Pure data; the checks turn it into findings.
 */

export interface DataValue {
  id: string;
  value: number;
  /** The value's cell, qualified when it sits on another sheet than the form. */
  ref: string;
}

/** A data block row whose value cannot be used. */
export interface DataProblem {
  entry: DataEntry;
  problem: "empty" | "text";
}

export interface DataValues {
  values: Map<string, DataValue>;
  problems: DataProblem[];
}

export interface RateValue {
  label: string;
  /** The fraction, rounded to the rubric's rate precision. */
  value: number;
  /** Data cells it was computed from. */
  refs: string[];
  /** The formula with the figures put in: "3 / (3 + 20)". */
  figures: string;
}

export interface PartResult {
  part: RubricPart;
  /** The part's rate where it has one (named after the rubric's rate, else the part). */
  rate: RateValue | null;
  score: number;
}

export type ItemMode =
  /** every part computed from data */
  | "computed"
  /** computed parts plus a judged part (政府采购政策功能): the judged part counts in full, an entered score may deduct */
  | "partlyJudged"
  /** no formula, or its data are missing: the entered 分数 counts */
  | "judged";

export interface ItemScoring {
  item: DeptItem;
  rubricItem: RubricItem | null;
  /** The table's 分值, when it is a number. */
  weight: number | null;
  entered: NumberRead;
  mode: ItemMode;
  /** The score the rules give, judged parts in full; null for judged items. */
  computed: number | null;
  /** Computed parts only (the lowest score a reviewer's judgement may leave). */
  formulaPart: number | null;
  parts: PartResult[];
  /** Data items the formula needs that the workbook does not give. */
  missing: string[];
  /** What enters the total. */
  counted: number | null;
  /** Whether the entered score stands as a reviewer's judgement within the allowed range (not the full score). */
  acceptedJudgement: boolean;
}

export interface DeptScoring {
  /** The profile's rubric when it is this form's (see rubricFor), else null: every item is then judged. */
  rubric: DepartmentRubric | null;
  items: ItemScoring[];
  data: DataValues;
  /** Every rate of the rubric that the data allow computing. */
  rates: Map<string, RateValue>;
  total: number;
  enteredTotal: NumberRead;
  grade: string;
}

const EPS = 1e-9;

export function readDataValues(form: DepartmentEvaluationForm, rubric: DepartmentRubric | undefined): DataValues {
  const values = new Map<string, DataValue>();
  const problems: DataProblem[] = [];
  if (!rubric) return { values, problems };
  const kinds = new Map<string, DataItem["kind"]>((rubric?.dataItems ?? []).map((d) => [d.id, d.kind]));
  for (const e of form.data?.entries ?? []) {
    if (!e.itemId || values.has(e.itemId)) continue;
    const n = readNumber(e.value, kinds.get(e.itemId) ?? "amount");
    if (n.kind === "number") {
      const ref = e.sheet === form.sheet ? e.value.cell : qualified(e.sheet, e.value.cell);
      values.set(e.itemId, { id: e.itemId, value: n.value, ref });
    } else problems.push({ entry: e, problem: n.kind });
  }
  return { values, problems };
}

function roundRate(x: number, decimals: number | null): number {
  return decimals === null ? x : roundHalfAway(x * 100, decimals) / 100;
}

function compare(x: number, t: RubricTier): boolean {
  const b = t.bound;
  switch (t.op) {
    case "<":
      return x < b - EPS;
    case "<=":
      return x <= b + EPS;
    case ">":
      return x > b + EPS;
    case ">=":
      return x >= b - EPS;
  }
}

function showNumber(x: number): string {
  return String(roundHalfAway(x, 2));
}

/** The formula text with each name replaced by its figure: "编外人员数 / (在编人数 + 编外人员数)" → "3 / (3 + 20)". */
function withFigures(text: string, lookup: (name: string) => number | undefined): string {
  let out = text;
  const names = referencedNames(parseFormula(text)).sort((a, b) => b.length - a.length);
  for (const n of names) {
    const v = lookup(n);
    if (v === undefined) continue;
    out = out.split(`{${n}}`).join(showNumber(v)).split(n).join(showNumber(v));
  }
  return out.replace(/\s+/g, " ").trim();
}

class RubricEvaluator {
  readonly rates = new Map<string, RateValue>();
  private readonly rateDefs: Map<string, DepartmentRubric["rates"][number]>;

  constructor(
    private readonly rubric: DepartmentRubric,
    private readonly data: DataValues,
  ) {
    this.rateDefs = new Map(rubric.rates.map((r) => [r.label, r]));
    for (const r of rubric.rates) this.rate(r.label);
  }

  /** Data items a formula needs that the workbook lacks (through named rates). */
  missingFor(text: string): string[] {
    const out: string[] = [];
    for (const n of referencedNames(parseFormula(text))) {
      const def = this.rateDefs.get(n);
      if (def) out.push(...this.missingFor(def.formula));
      else if (n !== "rate" && !this.data.values.has(n)) out.push(n);
    }
    return [...new Set(out)];
  }

  refsFor(text: string): string[] {
    const out: string[] = [];
    for (const n of referencedNames(parseFormula(text))) {
      const def = this.rateDefs.get(n);
      if (def) out.push(...this.refsFor(def.formula));
      else {
        const v = this.data.values.get(n);
        if (v) out.push(v.ref);
      }
    }
    return [...new Set(out)];
  }

  rate(label: string): RateValue | undefined {
    const hit = this.rates.get(label);
    if (hit) return hit;
    const def = this.rateDefs.get(label);
    if (!def) return undefined;
    const data = (n: string) => this.data.values.get(n)?.value;
    const r = evaluateText(def.formula, data);
    if (!r.ok) return undefined;
    const v: RateValue = { label, value: roundRate(r.value, this.rubric.rateDecimals), refs: this.refsFor(def.formula), figures: withFigures(def.formula, data) };
    this.rates.set(label, v);
    return v;
  }

  lookup(extra: Record<string, number> = {}): (name: string) => number | undefined {
    // Own properties only: a data item called "constructor" must not find Object's.
    return (name) => (Object.hasOwn(extra, name) ? extra[name] : (this.data.values.get(name)?.value ?? this.rate(name)?.value));
  }

  /** A computed part's score, or null when its data are missing (or a quotient has a zero divisor). */
  part(p: RubricPart): PartResult | null {
    let rate: RateValue | null = null;
    if (p.rate !== undefined) {
      const names = referencedNames(parseFormula(p.rate));
      const named = names.length === 1 && p.rate.trim() === names[0] ? this.rate(names[0]) : undefined;
      if (named) rate = named;
      else {
        const r = evaluateText(p.rate, this.lookup());
        if (!r.ok) return null;
        rate = { label: p.label, value: roundRate(r.value, this.rubric.rateDecimals), refs: this.refsFor(p.rate), figures: withFigures(p.rate, this.lookup()) };
      }
    }
    const env = this.lookup(rate ? { rate: rate.value } : {});
    const scoreOf = (s: number | string | undefined): number | null => {
      if (s === undefined) return 0;
      if (typeof s === "number") return s;
      const r = evaluateText(s, env);
      return r.ok ? r.value : null;
    };
    let score: number | null;
    const tier = rate && p.tiers ? p.tiers.find((t) => compare(rate.value, t)) : undefined;
    if (tier) score = scoreOf(tier.score);
    else score = scoreOf(p.score);
    if (score === null) return null;
    return { part: p, rate, score: Math.min(Math.max(score, 0), p.max) };
  }
}

function findRubricItem(rubric: DepartmentRubric | undefined, label: string): RubricItem | null {
  if (!rubric) return null;
  const key = labelKey(label);
  return rubric.items.find((i) => [i.label, ...i.aliases].some((n) => labelKey(n) === key)) ?? null;
}

function scoreItem(item: DeptItem, rubricItem: RubricItem | null, ev: RubricEvaluator | null, tolerance: number): ItemScoring {
  const weightRead = readNumber(item.weight, "score");
  const weight = weightRead.kind === "number" ? weightRead.value : null;
  const entered = readNumber(item.score, "score");
  const enteredValue = entered.kind === "number" ? entered.value : null;
  const clamp = (x: number) => Math.min(Math.max(x, 0), weight ?? rubricItem?.weight ?? x);
  const judged = (missing: string[]): ItemScoring => ({
    item,
    rubricItem,
    weight,
    entered,
    mode: "judged",
    computed: null,
    formulaPart: null,
    parts: [],
    missing,
    counted: enteredValue === null ? null : clamp(enteredValue),
    acceptedJudgement: false,
  });
  if (!rubricItem || !ev || rubricItem.parts.length === 0) return judged([]);

  const results: PartResult[] = [];
  const missing: string[] = [];
  let failed = false;
  for (const p of rubricItem.parts) {
    if (p.judged) continue;
    const texts = [p.rate, typeof p.score === "string" ? p.score : undefined, ...(p.tiers ?? []).map((t) => (typeof t.score === "string" ? t.score : undefined))];
    for (const t of texts) if (t) missing.push(...ev.missingFor(t));
    const r = ev.part(p);
    if (r) results.push(r);
    else failed = true;
  }
  if (failed || missing.length) return judged([...new Set(missing)]);

  const judgedMax = rubricItem.parts.filter((p) => p.judged).reduce((s, p) => s + p.max, 0);
  const formulaPart = roundHalfAway(results.reduce((s, r) => s + r.score, 0), 2);
  const computed = roundHalfAway(Math.min(formulaPart + judgedMax, weight ?? rubricItem.weight), 2);
  const mode: ItemMode = judgedMax > 0 ? "partlyJudged" : "computed";
  let counted = computed;
  let acceptedJudgement = false;
  if (mode === "partlyJudged" && enteredValue !== null && scoresDiffer(enteredValue, computed, item.score.decimals, tolerance)) {
    const e = roundHalfAway(enteredValue, 2);
    if (e >= formulaPart - tolerance - EPS && e <= computed + tolerance + EPS) {
      counted = enteredValue;
      acceptedJudgement = true;
    }
  }
  return { item, rubricItem, weight, entered, mode, computed, formulaPart, parts: results, missing: [], counted, acceptedJudgement };
}

/**
 * The profile's department rubric when it is the rubric of this form: every 一级 the table prints is one of the
 * rubric's groups, and at least half of its 三级 items are the rubric's items. A table of another jurisdiction's
 * rubric (投入 / 过程 / 产出 / 效果, 规划 / 执行 …) is never scored by the profile's formulas because an item shares
 * a name with one of them; it is checked for what holds everywhere (0 ≤ 分数 ≤ 分值, weights and totals add up,
 * the grade follows the profile's bands) and its items are reported as judged.
 */
export function rubricFor(form: DepartmentEvaluationForm, profile: Profile): DepartmentRubric | null {
  const rubric = profile.departmentRubric;
  if (!rubric || form.items.length === 0) return null;
  const groups = new Set(rubric.groups.map((g) => labelKey(g.label)));
  const printed = [...new Set(form.items.map((i) => labelKey(i.primary)).filter(Boolean))];
  if (printed.some((p) => !groups.has(p))) return null;
  const known = form.items.filter((i) => findRubricItem(rubric, i.label) !== null).length;
  return known * 2 >= form.items.length ? rubric : null;
}

export function scoreDepartmentForm(form: DepartmentEvaluationForm, profile: Profile): DeptScoring {
  const rubric = rubricFor(form, profile) ?? undefined;
  const data = readDataValues(form, rubric);
  const ev = rubric ? new RubricEvaluator(rubric, data) : null;
  const items = form.items.map((i) => scoreItem(i, findRubricItem(rubric, i.label), ev, profile.tolerance));
  const total = roundHalfAway(items.reduce((s, i) => s + (i.counted ?? 0), 0), 2);
  const grades = rubric?.grades ?? profile.grades;
  return {
    rubric: rubric ?? null,
    items,
    data,
    rates: ev?.rates ?? new Map(),
    total,
    enteredTotal: form.total ? readNumber(form.total.score, "score") : { kind: "empty" },
    grade: gradeFor({ ...profile, grades }, total),
  };
}

const scorings = new WeakMap<DepartmentEvaluationForm, WeakMap<Profile, DeptScoring>>();

/**
 * The form's scoring under a profile, computed once: recognition scores the form for its remarks (which items fall
 * back to their entered score) and evaluation scores it for its checks, its score and the computed cells.
 */
export function departmentScoring(form: DepartmentEvaluationForm, profile: Profile): DeptScoring {
  let byProfile = scorings.get(form);
  if (!byProfile) scorings.set(form, (byProfile = new WeakMap()));
  let scoring = byProfile.get(profile);
  if (!scoring) byProfile.set(profile, (scoring = scoreDepartmentForm(form, profile)));
  return scoring;
}
