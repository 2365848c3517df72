import { roundHalfAway } from "../numbers";

/**
 * Compare a printed total with the sum of its printed parts at the precision the total shows.
 * Amounts shown rounded can legitimately miss by up to (n + 1) × half a display unit for n parts
 * (each part and the total were rounded on their own): inside that envelope it is a rounding tail, outside an error.
 */
export interface SumComparison {
  status: "equal" | "tail" | "mismatch";
  sum: number;
  difference: number;
  envelope: number;
}

export function compareSum(total: number, parts: number[], decimals: number | null): SumComparison {
  const d = decimals ?? 2;
  const sum = roundHalfAway(parts.reduce((a, b) => a + b, 0), Math.max(d, 2) + 4);
  const difference = roundHalfAway(total - sum, d + 4);
  const envelope = roundHalfAway((parts.length + 1) * 0.5 * 10 ** -d, d + 2);
  if (roundHalfAway(total, d) === roundHalfAway(sum, d)) return { status: "equal", sum, difference, envelope };
  return { status: Math.abs(difference) <= envelope + 1e-9 ? "tail" : "mismatch", sum, difference, envelope };
}
