import type { IndicatorRef } from "../indicators/coverage";
import { isIndicator } from "./target-value";
import type { GoalTableForm } from "./types";

/** The goal table's indicators as the shared coverage rules read them; 不适用 rows only place labels. */
export function indicatorRefs(form: GoalTableForm): IndicatorRef[] {
  return form.indicators.map((i) => ({
    applicable: isIndicator(i),
    name: i.name.text,
    nameCell: i.name.cell,
    primary: i.primary.category,
    primaryLabel: i.primary.text,
    primaryCell: i.primary.cell,
    secondary: i.secondary.category,
  }));
}
