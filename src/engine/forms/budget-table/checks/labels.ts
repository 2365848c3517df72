import type { AmountColumn, Block, BudgetRow } from "../schema";

/** How a finding names a cell of a table: its row label, and its column when the table has several. */
export function cellLabel(block: Block, row: BudgetRow, column: AmountColumn): string {
  const name = row.label.trim() || row.code || row.labelCell;
  return block.columns.length > 1 && column.label ? `${name}（${column.label}）` : name;
}
