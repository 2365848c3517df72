import { cellAddress, parseRange, qualified } from "../../engine/address";
import type { WritePlan } from "../../engine/write-plan";
import { cellsOf } from "./addresses";
import type { ExcelEnvironment } from "./context";
import { ExcelHostError, describeOfficeError } from "./errors";
import { queueFill, queueRestore } from "./fills";
import { NOTE_MARKER, STATE_SETTING_KEY, emptyState, parseState, savedFill, serialiseState, type HighlightState, type SavedFill } from "./highlight-state";
import { PayloadBatch } from "./payload-batch";
import { queueWorkbookState } from "./workbook-state";
import { capabilities, noteChannel, type NoteChannel } from "./requirements";
import { queueResultsSheet } from "./results-sheet";

export interface ApplyOptions {
  /** Payload budget per request; tests lower it to prove the chunking. */
  payloadBudget?: number;
}

export interface ApplyOutcome {
  /** Where the plan's notes went (besides the results sheet, which always has every finding). */
  notes: NoteChannel;
  /** Cells whose existing note is the user's: left alone, their findings are on the results sheet. */
  keptUserNotes: string[];
  /** Excel refused some comments (a cell already had a thread); the results sheet has every finding. */
  commentsIncomplete: boolean;
  /** context.sync() calls of the whole apply, reads and writes. */
  syncs: number;
}

interface FillProbe {
  sheet: string;
  cell: string;
  fill: Excel.RangeFill;
}

/** A note takes one cell; a finding on a range is noted on its first cell. */
function noteCell(address: string): string {
  const r = parseRange(address);
  return cellAddress(r.top, r.left);
}

function sheetsTouched(plan: WritePlan, state: HighlightState): Set<string> {
  return new Set([...plan.values.map((v) => v.sheet), ...plan.fills.map((f) => f.sheet), ...plan.notes.map((n) => n.sheet), ...Object.keys(state.fills)]);
}

/**
 * Apply a write plan: computed values, fills grouped by colour, notes, the results sheet, and the record of every
 * coloured cell's original fill that "clear highlights" restores. Two round trips: the first reads all that decides
 * what may be written (protection, the earlier record, the fills about to be replaced, the notes already there) and
 * writes nothing; the second writes. A protected sheet, a protected workbook structure or a read-only workbook
 * stops it before anything is written. A request is split only where it would pass Excel on the web's 5 MB limit.
 */
export async function applyWritePlan(env: ExcelEnvironment, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyOutcome> {
  const channel = noteChannel(capabilities(env));
  let writing = false;
  try {
    return await env.run(async (context) => {
      const { workbook, sheets, setting, notes, comments } = queueWorkbookState(context, channel);
      // Writing also adds a sheet (校验结果), which a protected workbook structure forbids.
      workbook.protection.load("protected");

      // Reading every original fill is one action a cell: budgeted like the writes, so a plan with tens of
      // thousands of flagged cells splits its reads instead of passing Excel on the web's 5 MB request limit.
      const probes = new PayloadBatch(context, options.payloadBudget);
      const fillProbes: FillProbe[] = [];
      for (const group of plan.fills) {
        const sheet = sheets.getItem(group.sheet);
        for (const address of group.cells) {
          for (const cell of cellsOf(address)) {
            await probes.reserve({ sheet: group.sheet, cell, load: "color,pattern,patternColor" });
            const fill = sheet.getRange(cell).format.fill;
            fill.load("color,pattern,patternColor");
            fillProbes.push({ sheet: group.sheet, cell, fill });
          }
        }
      }
      const noteProbes: Excel.Note[] = [];
      if (notes) {
        for (const n of plan.notes) {
          await probes.reserve({ sheet: n.sheet, cell: n.cell, load: "content" });
          noteProbes.push(sheets.getItem(n.sheet).notes.getItemOrNullObject(noteCell(n.cell)).load("content"));
        }
      }
      await context.sync();
      let syncs = 1 + probes.syncs;

      const state = setting.isNullObject ? emptyState() : parseState(setting.value);
      if (workbook.readOnly) throw new ExcelHostError("read-only");
      // The results sheet is added (and an earlier one removed): that needs an unprotected workbook structure.
      if (workbook.protection.protected) throw new ExcelHostError("protected-workbook");
      const byName = new Map(sheets.items.map((s) => [s.name, s]));
      const resultsSheet = byName.get(plan.results.sheetName);
      const touched = sheetsTouched(plan, state);
      if (resultsSheet) touched.add(plan.results.sheetName);
      for (const name of touched) {
        const s = byName.get(name);
        // A sheet of the earlier record that the user has deleted since: nothing left to restore there.
        if (!s) continue;
        if (s.protection.protected) throw new ExcelHostError("protected-sheet", { sheet: name });
      }

      // The new record keeps earlier originals: a cell highlighted twice still returns to its true original fill.
      const next: HighlightState = { version: 1, fills: {} };
      for (const p of fillProbes) {
        const sheetFills = (next.fills[p.sheet] ??= {});
        if (p.cell in sheetFills) continue;
        const earlier = state.fills[p.sheet]?.[p.cell];
        sheetFills[p.cell] = earlier !== undefined ? earlier : savedFill(p.fill.color ?? null, p.fill.pattern ?? null, p.fill.patternColor ?? null);
      }
      // Cells the earlier run coloured that this plan does not: back to their original fill.
      const stale: Record<string, Record<string, SavedFill>> = {};
      for (const [sheet, cells] of Object.entries(state.fills)) {
        if (!byName.has(sheet)) continue;
        for (const [cell, fill] of Object.entries(cells)) {
          if (!(cell in (next.fills[sheet] ?? {}))) (stale[sheet] ??= {})[cell] = fill;
        }
      }

      writing = true;
      const batch = new PayloadBatch(context, options.payloadBudget);
      for (const v of plan.values) {
        const range = byName.get(v.sheet)!.getRange(v.cell);
        await batch.reserve(v);
        // Text is written as text (format "@" first): "=…", "+…", "-…", "@…" never turn into formulas.
        if (typeof v.value === "string") range.numberFormat = [["@"]];
        else if (v.numberFormat) range.numberFormat = [[v.numberFormat]];
        range.values = [[v.value]];
      }
      for (const [sheet, cells] of Object.entries(stale)) await queueRestore(batch, byName.get(sheet)!, cells);
      for (const group of plan.fills) await queueFill(batch, byName.get(group.sheet)!, group.cells, group.color);

      const keptUserNotes: string[] = [];
      if (notes) {
        // budget-check's own notes from an earlier run go first; the user's notes are never touched.
        for (const n of notes.items) {
          if (!n.content.startsWith(NOTE_MARKER)) continue;
          await batch.reserve({ delete: "note" });
          n.delete();
        }
        for (const [i, n] of plan.notes.entries()) {
          const existing = noteProbes[i];
          const cell = noteCell(n.cell);
          if (!existing.isNullObject && !existing.content.startsWith(NOTE_MARKER)) {
            keptUserNotes.push(qualified(n.sheet, cell));
            continue;
          }
          const text = NOTE_MARKER + n.text;
          await batch.reserve({ cell, text });
          const sheet = byName.get(n.sheet)!;
          sheet.notes.add(sheet.getRange(cell), text);
        }
      }
      if (comments) {
        for (const c of comments.items) {
          if (!c.content.startsWith(NOTE_MARKER)) continue;
          await batch.reserve({ id: c.id });
          c.delete();
        }
      }

      await queueResultsSheet(batch, sheets, plan.results, resultsSheet);
      const record = serialiseState(next);
      await batch.reserve(record);
      workbook.settings.add(STATE_SETTING_KEY, record);
      await batch.flush();
      syncs += batch.syncs;

      let commentsIncomplete = false;
      if (comments && plan.notes.length > 0) {
        // A comment cannot be probed by cell in the first trip, so comments go last, on their own: if Excel
        // refuses one (the cell already has a thread), everything above is written and the results sheet has it all.
        const extra = new PayloadBatch(context, options.payloadBudget);
        try {
          for (const n of plan.notes) {
            const text = NOTE_MARKER + n.text;
            await extra.reserve({ cell: n.cell, text });
            comments.add(qualified(n.sheet, noteCell(n.cell)), text);
          }
          await extra.flush();
        } catch {
          commentsIncomplete = true;
        }
        syncs += Math.max(1, extra.syncs);
      }
      return { notes: channel, keptUserNotes, commentsIncomplete, syncs };
    });
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw new ExcelHostError(writing ? "write-failed" : "read-failed", { reason: describeOfficeError(e) }, { cause: e });
  }
}
