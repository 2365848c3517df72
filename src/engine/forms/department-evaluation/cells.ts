import type { FormCell } from "../form-cell";
import { normalizeName, stripSpaces, toHalfWidth, withoutLeadingNumber } from "../../text/normalize";
import type { DepartmentRubric } from "../../profile/department-rubric";

const UNIT_SUFFIX = /[(（]\s*(元|万元|人|个|项|家|台|%|％|百分比)\s*[)）]\s*$/;

/** A label as rubric names are matched: no numbering "1、", no unit suffix "（元）", no spaces, quotes or punctuation. */
export function labelKey(text: string): string {
  return normalizeName(withoutLeadingNumber(toHalfWidth(text).trim()).replace(UNIT_SUFFIX, ""));
}

/** Rubric names by key: data items (by id and every name) and rates (by label and aliases). */
export interface RubricNames {
  dataItems: Map<string, string>;
  rates: Map<string, string>;
}

export function rubricNames(rubric: DepartmentRubric | undefined): RubricNames {
  const dataItems = new Map<string, string>();
  const rates = new Map<string, string>();
  for (const d of rubric?.dataItems ?? []) for (const n of [d.id, ...d.names]) dataItems.set(labelKey(n), d.id);
  for (const r of rubric?.rates ?? []) for (const n of [r.label, ...r.aliases]) rates.set(labelKey(n), r.label);
  return { dataItems, rates };
}

export type NumberRead = { kind: "number"; value: number } | { kind: "empty" } | { kind: "text"; text: string };

/**
 * A number as the form prints it: 13200, "13,200.00", "20人", "99%" (→ 0.99). Percent-formatted cells hold the
 * fraction already. `rate` items typed as 99 (no sign, no % format) mean 99%: no rate of this rubric exceeds 1.5.
 */
export function readNumber(cell: FormCell, kind: "amount" | "count" | "rate" | "score"): NumberRead {
  const v = cell.value;
  const percentFormat = /%/.test(cell.numberFormat ?? "");
  let n: number | null = null;
  let percentText = false;
  if (typeof v === "number") n = Number.isFinite(v) ? v : null;
  else if (typeof v === "string") {
    const t = stripSpaces(toHalfWidth(v)).replace(/,/g, "");
    if (t === "" || t === "-" || t === "—" || t === "/") return { kind: "empty" };
    const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(%|元|万元|人|个|项|家|台|分)?$/.exec(t);
    if (!m) return { kind: "text", text: v.trim() };
    n = Number(m[1]);
    percentText = m[2] === "%";
  } else if (v === null) return { kind: "empty" };
  else return { kind: "text", text: String(v) };
  if (n === null) return { kind: "text", text: String(v) };
  if (percentText) return { kind: "number", value: n / 100 };
  if (kind === "rate" && !percentFormat && n > 1.5) return { kind: "number", value: n / 100 };
  return { kind: "number", value: n };
}
