/**
 * The read's own progress, as the check worker can see it without the file reader's help (src/hosts/file is
 * another helper's to change): how many worksheets the .xlsx holds (its zip's central directory, nothing inflated)
 * and each one ExcelJS has parsed (its loader's per-worksheet step, observed). ExcelJS's parse is most of a read
 * (the 1,000-form bench in Node: prepass 1.9 s, ExcelJS 8.1 s, snapshot 2.6 s), so the pane's 正在读取 moves
 * through 第 k / n 个工作表 instead of standing still for seconds.
 *
 * When the reader reports its own progress (readWorkbook's `onProgress(done, total)`, see check-session.ts), that
 * wins; when ExcelJS is no longer what reads, or its loader changes, the observer reports nothing and the pane's
 * bar stays indeterminate, as before. Never an error: progress is a courtesy, the read must not depend on it.
 */
import ExcelJS from "exceljs";

export type SheetProgress = (done: number, total: number) => void;

/** The worksheet parts (xl/worksheets/sheetN.xml) a zip names in its central directory; null when it is no zip. */
export function worksheetParts(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment may be up to 64 KiB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let count = 0;
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, "");
    // The same test as ExcelJS's loader (xlsx.js: /xl\/worksheets\/sheet(\d+)[.]xml/), anchored.
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) count++;
    at += 46 + nameLength + extra + comment;
  }
  return count;
}

type Step = (this: unknown, ...args: unknown[]) => Promise<unknown>;
let listener: (() => void) | null = null;
let installed: boolean | null = null;

/** Wrap ExcelJS's per-worksheet loader step once; false when it is not there (another ExcelJS, another reader). */
function install(): boolean {
  if (installed !== null) return installed;
  installed = false;
  try {
    const proto = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as Record<string, unknown>;
    const step = proto._processWorksheetEntry;
    if (typeof step !== "function") return false;
    proto._processWorksheetEntry = async function (this: unknown, ...args: unknown[]) {
      const out = await (step as Step).apply(this, args);
      listener?.();
      return out;
    };
    installed = true;
  } catch {
    installed = false;
  }
  return installed;
}

/**
 * Report each worksheet parsed while `read` runs (one read at a time: the worker reads one file after the other):
 * `report(k, n)` after the k-th sheet; nothing when the count or the hook is missing. No `0 / n` up front: were
 * ExcelJS no longer what parses the sheets, the pane would stand on 第 0 / n for the whole read.
 */
export async function withSheetProgress<T>(bytes: Uint8Array, report: SheetProgress, read: () => Promise<T>): Promise<T> {
  const total = worksheetParts(bytes);
  if (!total || !install()) return read();
  let done = 0;
  listener = () => {
    if (done < total) report(++done, total);
  };
  try {
    return await read();
  } finally {
    listener = null;
  }
}
