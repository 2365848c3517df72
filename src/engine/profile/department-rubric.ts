import { z } from "zod";
import { FormulaSyntaxError, parseFormula, referencedNames } from "./formula";

/**
 * The department-level rubric (部门整体支出绩效评分表) as data: its 一级 groups and weights, each 三级 item with
 * the parts its score is made of, the data items (基础数据) the formulas name, and the rates a workbook may state.
 * Formulas are text parsed by ./formula (never evaluated as code); tiers are tables.
 *
 * Cross-references (a formula naming an undeclared data item, parts that do not add up to the item's weight …)
 * are reported as custom issues with `params.kind`; ./load turns them into localised messages.
 */

/** A fraction written as a number (0.9) or a percentage ("90%"). */
export const RatioSchema = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?\d+(\.\d+)?\s*%\s*$/)
    .transform((s) => Number(s.replace("%", "").trim()) / 100),
]);

/** Formula text, checked for syntax when the profile is loaded. */
export const FormulaTextSchema = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    try {
      parseFormula(text);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      ctx.addIssue({ code: "custom", params: { kind: "formulaSyntax", reason: e.reason, position: e.position + 1, token: e.token, formula: text.length > 80 ? `${text.slice(0, 80)}…` : text } });
    }
  });

export const DataItemSchema = z.object({
  /** The name formulas use. Also matched against the 数据项 column. */
  id: z.string().min(1),
  /** Other labels the 数据项 column may use for it (compared without spaces and punctuation). */
  names: z.array(z.string().min(1)).default([]),
  /** rate: a percentage ("99%", 0.99, or 99 typed without the sign); amount and count: plain numbers. */
  kind: z.enum(["amount", "count", "rate"]).default("amount"),
});

/** A rate the rubric defines over data items; a workbook that states it (in a note or the data block) is compared. */
export const RateSchema = z.object({
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  formula: FormulaTextSchema,
});

/** One tier: the part's rate compared with a bound; the first tier that holds gives the score. */
export const TierSchema = z.object({
  op: z.enum(["<", "<=", ">", ">="]),
  bound: RatioSchema,
  /** Points, or a formula (may use `rate`). */
  score: z.union([z.number(), FormulaTextSchema]),
});

export const PartSchema = z.object({
  label: z.string().min(1),
  /** Points this part is worth; its score is clamped to [0, max]. */
  max: z.number().nonnegative(),
  /** A reviewer's judgement (e.g. 政府采购政策功能): counted in full by the computed score; an entered score may deduct from it. */
  judged: z.boolean().default(false),
  /** The part's rate: a formula over data items and rates. Tiers and the score formula see it as `rate`. */
  rate: FormulaTextSchema.optional(),
  /** Tier table over `rate`; when no tier holds, `score` applies (0 when absent). */
  tiers: z.array(TierSchema).optional(),
  /** Points as a formula or a number: the whole score without tiers, the fallback with them. */
  score: z.union([z.number(), FormulaTextSchema]).optional(),
});

export const RubricItemSchema = z.object({
  /** The 三级指标 as printed. */
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Its 一级 group. */
  group: z.string().min(1),
  weight: z.number().positive(),
  /** No parts: a judgement item, checked only for 0 ≤ 分数 ≤ 分值. */
  parts: z.array(PartSchema).default([]),
});

export const RubricGroupSchema = z.object({
  label: z.string().min(1),
  weight: z.number().positive(),
});

const RESERVED = "rate";

export const DepartmentRubricSchema = z
  .object({
    groups: z.array(RubricGroupSchema).min(1),
    items: z.array(RubricItemSchema),
    dataItems: z.array(DataItemSchema).default([]),
    rates: z.array(RateSchema).default([]),
    /**
     * Rates are compared with tier bounds as the percentage a form shows, rounded to this many decimals
     * (2: 4.994% counts as 4.99%); null compares the exact quotient.
     */
    rateDecimals: z.number().int().min(0).max(6).nullable().default(2),
    /** Grade bands of the 评分等级, highest first; the profile's grades when absent. */
    grades: z.array(z.object({ min: z.number(), grade: z.string().min(1) })).min(1).optional(),
  })
  .superRefine((r, ctx) => {
    const dataIds = new Set<string>();
    r.dataItems.forEach((d, i) => {
      if (d.id === RESERVED) ctx.addIssue({ code: "custom", path: ["dataItems", i, "id"], params: { kind: "reservedName", name: d.id } });
      if (dataIds.has(d.id)) ctx.addIssue({ code: "custom", path: ["dataItems", i, "id"], params: { kind: "duplicate", name: d.id } });
      dataIds.add(d.id);
    });
    const rateIds = new Set<string>();
    r.rates.forEach((rate, i) => {
      if (dataIds.has(rate.label) || rateIds.has(rate.label) || rate.label === RESERVED)
        ctx.addIssue({ code: "custom", path: ["rates", i, "label"], params: { kind: "duplicate", name: rate.label } });
      rateIds.add(rate.label);
      checkNames(rate.formula, dataIds, ["rates", i, "formula"]);
    });
    const groups = new Set(r.groups.map((g) => g.label));

    function checkNames(text: string, allowed: Set<string>, path: (string | number)[]): void {
      let names: string[];
      try {
        names = referencedNames(parseFormula(text));
      } catch {
        return; // the syntax error is reported by the formula's own schema
      }
      for (const name of names) if (!allowed.has(name)) ctx.addIssue({ code: "custom", path, params: { kind: "unknownName", name } });
    }

    r.items.forEach((item, i) => {
      if (!groups.has(item.group)) ctx.addIssue({ code: "custom", path: ["items", i, "group"], params: { kind: "unknownGroup", name: item.group } });
      const sum = item.parts.reduce((s, p) => s + p.max, 0);
      if (item.parts.length && Math.abs(sum - item.weight) > 1e-9)
        ctx.addIssue({ code: "custom", path: ["items", i, "parts"], params: { kind: "partsWeight", sum, weight: item.weight } });
      item.parts.forEach((p, j) => {
        const path = ["items", i, "parts", j];
        if (p.judged) {
          if (p.rate !== undefined || p.tiers !== undefined || p.score !== undefined)
            ctx.addIssue({ code: "custom", path, params: { kind: "judgedWithFormula" } });
          return;
        }
        if (p.score === undefined && p.tiers === undefined) ctx.addIssue({ code: "custom", path, params: { kind: "noScore" } });
        if (p.tiers !== undefined && p.rate === undefined) ctx.addIssue({ code: "custom", path: [...path, "tiers"], params: { kind: "tiersWithoutRate" } });
        const known = new Set([...dataIds, ...rateIds]);
        if (p.rate !== undefined) checkNames(p.rate, known, [...path, "rate"]);
        const withRate = p.rate !== undefined ? new Set([...known, RESERVED]) : known;
        if (typeof p.score === "string") checkNames(p.score, withRate, [...path, "score"]);
        p.tiers?.forEach((t, k) => {
          if (typeof t.score === "string") checkNames(t.score, withRate, [...path, "tiers", k, "score"]);
        });
      });
    });
  });

export type DepartmentRubric = z.infer<typeof DepartmentRubricSchema>;
export type RubricItem = z.infer<typeof RubricItemSchema>;
export type RubricPart = z.infer<typeof PartSchema>;
export type RubricTier = z.infer<typeof TierSchema>;
export type DataItem = z.infer<typeof DataItemSchema>;
export type RubricRate = z.infer<typeof RateSchema>;
