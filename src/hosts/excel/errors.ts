/**
 * Failures the task pane shows to the user, by code: the pane localises them (zh/en), so nothing here is prose
 * a user reads. `params` fills the message (the sheet that is protected, why Excel refused …).
 */
export type ExcelHostErrorCode =
  | "protected-sheet"
  | "protected-workbook"
  | "read-only"
  | "sheet-missing"
  | "sheet-hidden"
  | "read-failed"
  | "write-failed"
  | "select-failed"
  | "cell-edit"
  | "inactive-workbook"
  | "sheet-too-large"
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

/**
 * Why Excel refused, as a key the pane localises (error "reason.<key>"). Microsoft: the error `message` "is not
 * intended for use by end users"; an add-in should pick its message from the `code` ("Error handling with the
 * application-specific JavaScript APIs", learn.microsoft.com). Codes from Excel.ErrorCodes.
 */
export type OfficeReason =
  | "access-denied"
  | "too-large"
  | "api-missing"
  | "busy"
  | "not-found"
  | "conflict"
  | "invalid"
  | "internal"
  | "unknown";

const REASONS: Record<string, OfficeReason> = {
  AccessDenied: "access-denied",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
  OperationCellsExceedLimit: "too-large",
  MemoryLimitReached: "too-large",
  ApiNotFound: "api-missing",
  ApiNotAvailable: "api-missing",
  NotImplemented: "api-missing",
  UnsupportedFeature: "api-missing",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "busy",
  Conflict: "conflict",
  InsertDeleteConflict: "conflict",
  MergedRangeConflict: "conflict",
  ItemNotFound: "not-found",
  InvalidReference: "not-found",
  InvalidArgument: "invalid",
  InvalidOperation: "invalid",
  InvalidSelection: "invalid",
  ItemAlreadyExists: "invalid",
  GeneralException: "internal",
};

/** The Office error code of whatever Office.js threw (OfficeExtension.Error has `code`), else "". */
export function officeCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/**
 * What Office.js threw, as an error the pane can localise. Cell-edit mode and another workbook holding the focus
 * get their own messages (the user can fix both in a second); everything else keeps `fallback` with a reason key
 * and the bare Office code (for support), never Office's English message text.
 */
export function hostError(fallback: ExcelHostErrorCode, e: unknown): ExcelHostError {
  const code = officeCode(e);
  if (code === "InvalidOperationInCellEditMode") return new ExcelHostError("cell-edit", {}, { cause: e });
  if (code === "InactiveWorkbook") return new ExcelHostError("inactive-workbook", {}, { cause: e });
  return new ExcelHostError(fallback, { reason: REASONS[code] ?? "unknown", detail: code || (e instanceof Error ? e.name : typeof e) }, { cause: e });
}
