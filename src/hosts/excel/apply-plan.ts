import { cellAddress, parseRange, qualified } from "../../engine/address";
import type { WritePlan } from "../../engine/write-plan";
import { cellsOf, localAddress } from "./addresses";
import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";
import { queueFill, queueRestore } from "./fills";
import {
  GRADIENT_PATTERNS,
  NOTE_MARKER,
  STATE_SETTING_KEY,
  isOwnNote,
  parseState,
  savedFill,
  serialiseState,
  type HighlightState,
  type SavedFill,
  type SavedValue,
} from "./highlight-state";
import { PayloadBatch } from "./payload-batch";
import { capabilities, noteChannel, type NoteChannel } from "./requirements";
import { queueResultsSheet } from "./results-sheet";
import { isFormula, sameCellValue } from "./values";
import { queueWorkbookState } from "./workbook-state";

export interface ApplyOptions {
  /** Payload budget per request; tests lower it to prove the chunking. */
  payloadBudget?: number;
}

export interface ApplyOutcome {
  /** Where the plan's notes went (besides the results sheet, which always has every finding). */
  notes: NoteChannel;
  /** Cells whose existing note or comment thread is the user's: left alone, their findings are on the results sheet. */
  keptUserNotes: string[];
  /** Excel refused some comments; the results sheet has every finding. */
  commentsIncomplete: boolean;
  /**
   * Planned values not written because the cell no longer holds what the plan was made from (the user typed
   * something since the check): "replace only if it still holds what was planned", as the file host does.
   */
  skippedValues: string[];
  /** Cells with a gradient fill: Office.js cannot set a gradient back, so they are noted but never coloured. */
  keptGradients: string[];
  /** context.sync() calls of the whole apply, reads and writes. */
  syncs: number;
  /** The largest request by the payload budget's estimate (calibrated against Microsoft's office.js client). */
  largestRequestEstimate: number;
}

interface FillProbe {
  sheet: string;
  cell: string;
  fill: Excel.RangeFill;
}

interface ValueProbe {
  write: WritePlan["values"][number];
  range: Excel.Range;
}

/** A note takes one cell; a finding on a range is noted on its first cell. */
function noteCell(address: string): string {
  const r = parseRange(address);
  return cellAddress(r.top, r.left);
}

function sheetsTouched(plan: WritePlan, state: HighlightState): Set<string> {
  return new Set([
    ...plan.values.map((v) => v.sheet),
    ...plan.fills.map((f) => f.sheet),
    ...plan.notes.map((n) => n.sheet),
    ...Object.keys(state.fills),
    ...Object.keys(state.values),
  ]);
}

/** Whether a planned value may go into the cell as it is now (the file host's last guard, write.ts). */
function mayWrite(v: WritePlan["values"][number], value: unknown, formula: unknown): "empty" | "replace" | null {
  if (isFormula(formula, value)) return null;
  if (value === "" || value === null || value === undefined) return "empty";
  const plain = typeof value === "string" || typeof value === "number" || typeof value === "boolean";
  return v.replaces !== undefined && plain && String(value).trim() === v.replaces ? "replace" : null;
}

/** Clone a record so the version written first (everything) and the one written last (trimmed) can differ. */
function cloneState(s: HighlightState): HighlightState {
  return {
    fills: Object.fromEntries(Object.entries(s.fills).map(([k, v]) => [k, { ...v }])),
    values: Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, { ...v }])),
  };
}

/**
 * Apply a write plan: computed values, fills grouped by colour, notes, the results sheet, and the record of
 * every original fill and value that "clear highlights" restores.
 *
 * Reads first (round trip 1): what decides what may be written — protection, the earlier record, the fills about
 * to be replaced, the cells about to receive values, the notes already there — and writes nothing. Then the
 * record of originals is the first action of the first write request, before any cell changes: Excel runs a
 * request's actions in order and keeps those before a failure, so a write that fails at any point leaves a
 * record that clear can restore from. The record is written again, trimmed, as the last action.
 * A protected sheet, a protected workbook structure or a read-only workbook stops it before anything is written.
 */
export async function applyWritePlan(env: ExcelEnvironment, plan: WritePlan, options: ApplyOptions = {}): Promise<ApplyOutcome> {
  const caps = capabilities(env);
  const channel = noteChannel(caps);
  let writing = false;
  try {
    return await env.run(async (context) => {
      const { workbook, sheets, setting, notes, comments } = queueWorkbookState(context, channel);
      // Writing also adds a sheet (校验结果), which a protected workbook structure forbids.
      workbook.protection.load("protected");

      // Reading every original fill is one action a cell: budgeted like the writes, so a plan with tens of
      // thousands of flagged cells splits its reads instead of passing Excel on the web's 5 MB request limit.
      const probes = new PayloadBatch(context, options.payloadBudget);
      const fillProps = caps.fillDetails ? "color,pattern,patternColor,tintAndShade" : "color";
      const fillProbes: FillProbe[] = [];
      for (const group of plan.fills) {
        const sheet = sheets.getItem(group.sheet);
        for (const address of group.cells) {
          for (const cell of cellsOf(address)) {
            await probes.reserve({ kind: "probe-fill", sheet: group.sheet, cell, load: fillProps });
            // format.fill is a navigation to a proxy, not a read; its properties are loaded just below.
            // eslint-disable-next-line office-addins/load-object-before-read
            const fill = sheet.getRange(cell).format.fill;
            fill.load(fillProps);
            fillProbes.push({ sheet: group.sheet, cell, fill });
          }
        }
      }
      const valueProbes: ValueProbe[] = [];
      for (const v of plan.values) {
        await probes.reserve({ kind: "probe-value", sheet: v.sheet, cell: v.cell });
        valueProbes.push({ write: v, range: sheets.getItem(v.sheet).getRange(v.cell).load("values,formulas,numberFormat") });
      }
      const noteProbes: Excel.Note[] = [];
      if (notes) {
        for (const n of plan.notes) {
          await probes.reserve({ kind: "probe-note", sheet: n.sheet, cell: n.cell });
          noteProbes.push(sheets.getItem(n.sheet).notes.getItemOrNullObject(noteCell(n.cell)).load("content"));
        }
      }
      const probeLargest = Math.max(probes.largest, probes.pendingBytes);
      await context.sync();
      let syncs = 1 + probes.syncs;

      const state = setting.isNullObject ? { fills: {}, values: {} } : parseState(setting.value);
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

      // Where the user's comment threads are: a cell with one gets no comment of ours (Excel refuses it).
      const threads = comments && plan.notes.length > 0 ? comments.items.filter((c) => !isOwnNote(c.content)) : [];
      const userThreads = await commentCells(context, threads);
      if (threads.length > 0) syncs++;

      // Everything this write may change, with what was there before. Earlier originals win: a cell coloured or
      // written twice still goes back to what the user had.
      const full = cloneState(state);
      const keptGradients: string[] = [];
      const gradientCells = new Set<string>();
      for (const p of fillProbes) {
        const sheetFills = (full.fills[p.sheet] ??= {});
        if (p.cell in (state.fills[p.sheet] ?? {})) continue;
        const pattern = caps.fillDetails ? (p.fill.pattern ?? null) : null;
        if (pattern && GRADIENT_PATTERNS.has(pattern)) {
          gradientCells.add(`${p.sheet}\u0000${p.cell}`);
          keptGradients.push(qualified(p.sheet, p.cell));
          continue;
        }
        sheetFills[p.cell] = savedFill({
          color: p.fill.color ?? null,
          pattern,
          patternColor: caps.fillDetails ? (p.fill.patternColor ?? null) : null,
          ...(caps.fillDetails ? { tintAndShade: p.fill.tintAndShade ?? null } : {}),
        });
      }
      const skippedValues: string[] = [];
      const valueWrites: WritePlan["values"] = [];
      for (const { write: v, range } of valueProbes) {
        const [[value]] = range.values;
        const [[formula]] = range.formulas;
        const [[numberFormat]] = range.numberFormat;
        if (!mayWrite(v, value, formula)) {
          skippedValues.push(qualified(v.sheet, v.cell));
          continue;
        }
        valueWrites.push(v);
        const earlier = state.values[v.sheet]?.[v.cell];
        const before: Omit<SavedValue, "wrote"> =
          earlier && sameCellValue(earlier.wrote, value)
            ? { value: earlier.value, numberFormat: earlier.numberFormat }
            : { value: value === "" || value === undefined ? null : (value as SavedValue["value"]), numberFormat: typeof numberFormat === "string" ? numberFormat : "General" };
        (full.values[v.sheet] ??= {})[v.cell] = { ...before, wrote: v.value };
      }

      // Cells the earlier run coloured that this plan does not: back to their original fill, and out of the record.
      const planned = new Set(fillProbes.map((p) => `${p.sheet}\u0000${p.cell}`));
      const stale: Record<string, Record<string, SavedFill>> = {};
      const trimmed = cloneState(full);
      for (const [sheet, cells] of Object.entries(state.fills)) {
        for (const [cell, fill] of Object.entries(cells)) {
          if (planned.has(`${sheet}\u0000${cell}`)) continue;
          delete trimmed.fills[sheet][cell];
          if (byName.has(sheet)) (stale[sheet] ??= {})[cell] = fill;
        }
      }
      for (const sheet of Object.keys(trimmed.values)) if (!byName.has(sheet)) delete trimmed.values[sheet];

      writing = true;
      const batch = new PayloadBatch(context, options.payloadBudget);
      // First: the record of everything this write may change. Nothing below can run before it is stored.
      const record = serialiseState(full);
      await batch.reserve({ kind: "setting", key: STATE_SETTING_KEY, value: record });
      workbook.settings.add(STATE_SETTING_KEY, record);

      for (const v of valueWrites) {
        await batch.reserve({ kind: "value", v });
        const range = byName.get(v.sheet)!.getRange(v.cell);
        // Text is written as text (format "@" first): "=…", "+…", "-…", "@…" never turn into formulas.
        if (typeof v.value === "string") range.numberFormat = [["@"]];
        else if (v.numberFormat) range.numberFormat = [[v.numberFormat]];
        range.values = [[v.value]];
      }
      for (const [sheet, cells] of Object.entries(stale)) await queueRestore(batch, byName.get(sheet)!, cells, caps);
      for (const group of plan.fills) {
        const cells = group.cells.flatMap(cellsOf).filter((c) => !gradientCells.has(`${group.sheet}\u0000${c}`));
        if (cells.length) await queueFill(batch, byName.get(group.sheet)!, cells, group.color, caps);
      }

      const keptUserNotes: string[] = [];
      if (notes) {
        // budget-check's own notes from an earlier run go first; the user's notes are never touched.
        for (const n of notes.items) {
          if (!isOwnNote(n.content)) continue;
          await batch.reserve({ kind: "delete-note" });
          n.delete();
        }
        for (const [i, n] of plan.notes.entries()) {
          const existing = noteProbes[i];
          const cell = noteCell(n.cell);
          if (!existing.isNullObject && !isOwnNote(existing.content)) {
            keptUserNotes.push(qualified(n.sheet, cell));
            continue;
          }
          const text = NOTE_MARKER + n.text;
          await batch.reserve({ kind: "note", cell, text });
          const sheet = byName.get(n.sheet)!;
          sheet.notes.add(sheet.getRange(cell), text);
        }
      }
      const commentWrites: { address: string; text: string }[] = [];
      if (comments) {
        for (const c of comments.items) {
          if (!isOwnNote(c.content)) continue;
          await batch.reserve({ kind: "delete-comment", id: c.id });
          c.delete();
        }
        for (const n of plan.notes) {
          const address = qualified(n.sheet, noteCell(n.cell));
          if (userThreads.has(address)) keptUserNotes.push(address);
          else commentWrites.push({ address, text: NOTE_MARKER + n.text });
        }
      }

      await queueResultsSheet(batch, sheets, plan.results, resultsSheet, caps);
      // Last: the record without the cells given back above.
      const finalRecord = serialiseState(trimmed);
      if (finalRecord !== record) {
        await batch.reserve({ kind: "setting", key: STATE_SETTING_KEY, value: finalRecord });
        workbook.settings.add(STATE_SETTING_KEY, finalRecord);
      }
      await batch.flush();
      syncs += batch.syncs;

      const added = comments ? await addComments(context, comments, commentWrites, options.payloadBudget) : { syncs: 0, refused: 0, largest: 0 };
      syncs += added.syncs;
      const largestRequestEstimate = Math.max(probeLargest, batch.largest, added.largest);
      return { notes: channel, keptUserNotes, commentsIncomplete: added.refused > 0, skippedValues, keptGradients, syncs, largestRequestEstimate };
    }, RUN_OPTIONS);
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw hostError(writing ? "write-failed" : "read-failed", e);
  }
}

/** The cells ("'Sheet'!B3") that hold the given comment threads: one round trip, only when there are any. */
async function commentCells(context: Excel.RequestContext, threads: Excel.Comment[]): Promise<Set<string>> {
  if (threads.length === 0) return new Set();
  const locations = threads.map((c) => c.getLocation().load("address"));
  await context.sync();
  return new Set(
    locations.map((l) => {
      const a = l.address;
      const sheet = a.slice(0, a.lastIndexOf("!")).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      return qualified(sheet, noteCell(localAddress(a)));
    }),
  );
}

/** At most this many refused comments are stepped over before the rest are left to the results sheet. */
const MAX_COMMENT_REFUSALS = 5;

/**
 * Comments go last, on their own: Excel may still refuse one (a thread added since the read, a cell it will not
 * comment on), and a refusal drops the rest of its request. Then the comments already added are looked up, the
 * refused one is stepped over and the rest are sent again, so one refusal no longer loses every later comment.
 */
async function addComments(
  context: Excel.RequestContext,
  comments: Excel.CommentCollection,
  writes: { address: string; text: string }[],
  payloadBudget: number | undefined,
): Promise<{ syncs: number; refused: number; largest: number }> {
  let syncs = 0;
  let refused = 0;
  let largest = 0;
  let todo = writes;
  while (todo.length > 0) {
    const batch = new PayloadBatch(context, payloadBudget);
    try {
      for (const w of todo) {
        await batch.reserve({ kind: "comment", ...w });
        comments.add(w.address, w.text);
      }
      await batch.flush();
      return { syncs: syncs + batch.syncs, refused, largest: Math.max(largest, batch.largest) };
    } catch {
      largest = Math.max(largest, batch.largest);
      syncs += batch.syncs + 1;
      refused++;
      if (refused > MAX_COMMENT_REFUSALS) return { syncs, refused, largest };
      const all = context.workbook.comments.load("items/content");
      // After a refusal only: find which comment Excel refused before retrying the rest (bounded by MAX_COMMENT_REFUSALS).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const ours = await commentCells(context, all.items.filter((c) => isOwnNote(c.content)));
      syncs += 2;
      const rest = todo.filter((w) => !ours.has(w.address));
      // The first one not added is the one Excel refused.
      todo = rest.slice(1);
    }
  }
  return { syncs, refused, largest };
}
