import { REVIEW_SHEET } from "../../engine/reviews";
import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";

/**
 * 忽略 / 已核实 kept in the open workbook (src/engine/reviews): a very hidden sheet, the decisions' texts in column
 * A as text; the sheet is replaced as a whole. One read and one write round trip.
 */
export async function writeReviews(env: ExcelEnvironment, cells: string[]): Promise<void> {
  try {
    await env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const old = sheets.items.find((s) => s.name === REVIEW_SHEET);
      if (old) {
        // Excel refuses to delete a very hidden sheet: make it visible first.
        if (old.visibility !== "Visible") old.visibility = "Visible";
        old.delete();
      }
      const ws = sheets.add(REVIEW_SHEET);
      const range = ws.getRange(`A1:A${cells.length}`);
      range.numberFormat = cells.map(() => ["@"]);
      range.values = cells.map((c) => [c]);
      ws.visibility = "VeryHidden";
      await context.sync();
    }, RUN_OPTIONS);
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw hostError("write-failed", e);
  }
}
