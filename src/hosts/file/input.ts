import { WorkbookReadError } from "./errors";
import { MAX_INFLATED_BYTES, prepareWorkbook, type Prepared } from "./prepass";
import { declaredInflatedSize, otherZipFormat, sniffFile } from "./sniff";

/**
 * The checks every .xlsx passes before anything reads it (size, kind, zip bomb, other zip formats), then the prepass
 * (prepass.ts). Browser-safe, and free of ExcelJS: the reader (read.ts) needs none, the writer of the checked copy
 * (workbook-io.ts) loads it only when a copy is written.
 */

/** A workbook's parts are all held in memory; beyond this a browser tab would die rather than fail cleanly. */
export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;

export { MAX_INFLATED_BYTES };

/** Check .xlsx bytes and inflate their parts, or throw the WorkbookReadError that says why they cannot be read. */
export async function prepareInput(bytes: Uint8Array, name: string): Promise<Prepared> {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    throw new WorkbookReadError("too-large", {
      file: name,
      size: Math.round(bytes.length / 1024 / 1024),
      limit: MAX_WORKBOOK_BYTES / 1024 / 1024,
    });
  }
  const kind = sniffFile(bytes);
  if (kind === "ole2-encrypted") throw new WorkbookReadError("encrypted", { file: name });
  if (kind === "ole2") throw new WorkbookReadError("xls", { file: name });
  if (kind === "other") throw new WorkbookReadError("not-xlsx", { file: name });
  // A zip bomb (a few MB inflating to gigabytes) is refused on its declared size, before anything is inflated.
  const inflated = declaredInflatedSize(bytes);
  if (inflated !== null && inflated > MAX_INFLATED_BYTES) {
    throw new WorkbookReadError("too-large-inflated", { file: name, size: Math.round(inflated / 1024 / 1024), limit: MAX_INFLATED_BYTES / 1024 / 1024 });
  }
  const other = otherZipFormat(bytes);
  if (other) throw new WorkbookReadError("other-format", { file: name, format: other });
  // Every part inflated under a running cap (a part may lie about its size), and what ExcelJS cannot load but Excel
  // opens cleaned out, each change said (prepass.ts).
  return prepareWorkbook(bytes, name);
}
