import { z } from "zod";
import type { FindingDraft } from "./findings/finding";

/**
 * What a host could not read of a workbook as it stands, carried in the snapshot so the engine reports it as a
 * finding (report, JSON, pane, results sheet) instead of a line on stderr. Hosts read what can be read — a sheet
 * Excel itself opens is never rejected whole for a cell past its grid or two overlapping merges — and say the rest.
 */
export const ReadNoticeSchema = z.discriminatedUnion("kind", [
  /** Cells far from the rest of a sheet, left out so memory follows the cells that exist (A1 and XFD1048576). */
  z.object({ kind: z.literal("far-cells"), sheet: z.string(), cell: z.string(), count: z.number().int().positive() }),
  /** Cells the file places past Excel's grid (a column after XFD, a row after 1048576): not read. */
  z.object({ kind: z.literal("past-grid"), sheet: z.string(), cell: z.string(), count: z.number().int().positive() }),
  /** A merged area over far more cells than exist, read as the part of it that holds cells. */
  z.object({ kind: z.literal("merge-clipped"), sheet: z.string(), cell: z.string(), to: z.string() }),
  /** A merged area not read as merged: it overlaps an earlier one, lies past the grid, or is too large. */
  z.object({ kind: z.literal("merge-dropped"), sheet: z.string(), cell: z.string(), reason: z.enum(["overlap", "invalid", "too-large"]), other: z.string().optional() }),
  /** A formula without a cached result whose evaluation would pass the budget: left without a value. */
  z.object({ kind: z.literal("uncomputed"), sheet: z.string(), cell: z.string(), formula: z.string(), cells: z.number().nonnegative(), limit: z.number().int().positive() }),
]);
export type ReadNotice = z.infer<typeof ReadNoticeSchema>;

/** A count as a reader writes it (17,179,869,184), the same in both languages. */
function count(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** Each notice as the finding the report carries (codes CELLS_NOT_READ, MERGE_NOT_READ, FORMULA_NOT_COMPUTED). */
export function readNoticeFindings(notices: readonly ReadNotice[]): FindingDraft[] {
  return notices.map((n): FindingDraft => {
    switch (n.kind) {
      case "far-cells":
        return { code: "CELLS_NOT_READ", sheet: n.sheet, cell: n.cell, params: { cell: n.cell, count: count(n.count) } };
      case "past-grid":
        return { code: "CELLS_NOT_READ", sheet: n.sheet, cell: n.cell, context: "pastGrid", params: { cell: n.cell, count: count(n.count) } };
      case "merge-clipped":
        return { code: "MERGE_NOT_READ", sheet: n.sheet, cell: n.cell, params: { cell: n.cell, to: n.to } };
      case "merge-dropped":
        return {
          code: "MERGE_NOT_READ",
          sheet: n.sheet,
          cell: n.cell,
          context: n.reason === "too-large" ? "tooLarge" : n.reason,
          params: { cell: n.cell, other: n.other ?? "" },
        };
      case "uncomputed":
        return { code: "FORMULA_NOT_COMPUTED", sheet: n.sheet, cell: n.cell, params: { formula: n.formula, cells: count(n.cells), limit: count(n.limit) } };
    }
  });
}
