import { amountValue } from "../../parse/amount";
import type { FormCell } from "./types";

/** The amount a cell holds, or null when it holds none ("-", blank) or text. */
export function amountOf(c: FormCell | null | undefined): number | null {
  return c ? amountValue(c.value) : null;
}

/**
 * Decimals an amount is shown with, for comparisons: the number format's, else what the typed text shows
 * ("2,099" → 0), else cents for 元 and the stored digits for 万元 (tables in 万元 print rounded figures).
 */
export function decimalsOf(c: FormCell, unit: string): number {
  if (c.decimals !== null) return c.decimals;
  if (typeof c.value === "string") {
    const m = /\.(\d+)/.exec(c.value.replace(/[,\s]/g, ""));
    return m ? m[1].length : 0;
  }
  if (unit === "万元" && typeof c.value === "number") {
    const frac = /\.(\d+)$/.exec(String(c.value));
    return frac ? Math.min(frac[1].length, 4) : 0;
  }
  return 2;
}

/** 元 per unit of the form. */
export function yuanPer(unit: string): number {
  return unit === "万元" ? 10000 : 1;
}
