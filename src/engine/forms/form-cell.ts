import { z } from "zod";
import type { SheetGrid } from "../sheet-grid";
import { CellValueSchema } from "../snapshot";

/** A cell a recognised form reads: where it is and what it holds. Every form kind keeps its cells this way. */
export const FormCellSchema = z.object({
  cell: z.string(),
  value: CellValueSchema,
  text: z.string(),
  /** Decimals the cell displays (number format), null when General. */
  decimals: z.number().int().nullable(),
  numberFormat: z.string().nullable(),
});
export type FormCell = z.infer<typeof FormCellSchema>;

/** The cell at (row, col); inside a merged area, the area's top-left cell (where a value can be written). */
export function formCell(grid: SheetGrid, row: number, col: number): FormCell {
  // The merge's top-left read here, not through anchorOf: no {row, col} made and dropped for each of the
  // hundreds of thousands of cells a big workbook's forms read.
  const m = grid.mergeAt(row, col);
  const r = m ? m.top : row;
  const c = m ? m.left : col;
  return { cell: grid.address(r, c), value: grid.raw(r, c), text: grid.text(r, c), decimals: grid.displayDecimals(r, c), numberFormat: grid.numberFormat(r, c) };
}
