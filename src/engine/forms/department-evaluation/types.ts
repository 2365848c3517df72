import { z } from "zod";
import { TextRefSchema } from "../../findings/text";

/** A cell the form reads: where it is and what it holds. */
import { FormCellSchema } from "../form-cell";
export type { FormCell } from "../form-cell";

/** One 三级指标 row of the 评分表. */
export const DeptItemSchema = z.object({
  row: z.number().int(),
  /** 一级 as printed without its weight ("部门决策"), its printed weight ("(20分)") and its (merged) cell. */
  primary: z.string(),
  primaryWeight: z.number().nullable(),
  primaryCell: z.string(),
  secondary: z.string(),
  /** The 二级's printed weight ("预算执行(15分)") and its (merged) cell, when the table has a 二级 column. */
  secondaryWeight: z.number().nullable(),
  secondaryCell: z.string().nullable(),
  label: z.string(),
  labelCell: z.string(),
  weight: FormCellSchema,
  score: FormCellSchema,
});
export type DeptItem = z.infer<typeof DeptItemSchema>;

/** One row of the 基础数据 block (数据项 | 数值). */
export const DataEntrySchema = z.object({
  sheet: z.string(),
  label: z.string(),
  labelCell: z.string(),
  value: FormCellSchema,
  /** The rubric's data item this row gives, when its label matches one. */
  itemId: z.string().nullable(),
  /** The rubric's rate this row states, when its label names a rate instead. */
  rateLabel: z.string().nullable(),
});
export type DataEntry = z.infer<typeof DataEntrySchema>;

export const DataBlockSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  entries: z.array(DataEntrySchema),
});
export type DataBlock = z.infer<typeof DataBlockSchema>;

/** A text cell outside the table that may state a rate ("编外人员数量占到总人数的 15.00%"). */
export const NoteCellSchema = z.object({ sheet: z.string(), cell: z.string(), text: z.string() });
export type NoteCell = z.infer<typeof NoteCellSchema>;

export const DepartmentEvaluationFormSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  /** As printed above the table; the kind's name (text to render) where none is. */
  title: z.union([z.string(), TextRefSchema]),
  items: z.array(DeptItemSchema),
  /** The 综合评分 row: its label cell and the cell holding the total. */
  total: z.object({ label: z.string(), labelCell: z.string(), score: FormCellSchema }).nullable(),
  /** The 评分等级 row's value cell. */
  grade: FormCellSchema.nullable(),
  data: DataBlockSchema.nullable(),
  notes: z.array(NoteCellSchema),
  /** What the recogniser inferred, as language-neutral text. */
  remarks: z.array(TextRefSchema),
});
export type DepartmentEvaluationForm = z.infer<typeof DepartmentEvaluationFormSchema>;
