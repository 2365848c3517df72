/** The Office.js host: everything that talks to Excel goes through these functions. */
export { officeEnvironment, type ExcelEnvironment, type ExcelRunner } from "./context";
export { ExcelHostError, type ExcelHostErrorCode } from "./errors";
export { readSnapshot } from "./read-snapshot";
export { applyWritePlan, type ApplyOutcome } from "./apply-plan";
export { clearHighlights, type ClearOutcome } from "./clear-highlights";
export { selectCell } from "./select-cell";
export { capabilities, type NoteChannel } from "./requirements";
