import type { ExcelEnvironment } from "./context";
import { ExcelHostError, describeOfficeError } from "./errors";
import { queueRestore } from "./fills";
import { NOTE_MARKER, STATE_SETTING_KEY, parseState } from "./highlight-state";
import { PayloadBatch } from "./payload-batch";
import { queueWorkbookState } from "./workbook-state";
import { capabilities, noteChannel } from "./requirements";

export interface ClearOutcome {
  /** Cells whose original fill was restored. */
  restored: number;
  /** Notes or comments budget-check had written, now removed. */
  notesRemoved: number;
  syncs: number;
}

/**
 * Undo the highlights: every cell budget-check coloured gets back the fill it had before (a colour, a pattern
 * or no fill), and budget-check's own notes go. Computed values and the results sheet stay. Two round trips;
 * a protected sheet stops it before anything changes.
 */
export async function clearHighlights(env: ExcelEnvironment): Promise<ClearOutcome> {
  const channel = noteChannel(capabilities(env));
  let writing = false;
  try {
    return await env.run(async (context) => {
      const { workbook, sheets, setting, notes, comments } = queueWorkbookState(context, channel);
      await context.sync();

      if (workbook.readOnly) throw new ExcelHostError("read-only");
      const state = setting.isNullObject ? null : parseState(setting.value);
      const byName = new Map(sheets.items.map((s) => [s.name, s]));
      const present = Object.entries(state?.fills ?? {}).filter(([name]) => byName.has(name));
      for (const [name] of present) {
        if (byName.get(name)!.protection.protected) throw new ExcelHostError("protected-sheet", { sheet: name });
      }
      const ours = [...(notes?.items ?? []), ...(comments?.items ?? [])].filter((n) => n.content.startsWith(NOTE_MARKER));
      if (!state && ours.length === 0) return { restored: 0, notesRemoved: 0, syncs: 1 };

      writing = true;
      const batch = new PayloadBatch(context);
      let restored = 0;
      for (const [name, cells] of present) {
        await queueRestore(batch, byName.get(name)!, cells);
        restored += Object.keys(cells).length;
      }
      for (const n of ours) {
        await batch.reserve({ delete: "note" });
        n.delete();
      }
      if (state) {
        await batch.reserve({ delete: STATE_SETTING_KEY });
        workbook.settings.getItem(STATE_SETTING_KEY).delete();
      }
      await batch.flush();
      return { restored, notesRemoved: ours.length, syncs: 1 + batch.syncs };
    });
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw new ExcelHostError(writing ? "write-failed" : "read-failed", { reason: describeOfficeError(e) }, { cause: e });
  }
}
