/** The file host (ExcelJS): read .xlsx bytes into a snapshot, write a checked copy. Browser-safe: no fs here. */
export { openWorkbook, readWorkbook, snapshotOf } from "./read";
export { MAX_WORKBOOK_BYTES } from "./workbook-io";
export { checkedCopyOf, writeCheckedCopy } from "./write";
export { clearWorkbook, type ClearedWorkbook } from "./clear";
export { WorkbookReadError, isWorkbookReadError, READ_ERROR_REASONS, type ReadErrorReason } from "./errors";
export { sniffFile, type FileKind } from "./sniff";
