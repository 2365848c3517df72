import type ExcelJS from "exceljs";
import { z } from "zod";

/**
 * What budget-check itself changed in a checked copy, kept in the copy (a very hidden sheet), so that checking the
 * checked copy again starts from the user's workbook: budget-check's earlier fills, notes and computed values are
 * taken back before the snapshot is read (a fixed error carries no old mark, a value budget-check computed is not
 * read back as the user's), and everything of the user's is kept — their fills, their note text, values they typed
 * over ours. A mark the user has changed since (another fill, an edited value or note) is theirs now and stays.
 */

/** The sheet holding the record; very hidden, never a form (the engine skips very hidden sheets). */
export const MARKS_SHEET = "_budget_check_marks";

/**
 * First line of every note text budget-check adds (the Excel host's marker, so either host recognises the other's
 * notes). The user's own text before it is never touched.
 */
export const OWN_NOTE_MARKER = "budget-check:\n";

/** Between the user's note text and ours. */
export const NOTE_SEPARATOR = "\n\n";

const PlainValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const CellMarkSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  /** The fill we set and the one the cell had before (null: none). */
  fill: z.object({ ours: z.string(), original: z.unknown().nullable() }).optional(),
  /** The value we wrote, the one before (null: empty) and its number format. */
  value: z.object({ ours: z.union([z.string(), z.number()]), original: PlainValue, numFmt: z.string().nullable() }).optional(),
  /** The note text we added after the user's (with its marker). */
  note: z.string().optional(),
});
type CellMark = z.infer<typeof CellMarkSchema>;

const MarksSchema = z.object({ version: z.literal(1), cells: z.array(CellMarkSchema) });

/** Excel caps a cell at 32,767 characters. */
const CHUNK = 30_000;

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** Solid fills compare by colour: ExcelJS reads back a fill with keys it did not write. */
export function fillKey(fill: ExcelJS.Fill | undefined): string {
  if (!fill) return "";
  if (fill.type === "pattern") return `pattern:${fill.pattern}:${fill.fgColor?.argb ?? ""}`;
  return JSON.stringify(fill);
}

export function noteTextOf(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return "";
  if (typeof n === "string") return n;
  const texts = (n as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? "").join("") : "";
}

function setStyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  // A fresh style object per cell: ExcelJS shares one between cells loaded with the same style.
  const style = { ...cell.style };
  change(style);
  cell.style = style;
}

/** Collects the marks of one write, then stores them in the copy. */
export class MarkRecorder {
  private readonly cells = new Map<string, CellMark>();

  private entry(sheet: string, cell: string): CellMark {
    const k = key(sheet, cell);
    let e = this.cells.get(k);
    if (!e) this.cells.set(k, (e = { sheet, cell }));
    return e;
  }

  fill(sheet: string, cell: ExcelJS.Cell, ours: ExcelJS.Fill): void {
    const e = this.entry(sheet, cell.address);
    // The first original counts: a cell coloured twice in one run still returns to the user's fill.
    const original = e.fill ? e.fill.original : cell.fill ? (JSON.parse(JSON.stringify(cell.fill)) as unknown) : null;
    e.fill = { ours: fillKey(ours), original };
  }

  value(sheet: string, cell: ExcelJS.Cell, ours: string | number): void {
    const before = cell.value;
    const original = before === undefined || before === "" ? null : (before as string | number | boolean | null);
    this.entry(sheet, cell.address).value = { ours, original, numFmt: cell.numFmt ?? null };
  }

  note(sheet: string, cell: ExcelJS.Cell, ours: string): void {
    this.entry(sheet, cell.address).note = ours;
  }

  /** The record as a very hidden sheet of the copy (replacing an older one). */
  store(wb: ExcelJS.Workbook): void {
    const old = wb.getWorksheet(MARKS_SHEET);
    if (old) wb.removeWorksheet(old.id);
    if (this.cells.size === 0) return;
    const text = JSON.stringify({ version: 1, cells: [...this.cells.values()] });
    const ws = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
    for (let i = 0; i * CHUNK < text.length; i++) {
      const cell = ws.getCell(i + 1, 1);
      cell.value = text.slice(i * CHUNK, (i + 1) * CHUNK);
      cell.numFmt = "@";
    }
  }
}

function readMarks(ws: ExcelJS.Worksheet): CellMark[] {
  let text = "";
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === "string") text += v;
  }
  return parseMarks(text);
}

/** The record from the texts of the marks sheet's column A, joined; none when it was edited by hand or cut short. */
export function parseMarks(text: string): CellMark[] {
  try {
    const parsed = MarksSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.cells : [];
  } catch {
    // A record edited by hand or cut short: nothing can be taken back safely, so nothing is.
    return [];
  }
}

/**
 * ExcelJS has no API to remove a note. A cell keeps it in _comment, and a cell loaded from a file also in its value's
 * stored model, which is what gets written: both go, or the note comes back in the saved copy.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  c._comment = undefined;
  if (c._value?.model && typeof c._value.model === "object") delete c._value.model.comment;
}

/** The user's part of a note whose end is budget-check's text, or null when the note is not ours at its end. */
export function userPartOf(note: string, ours: string): string | null {
  if (note === ours) return "";
  if (note.endsWith(NOTE_SEPARATOR + ours)) return note.slice(0, note.length - ours.length - NOTE_SEPARATOR.length);
  return null;
}

/**
 * Take back what an earlier run of budget-check wrote into this workbook (a checked copy), keeping the user's
 * changes. Runs on a freshly loaded workbook before its snapshot is read; a workbook without a record is unchanged.
 */
export function undoOwnMarks(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(MARKS_SHEET);
  if (!ws) return;
  const marks = readMarks(ws);
  wb.removeWorksheet(ws.id);
  for (const m of marks) {
    const sheet = wb.getWorksheet(m.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(m.cell);
    if (m.value && cell.value === m.value.ours) {
      cell.value = m.value.original;
      const numFmt = m.value.numFmt;
      setStyle(cell, (s) => {
        if (numFmt === null) delete s.numFmt;
        else s.numFmt = numFmt;
      });
    }
    if (m.fill && fillKey(cell.fill) === m.fill.ours) {
      const original = m.fill.original as ExcelJS.Fill | null;
      setStyle(cell, (s) => {
        if (original === null) delete s.fill;
        else s.fill = original;
      });
    }
    if (m.note !== undefined) {
      const user = userPartOf(noteTextOf(cell), m.note);
      if (user === "") removeNote(cell);
      else if (user !== null) cell.note = user;
    }
  }
}
