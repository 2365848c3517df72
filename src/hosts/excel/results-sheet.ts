import { cellAddress, columnName, qualified } from "../../engine/address";
import { FILL_COLORS, type WritePlan } from "../../engine/write-plan";
import { queueFill } from "./fills";
import { payloadBytes, type PayloadBatch } from "./payload-batch";
import type { ExcelCapabilities } from "./requirements";

type RowStyle = WritePlan["results"]["rows"][number]["style"];

const STYLE_FILL: Partial<Record<RowStyle, string>> = {
  header: "#D9E1F2",
  error: FILL_COLORS.error,
  warning: FILL_COLORS.warning,
  info: FILL_COLORS.info,
};

/** The largest estimated piece of the results block in one action: a fifth of the 5 MB limit. */
export const RESULTS_CHUNK_BYTES = 1_000_000;

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
  // In row chunks of about a megabyte, so that 20,000 findings never make one request over Excel on the web's 5 MB.
  for (let top = 0; top < block.length; ) {
    let bottom = top;
    let bytes = payloadBytes({ f: formats[top], v: block[top] });
    while (bottom + 1 < block.length) {
      const next = payloadBytes({ f: formats[bottom + 1], v: block[bottom + 1] });
      if (bytes + next > RESULTS_CHUNK_BYTES) break;
      bytes += next;
      bottom++;
    }
    const address = `A${top + 1}:${columnName(width - 1)}${bottom + 1}`;
    await batch.reserve({ kind: "results-block", address, formats: formats.slice(top, bottom + 1), block: block.slice(top, bottom + 1) });
    const range = sheet.getRange(address);
    range.numberFormat = formats.slice(top, bottom + 1);
    range.values = block.slice(top, bottom + 1);
    top = bottom + 1;
  }

  const rowsByStyle = new Map<RowStyle, string[]>();
  results.rows.forEach((r, i) => {
    if (r.style === "plain") return;
    // Pushed, not copied: 20,000 finding rows must not cost 20,000² copies.
    let rows = rowsByStyle.get(r.style);
    if (!rows) rowsByStyle.set(r.style, (rows = []));
    rows.push(`A${i + 1}:${columnName(width - 1)}${i + 1}`);
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
