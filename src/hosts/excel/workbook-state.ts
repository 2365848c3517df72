import { STATE_SETTING_KEY } from "./highlight-state";
import type { NoteChannel } from "./requirements";

/**
 * What writing and clearing both need to know before they touch anything, queued for one round trip: whether
 * the workbook is read-only, each sheet's protection, the saved original fills, and budget-check's own notes or
 * comments (found by their marker).
 */
export function queueWorkbookState(context: Excel.RequestContext, channel: NoteChannel) {
  const workbook = context.workbook;
  workbook.load("readOnly");
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const setting = workbook.settings.getItemOrNullObject(STATE_SETTING_KEY);
  setting.load("value");
  const notes = channel === "notes" ? workbook.notes : undefined;
  notes?.load("items/content");
  const comments = channel === "comments" ? workbook.comments : undefined;
  comments?.load("items/id,items/content");
  return { workbook, sheets, setting, notes, comments };
}
