import type { ExcelEnvironment } from "./context";
import { ExcelHostError, describeOfficeError } from "./errors";

/** Show a finding's cell: activate its sheet and select the cell (a missing sheet gets its own message). */
export async function selectCell(env: ExcelEnvironment, sheetName: string, address: string): Promise<void> {
  try {
    await env.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) throw new ExcelHostError("sheet-missing", { sheet: sheetName });
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw new ExcelHostError("read-failed", { reason: describeOfficeError(e) }, { cause: e });
  }
}
