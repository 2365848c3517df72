import { cellAddress, columnName, qualified } from "../../engine/address";
import { FILL_COLORS, type WritePlan } from "../../engine/write-plan";
import { queueFill } from "./fills";
import type { PayloadBatch } from "./payload-batch";
import type { ExcelCapabilities } from "./requirements";

type RowStyle = WritePlan["results"]["rows"][number]["style"];

const STYLE_FILL: Partial<Record<RowStyle, string>> = {
  header: "#D9E1F2",
  error: FILL_COLORS.error,
  warning: FILL_COLORS.warning,
  info: FILL_COLORS.info,
};

/** Excel column widths are in points; the plan gives them in characters of the default font. */
const POINTS_PER_CHAR = 6;

/**
 * The 校验结果 sheet: replaced as a whole (it is budget-check's own sheet), one block of values, styles by row
 * group, a hyperlink from each finding to its cell.
 */
export async function queueResultsSheet(
  batch: PayloadBatch,
  sheets: Excel.WorksheetCollection,
  results: WritePlan["results"],
  existing: Excel.Worksheet | undefined,
  caps: Pick<ExcelCapabilities, "fillDetails" | "rangeAreas">,
): Promise<void> {
  if (existing) {
    // Excel refuses to delete a very hidden sheet (someone hid the old results that way): make it visible first.
    if (existing.visibility !== "Visible") {
      await batch.reserve({ visibility: "Visible" });
      existing.visibility = "Visible";
    }
    await batch.reserve({ delete: results.sheetName });
    existing.delete();
  }
  await batch.reserve({ add: results.sheetName });
  const sheet = sheets.add(results.sheetName);
  const width = Math.max(1, results.columnWidths.length, ...results.rows.map((r) => r.values.length));
  const block = results.rows.map((r) => Array.from({ length: width }, (_, j) => r.values[j] ?? ""));
  if (block.length === 0) return;
  // Text is written as text: a message beginning with = + - @ stays a message and never becomes a formula.
  const formats = block.map((row) => row.map((v) => (typeof v === "number" ? "General" : "@")));
  const address = `A1:${columnName(width - 1)}${block.length}`;
  await batch.reserve({ address, formats, block });
  const range = sheet.getRange(address);
  range.numberFormat = formats;
  range.values = block;

  const rowsByStyle = new Map<RowStyle, string[]>();
  results.rows.forEach((r, i) => {
    if (r.style === "plain") return;
    rowsByStyle.set(r.style, [...(rowsByStyle.get(r.style) ?? []), `A${i + 1}:${columnName(width - 1)}${i + 1}`]);
  });
  for (const [style, rows] of rowsByStyle) {
    if (style === "title" || style === "header") {
      for (const a of rows) {
        await batch.reserve({ a, bold: true });
        sheet.getRange(a).format.font.bold = true;
      }
    }
    const color = STYLE_FILL[style];
    if (color) await queueFill(batch, sheet, rows, color, caps);
  }
  for (const [i, r] of results.rows.entries()) {
    if (!r.link) continue;
    const a = cellAddress(i, r.link.column);
    const hyperlink = { documentReference: qualified(r.link.sheet, r.link.cell), textToDisplay: String(r.values[r.link.column] ?? r.link.cell) };
    await batch.reserve({ a, hyperlink });
    sheet.getRange(a).hyperlink = hyperlink;
  }
  for (const [j, w] of results.columnWidths.entries()) {
    await batch.reserve({ j, w });
    sheet.getRange(`${columnName(j)}:${columnName(j)}`).format.columnWidth = w * POINTS_PER_CHAR;
  }
}
