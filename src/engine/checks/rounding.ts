/**
 * A printed total against the sum of its printed parts — the one rule every form uses.
 * Amounts are shown rounded, so a total of n parts may legitimately miss by up to (n + 1) × half a display unit
 * (each of the n + 1 numbers rounded on its own; with mixed precisions, the sum of their half units). Inside that
 * envelope it is a rounding tail (尾数误差), outside a mismatch. A total of a single part is that part: they round
 * alike, so any difference is a mismatch.
 */
export interface Printed {
  value: number;
  /** Decimals the cell shows. */
  decimals: number;
}

export interface SumComparison {
  status: "equal" | "tail" | "mismatch";
  sum: number;
  envelope: number;
  /** Decimals to show the sum with: the finest precision among the cells compared. */
  decimals: number;
}

const halfUnit = (decimals: number) => 0.5 * 10 ** -decimals;

export function compareSum(total: Printed, parts: Printed[]): SumComparison {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const eps = 1e-9 * Math.max(1, Math.abs(sum));
  const diff = Math.abs(total.value - sum);
  if (diff <= eps) return { status: "equal", sum, envelope: 0, decimals };
  const envelope = parts.length <= 1 ? 0 : halfUnit(total.decimals) + parts.reduce((s, p) => s + halfUnit(p.decimals), 0);
  return { status: diff <= envelope + eps ? "tail" : "mismatch", sum, envelope, decimals };
}
