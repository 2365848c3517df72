import { z } from "zod";

import { FormCellSchema } from "../form-cell";
import { TextRefSchema } from "../../findings/text";
export { FormCellSchema, type FormCell } from "../form-cell";

export const FundsRowKindSchema = z.enum(["total", "fiscal", "carryover", "special", "unit", "other"]);

/** One row of the funds block (项目资金 / 预算执行情况). */
export const FundsRowSchema = z.object({
  kind: FundsRowKindSchema,
  label: z.string(),
  labelCell: z.string(),
  row: z.number().int(),
  initial: FormCellSchema.nullable(),
  adjusted: FormCellSchema.nullable(),
  executed: FormCellSchema.nullable(),
  weight: FormCellSchema.nullable(),
  rate: FormCellSchema.nullable(),
  score: FormCellSchema.nullable(),
});
export type FundsRow = z.infer<typeof FundsRowSchema>;

export const FundsBlockSchema = z.object({
  /** 元 or 万元, from the block's label ("项目资金（元）"); amounts are compared within the block only. */
  unit: z.string().nullable(),
  /** Weight printed in the block header ("预算执行情况(10分)"), if any. */
  headerWeight: z.number().nullable(),
  rows: z.array(FundsRowSchema),
});
export type FundsBlock = z.infer<typeof FundsBlockSchema>;

export const IndicatorSchema = z.object({
  row: z.number().int(),
  /** 一级 as printed without its weight ("产出指标"), its printed weight ("（50分）") and the cell it sits in. */
  primary: z.string(),
  primaryWeight: z.number().nullable(),
  primaryCell: z.string().nullable(),
  /** 二级 as printed ("数量指标"). */
  secondary: z.string(),
  name: z.string(),
  nameCell: z.string(),
  /** The target as one text: for the split layout 指标性质 | 指标值 | 度量单位 the three joined ("≥" + "50" + "个"). */
  target: FormCellSchema,
  /** 指标性质 of the split layout (≥ ≤ = 定性), when present. */
  nature: z.string().nullable(),
  actual: FormCellSchema,
  /** 分值 and 得分; null in an unscored self-evaluation (no such columns). */
  weight: FormCellSchema.nullable(),
  score: FormCellSchema.nullable(),
  reason: FormCellSchema.nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A 小计 row closing a block of indicators: its entered weight and score, and the indicators it sums. */
export const SubtotalSchema = z.object({
  row: z.number().int(),
  label: z.string(),
  labelCell: z.string(),
  weight: FormCellSchema,
  score: FormCellSchema,
  /** Indices into `indicators`: [from, to). */
  from: z.number().int(),
  to: z.number().int(),
});
export type Subtotal = z.infer<typeof SubtotalSchema>;

export const SelfEvaluationFormSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  projectName: z.string(),
  department: z.string().nullable(),
  implementer: z.string().nullable(),
  year: z.string().nullable(),
  funds: FundsBlockSchema.nullable(),
  indicators: z.array(IndicatorSchema),
  subtotals: z.array(SubtotalSchema).default([]),
  /** Whether the indicator table has 分值/得分 columns; an unscored form is still checked for funds and targets. */
  scored: z.boolean().default(true),
  /** The weight printed on the indicator block's label ("绩效指标(90分)") and its cell. */
  blockWeight: z.object({ weight: z.number(), cell: z.string() }).nullable().default(null),
  /** The 总分 row: its weight (分值 total) and score cells. */
  total: z
    .object({ row: z.number().int(), weight: FormCellSchema.nullable(), score: FormCellSchema.nullable() })
    .nullable(),
  /** The overall goal's two texts (预期目标 / 实际完成情况), read for the amounts they break down. */
  goals: z.object({ planned: FormCellSchema.nullable(), achieved: FormCellSchema.nullable() }).nullable().default(null),
  /** 其中 rows breaking an indicator down ("其中桃树种植面积 | 1.5亩 | 1.5亩"), by the index of the indicator they follow. */
  breakdowns: z
    .array(z.object({ parent: z.number().int(), label: z.string(), target: FormCellSchema.nullable(), actual: FormCellSchema }))
    .default([]),
  /** Template rows skipped as not indicators (placeholders 指标2 / ……, 其中 breakdowns), for the report's notes. */
  skippedRows: z.number().int().default(0),
  /** What the recogniser inferred, in the report's language (see index.ts). */
  notes: z.array(TextRefSchema).default([]),
  /** An entered grade (评价等级 / 自评等级), when the form has one. */
  grade: FormCellSchema.nullable(),
});
export type SelfEvaluationForm = z.infer<typeof SelfEvaluationFormSchema>;
