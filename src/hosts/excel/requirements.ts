import type { ExcelEnvironment } from "./context";

/**
 * The ExcelApi set manifest.xml requires: 1.1, so that Excel lists the add-in everywhere it can run at all —
 * Excel 2016 volume-licensed has only ExcelApi 1.1, Office 2019 volume-licensed 1.1–1.8, and Excel does not even
 * list an add-in whose manifest asks for more (Microsoft, "Office versions and requirement sets").
 * Everything newer is detected at run time (capabilities below).
 */
export const MANIFEST_EXCEL_API = "1.1";

/**
 * What the pane's Excel mode needs: settings for the undo record (1.4), workbook protection and name (1.7),
 * workbook.readOnly (1.8). Excel 2019 and newer, Microsoft 365, Excel on the web and on the Mac have it. Below
 * it (Excel 2016 volume-licensed) the pane opens in file mode and says why.
 */
export const EXCEL_MODE_API = "1.8";

export function excelModeSupported(env: Pick<ExcelEnvironment, "isSetSupported">): boolean {
  return env.isSetSupported("ExcelApi", EXCEL_MODE_API);
}

/**
 * Excel API sets this host uses beyond EXCEL_MODE_API, checked at run time; each has a fallback:
 * 1.9 (Excel 2021+): getRanges, fill patterns and tint, indents, far-out values → one range per cell, the colour
 * only, no indents, a clear message; 1.10: comments; 1.13: merged areas; 1.18: notes → results sheet only.
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
