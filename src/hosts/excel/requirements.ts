import type { ExcelEnvironment } from "./context";

/**
 * Excel API sets this host uses beyond the manifest's minimum (ExcelApi 1.9: getRanges, getCellProperties,
 * fill patterns). Checked at run time: Excel 2019 has 1.9, the notes API needs 1.18 (Microsoft 365, 2024+).
 */
export interface ExcelCapabilities {
  /** Worksheet.getRanges (RangeAreas): many cells coloured in one call (ExcelApi 1.9). */
  rangeAreas: boolean;
  /** RangeFill.pattern, patternColor and tintAndShade (ExcelApi 1.9): without them only the colour is kept. */
  fillDetails: boolean;
  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9): where the values of a far-reaching used range are. */
  specialCells: boolean;
  /** Merged areas of a sheet (getMergedAreasOrNullObject). */
  mergedAreas: boolean;
  /** Indent levels through getCellProperties. */
  cellProperties: boolean;
  /** Cell notes (workbook/worksheet.notes). */
  notes: boolean;
  /** Threaded comments, the fallback for notes. */
  comments: boolean;
}

export function capabilities(env: Pick<ExcelEnvironment, "isSetSupported">): ExcelCapabilities {
  return {
    rangeAreas: env.isSetSupported("ExcelApi", "1.9"),
    fillDetails: env.isSetSupported("ExcelApi", "1.9"),
    specialCells: env.isSetSupported("ExcelApi", "1.9"),
    mergedAreas: env.isSetSupported("ExcelApi", "1.13"),
    cellProperties: env.isSetSupported("ExcelApi", "1.9"),
    notes: env.isSetSupported("ExcelApi", "1.18"),
    comments: env.isSetSupported("ExcelApi", "1.10"),
  };
}

/** How the notes of a write plan reached the workbook. */
export type NoteChannel = "notes" | "comments" | "results-sheet";

export function noteChannel(c: ExcelCapabilities): NoteChannel {
  return c.notes ? "notes" : c.comments ? "comments" : "results-sheet";
}
