import { z } from "zod";
import { ReadNoticeSchema } from "./read-notices";

/**
 * What every host reads from a workbook, in bulk, before the engine runs.
 * Coordinates are 0-based and absolute on the sheet; `values[i][j]` is the cell at
 * (origin.row + i, origin.col + j). Error cells (#REF!, #DIV/0! …) are kept as their error text.
 */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

const Grid = <T extends z.ZodTypeAny>(cell: T) => z.array(z.array(cell));

export const SheetSnapshotSchema = z.object({
  name: z.string(),
  visibility: z.enum(["visible", "hidden", "veryHidden"]).default("visible"),
  protected: z.boolean().default(false),
  origin: z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() }),
  values: Grid(CellValueSchema),
  /** Formula text ("=SUM(C5:C9)") where the cell holds a formula, else null. Same shape as values. */
  formulas: Grid(z.string().nullable()).optional(),
  /** Number format code ("0.00", "#,##0.00", "0.00%") or null for General. Same shape as values. */
  numberFormats: Grid(z.string().nullable()).optional(),
  /** Alignment indent level, where the host can read it (budget tables show hierarchy by indent). */
  indents: Grid(z.number().int().nonnegative()).optional(),
  /** Merged areas as A1 ranges ("A5:A12"). */
  merged: z.array(z.string()).default([]),
});
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;
export type SheetSnapshotInput = z.input<typeof SheetSnapshotSchema>;

export const WorkbookSnapshotSchema = z.object({
  /** File or workbook name, as the report shows it. */
  name: z.string(),
  sheets: z.array(SheetSnapshotSchema),
  /** What the host could not read as it stands (cells past the grid, merges not read as merged …): reported as findings. */
  notices: z.array(ReadNoticeSchema).optional(),
});
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;
export type WorkbookSnapshotInput = z.input<typeof WorkbookSnapshotSchema>;

const ERROR_VALUES = new Set(["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);
export function isErrorValue(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  // Every error text starts with "#": other text is answered without building a trimmed, upper-cased copy.
  const hash = v.indexOf("#");
  if (hash < 0 || v.slice(0, hash).trim() !== "") return false;
  return ERROR_VALUES.has(v.trim().toUpperCase());
}
