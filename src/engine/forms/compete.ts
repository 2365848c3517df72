import type { RangeRef } from "../address";

/**
 * Form kinds compete for a region on evidence (issue 10): where two recognisers claim overlapping cells of a sheet,
 * the claim with the stronger evidence keeps the region and the weaker overlapping claims are dropped. Evidence is
 * comparable across kinds (see `Evidence`); on equal evidence the kind earlier in the registry wins, then the claim
 * found first.
 */

/**
 * What a recogniser saw for one candidate, in units comparable across kinds:
 * - `roles`: header roles matched, each weighted by how specific its word is to the kind (a word only this kind
 *   uses counts 2, a word other kinds also print counts 1);
 * - `rows`: data rows that parse as this kind's content (indicators with a target, items with a weight, rows with
 *   amounts), the evidence that the region is filled in as this kind, not only headed like it.
 */
export interface Evidence {
  roles: number;
  rows: number;
}

/** One number per claim: a header role is worth two rows of content. */
export function evidenceScore(e: Evidence): number {
  return 2 * e.roles + e.rows;
}

export interface Claim {
  sheet: string;
  box: RangeRef;
  evidence: number;
  /** Position of the claiming kind in the registry (the tie-break). */
  priority: number;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * The claims that win their region: strongest evidence first, each accepted unless it overlaps an accepted claim
 * on the same sheet. Returns the winners in the order they were given.
 */
export function resolveClaims<C extends Claim>(claims: readonly C[]): C[] {
  const order = claims.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.evidence - a.c.evidence || a.c.priority - b.c.priority || a.i - b.i);
  const won: { c: C; i: number }[] = [];
  for (const x of order) {
    if (won.some((w) => w.c.sheet === x.c.sheet && overlaps(w.c.box, x.c.box))) continue;
    won.push(x);
  }
  return won.sort((a, b) => a.i - b.i).map((w) => w.c);
}
