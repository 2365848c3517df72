import { qualified } from "../../../address";
import { compareSum, type Printed } from "../../../checks/rounding";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { normalizeName } from "../../../text/normalize";
import { columnIndex, tableName } from "../accessors";
import type { AmountCell, Block, BudgetRow, BudgetTable } from "../schema";
import { FUND_WORDS } from "../vocabulary";

/** Rows of a function-classification block that are classes (类): a three-digit code, or — without codes — a top-level "…支出" row. */
function classRows(block: Block): BudgetRow[] {
  if (block.hierarchy === "code") return block.rows.filter((r) => r.kind === "item" && r.code !== null && r.code.length === 3);
  return block.rows.filter((r) => r.kind === "item" && r.parent === null && /支出$/.test(r.name));
}

/** The expenditure lines of a 收支总表 by function class: its top-level "…支出" rows. */
function classLines(block: Block): Map<string, BudgetRow> {
  const lines = new Map<string, BudgetRow>();
  for (const r of block.rows) if (r.kind === "item" && r.parent === null && /支出$/.test(r.name)) lines.set(normalizeName(r.name), r);
  return lines;
}

/**
 * Which column of the 收支总表 the function table's classes make up, and whether wholly or in part: the same fund, the
 * 收支总表's own column for that fund (财政拨款收支总表: 一般公共预算 | 政府性基金 …), or a fund that is all of its income.
 */
function comparedColumn(balance: BudgetTable, expense: Block, fn: BudgetTable, fundIsEverything: FundIsEverything): { column: number; mode: "equal" | "atMost" } {
  if (fn.fund === balance.fund) return { column: 0, mode: "equal" };
  const word = FUND_WORDS[fn.fund];
  const c = word ? expense.columns.findIndex((col, i) => i > 0 && word.test(col.path.join(""))) : -1;
  if (c > 0) return { column: c, mode: "equal" };
  return { column: 0, mode: fundIsEverything(balance, fn.fund) ? "equal" : "atMost" };
}

type FundIsEverything = (balance: BudgetTable, fund: BudgetTable["fund"]) => boolean;

/** A printed amount in 元, its precision moved with it (万元 with 0 decimals is 元 to −4 decimals). */
const inYuan = (value: number, decimals: number, factor: number): Printed => ({ value: value * factor, decimals: decimals - Math.round(Math.log10(factor)) });
const halfUnit = (decimals: number) => 0.5 * 10 ** -decimals;

/**
 * CROSS_TABLE_MISMATCH: the 收支总表's expenditure by function class (一般公共服务支出, 教育支出 …) against the class rows
 * (类) of each function-classification table of the same year; a class printed on several rows (one per unit) is their sum.
 * Rounding follows the one envelope rule (checks/rounding.ts) on amounts brought to 元: several rows may miss by their
 * half units and the total's; one row against one line must agree as shown, within both half units when their unit or
 * precision differs. Where the function table covers one fund of several, its classes may not exceed the 收支总表's.
 * The finding sits on the function table's class row and names the 收支总表's line.
 */
export function classesAgainstBalance(tables: BudgetTable[], fundIsEverything: FundIsEverything, sameYear: (a: string | null, b: string | null) => boolean): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const balance of tables.filter((t) => t.role === "balance")) {
    const expense = balance.blocks.find((b) => b.side === "expense");
    const lines = expense ? classLines(expense) : new Map<string, BudgetRow>();
    if (!expense || lines.size === 0) continue;
    for (const fn of tables.filter((t) => t.role === "function" && sameYear(t.year, balance.year))) {
      // A function table of more funds than the 收支总表 covers is not a part of it.
      if (fn.fund !== balance.fund && (fn.fund === "all" || (balance.fund !== "all" && balance.fund !== "government"))) continue;
      const block = fn.blocks[0];
      const c = block ? columnIndex(block) : -1;
      if (!block || c < 0) continue;
      const { column, mode } = comparedColumn(balance, expense, fn, fundIsEverything);
      const groups = new Map<string, AmountCell[]>();
      for (const r of classRows(block)) {
        const name = normalizeName(r.name);
        if (lines.has(name) && r.amounts[c].kind === "number") groups.set(name, [...(groups.get(name) ?? []), r.amounts[c]]);
      }
      for (const [name, parts] of groups) {
        const line = lines.get(name)!;
        const total = line.amounts[column];
        if (!total || total.kind !== "number" || total.value === null) continue;
        const t = inYuan(total.value, total.decimals, balance.unit.factor);
        const ps = parts.map((p) => inYuan(p.value ?? 0, p.decimals, fn.unit.factor));
        let diff: number;
        let envelope: number;
        if (ps.length === 1) {
          const same = balance.unit.factor === fn.unit.factor && parts[0].decimals === total.decimals;
          diff = ps[0].value - t.value;
          envelope = same ? 0 : halfUnit(t.decimals) + halfUnit(ps[0].decimals);
        } else {
          const cmp = compareSum(t, ps);
          diff = cmp.sum - t.value;
          envelope = cmp.envelope;
        }
        const eps = 1e-9 * Math.max(1, Math.abs(t.value));
        if (mode === "equal" ? Math.abs(diff) <= envelope + eps : diff <= envelope + eps) continue;
        const f = fn.unit.factor;
        const decimals = Math.max(...parts.map((p) => p.decimals));
        const extra = balance.unit.factor < f ? Math.min(4, Math.round(Math.log10(f / balance.unit.factor))) : 0;
        out.push({
          code: "CROSS_TABLE_MISMATCH",
          ...(mode !== "equal" ? { context: "atMost" } : {}),
          sheet: fn.sheet,
          cell: parts[0].address,
          related: [...parts.slice(1).map((p) => p.address), fn.sheet === balance.sheet ? total.address : qualified(balance.sheet, total.address)],
          expected: roundHalfAway(t.value / f, Math.max(total.decimals, decimals) + extra),
          actual: roundHalfAway(parts.reduce((s, p) => s + (p.value ?? 0), 0), decimals),
          params: { label: line.name, otherTable: tableName(balance) },
        });
      }
    }
  }
  return out;
}
