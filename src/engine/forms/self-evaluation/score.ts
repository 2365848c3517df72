import { parseAmount } from "../../parse/amount";
import { classifyQualitative, isNegative, parseValue } from "../../parse/value";
import type { ParsedValue } from "../../parse/value-types";
import type { Profile } from "../../profile/schema";
import { gradeFor } from "../../profile/schema";
import { roundHalfAway } from "../../numbers";
import type { FormCell, FundsRow, Indicator, SelfEvaluationForm, Subtotal } from "./types";

/**
 * The scoring rules of domain.md §2 "Scores", applied to one recognised form. Pure: the form and the profile in,
 * computed values out. Checks compare these with what the form shows; nothing here decides what is a finding.
 */

/** An entered number as the form shows it: "-", "—" and "/" in a score cell are the accounting format's zero. */
export type Entered = { kind: "number"; value: number } | { kind: "blank" } | { kind: "text"; text: string };

export function readEntered(c: FormCell | null): Entered {
  if (!c) return { kind: "blank" };
  const v = c.value;
  if (v === null || (typeof v === "string" && v.trim() === "")) return { kind: "blank" };
  const t = typeof v === "string" ? v.trim() : "";
  // "/" is typed for nothing as often as a dash ("/" for a score of an indicator not carried out).
  if (typeof v === "string" && /^(?:[-—–－]+|[/／]{1,2})$/.test(t)) return { kind: "number", value: 0 };
  const a = parseAmount(typeof v === "string" ? t.replace(/分$/, "") : v);
  if (a.kind === "number") return { kind: "number", value: a.value };
  return { kind: "text", text: c.text };
}

export function enteredNumber(c: FormCell | null): number | null {
  const e = readEntered(c);
  return e.kind === "number" ? e.value : null;
}

/** A rate cell: 0.9962 (formatted as a percentage) or the text "99.62%", as a fraction. */
export function readRate(c: FormCell | null): { fraction: number; decimals: number } | null {
  if (!c || c.value === null) return null;
  if (typeof c.value === "number") return { fraction: c.value, decimals: c.decimals ?? 2 };
  const m = /^\s*([0-9]+(?:\.([0-9]+))?)\s*[%％]\s*$/.exec(c.text);
  if (!m) return null;
  return { fraction: Number(m[1]) / 100, decimals: m[2]?.length ?? 0 };
}

export interface ExecutionScore {
  row: FundsRow;
  weight: number;
  budget: number | null;
  executed: number | null;
  /** 执行数 / 预算数 as a fraction; null for a zero or missing budget ("—"). */
  rate: number | null;
  computed: number | null;
  entered: number | null;
}

export function amountOf(c: FormCell | null): number | null {
  if (!c) return null;
  const a = parseAmount(c.value);
  return a.kind === "number" ? a.value : null;
}

/** The weight of the execution item: the 分值 on the total row, else the block header's, else the profile's. */
export function executionWeight(form: SelfEvaluationForm, profile: Profile): number {
  const total = form.funds?.rows.find((r) => r.kind === "total");
  const w = enteredNumber(total?.weight ?? null);
  return w ?? form.funds?.headerWeight ?? profile.primaryWeights.execution;
}

export function rateOf(row: FundsRow, profile: Profile): { budget: number | null; executed: number | null; rate: number | null } {
  const adjusted = amountOf(row.adjusted);
  const initial = amountOf(row.initial);
  const budget = profile.execution.denominator === "initial" ? initial ?? adjusted : adjusted ?? initial;
  const executed = amountOf(row.executed);
  const rate = budget && executed !== null ? executed / budget : null;
  return { budget, executed, rate };
}

/**
 * Whether the funds block is not an item of its own: it prints no 分值, no 得分 and no weight in its label, and the
 * 一级 weights printed on the indicator blocks already add up to 100 (宁夏 银川: 项目决策(10分) / 项目管理(25分) /
 * 项目产出(30分) / 项目效益(35分), 预算执行率 being a row of 项目管理).
 */
function executionScoredElsewhere(form: SelfEvaluationForm, row: FundsRow): boolean {
  if (row.weight || row.score || form.funds?.headerWeight != null) return false;
  const blocks = new Map<string, number>();
  for (const i of form.indicators) if (i.primaryWeight !== null) blocks.set(i.primaryCell ?? i.primary, i.primaryWeight);
  const sum = [...blocks.values()].reduce((a, b) => a + b, 0);
  return blocks.size > 0 && Math.abs(sum - 100) < 1e-9;
}

export function scoreExecution(form: SelfEvaluationForm, profile: Profile, decimals = 2): ExecutionScore | null {
  const row = form.funds?.rows.find((r) => r.kind === "total");
  if (!row || executionScoredElsewhere(form, row)) return null;
  const weight = executionWeight(form, profile);
  const { budget, executed, rate } = rateOf(row, profile);
  const computed = rate === null ? null : roundHalfAway(Math.min(Math.max(rate, 0), 1) * weight, decimals);
  return { row, weight, budget, executed, rate, computed, entered: enteredNumber(row.score) };
}

export type QualitativeResult = "achieved" | "partial" | "failed" | "unknown";

export interface IndicatorScore {
  indicator: Indicator;
  weight: number | null;
  entered: Entered;
  target: ParsedValue;
  actual: ParsedValue;
  type: "quantitative" | "qualitative";
  /** The score by the rules; null when the rules cannot compute it (free text, non-numeric actual, no weight). */
  computed: number | null;
  /** What enters the computed total: computed, else the entered score clamped to [0, weight]. */
  counted: number;
  /** Why computed is null, or what a check must look at. */
  problem: "actual-not-numeric" | "missing-target" | "missing-actual" | "unclassifiable" | "out-of-band" | "no-weight" | "needs-entry" | null;
  result: QualitativeResult | null;
  /** Allowed score range [min, max) of a qualitative result band, in points. */
  band: [number, number] | null;
  /** Target and actual as numbers (quantitative), for messages and the over-achievement check. */
  t: number | null;
  a: number | null;
  negative: boolean;
  /** Whether the actual meets the target, whatever the weight (null when the rules cannot tell). */
  met: boolean | null;
}

/** Rows that are not indicators: 不适用 with a "-" weight. */
export function isNotApplicable(ind: Indicator): boolean {
  return (saysNotApplicable(ind.target.text) && saysNotApplicable(ind.actual.text)) || (saysNotApplicable(ind.name) && !/\d/.test(ind.weight?.text ?? ""));
}

function saysNotApplicable(s: string): boolean {
  // Text without 不 cannot say 不适用: answered without a copy of it (every indicator is asked, twice).
  return s === "不适用" || (s.includes("不") && s.replace(/\s/g, "") === "不适用");
}

/** The number a quantitative value stands for; a range counts from its lower end. */
function numberOf(v: ParsedValue): { n: number; unit: string | null } | null {
  if (v.kind === "quantity") return { n: v.value, unit: v.unit };
  if (v.kind === "range") return { n: v.min, unit: v.unit };
  return null;
}

/** Convert between 元 and 万元 so a target in 万元 is compared with an actual in 元. */
function sameUnit(a: { n: number; unit: string | null }, t: { n: number; unit: string | null }): number {
  if (a.unit === "元" && t.unit === "万元") return a.n / 10000;
  if (a.unit === "万元" && t.unit === "元") return a.n * 10000;
  return a.n;
}

export function quantitativeScore(t: number, a: number, w: number, negative: boolean, exactZero: boolean, profile: Profile): number {
  if (exactZero) return a <= 0 ? w : 0;
  if (negative) {
    if (a <= t) return w;
    if (t <= 0) return 0;
    return profile.negativeIndicator === "linear" ? w * Math.max(0, 2 - a / t) : (t / a) * w;
  }
  if (a >= t) return w;
  if (t <= 0 || a <= 0) return 0;
  return (a / t) * w;
}

function withPercentCell(v: ParsedValue, cell: FormCell): ParsedValue {
  // A number cell with a percentage format shows 100% but holds 1.
  if (v.kind === "quantity" && typeof cell.value === "number" && v.unit === null && /%/.test(cell.numberFormat ?? "")) {
    return { ...v, value: roundHalfAway(v.value * 100, 10), unit: "%" };
  }
  return v;
}

type ScoreBase = Pick<IndicatorScore, "indicator" | "weight" | "entered" | "target" | "actual" | "type">;
type ScoreRest = Omit<IndicatorScore, keyof ScoreBase>;

/**
 * One shape for every score object, its fields always in the same order: built by spreading partial objects, the
 * shapes varied per branch and V8 spent ~30 µs an indicator migrating them (a third of the engine's time on a
 * department's workbook).
 */
function scoreOf(b: ScoreBase, r: ScoreRest): IndicatorScore {
  return {
    indicator: b.indicator,
    weight: b.weight,
    entered: b.entered,
    target: b.target,
    actual: b.actual,
    type: b.type,
    computed: r.computed,
    counted: r.counted,
    problem: r.problem,
    result: r.result,
    band: r.band,
    t: r.t,
    a: r.a,
    negative: r.negative,
    met: r.met,
  };
}

export function scoreIndicator(ind: Indicator, profile: Profile, decimals = 2): IndicatorScore {
  return computeIndicatorScore(ind, profile, decimals);
}

/** A number clamped to [0, hi]; nothing entered counts 0. */
function clamp(x: number | null, hi: number): number {
  return x === null ? 0 : Math.min(Math.max(x, 0), hi);
}

/** A score the rules cannot compute: the entered score, clamped to the weight, is what enters the total. */
function unscored(
  base: ScoreBase,
  enteredN: number | null,
  problem: IndicatorScore["problem"],
  t: number | null = null,
  a: number | null = null,
  negative = false,
  met: boolean | null = null,
  result: QualitativeResult | null = null,
): IndicatorScore {
  const w = base.weight;
  return scoreOf(base, { computed: null, counted: clamp(enteredN, w ?? enteredN ?? 0), problem, result, band: null, t, a, negative, met });
}

/** A qualitative indicator's score as judged by its result band. */
function judged(
  base: ScoreBase,
  result: QualitativeResult,
  band: [number, number] | null,
  met: boolean | null,
  computed: number | null,
  counted: number,
  problem: IndicatorScore["problem"],
): IndicatorScore {
  return scoreOf(base, { computed, counted, problem, result, band, t: null, a: null, negative: false, met });
}

// Helpers above are module functions, not closures made per indicator: 31,500 indicators on the bench workbook
// made four closures each (and under tsx, a defineProperty per closure for its name).
function computeIndicatorScore(ind: Indicator, profile: Profile, decimals: number): IndicatorScore {
  const w = enteredNumber(ind.weight);
  const entered = readEntered(ind.score);
  // A number cell is read as its number; text (and the joined 指标性质+指标值+单位 of the split layout) as text.
  const targetInput = ind.nature === null && typeof ind.target.value === "number" ? ind.target.value : ind.target.text || null;
  const actualInput = typeof ind.actual.value === "number" ? ind.actual.value : ind.actual.text || null;
  const target = withPercentCell(parseValue(targetInput, "target"), ind.target);
  const actual = withPercentCell(parseValue(actualInput, "actual"), ind.actual);
  const enteredN = entered.kind === "number" ? entered.value : null;
  const quantitative = target.kind === "quantity" || target.kind === "range";
  const base: ScoreBase = { indicator: ind, weight: w, entered, target, actual, type: quantitative ? "quantitative" : "qualitative" };
  if (target.kind === "empty") return unscored(base, enteredN, w === null ? "no-weight" : "missing-target");
  if (actual.kind === "empty") return unscored(base, enteredN, w === null ? "no-weight" : "missing-actual");

  if (quantitative) {
    const tn = numberOf(target)!;
    const comparator = target.kind === "quantity" ? target.comparator : null;
    const negative = comparator !== null && isNegative(comparator);
    const exactZero = comparator === "=" && tn.n === 0;
    let an: number | null = null;
    if (actual.kind === "not-done") an = 0;
    else {
      const x = numberOf(actual);
      if (x) an = sameUnit(x, tn);
    }
    if (an === null) return unscored(base, enteredN, "actual-not-numeric", tn.n, null, negative);
    const met = exactZero ? an <= 0 : negative ? an <= tn.n : an >= tn.n;
    if (w === null) return unscored(base, enteredN, "no-weight", tn.n, an, negative, met);
    const computed = roundHalfAway(quantitativeScore(tn.n, an, w, negative, exactZero, profile), decimals);
    return scoreOf(base, { computed, counted: computed, problem: null, result: null, band: null, t: tn.n, a: an, negative, met });
  }

  const result: QualitativeResult =
    actual.kind === "not-done" ? "failed" : classifyQualitative(ind.actual.text, ind.target.text);
  const met = result === "achieved" ? true : result === "unknown" ? null : false;
  if (w === null) return unscored(base, enteredN, "no-weight", null, null, false, met, result);
  const bands = profile.qualitativeBands;
  const band: [number, number] | null =
    result === "partial" ? [bands.partial[0] * w, bands.partial[1] * w] : result === "failed" ? [bands.failed[0] * w, bands.failed[1] * w] : null;
  if (result === "achieved") return judged(base, result, band, met, w, w, null);
  if (result === "unknown") return judged(base, result, band, met, null, clamp(enteredN, w), "unclassifiable");
  if (actual.kind === "not-done" && (enteredN === null || enteredN === 0)) return judged(base, result, band, met, 0, 0, null);
  if (enteredN === null) return judged(base, result, band, met, null, 0, "needs-entry");
  const inBand = enteredN >= band![0] - 1e-9 && (enteredN < band![1] - 1e-9 || (band![1] >= w && enteredN <= w));
  if (inBand) return judged(base, result, band, met, enteredN, enteredN, null);
  return judged(base, result, band, met, null, clamp(enteredN, w), "out-of-band");
}

export interface SubtotalScore {
  subtotal: Subtotal;
  /** Σ of its indicators as they enter the total, and Σ of their weights. */
  computed: number;
  weight: number;
}

export interface FormScoring {
  /** Decimals item scores are computed to (2, or 0 for a form that scores in whole points). */
  decimals: number;
  execution: ExecutionScore | null;
  indicators: IndicatorScore[];
  subtotals: SubtotalScore[];
  total: number;
  grade: string;
  enteredTotal: number | null;
}

/**
 * Whole points: a form whose every entered score is a whole number, and which rounds at least one fractional score
 * to the whole number it shows (8.62 entered as 9), scores in whole points — compared at the precision it shows.
 * A form that only shows full marks gives no evidence, and keeps two decimals.
 */
function showsWholePoints(execution: ExecutionScore | null, indicators: IndicatorScore[]): boolean {
  const pairs: { entered: number; computed: number }[] = [];
  if (execution && execution.entered !== null && execution.computed !== null) pairs.push({ entered: execution.entered, computed: execution.computed });
  for (const i of indicators) {
    if (i.entered.kind === "number" && i.computed !== null && i.type === "quantitative") pairs.push({ entered: i.entered.value, computed: i.computed });
    else if (i.entered.kind === "number" && !Number.isInteger(i.entered.value)) return false;
  }
  if (!pairs.every((p) => Number.isInteger(p.entered))) return false;
  return pairs.some((p) => !Number.isInteger(p.computed) && roundHalfAway(p.computed, 0) === p.entered);
}

/** Decimals item scores are computed to: the profile's, else as the form shows (whole points or two decimals). */
export function scoreDecimals(form: SelfEvaluationForm, profile: Profile): number {
  if (profile.scoreDecimals !== undefined) return profile.scoreDecimals;
  return inferredScoring(form, profile).decimals;
}

/**
 * What scoreDecimals found, per form: it is asked when the form is recognised (its notes) and again when it is scored,
 * and the indicators it scored to two decimals are the form's scores unless it found whole points. Keyed by the form's
 * indicator list, which the recognised form and its copy with notes share; what else it reads (the funds block, the
 * profile) is compared, so a different one computes afresh. One entry a form, not one an indicator: a WeakMap entry per
 * indicator cost more in lookups and garbage collection than the scores it saved.
 */
interface InferredScoring {
  profile: Profile;
  funds: SelfEvaluationForm["funds"];
  decimals: number;
  /** The applicable indicators scored to two decimals; null where the decimals were found without scoring them. */
  scores: IndicatorScore[] | null;
}
const inferredCache = new WeakMap<Indicator[], InferredScoring>();

function inferredScoring(form: SelfEvaluationForm, profile: Profile): InferredScoring {
  const hit = inferredCache.get(form.indicators);
  if (hit && hit.profile === profile && hit.funds === form.funds) return hit;
  let inferred: InferredScoring;
  if (entersFractionalScore(form)) {
    // Not whole points, whatever the computed scores (showsWholePoints): none computed, none kept. Every form is
    // recognised before any is scored, so scores kept from recognition outlived two young-generation collections each.
    inferred = { profile, funds: form.funds, decimals: 2, scores: null };
  } else {
    const scores = form.indicators.filter((i) => !isNotApplicable(i)).map((i) => scoreIndicator(i, profile));
    inferred = { profile, funds: form.funds, decimals: showsWholePoints(scoreExecution(form, profile), scores) ? 0 : 2, scores };
  }
  inferredCache.set(form.indicators, inferred);
  return inferred;
}

/**
 * Whether an indicator that is not 不适用 has an entered score that is not a whole number (1.5): showsWholePoints is
 * then false, so the form keeps two decimals. Asked before scoring any indicator, which most forms need not be to tell.
 */
function entersFractionalScore(form: SelfEvaluationForm): boolean {
  for (const i of form.indicators) {
    const n = enteredNumber(i.score);
    if (n !== null && !Number.isInteger(n) && !isNotApplicable(i)) return true;
  }
  return false;
}

export function scoreForm(form: SelfEvaluationForm, profile: Profile): FormScoring {
  const decimals = scoreDecimals(form, profile);
  const execution = scoreExecution(form, profile, decimals);
  // Scored to two decimals already when the precision was inferred (scoreDecimals): those scores, not new ones.
  const inferred = profile.scoreDecimals === undefined && decimals === 2 ? (inferredScoring(form, profile).scores?.slice() ?? null) : null;
  const indicators = inferred ?? form.indicators.filter((i) => !isNotApplicable(i)).map((i) => scoreIndicator(i, profile, decimals));
  const execCounted = execution ? execution.computed ?? Math.min(Math.max(execution.entered ?? 0, 0), execution.weight) : 0;
  // Items are added as the form shows them: each rounded to 2 decimals, then summed.
  const total = roundHalfAway(indicators.reduce((s, i) => s + i.counted, execCounted), 2);
  const byIndicator = new Map(indicators.map((i) => [i.indicator, i]));
  const subtotals = form.subtotals.map((subtotal) => {
    const scored = form.indicators.slice(subtotal.from, subtotal.to).flatMap((i) => byIndicator.get(i) ?? []);
    return {
      subtotal,
      computed: roundHalfAway(scored.reduce((sum, i) => sum + i.counted, 0), 2),
      weight: roundHalfAway(scored.reduce((sum, i) => sum + (i.weight ?? 0), 0), 2),
    };
  });
  return {
    decimals,
    execution,
    indicators,
    subtotals,
    total,
    grade: gradeFor(profile, total),
    enteredTotal: enteredNumber(form.total?.score ?? null),
  };
}
