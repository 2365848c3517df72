import { chunkAddresses } from "./addresses";
import { fillKey, type SavedFill } from "./highlight-state";
import type { PayloadBatch } from "./payload-batch";
import type { ExcelCapabilities } from "./requirements";

type Caps = Pick<ExcelCapabilities, "fillDetails" | "rangeAreas">;

/**
 * The fill of many cells of one sheet, as few objects as the host allows: one RangeAreas per 8,192-character
 * address list (ExcelApi 1.9), else (Excel 2016) one Range per cell or area.
 */
function addressesOf(cells: string[], caps: Caps): string[] {
  return caps.rangeAreas ? chunkAddresses(cells) : cells;
}

function fillAt(sheet: Excel.Worksheet, address: string, caps: Caps): Excel.RangeFill {
  return caps.rangeAreas ? sheet.getRanges(address).format.fill : sheet.getRange(address).format.fill;
}

/** Colour many cells of one sheet with as few calls as the address limit allows (RangeAreas). */
export async function queueFill(batch: PayloadBatch, sheet: Excel.Worksheet, cells: string[], color: string, caps: Caps): Promise<void> {
  for (const address of addressesOf(cells, caps)) {
    await batch.reserve({ kind: "fill", address, color });
    fillAt(sheet, address, caps).color = color;
  }
}

/**
 * Put cells back to the fills they had before budget-check coloured them, grouped by identical fill: no fill is
 * cleared (never painted white), a colour gets its pattern, pattern colour and tint back.
 */
export async function queueRestore(batch: PayloadBatch, sheet: Excel.Worksheet, saved: Record<string, SavedFill>, caps: Caps): Promise<void> {
  const groups = new Map<string, { fill: SavedFill; cells: string[] }>();
  for (const [cell, fill] of Object.entries(saved)) {
    const key = fillKey(fill);
    if (!groups.has(key)) groups.set(key, { fill, cells: [] });
    groups.get(key)!.cells.push(cell);
  }
  for (const { fill, cells } of groups.values()) {
    for (const address of addressesOf(cells, caps)) {
      if (fill === null) {
        await batch.reserve({ kind: "clear-fill", address });
        fillAt(sheet, address, caps).clear();
        continue;
      }
      await batch.reserve({ kind: "restore-fill", address, fill });
      const target = fillAt(sheet, address, caps);
      target.color = fill.color;
      if (caps.fillDetails && fill.pattern && fill.pattern !== "Solid") {
        target.pattern = fill.pattern as Excel.FillPattern;
        if (fill.patternColor) target.patternColor = fill.patternColor;
      }
      if (caps.fillDetails && fill.tintAndShade) target.tintAndShade = fill.tintAndShade;
    }
  }
}
