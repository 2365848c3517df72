import type { CellValue } from "../snapshot";
import { isErrorValue } from "../snapshot";
import { stripSpaces, toHalfWidth } from "../text/normalize";

/**
 * An amount cell as the budget tables print it:
 * - number → the number;
 * - "4,458,587.00", "１２３" (full-width), "(1,200)" accounting negative → the number; a unit typed after it
 *   ("500元", "250万元", "250万" under 单位：万元) is dropped: the table's unit line says what it counts in;
 * - blank, "-", "—", "/", "－" → "none" (no amount: not a zero unless the sums prove it);
 * - an error value → "error"; any other text → "text" (NOT_A_NUMBER where an amount is expected).
 */
export type Amount =
  | { kind: "number"; value: number }
  | { kind: "none" }
  | { kind: "error"; text: string }
  | { kind: "text"; text: string };

const NONE = new Set(["", "-", "—", "/", "--", "——", "－", "无", "/"]);

export function parseAmount(v: CellValue): Amount {
  if (v === null) return { kind: "none" };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "text", text: String(v) };
  if (typeof v === "boolean") return { kind: "text", text: String(v) };
  if (isErrorValue(v)) return { kind: "error", text: v.trim() };
  const t = stripSpaces(toHalfWidth(v));
  if (NONE.has(t)) return { kind: "none" };
  let s = t.replace(/^[¥￥$]/, "").replace(/(万?元|万)$/, "");
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1];
  }
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s) || /^[+-]?\.\d+$/.test(s)) {
    const n = Number(s.replace(/,/g, ""));
    if (Number.isFinite(n)) return { kind: "number", value: sign * n };
  }
  return { kind: "text", text: v.trim() };
}

/** The number of an amount, or null when the cell has none. */
export function amountValue(v: CellValue): number | null {
  const a = parseAmount(v);
  return a.kind === "number" ? a.value : null;
}
