/** The file host: read .xlsx bytes into a snapshot (xlsx-reader.ts), write a checked copy (ExcelJS). Browser-safe: no fs here. */
export { openWorkbook, readWorkbook, snapshotOf } from "./read";
export { MAX_WORKBOOK_BYTES } from "./input";
export { checkedCopyOf, writeCheckedCopy } from "./write";
export { clearWorkbook, type ClearedWorkbook } from "./clear";
export { resultsWorkbook } from "./results-export";
export { WorkbookReadError, isWorkbookReadError, READ_ERROR_REASONS, type ReadErrorReason } from "./errors";
export { sniffFile, type FileKind } from "./sniff";
