import { parseRange, cellAddress } from "./address";
import { draft, type FindingDraft } from "./findings/finding";
import type { RecognisedForm } from "./forms/form-module";
import { kindText } from "./findings/text";
import type { Profile } from "./profile/schema";
import { SheetGrid } from "./sheet-grid";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * Forms on very hidden sheets are not checked (a user cannot see or unhide such a sheet from Excel's menus, and
 * budget-check keeps its own records there), but they are never passed over without a word: each such sheet that
 * holds a recognisable form gets a SHEET_NOT_READ finding naming what was not checked.
 */
export function veryHiddenFormFindings(
  snapshot: WorkbookSnapshot,
  profile: Profile,
  recognise: (grid: SheetGrid) => RecognisedForm[],
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.visibility !== "veryHidden" || sheet.values.length === 0) continue;
    const forms = recognise(new SheetGrid({ ...sheet, visibility: "visible" }, profile.headerSynonyms));
    if (forms.length === 0) continue;
    // Each kind once (表11's variant is a kind of its own).
    const labels = [...new Map(forms.map((f) => kindText(f.place)).map((k) => [k.key, k])).values()];
    const first = parseRange(forms[0].place.range);
    out.push(draft({ code: "SHEET_NOT_READ", sheet: sheet.name, cell: cellAddress(first.top, first.left), params: { sheetName: sheet.name, forms: labels } }));
  }
  return out;
}
