import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";

/**
 * Replace a very hidden sheet of budget-check's own (the validation stamp, the 忽略 / 已核实 decisions) with `cells`
 * as text in column A; no cells: the sheet is removed. One read and one write round trip.
 */
export async function replaceHiddenTextSheet(env: ExcelEnvironment, name: string, cells: string[]): Promise<void> {
  try {
    await env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const old = sheets.items.find((s) => s.name === name);
      if (old) {
        // Excel refuses to delete a very hidden sheet: make it visible first.
        if (old.visibility !== "Visible") old.visibility = "Visible";
        old.delete();
      }
      if (cells.length === 0) {
        await context.sync();
        return;
      }
      const ws = sheets.add(name);
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
