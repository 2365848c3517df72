import { cellAddress, rangeAddress } from "../address";
import type { CellStyle, TemplateCell, TemplateSheet, TemplateValidation } from "./layout";

/** Collects one sheet's cells, merges and validations; rows and columns 0-based. */
export class SheetBuilder {
  readonly cells: TemplateCell[] = [];
  readonly merges: string[] = [];
  readonly validations: TemplateValidation[] = [];
  readonly heights: Record<string, number> = {};

  constructor(
    readonly name: string,
    readonly widths: number[],
  ) {}

  put(row: number, col: number, value: string | number | null, style: CellStyle, extra: Partial<Pick<TemplateCell, "formula" | "numFmt" | "anchor">> = {}): this {
    this.cells.push({ row, col, value, style, ...extra });
    return this;
  }

  /** Cells of a merged area other than its top-left still carry the style (borders, lock) of the area. */
  merge(top: number, left: number, bottom: number, right: number, style?: CellStyle): this {
    if (bottom > top || right > left) this.merges.push(rangeAddress({ top, left, bottom, right }));
    if (style) {
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) this.cells.push({ row: r, col: c, value: null, style });
    }
    return this;
  }

  validate(top: number, col: number, bottom: number, items: string[], strict: boolean, prompt?: TemplateValidation["prompt"], parentColumn?: number): this {
    this.validations.push({
      range: `${cellAddress(top, col)}:${cellAddress(bottom, col)}`,
      items,
      strict,
      ...(prompt ? { prompt } : {}),
      ...(parentColumn !== undefined ? { parentColumn } : {}),
    });
    return this;
  }

  height(row: number, points: number): this {
    this.heights[String(row)] = points;
    return this;
  }

  build(protect: boolean): TemplateSheet {
    return { name: this.name, widths: this.widths, heights: this.heights, cells: this.cells, merges: this.merges, validations: this.validations, protect };
  }
}

export const AMOUNT_FORMAT = '#,##0.00;-#,##0.00;"-"';
export const SCORE_FORMAT = "0.00";
export const RATE_FORMAT = "0.00%";
