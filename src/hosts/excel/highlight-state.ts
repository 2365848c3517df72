import { z } from "zod";

/**
 * What budget-check changed in the workbook, kept in the workbook itself (an add-in setting, saved with the
 * file) so that "clear highlights" restores every cell exactly, also after the workbook was closed and reopened.
 */
export const STATE_SETTING_KEY = "budget-check.highlights";

/**
 * First line of every note or comment budget-check writes: how it tells its own notes (replaced or removed
 * freely) from the user's (never touched), wherever they are in the workbook.
 */
export const NOTE_MARKER = "budget-check:\n";

/** A cell's fill before budget-check coloured it; null is "no fill". */
export const SavedFillSchema = z
  .object({ color: z.string(), pattern: z.string().nullable(), patternColor: z.string().nullable() })
  .nullable();
export type SavedFill = z.infer<typeof SavedFillSchema>;

export const HighlightStateSchema = z.object({
  version: z.literal(1),
  /** sheet → cell → original fill. */
  fills: z.record(z.string(), z.record(z.string(), SavedFillSchema)),
});
export type HighlightState = z.infer<typeof HighlightStateSchema>;

export function emptyState(): HighlightState {
  return { version: 1, fills: {} };
}

/** The stored setting's value; anything unreadable (edited by hand, a future version) counts as no state. */
export function parseState(value: unknown): HighlightState {
  try {
    const parsed = HighlightStateSchema.safeParse(typeof value === "string" ? JSON.parse(value) : value);
    return parsed.success ? parsed.data : emptyState();
  } catch {
    return emptyState();
  }
}

export function serialiseState(state: HighlightState): string {
  return JSON.stringify(state);
}

/** Fill properties as Office.js reports them, turned into what to restore. */
export function savedFill(color: string | null, pattern: string | null, patternColor: string | null): SavedFill {
  if (pattern === "None" || color === null) return null;
  return { color, pattern: pattern ?? null, patternColor: pattern && pattern !== "Solid" ? patternColor : null };
}

/** A key that groups cells whose original fill is identical, so they are restored in one call. */
export function fillKey(f: SavedFill): string {
  return f === null ? "none" : `${f.color}|${f.pattern ?? ""}|${f.patternColor ?? ""}`;
}
