import { parseValue } from "../../parse/value";
import type { ParsedValue } from "../../parse/value-types";
import type { FormCell, GoalIndicator } from "./types";

/** A target cell read through the shared value parser (a TRUE/FALSE cell as its text). */
export function parsedTarget(c: FormCell): ParsedValue {
  return parseValue(typeof c.value === "boolean" ? String(c.value) : c.value, "target");
}

/** Rows marked 不适用, and rows that only print a category without an indicator, are not indicators. */
export function isIndicator(i: GoalIndicator): boolean {
  return i.name.text !== "" && parsedTarget(i.target).kind !== "not-applicable";
}
