/**
 * Failures the task pane shows to the user, by code: the pane localises them (zh/en), so nothing here is prose
 * a user reads. `params` fills the message (the sheet that is protected, the Excel error text …).
 */
export type ExcelHostErrorCode =
  | "protected-sheet"
  | "protected-workbook"
  | "read-only"
  | "sheet-missing"
  | "read-failed"
  | "write-failed"
  | "unsupported";

export class ExcelHostError extends Error {
  constructor(
    readonly code: ExcelHostErrorCode,
    readonly params: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`, options);
    this.name = "ExcelHostError";
  }
}

/** The text of whatever Office.js threw (OfficeExtension.Error has code + message). */
export function describeOfficeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    return typeof code === "string" && !e.message.includes(code) ? `${code}: ${e.message}` : e.message;
  }
  return String(e);
}
