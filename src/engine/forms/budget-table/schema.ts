import { z } from "zod";
import { TextRefSchema } from "../../findings/text";

/**
 * The typed form of one department budget table. Every amount keeps its cell so checks can name it;
 * amounts are in the table's own unit (see `unit`), converted only when tables are compared.
 */
export const AmountCellSchema = z.object({
  row: z.number().int(),
  col: z.number().int(),
  address: z.string(),
  /** number; none (blank, "-", "—", "/": no amount); text (NOT_A_NUMBER); error (#REF! …). */
  kind: z.enum(["number", "none", "text", "error"]),
  value: z.number().nullable(),
  text: z.string(),
  /** Decimals the cell shows: its number format, else the decimals of the value as stored or printed. */
  decimals: z.number().int().nonnegative(),
});
export type AmountCell = z.infer<typeof AmountCellSchema>;

export const AmountColumnSchema = z.object({
  col: z.number().int(),
  /** The header path, top to bottom ("本年收入", "政府预算拨款", "一般公共预算拨款", "小计"). */
  path: z.array(z.string()),
  label: z.string(),
});
export type AmountColumn = z.infer<typeof AmountColumnSchema>;

/** A total column and the columns it totals (indices into the block's columns). */
export const ColumnSumSchema = z.object({ total: z.number().int(), parts: z.array(z.number().int()) });
/** A "其中" column, a part that may not exceed its whole. */
export const ColumnSubsetSchema = z.object({ part: z.number().int(), whole: z.number().int() });

export const RowKindSchema = z.enum([
  "item",
  /** A unit or department row heading the classification rows below it. */
  "unit",
  /** 合计 / 本年收入合计 / 金额合计. */
  "sum",
  /** 总计 / 收入总计 (may add carry-overs to a 合计). */
  "grand",
  "subtotal",
  /** 其中：… */
  "ofWhich",
  /** A year of the 三公 table. */
  "year",
  /** 增减变化金额. */
  "delta",
]);
export type RowKind = z.infer<typeof RowKindSchema>;

export const BudgetRowSchema = z.object({
  row: z.number().int(),
  /** The label as printed (trimmed), and normalised for matching (no spaces, no numbering). */
  label: z.string(),
  name: z.string(),
  labelCell: z.string(),
  code: z.string().nullable(),
  kind: RowKindSchema,
  /** Indentation measure or numbering rank; only compared within a block. */
  level: z.number(),
  /** Index (into the block's rows) of the row this row is a part of, by code prefix or indentation. */
  parent: z.number().int().nullable(),
  /** Aligned with the block's columns. */
  amounts: z.array(AmountCellSchema),
});
export type BudgetRow = z.infer<typeof BudgetRowSchema>;

export const BlockSchema = z.object({
  /**
   * single: one table; income / expense: the two sides of a 收支总表; half: one of the halves of a table printed twice
   * side by side (基本支出决算表: 类 | 款 | 科目名称 | 决算数, then again), each with its own rows and total.
   */
  side: z.enum(["single", "income", "expense", "half"]),
  columns: z.array(AmountColumnSchema),
  rows: z.array(BudgetRowSchema),
  hierarchy: z.enum(["code", "indent", "numbering", "none"]),
  columnSums: z.array(ColumnSumSchema),
  columnSubsets: z.array(ColumnSubsetSchema),
});
export type Block = z.infer<typeof BlockSchema>;

export const TableRoleSchema = z.enum([
  "balance",
  "income",
  "expense",
  "basic",
  "project",
  "function",
  "sangong",
  "tasks",
  "other",
]);
export type TableRole = z.infer<typeof TableRoleSchema>;

export const BudgetTableSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  title: z.string(),
  /** "表1" as printed above the title, if any. */
  tableNo: z.string().nullable(),
  role: TableRoleSchema,
  /** Whose money the table covers: all funds, or only 一般公共预算 / 政府性基金 / 国有资本经营 / 政府预算拨款. */
  fund: z.enum(["all", "general", "fund", "capital", "government"]),
  /** The budget year printed in the header or above the table ("2022年预算数" → "2022"). */
  year: z.string().nullable(),
  unit: z.object({ name: z.string(), factor: z.number().positive(), cell: z.string().nullable(), assumed: z.boolean() }),
  blocks: z.array(BlockSchema),
  /** What the recogniser inferred (unit assumed, hierarchy read from …), as language-neutral text. */
  notes: z.array(TextRefSchema),
});
export type BudgetTable = z.infer<typeof BudgetTableSchema>;
