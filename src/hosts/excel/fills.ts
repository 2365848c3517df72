import { chunkAddresses } from "./addresses";
import { fillKey, type SavedFill } from "./highlight-state";
import type { PayloadBatch } from "./payload-batch";

/** Colour many cells of one sheet with as few calls as the address limit allows (RangeAreas). */
export async function queueFill(batch: PayloadBatch, sheet: Excel.Worksheet, cells: string[], color: string): Promise<void> {
  for (const address of chunkAddresses(cells)) {
    await batch.reserve({ address, color });
    sheet.getRanges(address).format.fill.color = color;
  }
}

/** Put cells back to the fills they had before budget-check coloured them, grouped by identical fill. */
export async function queueRestore(batch: PayloadBatch, sheet: Excel.Worksheet, saved: Record<string, SavedFill>): Promise<void> {
  const groups = new Map<string, { fill: SavedFill; cells: string[] }>();
  for (const [cell, fill] of Object.entries(saved)) {
    const key = fillKey(fill);
    if (!groups.has(key)) groups.set(key, { fill, cells: [] });
    groups.get(key)!.cells.push(cell);
  }
  for (const { fill, cells } of groups.values()) {
    for (const address of chunkAddresses(cells)) {
      await batch.reserve({ address, fill });
      const target = sheet.getRanges(address).format.fill;
      if (fill === null) {
        target.clear();
        continue;
      }
      target.color = fill.color;
      if (fill.pattern && fill.pattern !== "Solid") {
        target.pattern = fill.pattern as Excel.FillPattern;
        if (fill.patternColor) target.patternColor = fill.patternColor;
      }
    }
  }
}
