import { isOwnResultsSheet } from "../engine/results-sheet";
import type { WorkbookSnapshot } from "../engine/snapshot";

/**
 * Check only one sheet: the snapshot narrowed to that sheet (budget-check's own sheets — results, stamp, reviews —
 * kept beside it), handed to the engine as any snapshot is. The engine's entry point stays as it is, pure.
 */
export function onlySheet(snapshot: WorkbookSnapshot, name: string): WorkbookSnapshot {
  return { ...snapshot, sheets: snapshot.sheets.filter((s) => s.name === name || s.visibility === "veryHidden" || isOwnResultsSheet(s)) };
}

/** The sheets a user can choose to check alone: every sheet of theirs, in workbook order. */
export function checkableSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter((s) => s.visibility !== "veryHidden" && !isOwnResultsSheet(s)).map((s) => s.name);
}
