import type { FindingDraft } from "../../../findings/finding";
import type { Block, BudgetTable } from "../schema";
import { cellLabel } from "./labels";
import { rowTotalFindings, type TotalRelation } from "./rounding-envelope";

/** Every parent row of a block against the sum of its child rows, column by column. */
export function parentChildFindings(table: BudgetTable, block: Block): FindingDraft[] {
  const children = new Map<number, number[]>();
  block.rows.forEach((r, i) => {
    if (r.parent === null || r.kind === "ofWhich") return;
    const list = children.get(r.parent) ?? [];
    list.push(i);
    children.set(r.parent, list);
  });
  const out: FindingDraft[] = [];
  for (const [p, kids] of children) {
    const parent = block.rows[p];
    const relations: TotalRelation[] = block.columns.map((column, c) => ({
      total: parent.amounts[c],
      parts: kids.map((k) => block.rows[k].amounts[c]),
      label: cellLabel(block, parent, column),
      column: column.label,
    }));
    out.push(...rowTotalFindings(table.sheet, relations));
  }
  return out;
}
