import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";

/**
 * Show a finding's cell: activate its sheet and select the cell. A missing sheet and a hidden one (Excel cannot
 * activate it) get their own messages; any other refusal is "could not select", never "could not read".
 */
export async function selectCell(env: ExcelEnvironment, sheetName: string, address: string): Promise<void> {
  try {
    await env.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name,visibility");
      await context.sync();
      if (sheet.isNullObject) throw new ExcelHostError("sheet-missing", { sheet: sheetName });
      if (sheet.visibility !== "Visible") throw new ExcelHostError("sheet-hidden", { sheet: sheetName });
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    }, RUN_OPTIONS);
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw hostError("select-failed", e);
  }
}
