import { STAMP_SHEET } from "../../engine/stamp";
import type { ExcelEnvironment } from "./context";
import { replaceHiddenTextSheet } from "./hidden-text-sheet";

/** The validation stamp written into the open workbook after 写入 (src/engine/stamp); an older stamp is replaced. */
export async function writeStamp(env: ExcelEnvironment, cells: string[]): Promise<void> {
  await replaceHiddenTextSheet(env, STAMP_SHEET, cells);
}
