import ExcelJS from "exceljs";
import { copyBytes, loadWorkbook, saveWorkbook } from "./workbook-io";
import { parseRange, cellAddress } from "../../engine/address";
import { MarkRecorder, NOTE_SEPARATOR, OWN_NOTE_MARKER, noteTextOf, undoOwnMarks } from "./own-marks";
import { hasResultsSheetMark } from "../../engine/results-sheet";
import { FILL_COLORS, type WritePlan } from "../../engine/write-plan";
import { removeStampSheet, writeStampSheet } from "./stamp";
import { writeReviewSheet } from "./reviews";

/**
 * The file host's writer: the original bytes plus a WritePlan → the bytes of the checked copy.
 * Browser-safe. The input bytes are only read; the caller decides where the copy goes.
 */

const HEADER_FILL = "#D9D9D9";
// A font without a name falls back to a serif face in LibreOffice; name the one new workbooks use.
const FONT = { name: "Calibri", size: 11 };

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

/**
 * ExcelJS shares one style object between every cell loaded with the same style, so assigning `cell.fill`
 * would recolour all of them. A fresh style object per changed cell keeps the change on that cell.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function isBlank(v: ExcelJS.CellValue): boolean {
  return v === null || v === undefined || v === "";
}

function cellsOf(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellAddress(row, col));
  return out;
}

function topLeft(address: string): string {
  const r = parseRange(address);
  return cellAddress(r.top, r.left);
}

/** `"#'Sheet'!C12"` for the HYPERLINK function: quotes inside a sheet name doubled for each quoting level. */
function internalLink(sheet: string, cell: string): string {
  const location = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  return location.replace(/"/g, '""');
}

/** A number, string or boolean as typed: not a formula, rich text, hyperlink or error object. */
function isPlainValue(v: ExcelJS.CellValue): boolean {
  return typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}

function applyCellWrites(wb: ExcelJS.Workbook, plan: WritePlan, marks: MarkRecorder): void {
  for (const v of plan.values) {
    const ws = wb.getWorksheet(v.sheet);
    if (!ws) continue;
    const cell = ws.getCell(v.cell);
    // Never overwrite what the file holds, except a value the user asked to replace and the cell still holds;
    // this is the last guard.
    if (!isBlank(cell.value) && !(v.replaces !== undefined && isPlainValue(cell.value) && String(cell.value).trim() === v.replaces)) continue;
    marks.value(v.sheet, cell, v.value);
    // A plain string stays text in ExcelJS even when it starts with "=": only {formula} objects become formulas.
    cell.value = v.value;
    if (v.numberFormat) restyle(cell, { numFmt: v.numberFormat });
  }
  for (const f of plan.fills) {
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    for (const address of f.cells) {
      for (const a of cellsOf(address)) {
        const cell = ws.getCell(a);
        const fill = solid(f.color);
        marks.fill(f.sheet, cell, fill);
        restyle(cell, { fill });
      }
    }
  }
  for (const n of plan.notes) {
    const ws = wb.getWorksheet(n.sheet);
    if (!ws) continue;
    const cell = ws.getCell(topLeft(n.cell));
    // A note the user wrote is kept, ours follows it, marked so that the next run can take back ours alone.
    const before = noteTextOf(cell);
    // A copy checked before marks were kept already says it after the user's text: left as it is.
    if (before.includes(n.text)) continue;
    const ours = OWN_NOTE_MARKER + n.text;
    cell.note = before ? before + NOTE_SEPARATOR + ours : ours;
    marks.note(n.sheet, cell, ours);
  }
}

const ROW_FILLS: Record<string, string | undefined> = {
  header: HEADER_FILL,
  error: FILL_COLORS.error,
  warning: FILL_COLORS.warning,
  info: FILL_COLORS.info,
};

/** Excel's sheet names are case-insensitive; ExcelJS's lookup is not. */
function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

export function addResultsSheet(wb: ExcelJS.Workbook, results: WritePlan["results"]): void {
  // Re-checking a checked copy replaces budget-check's own old results sheets, and only those: a user's sheet
  // named 校验结果 stays (the plan then names ours 校验结果(n)).
  // A plan without the list (made by hand, or by an older planner): budget-check's sheets found by their mark.
  const replaces = results.replaces ?? wb.worksheets.filter((ws) => hasResultsSheetMark(ws.name, ws.getCell("A1").value)).map((ws) => ws.name);
  for (const name of replaces) {
    const old = sheetNamed(wb, name);
    if (old) wb.removeWorksheet(old.id);
  }
  // A plan made for another state of the workbook must still never replace a sheet it did not list.
  let sheetName = results.sheetName;
  for (let n = 2; sheetNamed(wb, sheetName); n++) sheetName = `${results.sheetName}(${n})`;
  // Printed, the findings list should read across one page, not be cut into column strips.
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  results.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const wideColumns = new Set(results.columnWidths.flatMap((w, i) => (w >= 40 ? [i] : [])));
  let lastHeader = -1;
  results.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.values.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      if (r.link && r.link.column === j && v !== "") {
        cell.value = { formula: `HYPERLINK("${internalLink(r.link.sheet, r.link.cell)}","${String(v).replace(/"/g, '""')}")`, result: String(v) };
        restyle(cell, { font: { ...FONT, color: { argb: "FF0563C1" }, underline: true } });
      } else {
        cell.value = v;
      }
      if (wideColumns.has(j)) restyle(cell, { alignment: { wrapText: true, vertical: "top" } });
    });
    if (r.style === "header") lastHeader = i + 1;
    const font = r.style === "title" ? { bold: true, size: 13 } : r.style === "header" ? { bold: true } : undefined;
    const tint = ROW_FILLS[r.style];
    for (let j = 0; j < r.values.length; j++) {
      const cell = row.getCell(j + 1);
      if (font) restyle(cell, { font: { ...FONT, ...cell.font, ...font } });
      if (tint) restyle(cell, { fill: solid(tint) });
    }
  });
  // The findings table is the last one: a filter on its header lets a reviewer show only errors.
  if (lastHeader > 0 && results.rows.length > lastHeader) {
    const width = results.rows[lastHeader - 1].values.length;
    ws.autoFilter = { from: { row: lastHeader, column: 1 }, to: { row: results.rows.length, column: width } };
  }
  const index = wb.worksheets.indexOf(ws);
  wb.views = [{ ...(wb.views?.[0] ?? {}), activeTab: index, firstSheet: 0 } as ExcelJS.WorkbookView];
}

/**
 * Load the original bytes, apply the plan, return the checked copy. `data` is never modified.
 * Throws WorkbookReadError when the bytes cannot be loaded (same reasons as readWorkbook).
 */
export async function writeCheckedCopy(data: ArrayBuffer | Uint8Array, plan: WritePlan, name = "workbook.xlsx", stamp?: string[], reviews?: string[]): Promise<Uint8Array> {
  return writeLoadedCopy(await loadForCopy(data, name), plan, stamp, reviews);
}

/**
 * The first half of writeCheckedCopy, which needs no plan: the original bytes loaded with ExcelJS and an earlier run's
 * marks taken back. The pane's download worker does it ahead, while the reviewer reads the findings
 * (check-session.ts, `preload`). `data` is never modified.
 */
export async function loadForCopy(data: ArrayBuffer | Uint8Array, name = "workbook.xlsx"): Promise<ExcelJS.Workbook> {
  const wb = await loadWorkbook(copyBytes(data), name);
  // The plan was made from the snapshot of this state (readWorkbook takes back earlier marks too).
  undoOwnMarks(wb);
  return wb;
}

/**
 * The second half of writeCheckedCopy: a workbook from loadForCopy (used once: it is changed) with the plan, the stamp
 * and the reviews applied, as .xlsx bytes.
 */
export async function writeLoadedCopy(wb: ExcelJS.Workbook, plan: WritePlan, stamp?: string[], reviews?: string[]): Promise<Uint8Array> {
  // The validation stamp of this check (src/engine/stamp), when the caller made one; never an earlier check's stamp,
  // which would describe another state of the workbook.
  if (stamp) writeStampSheet(wb, stamp);
  else removeStampSheet(wb);
  // 忽略 / 已核实 decisions made in the pane (src/engine/reviews), so that checking the copy again stays quiet about them.
  if (reviews) writeReviewSheet(wb, reviews);
  return checkedCopyOf(wb, plan);
}

/**
 * The checked copy made from a workbook already loaded from the input (openWorkbook, which took back an earlier
 * run's marks); the workbook is changed. What budget-check writes is recorded in the copy (own-marks.ts).
 */
export async function checkedCopyOf(wb: ExcelJS.Workbook, plan: WritePlan): Promise<Uint8Array> {
  const marks = new MarkRecorder();
  applyCellWrites(wb, plan, marks);
  addResultsSheet(wb, plan.results);
  marks.store(wb);
  return saveWorkbook(wb);
}
