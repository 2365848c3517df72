import { z } from "zod";
import { columnName } from "../address";
import { FormKindSchema } from "../report";

/**
 * A template as pure data: the cells, merges, validation lists, formulas and protection of each sheet, which a host
 * writes as it is (ExcelJS in src/hosts/file/template-write.ts, Office.js in src/hosts/excel/template-insert.ts).
 * Rows and columns are 0-based as everywhere in the engine; formulas are A1 text without the leading "=".
 */

export const TemplateKindSchema = z.enum(["self-evaluation", "goal-table"]);
export type TemplateKind = z.infer<typeof TemplateKindSchema>;

/**
 * How a cell looks and whether the user may change it: "input" cells are unlocked and shaded as inputs, every
 * other style is locked under the sheet's protection.
 */
export const CellStyleSchema = z.enum(["title", "label", "header", "input", "formula", "fixed", "note"]);
export type CellStyle = z.infer<typeof CellStyleSchema>;

export const TemplateCellSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  value: z.union([z.string(), z.number()]).nullable().default(null),
  /** A1 formula text without "=" ("SUM(J13:J52)"). */
  formula: z.string().optional(),
  style: CellStyleSchema,
  numFmt: z.string().optional(),
  /** The role the cell's text plays for drift detection: a column header, a fixed row label, the title. */
  anchor: z.enum(["title", "header", "row"]).optional(),
});
export type TemplateCell = z.infer<typeof TemplateCellSchema>;

export const TemplateValidationSchema = z.object({
  /** A1 range ("B13:B52"). */
  range: z.string(),
  items: z.array(z.string().min(1)).min(1),
  /** stop: only the listed values; warning: the list is offered, another value may be kept after a warning. */
  strict: z.boolean(),
  prompt: z.object({ title: z.string(), text: z.string() }).optional(),
  /**
   * A dependent list: each cell offers the named list (TemplateLayout.lists) whose name is the value in this column
   * (0-based) of its own row — the 二级 list follows the 一级 chosen (INDIRECT over named ranges, as in Excel and
   * LibreOffice). `items` then holds every list's items together, for a reader.
   */
  parentColumn: z.number().int().nonnegative().optional(),
});
export type TemplateValidation = z.infer<typeof TemplateValidationSchema>;

export const TemplateSheetSchema = z.object({
  name: z.string().min(1),
  /** Column widths in characters, from column A. */
  widths: z.array(z.number().positive()),
  /** Row heights in points, by 0-based row. */
  heights: z.record(z.string(), z.number().positive()).default({}),
  cells: z.array(TemplateCellSchema),
  merges: z.array(z.string()),
  validations: z.array(TemplateValidationSchema).default([]),
  /** Protected without a password: the structure is locked, the input cells stay editable. */
  protect: z.boolean(),
});
export type TemplateSheet = z.infer<typeof TemplateSheetSchema>;

/**
 * What a workbook made from a template carries about it (very hidden sheet TEMPLATE_META_SHEET): which template
 * and version, by which profile, and the fixed texts of its structure where it put them, so a changed structure
 * can be named (TEMPLATE_CHANGED).
 */
export const TemplateMetaSchema = z.object({
  templateId: z.string().min(1),
  version: z.number().int().positive(),
  kind: TemplateKindSchema,
  profileId: z.string(),
  sheet: z.string(),
  /** The fixed texts: column headers, row labels and the title, each where the template put it. */
  anchors: z.array(z.object({ cell: z.string(), text: z.string(), role: z.enum(["title", "header", "row"]) })),
  /** The first and last input row of the indicator table (0-based), and its header row. */
  indicatorRows: z.object({ header: z.number().int(), first: z.number().int(), last: z.number().int() }),
});
export type TemplateMeta = z.infer<typeof TemplateMetaSchema>;

/** Named lists for dependent validations, written to a very hidden sheet: one column per list, its name in row 1. */
export const TemplateListsSchema = z.object({
  sheetName: z.string().min(1),
  lists: z.array(z.object({ name: z.string().min(1), items: z.array(z.string().min(1)).min(1) })),
});
export type TemplateLists = z.infer<typeof TemplateListsSchema>;

export interface TemplateLayout {
  kind: TemplateKind;
  meta: TemplateMeta;
  /** The form sheet first, then the 填表说明 sheet. */
  sheets: TemplateSheet[];
  /** Very hidden sheets, text in column A from A1 down: the embedded profile and the template's own record. */
  hidden: { sheetName: string; cells: string[] }[];
  /** The named lists the dependent validations offer (null: none). */
  lists: TemplateLists | null;
}

/** Where a named list lies on the lists sheet (absolute A1 reference with the sheet, for a defined name). */
export function listReference(lists: TemplateLists, index: number): string {
  const col = columnName(index);
  return `'${lists.sheetName}'!$${col}$2:$${col}$${lists.lists[index].items.length + 1}`;
}

/** A dependent validation's list formula (without "=") for a cell of `row` (0-based): INDIRECT of the parent cell. */
export function dependentListFormula(parentColumn: number, row: number): string {
  return `INDIRECT($${columnName(parentColumn)}${row + 1})`;
}

export const FORM_KIND_OF_TEMPLATE: Record<TemplateKind, z.infer<typeof FormKindSchema>> = {
  "self-evaluation": "self-evaluation",
  "goal-table": "goal-table",
};
