import { z } from "zod";

/**
 * The typed result of reading a target or actual value ("≥90%", "1-2个", "2019年12月", "及时", "未开展").
 * Implemented by parse/value.ts; every form kind reads targets and actuals through it.
 */
export const ComparatorSchema = z.enum([">=", ">", "<=", "<", "=", "~"]);
/** ">=" ">" are positive (more is better), "<=" "<" negative, "=" exact, "~" approximately (约, 左右). */
export type Comparator = z.infer<typeof ComparatorSchema>;

export const ParsedValueSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("quantity"),
    /** Null when no comparator is written ("3场"): forms read that as ≥ for targets. */
    comparator: ComparatorSchema.nullable(),
    value: z.number(),
    /** Unit as written, normalised (场, 个, 万元, 元, %, 次 …); "%" for percentages (value 95 means 95%). */
    unit: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("range"),
    min: z.number(),
    max: z.number(),
    unit: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("date"),
    /** "2019年12月" → year 2019, month 12; relative periods ("本年内完成", "全年") have year null. */
    year: z.number().int().nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
    /** "by" for 前/之前/完成 ("2019年12月前完成"), "in" otherwise. */
    relation: z.enum(["by", "in"]),
    text: z.string(),
  }),
  z.object({
    kind: z.literal("qualitative"),
    /** A recognised qualitative value, normalised: 及时, 合规, 有效保障, 达成预期指标, 优, 良, 满意, 是 … */
    value: z.string(),
  }),
  /** 不适用 */
  z.object({ kind: z.literal("not-applicable") }),
  /** An actual saying the work was not done: 未开展, 未完成, 无, 由于疫情原因未开展 (counts as 0). */
  z.object({ kind: z.literal("not-done"), text: z.string() }),
  z.object({ kind: z.literal("empty") }),
  z.object({
    kind: z.literal("invalid"),
    reason: z.enum(["vague", "compound", "unparseable"]),
    text: z.string(),
  }),
]);
export type ParsedValue = z.infer<typeof ParsedValueSchema>;
