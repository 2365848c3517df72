import { qualified } from "../../../address";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { parseAmount } from "../../../parse/amount";
import { normalizeName } from "../../../text/normalize";
import type { RecognisedForm, WorkbookCheck } from "../../form-module";
import type { FormCell } from "../../goal-table/types";
import { budgetTablesOf, columnIndex, projectAmounts, tableAmount, tableName, totalRow, type TableAmount } from "../accessors";
import type { BudgetTable } from "../schema";
import { FUND_WORDS, SANGONG_ITEMS, UNIT_FACTORS, YEAR_ROW } from "../vocabulary";
import { classesAgainstBalance } from "./function-classes";

/** One amount as the comparison sees it: where it is, what it is, in which unit and precision. */
export interface Quantity {
  sheet: string;
  address: string;
  value: number;
  /** To 元. */
  factor: number;
  decimals: number;
  label: string;
  /** How a finding on the other side names this one's table ("表3 支出总表"). */
  source: string;
}

export function quantityOf(a: TableAmount, label?: string): Quantity {
  return {
    sheet: a.table.sheet,
    address: a.cell.address,
    value: a.cell.value ?? 0,
    factor: a.table.unit.factor,
    decimals: a.cell.decimals,
    label: label ?? a.row.label.trim(),
    source: tableName(a.table),
  };
}

/**
 * Two tables showing the same quantity in the same unit and precision show the same number; in different units
 * (元 beside 万元) they may differ by the two half display units, after conversion.
 * mode "atMost": `a` is a part of `b` (basic-expenditure 三公 items within the 三公 table).
 */
export function compareQuantities(a: Quantity, b: Quantity, mode: "equal" | "atMost" | "atLeast" = "equal"): FindingDraft | null {
  const va = a.value * a.factor;
  const vb = b.value * b.factor;
  const same = a.factor === b.factor && a.decimals === b.decimals;
  const ha = 0.5 * 10 ** -a.decimals * a.factor;
  const hb = 0.5 * 10 ** -b.decimals * b.factor;
  const tolerance = same ? ha * 0.999 : ha + hb + 1e-9 * Math.max(1, Math.abs(va));
  const ok = mode === "equal" ? Math.abs(va - vb) <= tolerance : mode === "atMost" ? va <= vb + tolerance : va >= vb - tolerance;
  if (ok) return null;
  const extra = b.factor < a.factor ? Math.min(4, Math.round(Math.log10(a.factor / b.factor))) : 0;
  const at = {
    sheet: a.sheet,
    cell: a.address,
    related: [a.sheet === b.sheet ? b.address : qualified(b.sheet, b.address)],
    expected: roundHalfAway(vb / a.factor, a.decimals + extra),
    actual: a.value,
    params: { label: a.label, otherTable: b.source },
  };
  return mode === "equal" ? { code: "CROSS_TABLE_MISMATCH", ...at } : { code: "CROSS_TABLE_MISMATCH", context: mode, ...at };
}

const sameYear = (a: string | null, b: string | null) => a === null || b === null || a === b;

function firstOf(tables: BudgetTable[], role: BudgetTable["role"], fund?: BudgetTable["fund"]): BudgetTable | undefined {
  return tables.find((t) => t.role === role && (fund === undefined || t.fund === fund));
}

function push(out: FindingDraft[], f: FindingDraft | null) {
  if (f) out.push(f);
}

/**
 * Whether a fund's function-classification table should carry all of the department's expenditure:
 * the 收支总表 shows that fund as all of this year's income, with nothing carried over either way.
 */
function fundIsEverything(balance: BudgetTable, fund: BudgetTable["fund"]): boolean {
  const income = balance.blocks.find((b) => b.side === "income");
  const expense = balance.blocks.find((b) => b.side === "expense");
  const word = FUND_WORDS[fund];
  if (!income || !expense || !word) return false;
  const incomeTotal = totalRow(income)?.amounts[0];
  const line = income.rows.find((r) => word.test(r.name) && r.kind === "item");
  if (!incomeTotal || !line || incomeTotal.kind !== "number" || line.amounts[0]?.kind !== "number") return false;
  if (Math.abs((incomeTotal.value ?? 0) - (line.amounts[0].value ?? 0)) > 1e-9) return false;
  const carried = (block: typeof income) => {
    const sum = block.rows.findIndex((r) => r.kind === "sum");
    const grand = block.rows.findIndex((r) => r.kind === "grand");
    if (sum < 0 || grand < sum) return false;
    return block.rows.slice(sum + 1, grand).some((r) => (r.amounts[0]?.value ?? 0) !== 0);
  };
  return !carried(income) && !carried(expense);
}

/** 表1 支出 = 表3 总计 = 功能分类 total; 表3 基本支出 = 表4; 表3 项目支出 = 表5; 收入总表 = 表1 收入总计. */
function summaryTotals(tables: BudgetTable[], out: FindingDraft[]) {
  const balance = firstOf(tables, "balance", "all");
  const expense = firstOf(tables, "expense");
  const income = firstOf(tables, "income");
  const basic = firstOf(tables, "basic");
  const project = firstOf(tables, "project");
  const balanceExpense = balance ? tableAmount(balance, undefined, "expense") : null;
  const balanceIncome = balance ? ((): TableAmount | null => {
    const block = balance.blocks.find((b) => b.side === "income");
    const row = block?.rows.find((r) => r.kind === "grand") ?? (block ? totalRow(block) : null);
    return block && row && row.amounts[0]?.kind === "number" ? { table: balance, block, row, cell: row.amounts[0] } : null;
  })() : null;
  const expenseTotal = expense ? tableAmount(expense, /支出总计|^总计$|^合计$/) : null;
  if (balanceExpense && expenseTotal) push(out, compareQuantities(quantityOf(balanceExpense), quantityOf(expenseTotal, `${expenseTotal.row.label.trim()}（${expenseTotal.block.columns[columnIndex(expenseTotal.block, /支出总计|^总计$|^合计$/)].label}）`)));
  const overall = balanceExpense ?? expenseTotal;
  for (const fn of tables.filter((t) => t.role === "function")) {
    const total = tableAmount(fn, /支出总计|^总计$|^合计$/);
    if (!total || !overall || !sameYear(fn.year, overall.table.year)) continue;
    const label = `${total.row.label.trim()}（${total.block.columns[columnIndex(total.block, /支出总计|^总计$|^合计$/)].label}）`;
    const whole = fn.fund === "all" || (balance !== undefined && fundIsEverything(balance, fn.fund));
    push(out, compareQuantities(quantityOf(total, label), quantityOf(overall), whole ? "equal" : "atMost"));
  }
  if (expense) {
    const pairs: [RegExp, BudgetTable | undefined][] = [
      [/^基本支出$/, basic],
      [/^项目支出$/, project],
    ];
    for (const [column, detail] of pairs) {
      const a = tableAmount(expense, column);
      const b = detail ? tableAmount(detail) : null;
      if (a && b) push(out, compareQuantities(quantityOf(a, `${a.row.label.trim()}（${a.block.columns[columnIndex(a.block, column)].label}）`), quantityOf(b)));
    }
  }
  if (income && balanceIncome) {
    const a = tableAmount(income, /收入总计|^总计$|^合计$/);
    // A 收入总表 shows either all income (收入总计, with 上年结转) or this year's (本年收入合计, a 决算's 收入决算表).
    const block = balanceIncome.block;
    const sumRow = block.rows.find((r) => r.kind === "sum");
    const thisYear = sumRow && sumRow !== balanceIncome.row && sumRow.amounts[0]?.kind === "number" ? { table: balanceIncome.table, block, row: sumRow, cell: sumRow.amounts[0] } : null;
    if (a) {
      const label = `${a.row.label.trim()}（${a.block.columns[columnIndex(a.block, /收入总计|^总计$|^合计$/)].label}）`;
      const all = compareQuantities(quantityOf(a, label), quantityOf(balanceIncome));
      if (!all || !thisYear || compareQuantities(quantityOf(a, label), quantityOf(thisYear))) push(out, all);
    }
  }
}

/** 表11 年度主要任务: each task against 项目支出总表, 基本支出 against 表3, 金额合计 against 表3 总计. */
function tasksAgainstTables(tables: BudgetTable[], out: FindingDraft[]) {
  const expense = firstOf(tables, "expense");
  const basic = firstOf(tables, "basic");
  const projects = tables.filter((t) => t.role === "project").flatMap(projectAmounts);
  for (const tasks of tables.filter((t) => t.role === "tasks")) {
    const block = tasks.blocks[0];
    const c = columnIndex(block);
    if (c < 0) continue;
    for (const row of block.rows) {
      const cell = row.amounts[c];
      if (cell.kind !== "number") continue;
      const here = quantityOf({ table: tasks, block, row, cell });
      if (row.kind === "sum" || row.kind === "grand") {
        const total = expense ? tableAmount(expense, /支出总计|^总计$|^合计$/) : null;
        if (total && sameYear(tasks.year, expense!.year)) push(out, compareQuantities(here, quantityOf(total)));
        continue;
      }
      if (row.kind !== "item") continue;
      if (/^基本支出/.test(row.name)) {
        const b = expense ? tableAmount(expense, /^基本支出$/) : basic ? tableAmount(basic) : null;
        if (b && sameYear(tasks.year, b.table.year)) push(out, compareQuantities(here, quantityOf(b)));
        continue;
      }
      const p = projects.find((x) => x.name === normalizeName(row.label) && sameYear(tasks.year, x.table.year));
      if (p) push(out, compareQuantities(here, quantityOf(p)));
    }
  }
}

/** The 三公 items budgeted under 基本支出 cannot exceed the 三公 table's budget for the same year. */
function sangongAgainstBasic(tables: BudgetTable[], out: FindingDraft[]) {
  const sangong = firstOf(tables, "sangong");
  const basic = firstOf(tables, "basic");
  if (!sangong || !basic) return;
  const block = sangong.blocks[0];
  const years = block.rows.filter((r) => r.kind === "year").map((r) => ({ r, year: YEAR_ROW.exec(r.name)?.[1] ?? "" }));
  const current = years.find((y) => y.year === basic.year) ?? years.sort((a, b) => b.year.localeCompare(a.year))[0];
  if (!current) return;
  const bb = basic.blocks[0];
  const bc = columnIndex(bb);
  if (bc < 0) return;
  const parents = new Set(bb.rows.map((r) => r.parent));
  for (const item of SANGONG_ITEMS) {
    const c = block.columns.findIndex((col) => item.match.test(col.label) && !/及/.test(col.label));
    if (c < 0 || current.r.amounts[c].kind !== "number") continue;
    const rows = bb.rows.filter((r, i) => r.kind === "item" && !parents.has(i) && item.match.test(r.name) && r.amounts[bc].kind === "number");
    if (rows.length !== 1) continue;
    const inBasic = quantityOf({ table: basic, block: bb, row: rows[0], cell: rows[0].amounts[bc] });
    const inSangong = quantityOf({ table: sangong, block, row: current.r, cell: current.r.amounts[c] }, `${current.r.label.trim()}（${block.columns[c].label}）`);
    push(out, compareQuantities(inSangong, inBasic, "atLeast"));
  }
}

/** A project's 年初预算数 in its self-evaluation against the 项目支出总表 of the same year. */
function selfEvaluationsAgainstProjects(forms: RecognisedForm[], tables: BudgetTable[], out: FindingDraft[]) {
  const projects = tables.filter((t) => t.role === "project").flatMap(projectAmounts);
  if (projects.length === 0) return;
  for (const f of forms) {
    if (f.kind !== "self-evaluation" || !f.form.funds) continue;
    const form = f.form;
    const year = /(\d{4})/.exec(form.year ?? "")?.[1] ?? null;
    const p = projects.find((x) => x.name === normalizeName(form.projectName) && sameYear(year, x.table.year));
    const initial = form.funds!.rows.find((r) => r.kind === "total")?.initial;
    if (!p || !initial) continue;
    const a = parseAmount(initial.value);
    if (a.kind !== "number") continue;
    const unit = form.funds!.unit && UNIT_FACTORS[form.funds!.unit] ? form.funds!.unit : "元";
    const decimals = initial.decimals ?? (/\.(\d+)/.exec(initial.text)?.[1].length ?? 0);
    const here: Quantity = { sheet: form.sheet, address: initial.cell, value: a.value, factor: UNIT_FACTORS[unit], decimals, label: form.projectName, source: form.projectName };
    push(out, compareQuantities(here, quantityOf(p)));
  }
}

function goalQuantity(sheet: string, c: FormCell | null | undefined, unit: string, label: string, source: string): Quantity | null {
  if (!c) return null;
  const a = parseAmount(c.value);
  if (a.kind !== "number") return null;
  const decimals = c.decimals ?? (/\.(\d+)/.exec(c.text)?.[1].length ?? (typeof c.value === "number" ? (/\.(\d+)$/.exec(String(c.value))?.[1].length ?? 0) : 0));
  return { sheet, address: c.cell, value: a.value, factor: UNIT_FACTORS[unit] ?? 1, decimals, label, source };
}

/**
 * Goal tables: a project's 本年度项目金额 against 项目支出总表;
 * the department variant's 年度主要任务 against 项目支出总表, its 基本支出 and 金额合计 against 支出总表.
 */
function goalTablesAgainstBudget(forms: RecognisedForm[], tables: BudgetTable[], out: FindingDraft[]) {
  const projects = tables.filter((t) => t.role === "project").flatMap(projectAmounts);
  const expense = firstOf(tables, "expense");
  const basic = firstOf(tables, "basic");
  for (const f of forms) {
    if (f.kind !== "goal-table") continue;
    const form = f.form;
    const source = form.title || form.sheet;
    if (form.variant === "project" && form.projectName) {
      const name = normalizeName(form.projectName.value.text);
      const p = projects.find((x) => x.name === name);
      const q = goalQuantity(form.sheet, (form.funds.currentYear ?? form.funds.total)?.value, form.unit, form.projectName.value.text, source);
      if (p && q) push(out, compareQuantities(q, quantityOf(p)));
    }
    for (const task of form.tasks) {
      const q = goalQuantity(form.sheet, task.total, form.unit, task.name.text, source);
      if (!q) continue;
      const name = normalizeName(task.name.text);
      if (/^基本支出/.test(name)) {
        const b = expense ? tableAmount(expense, /^基本支出$/) : basic ? tableAmount(basic) : null;
        if (b) push(out, compareQuantities(q, quantityOf(b)));
        continue;
      }
      const p = projects.find((x) => x.name === name);
      if (p) push(out, compareQuantities(q, quantityOf(p)));
    }
    const total = form.taskTotal ? goalQuantity(form.sheet, form.taskTotal.total, form.unit, form.taskTotal.name.text, source) : null;
    const all = expense ? tableAmount(expense, /支出总计|^总计$|^合计$/) : null;
    if (total && all) push(out, compareQuantities(total, quantityOf(all)));
  }
}

/**
 * CROSS_TABLE_MISMATCH: the same amount wherever the workbook shows it. Each finding sits on the derived
 * table's cell and names the other table's cell in `related`.
 */
export const budgetCrossTable: WorkbookCheck = {
  name: "budget-cross-table",
  codes: ["CROSS_TABLE_MISMATCH"],
  run(forms) {
    const tables = budgetTablesOf(forms);
    const out: FindingDraft[] = [];
    if (tables.length > 0) {
      summaryTotals(tables, out);
      out.push(...classesAgainstBalance(tables, fundIsEverything, sameYear));
      tasksAgainstTables(tables, out);
      sangongAgainstBasic(tables, out);
      selfEvaluationsAgainstProjects(forms, tables, out);
      goalTablesAgainstBudget(forms, tables, out);
    }
    return out;
  },
};
