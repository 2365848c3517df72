import { z } from "zod";

/**
 * What budget-check changed in the workbook, kept in the workbook itself (an add-in setting, saved with the
 * file) so that "clear highlights" restores every cell exactly, also after the workbook was closed and reopened.
 * The write stores this record in its first write request, before any cell changes, so that a write which fails
 * half-way can still be cleared back (issue 11, point 4).
 */
export const STATE_SETTING_KEY = "budget-check.highlights";

/**
 * First line of every note or comment budget-check writes: how it tells its own notes (replaced or removed
 * freely) from the user's (never touched), wherever they are in the workbook.
 */
export const NOTE_MARKER = "budget-check:\n";

/**
 * Whether a note or comment is budget-check's own. Excel may hand the text back with other line endings than
 * were written (Windows keeps "\r\n", the Mac and the web "\r" or "\n"), and a threaded comment may gain
 * surrounding whitespace; the marker line is matched, not the exact bytes.
 */
export function isOwnNote(content: string | null | undefined): boolean {
  return typeof content === "string" && /^\s*budget-check:[ \t]*(\r\n|\r|\n)/.test(content);
}

/** A cell's fill before budget-check coloured it; null is "no fill". */
export const SavedFillSchema = z
  .object({
    color: z.string(),
    pattern: z.string().nullable(),
    patternColor: z.string().nullable(),
    /** Lightening (>0) or darkening (<0) of the colour, ExcelApi 1.9; absent where it was 0 or unknown. */
    tintAndShade: z.number().optional(),
  })
  .nullable();
export type SavedFill = z.infer<typeof SavedFillSchema>;

/** A value budget-check wrote, with what the cell held before, so that clear can put it back. */
export const SavedValueSchema = z.object({
  /** The cell before: null where it was empty. */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  numberFormat: z.string(),
  /** What budget-check wrote: clear restores only while the cell still holds it (a later edit of the user wins). */
  wrote: z.union([z.string(), z.number()]),
});
export type SavedValue = z.infer<typeof SavedValueSchema>;

export const HighlightStateSchema = z.object({
  version: z.literal(2),
  /** The distinct original fills; `fills` points into it, so 20,000 cells of one colour cost ~10 bytes each. */
  palette: z.array(SavedFillSchema),
  /** sheet → cell → index into palette. */
  fills: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
  /** sheet → cell → the value budget-check wrote and what was there before. */
  values: z.record(z.string(), z.record(z.string(), SavedValueSchema)).default({}),
});
type StoredState = z.infer<typeof HighlightStateSchema>;

/** The first format (before values were recorded): sheet → cell → fill. Still read, so an older record clears. */
const StateV1Schema = z.object({
  version: z.literal(1),
  fills: z.record(z.string(), z.record(z.string(), SavedFillSchema)),
});

/** The record in memory: sheet → cell → original fill, sheet → cell → value written. */
export interface HighlightState {
  fills: Record<string, Record<string, SavedFill>>;
  values: Record<string, Record<string, SavedValue>>;
}

export function emptyState(): HighlightState {
  return { fills: {}, values: {} };
}

/** The stored setting's value; anything unreadable (edited by hand, a future version) counts as no state. */
export function parseState(value: unknown): HighlightState {
  let raw: unknown;
  try {
    raw = typeof value === "string" ? JSON.parse(value) : value;
  } catch {
    return emptyState();
  }
  const v1 = StateV1Schema.safeParse(raw);
  if (v1.success) return { fills: v1.data.fills, values: {} };
  const v2 = HighlightStateSchema.safeParse(raw);
  if (!v2.success) return emptyState();
  const { palette, fills, values } = v2.data;
  const out: HighlightState = { fills: {}, values };
  for (const [sheet, cells] of Object.entries(fills)) {
    const s: Record<string, SavedFill> = (out.fills[sheet] = {});
    for (const [cell, i] of Object.entries(cells)) if (i < palette.length) s[cell] = palette[i];
  }
  return out;
}

export function serialiseState(state: HighlightState): string {
  const palette: SavedFill[] = [];
  const index = new Map<string, number>();
  const fills: StoredState["fills"] = {};
  for (const [sheet, cells] of Object.entries(state.fills)) {
    const s: Record<string, number> = {};
    for (const [cell, fill] of Object.entries(cells)) {
      const k = fillKey(fill);
      let i = index.get(k);
      if (i === undefined) {
        i = palette.push(fill) - 1;
        index.set(k, i);
      }
      s[cell] = i;
    }
    if (Object.keys(s).length) fills[sheet] = s;
  }
  const values = Object.fromEntries(Object.entries(state.values).filter(([, cells]) => Object.keys(cells).length > 0));
  const stored: StoredState = { version: 2, palette, fills, values };
  return JSON.stringify(stored);
}

/** Excel's gradient fills: Office.js can read that a cell has one but cannot set one, so such a cell is never coloured. */
export const GRADIENT_PATTERNS = new Set(["LinearGradient", "RectangularGradient"]);

export interface FillReading {
  color: string | null;
  pattern: string | null;
  patternColor: string | null;
  /** undefined where ExcelApi 1.9 is missing (not loaded). */
  tintAndShade?: number | null;
}

/**
 * Fill properties as Office.js reports them, turned into what to restore.
 *
 * "No Fill" reads back as color "#FFFFFF" with pattern null on current Excel (office-js #6218, #4900); only
 * tintAndShade tells it from a white fill: null for No Fill, a number for any real fill (Microsoft's answer on
 * office-js #4900). Where tintAndShade is not known (ExcelApi < 1.9), white without a known pattern counts as no
 * fill: giving a white cell back as "no fill" changes nothing a user sees, painting a no-fill cell white hides
 * its gridlines.
 */
export function savedFill(r: FillReading): SavedFill {
  if (r.pattern === "None" || r.color === null) return null;
  if (r.tintAndShade === null) return null;
  const white = r.color.toUpperCase() === "#FFFFFF";
  if (white && r.pattern === null && r.tintAndShade === undefined) return null;
  const pattern = r.pattern ?? null;
  const fill: NonNullable<SavedFill> = { color: r.color, pattern, patternColor: pattern && pattern !== "Solid" ? r.patternColor : null };
  if (typeof r.tintAndShade === "number" && r.tintAndShade !== 0) fill.tintAndShade = r.tintAndShade;
  return fill;
}

/** A key that groups cells whose original fill is identical, so they are restored in one call. */
export function fillKey(f: SavedFill): string {
  return f === null ? "none" : `${f.color}|${f.pattern ?? ""}|${f.patternColor ?? ""}|${f.tintAndShade ?? 0}`;
}
