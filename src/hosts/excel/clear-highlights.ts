import { STAMP_SHEET } from "../../engine/stamp";
import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";
import { queueRestore } from "./fills";
import { STATE_SETTING_KEY, isOwnNote, parseState, type SavedValue } from "./highlight-state";
import { PayloadBatch } from "./payload-batch";
import { capabilities, noteChannel } from "./requirements";
import { isFormula, sameCellValue } from "./values";
import { queueWorkbookState } from "./workbook-state";

export interface ClearOutcome {
  /** Cells whose original fill was restored. */
  restored: number;
  /** Cells given back the value they held before budget-check wrote there (empty, or the user's replaced value). */
  valuesRestored: number;
  /** Cells budget-check wrote that the user has changed since: left as the user made them. */
  valuesKept: number;
  /** Notes or comments budget-check had written, now removed. */
  notesRemoved: number;
  /** The validation stamp (written on 写入) was removed: a cleared workbook is no longer "as checked". */
  stampRemoved: boolean;
  syncs: number;
  /** The largest request by the payload budget's estimate. */
  largestRequestEstimate?: number;
}

export interface ClearOptions {
  /** Payload budget per request; tests lower it to prove the chunking. */
  payloadBudget?: number;
}

/** Whether a cell still holds the value it had before budget-check wrote there. */
function sameOriginal(original: SavedValue["value"], now: unknown): boolean {
  if (original === null) return now === "" || now === null || now === undefined;
  return typeof original === "number" ? typeof now === "number" && Math.abs(now - original) <= 1e-9 * Math.max(1, Math.abs(original)) : now === original;
}

interface ValueCheck {
  sheet: Excel.Worksheet;
  cell: string;
  saved: SavedValue;
  range: Excel.Range;
}

/**
 * Undo what budget-check wrote: every cell it coloured gets back the fill it had before (a colour, a pattern or
 * no fill), every value it wrote goes back to what the cell held (empty, or the user's own value that an
 * overwrite replaced) as long as the cell still holds what budget-check wrote, and its own notes go, and so does
 * the validation stamp (its very hidden sheet): it described the workbook as written, which clearing undoes. The
 * results sheet stays. Two round trips, three when values were written (their cells are read first); a
 * protected sheet stops it before anything changes. The record is deleted last, so a clear that fails half-way
 * can simply be run again.
 */
export async function clearHighlights(env: ExcelEnvironment, options: ClearOptions = {}): Promise<ClearOutcome> {
  const caps = capabilities(env);
  const channel = noteChannel(caps);
  let writing = false;
  try {
    return await env.run(async (context) => {
      const { workbook, sheets, setting, notes, comments } = queueWorkbookState(context, channel);
      await context.sync();
      let syncs = 1;

      if (workbook.readOnly) throw new ExcelHostError("read-only");
      const state = setting.isNullObject ? null : parseState(setting.value);
      const byName = new Map(sheets.items.map((s) => [s.name, s]));
      const fills = Object.entries(state?.fills ?? {}).filter(([name]) => byName.has(name));
      const values = Object.entries(state?.values ?? {}).filter(([name]) => byName.has(name));
      for (const name of new Set([...fills, ...values].map(([n]) => n))) {
        if (byName.get(name)!.protection.protected) throw new ExcelHostError("protected-sheet", { sheet: name });
      }
      const ours = [...(notes?.items ?? []), ...(comments?.items ?? [])].filter((n) => isOwnNote(n.content));
      const stamp = sheets.items.find((s) => s.name === STAMP_SHEET);
      if (!state && ours.length === 0 && !stamp) return { restored: 0, valuesRestored: 0, valuesKept: 0, notesRemoved: 0, stampRemoved: false, syncs };

      // What the cells budget-check wrote hold now: only a cell still holding budget-check's value is given back.
      const checks: ValueCheck[] = [];
      const probes = new PayloadBatch(context, options.payloadBudget);
      for (const [name, cells] of values) {
        const sheet = byName.get(name)!;
        for (const [cell, saved] of Object.entries(cells)) {
          await probes.reserve({ kind: "probe-value", sheet: name, cell });
          checks.push({ sheet, cell, saved, range: sheet.getRange(cell).load("values,formulas") });
        }
      }
      await probes.flush();
      syncs += probes.syncs;

      writing = true;
      const batch = new PayloadBatch(context, options.payloadBudget);
      let valuesRestored = 0;
      for (const c of checks) {
        const [[now]] = c.range.values;
        const [[formula]] = c.range.formulas;
        if (isFormula(formula, now)) continue;
        const wroteIt = sameCellValue(c.saved.wrote, now);
        // A write that failed between a cell's number format and its value left the old value under the new
        // format: the format goes back too. A cell the user has changed since is theirs and stays.
        const stillOriginal = !wroteIt && sameOriginal(c.saved.value, now);
        if (!wroteIt && !stillOriginal) continue;
        await batch.reserve({ kind: "restore-value", cell: c.cell, saved: c.saved });
        const range = c.sheet.getRange(c.cell);
        // The format first, so a text value that begins with = + - @ goes back as text.
        range.numberFormat = [[c.saved.numberFormat]];
        if (wroteIt) range.values = [[c.saved.value ?? ""]];
        valuesRestored++;
      }
      let restored = 0;
      for (const [name, cells] of fills) {
        await queueRestore(batch, byName.get(name)!, cells, caps);
        restored += Object.keys(cells).length;
      }
      for (const n of ours) {
        await batch.reserve({ kind: "delete-note" });
        n.delete();
      }
      if (stamp) {
        await batch.reserve({ kind: "delete-sheet", sheet: STAMP_SHEET });
        // Excel refuses to delete a very hidden sheet: make it visible first (both in this request).
        if (stamp.visibility !== "Visible") stamp.visibility = "Visible";
        stamp.delete();
      }
      if (state) {
        await batch.reserve({ kind: "delete-setting", key: STATE_SETTING_KEY });
        workbook.settings.getItem(STATE_SETTING_KEY).delete();
      }
      await batch.flush();
      return {
        restored,
        valuesRestored,
        valuesKept: checks.length - valuesRestored,
        notesRemoved: ours.length,
        stampRemoved: stamp !== undefined,
        syncs: syncs + batch.syncs,
        largestRequestEstimate: Math.max(probes.largest, batch.largest),
      };
    }, RUN_OPTIONS);
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw hostError(writing ? "write-failed" : "read-failed", e);
  }
}
