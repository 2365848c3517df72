import { cellAddress, parseRange } from "../../engine/address";
import { ADDRESS_LIMIT_CHARS } from "./context";

/** The A1 part of an address Excel returns ("'My sheet'!A1:J48" → "A1:J48"), without $ signs. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/**
 * The areas of a RangeAreas address ("Sheet1!A1:B2, Sheet1!C3:D3"). A quoted sheet name may itself contain
 * commas; pieces without a "!" are such fragments and are dropped.
 */
export function splitAreas(address: string): string[] {
  return address
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.includes("!"))
    .map(localAddress);
}

/** Every single cell of an A1 cell or range address. */
export function cellsOf(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellAddress(row, col));
  return out;
}

/** Comma-joined address lists for `getRanges`, each under Excel's 8,192-character limit. */
export function chunkAddresses(addresses: string[], limit = ADDRESS_LIMIT_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (a.length > limit) throw new RangeError(`Address longer than ${limit} characters: ${a.slice(0, 40)}…`);
    const next = current ? `${current},${a}` : a;
    if (next.length > limit) {
      chunks.push(current);
      current = a;
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}
