import { STAMP_SHEET } from "../../engine/stamp";
import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";

/**
 * The validation stamp written into the open workbook after 写入 (src/engine/stamp): a very hidden sheet, the
 * stamp's texts in column A as text; an older stamp is replaced. One read and one write round trip.
 */
export async function writeStamp(env: ExcelEnvironment, cells: string[]): Promise<void> {
  try {
    await env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const old = sheets.items.find((s) => s.name === STAMP_SHEET);
      if (old) {
        // Excel refuses to delete a very hidden sheet: make it visible first.
        if (old.visibility !== "Visible") old.visibility = "Visible";
        old.delete();
      }
      const ws = sheets.add(STAMP_SHEET);
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
