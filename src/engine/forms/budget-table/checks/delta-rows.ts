import type { BudgetTableCheck } from "./check";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import type { BudgetTable } from "../schema";
import { YEAR_ROW } from "../vocabulary";
import { cellLabel } from "./labels";
import { compareTotal } from "./rounding-envelope";

/** SUM_MISMATCH: an 增减变化金额 row against the later year minus the earlier (三公 table: 2022年 − 2021年). */
export function deltaRows(table: BudgetTable): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const block of table.blocks) {
    block.rows.forEach((row, i) => {
      if (row.kind !== "delta") return;
      const years = block.rows
        .slice(0, i)
        .filter((r) => r.kind === "year")
        .map((r) => ({ r, year: Number(YEAR_ROW.exec(r.name)?.[1]) }));
      if (years.length < 2) return;
      years.sort((a, b) => a.year - b.year);
      const earlier = years[0].r;
      const later = years[years.length - 1].r;
      block.columns.forEach((column, c) => {
        const delta = row.amounts[c];
        const a = later.amounts[c];
        const b = earlier.amounts[c];
        if (a.kind !== "number" || b.kind !== "number" || delta.kind !== "number") return;
        // later = earlier + delta: the same envelope as a total of two parts.
        const cmp = compareTotal(a, [b, delta]);
        if (cmp.status !== "mismatch" && cmp.status !== "tail") return;
        const expected = roundHalfAway((a.value ?? 0) - (b.value ?? 0), cmp.decimals);
        const at = {
          sheet: table.sheet,
          cell: delta.address,
          related: [a.address, b.address],
          expected,
          actual: delta.value,
          params: { label: cellLabel(block, row, column), envelope: roundHalfAway(cmp.envelope, cmp.decimals + 1) },
        };
        out.push(cmp.status === "mismatch" ? { code: "SUM_MISMATCH", context: "delta", ...at } : { code: "ROUNDING_TAIL", ...at });
      });
    });
  }
  return out;
}

/** The check as the runner sees it (checks/check.ts). */
export const deltaRowsCheck: BudgetTableCheck = { name: "delta-rows", codes: ["SUM_MISMATCH", "ROUNDING_TAIL"], run: deltaRows };
