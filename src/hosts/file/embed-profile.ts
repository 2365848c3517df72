import type { EmbedPlan } from "../../engine/profile/embedded";
import { copyBytes, loadWorkbook, saveWorkbook } from "./workbook-io";

/**
 * The file host's side of embedding a profile: the original bytes plus an EmbedPlan → the bytes of a copy with
 * the profile in a very hidden sheet. Browser-safe (no fs). Any sheet of that name is replaced, so embedding
 * twice leaves one profile, the newer.
 */
export async function embedProfileInWorkbook(data: ArrayBuffer | Uint8Array, plan: EmbedPlan, name = "workbook.xlsx"): Promise<Uint8Array> {
  const wb = await loadWorkbook(copyBytes(data), name);

  const old = wb.getWorksheet(plan.sheetName);
  if (old) wb.removeWorksheet(old.id);
  // Excel needs one visible sheet to stay active; the profile sheet goes last and never becomes the active tab.
  const ws = wb.addWorksheet(plan.sheetName, { state: plan.visibility });
  plan.cells.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    // Text format: Excel never reads a chunk back as a number or a formula when the sheet is edited.
    cell.numFmt = "@";
  });
  return saveWorkbook(wb);
}
