import { parseAmount } from "../../../parse/amount";
import { compareSum } from "../../../checks/rounding";
import type { FindingDraft } from "../../../findings/finding";
import type { FormCell } from "../types";
import type { SelfEvalCheck } from "./check";

const COLUMNS = ["initial", "adjusted", "executed"] as const;

/** 年度资金总额 = the sum of its 其中 rows, column by column; amounts that are text are not amounts. */
export const fundsTotals: SelfEvalCheck = {
  name: "funds-totals",
  codes: ["SUM_MISMATCH", "ROUNDING_TAIL", "NOT_A_NUMBER"],
  run(form) {
    const out: FindingDraft[] = [];
    const rows = form.funds?.rows ?? [];
    for (const r of rows) {
      for (const col of COLUMNS) {
        const c = r[col];
        if (c && parseAmount(c.value).kind === "text") {
          out.push({ code: "NOT_A_NUMBER", sheet: form.sheet, cell: c.cell, actual: c.text, params: { label: r.label } });
        }
      }
    }
    const total = rows.find((r) => r.kind === "total");
    const partRows = rows.filter((r) => r.kind !== "total");
    if (!total || partRows.length === 0) return out;
    for (const col of COLUMNS) {
      const t = total[col];
      const tv = t ? parseAmount(t.value) : null;
      if (!t || tv?.kind !== "number") continue;
      const cells = partRows.map((p) => p[col]).filter((c): c is FormCell => c !== null);
      // A part that is text is reported as NOT_A_NUMBER; its sum is unknown, not a sum without it.
      if (cells.some((c) => parseAmount(c.value).kind === "text")) continue;
      const parts = cells.flatMap((c) => {
        const a = parseAmount(c.value);
        return a.kind === "number" ? [{ value: a.value, decimals: c.decimals ?? 2 }] : [];
      });
      if (parts.length === 0) continue; // nothing to add up: a blank is not a zero unless the sums prove it
      const cmp = compareSum({ value: tv.value, decimals: t.decimals ?? 2 }, parts);
      if (cmp.status === "equal") continue;
      const at = { sheet: form.sheet, cell: t.cell, related: [rangeOf(cells)], expected: cmp.sum, actual: tv.value, params: { label: total.label, envelope: cmp.envelope } };
      out.push(cmp.status === "tail" ? { code: "ROUNDING_TAIL", ...at } : { code: "SUM_MISMATCH", ...at });
    }
    return out;
  },
};

function rangeOf(cells: FormCell[]): string {
  return cells.length === 1 ? cells[0].cell : `${cells[0].cell}:${cells[cells.length - 1].cell}`;
}
