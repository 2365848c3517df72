import { draft, type FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { text, type TextRef } from "../../../findings/text";
import { parsedTarget } from "../target-value";

/**
 * MISSING_VALUE: an indicator without its target (empty, or "无"), or without its 目标值来源 where the table
 * has that column. Rows marked 不适用 are not indicators.
 */
export const missingValues: GoalTableCheck = {
  name: "missing-values",
  codes: ["MISSING_VALUE"],
  run(form) {
    const out: FindingDraft[] = [];
    // The header as the table prints it in zh; the field's own name in en.
    const field = (printed: string | null, key: "field.target" | "field.source"): TextRef => (printed ? text("field.printed", { printed, field: key }) : text(key));
    for (const ind of form.indicators) {
      if (!ind.name.text) continue;
      const target = parsedTarget(ind.target);
      if (target.kind === "not-applicable") continue;
      if (target.kind === "empty") {
        out.push(draft({ code: "MISSING_VALUE", sheet: form.sheet, cell: ind.target.cell, params: { label: ind.name.text, field: field(form.header.targetLabel, "field.target") } }));
      }
      if (ind.source && !ind.source.text) {
        out.push(draft({ code: "MISSING_VALUE", sheet: form.sheet, cell: ind.source.cell, params: { label: ind.name.text, field: field(form.header.sourceLabel, "field.source") } }));
      }
    }
    return out;
  },
};
