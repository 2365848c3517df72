import type { RecognisedForm } from "../form-module";
import { normalizeName } from "../../text/normalize";
import type { AmountCell, Block, BudgetRow, BudgetTable } from "./schema";
import { TOTAL_LABEL } from "./vocabulary";

/**
 * Read-only views of recognised budget tables for workbook-level checks (here and in other forms):
 * a table's total, a named column at its total row, and its projects with their amounts.
 */
export interface TableAmount {
  table: BudgetTable;
  block: Block;
  row: BudgetRow;
  cell: AmountCell;
}

export function budgetTablesOf(forms: RecognisedForm[]): BudgetTable[] {
  return forms.flatMap((f) => (f.kind === "budget-table" ? [f.form] : []));
}

/** The row that carries a table's total: its first 合计/总计 row, else its only top-level row. */
export function totalRow(block: Block): BudgetRow | null {
  const t = block.rows.find((r) => r.kind === "sum" || r.kind === "grand");
  if (t) return t;
  const roots = block.rows.filter((r) => r.parent === null && (r.kind === "item" || r.kind === "unit"));
  return roots.length === 1 ? roots[0] : null;
}

/** The column of a block whose header leaf matches, or its first total column. */
export function columnIndex(block: Block, label?: RegExp): number {
  if (label) return block.columns.findIndex((c) => label.test(c.label));
  const total = block.columns.findIndex((c) => TOTAL_LABEL.test(c.label));
  return total >= 0 ? total : block.columns.length ? 0 : -1;
}

export function tableAmount(table: BudgetTable, label?: RegExp, side: Block["side"] = "single"): TableAmount | null {
  const block = table.blocks.find((b) => b.side === side);
  if (!block) return null;
  const row = totalRow(block);
  const c = columnIndex(block, label);
  if (!row || c < 0) return null;
  const cell = row.amounts[c];
  return cell.kind === "number" ? { table, block, row, cell } : null;
}

/** The rows of a 项目支出总表 or 年度主要任务 block that are projects, keyed by normalised name. */
export function projectAmounts(table: BudgetTable): (TableAmount & { name: string })[] {
  const block = table.blocks[0];
  if (!block || (table.role !== "project" && table.role !== "tasks")) return [];
  const c = columnIndex(block);
  if (c < 0) return [];
  const hasChildren = new Set(block.rows.map((r) => r.parent).filter((p): p is number => p !== null));
  return block.rows
    .filter((r, i) => r.kind === "item" && !hasChildren.has(i) && (table.role === "tasks" || r.parent !== null || block.rows.every((x) => x.parent === null)))
    .filter((r) => r.amounts[c].kind === "number")
    .map((row) => ({ table, block, row, cell: row.amounts[c], name: normalizeName(row.label) }));
}

/** Where a finding on another table names this one: "表5 项目支出总表". */
export function tableName(table: BudgetTable): string {
  return [table.tableNo, table.title].filter(Boolean).join(" ") || table.sheet;
}
