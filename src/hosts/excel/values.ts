/** Whether a cell's value as Office.js reads it is the value budget-check wrote there. */
export function sameCellValue(wrote: string | number, value: unknown): boolean {
  if (typeof wrote === "number") return typeof value === "number" && Math.abs(value - wrote) <= 1e-9 * Math.max(1, Math.abs(wrote));
  return typeof value === "string" && value === wrote;
}

/**
 * Whether a cell holds a formula. Office's `formulas` repeats the content of plain cells, including text that
 * begins with "=" in a cell formatted as text; only a formula differs from the value it shows.
 */
export function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}
