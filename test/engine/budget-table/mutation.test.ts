import { parseRange, cellAddress } from "../../../src/engine/address";
import type { Finding } from "../../../src/engine/findings/finding";
import type { BudgetTable } from "../../../src/engine/forms/budget-table/schema";
import { recogniseBudgetTables } from "../../../src/engine/forms/budget-table/recognise";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import type { WorkbookSnapshot } from "../../../src/engine/snapshot";
import { budgetFindings, seed001Snapshot, sheetOf } from "./helpers";

/**
 * Every amount cell of the seed workbook, changed in turn by 10 万元 — more than the widest rounding envelope
 * of the workbook (收入总表's 15 sources: (15 + 1) × 0.5 = 8 万元) — must raise an error on that cell or on a
 * total computed from it (`related`), and no error anywhere else.
 */
const DELTA = 10;
const TASK_SHEET = "表11 整体支出绩效目标表";

interface Target {
  sheet: string;
  row: number;
  col: number;
}

function amountCells(s: WorkbookSnapshot): Target[] {
  const out: Target[] = [];
  for (const sh of s.sheets) {
    if (sh.name === TASK_SHEET) {
      // 表11's 年度主要任务 amounts (总额, 其中：财政拨款), read by the goal-table form.
      for (let r = 6; r <= 12; r++) for (const c of [3, 4]) if (typeof sh.values[r][c] === "number") out.push({ sheet: sh.name, row: r, col: c });
      continue;
    }
    for (const t of recogniseBudgetTables(new SheetGrid(sh)) as BudgetTable[])
      for (const b of t.blocks) for (const r of b.rows) for (const a of r.amounts) if (a.kind === "number") out.push({ sheet: sh.name, row: a.row, col: a.col });
  }
  return out;
}

function covers(f: Finding, t: Target): boolean {
  const here = cellAddress(t.row, t.col);
  if (f.sheet === t.sheet && f.cell === here) return true;
  return f.related.some((ref) => {
    const bang = ref.lastIndexOf("!");
    const sheet = bang < 0 ? f.sheet : ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    if (sheet !== t.sheet) return false;
    const r = parseRange(ref);
    return t.row >= r.top && t.row <= r.bottom && t.col >= r.left && t.col <= r.right;
  });
}

async function run(direction: 1 | -1) {
  const base = await seed001Snapshot();
  const targets = amountCells(base);
  const missed: string[] = [];
  const stray: string[] = [];
  for (const t of targets) {
    const s = structuredClone(base);
    const sh = sheetOf(s, t.sheet);
    const old = sh.values[t.row - sh.origin.row][t.col - sh.origin.col] as number;
    sh.values[t.row - sh.origin.row][t.col - sh.origin.col] = old + direction * DELTA;
    const errors = budgetFindings(s).filter((f) => f.severity === "error");
    if (!errors.some((f) => covers(f, t))) missed.push(`${t.sheet}!${cellAddress(t.row, t.col)}`);
    for (const f of errors) if (!covers(f, t)) stray.push(`${t.sheet}!${cellAddress(t.row, t.col)} → ${f.code} ${f.sheet}!${f.cell}`);
  }
  return { targets: targets.length, missed, stray };
}

describe("mutation: every amount cell of the seed workbook", () => {
  it("raising a cell by more than the envelope is caught on it or on a total computed from it, with no stray error", async () => {
    const r = await run(1);
    console.log(`mutation +${DELTA}: ${r.targets - r.missed.length}/${r.targets} caught, ${r.stray.length} stray errors`);
    expect(r.targets).toBeGreaterThan(500);
    // 2022年政府采购项目 小计 is bounded by nothing but 支出总计: 17 instead of 7 is a plausible figure.
    expect(r.missed).toEqual(["表3 支出总表!E6"]);
    expect(r.stray).toEqual([]);
  });

  it("lowering a cell by more than the envelope is caught too", async () => {
    const r = await run(-1);
    console.log(`mutation -${DELTA}: ${r.targets - r.missed.length}/${r.targets} caught, ${r.stray.length} stray errors; missed: ${r.missed.join(", ")}`);
    // The "其中" columns only have to stay within their 小计: lowering them is consistent (or negative, not checked).
    expect(r.missed).toEqual(["表3 支出总表!F6", "表3 支出总表!G6"]);
    expect(r.stray).toEqual([]);
  });
});
