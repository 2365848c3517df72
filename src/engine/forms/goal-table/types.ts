import { z } from "zod";
import { PrimaryCategorySchema, SecondaryCategorySchema } from "../indicators/categories";

/** A cell the form reads: where it is and what it holds. */
import { FormCellSchema } from "../form-cell";
export type { FormCell } from "../form-cell";

/** How an indicator's 二级 was found: printed in the table, or inferred from its name or its target. */
export const SecondaryBasisSchema = z.enum(["printed", "name", "target", "none"]);
export type SecondaryBasis = z.infer<typeof SecondaryBasisSchema>;

export const GoalIndicatorSchema = z.object({
  row: z.number().int(),
  primary: z.object({ text: z.string(), cell: z.string().nullable(), category: PrimaryCategorySchema.nullable() }),
  secondary: z.object({
    text: z.string(),
    cell: z.string().nullable(),
    category: SecondaryCategorySchema.nullable(),
    basis: SecondaryBasisSchema,
  }),
  name: FormCellSchema,
  target: FormCellSchema,
  /** 目标值来源, when the table has that column. */
  source: FormCellSchema.nullable(),
});
export type GoalIndicator = z.infer<typeof GoalIndicatorSchema>;

/** The indicator table's header row: where its columns are. */
export const GoalHeaderSchema = z.object({
  row: z.number().int(),
  nameCell: z.string(),
  targetCell: z.string(),
  /** The printed header of the target column ("指标目标值"), for messages. */
  targetLabel: z.string(),
  sourceCell: z.string().nullable(),
  sourceLabel: z.string().nullable(),
  /** Whether the table prints a 二级 column (its header, or category words beside the names). */
  secondaryColumn: z.boolean(),
});

/** A labelled value of the project block (项目总金额 → its amount cell). */
export const LabelledCellSchema = z.object({ label: z.string(), labelCell: z.string(), value: FormCellSchema });
export type LabelledCell = z.infer<typeof LabelledCellSchema>;

/** One task of the department variant's 年度主要任务, amounts in the table's unit. */
export const GoalTaskSchema = z.object({
  row: z.number().int(),
  name: FormCellSchema,
  total: FormCellSchema.nullable(),
  fiscal: FormCellSchema.nullable(),
  other: FormCellSchema.nullable(),
});
export type GoalTask = z.infer<typeof GoalTaskSchema>;

export const GoalTableFormSchema = z.object({
  variant: z.enum(["project", "department"]),
  sheet: z.string(),
  range: z.string(),
  /** The project (or, for the department variant, the unit) the table is about. */
  title: z.string(),
  /** 元 or 万元. */
  unit: z.string(),
  projectName: LabelledCellSchema.nullable(),
  funds: z.object({
    total: LabelledCellSchema.nullable(),
    currentYear: LabelledCellSchema.nullable(),
    fiscal: LabelledCellSchema.nullable(),
    other: LabelledCellSchema.nullable(),
    assetAmount: LabelledCellSchema.nullable(),
  }),
  /** The text that breaks the year's funds down by use ("…经费500000元，用于…"). */
  fundsUse: LabelledCellSchema.nullable(),
  /** 采购品目: the procurement detail. */
  procurement: LabelledCellSchema.nullable(),
  /** Every free-text value of the project block (arithmetic written in any of them is checked). */
  texts: z.array(LabelledCellSchema),
  tasks: z.array(GoalTaskSchema),
  taskTotal: GoalTaskSchema.nullable(),
  header: GoalHeaderSchema,
  indicators: z.array(GoalIndicatorSchema),
});
export type GoalTableForm = z.infer<typeof GoalTableFormSchema>;
