/** Rounding as the forms do it: half away from zero, on the decimal digits a person reads. */
export function roundHalfAway(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  // Whole numbers are their own rounding (most weights and scores): no round trip through text.
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return x || 0;
  const sign = x < 0 ? -1 : 1;
  // Shift by the exponent in the string form so 1.005 rounds to 1.01, as on paper.
  const shifted = Math.round(Number(`${Math.abs(x)}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`) || 0;
}

/** Whether an entered value equals a computed one at the precision the cell shows (2 decimals when unknown). */
export function equalAtPrecision(entered: number, computed: number, decimals: number | null = 2): boolean {
  const d = decimals ?? 2;
  return roundHalfAway(entered, d) === roundHalfAway(computed, d);
}

/**
 * Whether an entered score differs from the computed one as a reviewer reads them: at the precision the cell shows
 * (2 decimals when unknown, never finer), beyond the profile's tolerance. Every form compares scores this way.
 */
export function scoresDiffer(entered: number, computed: number, decimals: number | null, tolerance: number): boolean {
  if (Math.abs(entered - computed) <= tolerance + 1e-9) return false;
  const d = Math.min(decimals ?? 2, 2);
  return roundHalfAway(entered, d) !== roundHalfAway(computed, d);
}

/** 1234567.5 → "1,234,567.50"; integers stay integers. For messages, not for cells. */
export function formatAmount(x: number, decimals?: number): string {
  const d = decimals ?? (Number.isInteger(x) ? 0 : 2);
  // Hand-rolled grouping: toLocaleString costs ~100× more and runs for every finding of a large workbook.
  const [int, frac] = Math.abs(roundHalfAway(x, d)).toFixed(d).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${x < 0 && roundHalfAway(x, d) !== 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}
