import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * The results sheet budget-check writes, and how it tells its own sheet from a user's sheet of the same name.
 *
 * A user may have a sheet called 校验结果 of their own: it must never be deleted, and forms on it are checked.
 * budget-check's own sheet is told apart by its mark, which every host can read from the snapshot: its name is
 * 校验结果 or 校验结果(n) (or the older Validation results) and its A1 holds the title budget-check writes there.
 * When a user's sheet holds the name, budget-check's sheet takes the first free 校验结果(n).
 */

/** Names budget-check has given its results sheet (the first is the one it writes, in every language). */
export const RESULTS_SHEET_NAMES = ["校验结果", "Validation results"];

/** A1 of budget-check's results sheet, in each language: the sheet's mark. */
export const RESULTS_SHEET_TITLES = { zh: "budget-check 校验结果", en: "budget-check results" } as const;

const OWN_NAME = /^(校验结果|Validation results)(\(\d+\))?$/i;
const TITLES = new Set<string>(Object.values(RESULTS_SHEET_TITLES));

function a1Text(sheet: SheetSnapshot): string {
  if (sheet.origin.row !== 0 || sheet.origin.col !== 0) return "";
  const v = sheet.values[0]?.[0];
  return typeof v === "string" ? v.trim() : "";
}

/** The mark itself, for a host that looks at a sheet without a snapshot: the sheet's name and the value of its A1. */
export function hasResultsSheetMark(name: string, a1: unknown): boolean {
  return OWN_NAME.test(name.trim()) && typeof a1 === "string" && TITLES.has(a1.trim());
}

/** True for a results sheet budget-check wrote (its name and its A1 title), false for any sheet of the user's. */
export function isOwnResultsSheet(sheet: SheetSnapshot): boolean {
  return hasResultsSheetMark(sheet.name, a1Text(sheet));
}

/** The name for this run's results sheet: 校验结果, or the first 校验结果(n) that is free or budget-check's own. */
export function resultsSheetName(snapshot: WorkbookSnapshot): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? RESULTS_SHEET_NAMES[0] : `${RESULTS_SHEET_NAMES[0]}(${n})`;
    // Excel sheet names are case-insensitive.
    const holder = snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!holder || isOwnResultsSheet(holder)) return name;
  }
}

/** budget-check's own results sheets from earlier runs, to be replaced by this run's. */
export function ownResultsSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter(isOwnResultsSheet).map((s) => s.name);
}
