import type ExcelJS from "exceljs";
import { put } from "./cells";

/**
 * Lays out a 项目绩效目标表 the way the Shenzhen 2019 template prints it (seeds 000 and 003): five columns,
 * a project block of labels and values (A label, B:C value, D label, E value), the indicator table below
 * (目标内容 | 二级指标 | 绩效指标 | 指标目标值 | 目标值来源) with 目标内容 and 二级 merged over their rows.
 * Used by the examples and the goal-table tests, so both exercise the same layout. Values are typed data.
 */
export interface GoalIndicatorRow {
  /** 目标内容 (产出目标 / 效果目标), merged over consecutive equal rows. */
  primary: string;
  /** 二级指标, "" where the form prints none (seed 000's output rows). */
  secondary: string;
  name: string;
  target: string | number;
  source: string;
}

export interface GoalTableData {
  year: string;
  implementer: string;
  supervisor: string;
  project: string;
  projectType: string;
  fundsUse: string;
  start: string;
  end: string;
  total: number;
  currentYear: number;
  fiscal: number;
  other: number;
  /** Number format the amounts are printed with ("0.00" prints 3353550.00). */
  amountFormat: string;
  assetAmount: number;
  assetFormat: string;
  procurementItems: string;
  overview: string;
  purpose: string;
  midTermGoal: string;
  annualGoal: string;
  /** Headers of the indicator table's columns A–E; "" where the printed form shows none. */
  headers: [string, string, string, string, string];
  indicators: GoalIndicatorRow[];
}


function wide(ws: ExcelJS.Worksheet, row: number, label: string, value: ExcelJS.CellValue): void {
  put(ws, row, 1, label);
  ws.mergeCells(row, 2, row, 5);
  put(ws, row, 2, value);
}

function pair(ws: ExcelJS.Worksheet, row: number, a: string, av: ExcelJS.CellValue, b: string, bv: ExcelJS.CellValue, fmt?: string): void {
  put(ws, row, 1, a);
  ws.mergeCells(row, 2, row, 3);
  put(ws, row, 2, av, fmt);
  put(ws, row, 4, b);
  put(ws, row, 5, bv, fmt);
}

/** Writes one form from 1-based row `top`; returns the first row after it. */
export function layoutGoalTable(ws: ExcelJS.Worksheet, top: number, d: GoalTableData): number {
  let r = top;
  ws.mergeCells(r, 1, r, 5);
  const title = put(ws, r, 1, "项目绩效目标表");
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };
  r++;
  ws.mergeCells(r, 1, r, 5);
  put(ws, r, 1, d.year).alignment = { horizontal: "center" };
  r++;
  ws.mergeCells(r, 1, r, 5);
  put(ws, r, 1, `实施单位：${d.implementer}\u3000\u3000主管单位：${d.supervisor}`);
  r++;
  wide(ws, r++, "项目名称", d.project);
  wide(ws, r++, "项目类型", d.projectType);
  wide(ws, r++, "资金用途", d.fundsUse);
  pair(ws, r++, "计划开始日期", d.start, "计划完成日期", d.end);
  pair(ws, r++, "项目总金额", d.total, "本年度项目金额", d.currentYear, d.amountFormat);
  pair(ws, r++, "财政拨款资金", d.fiscal, "其他资金", d.other, d.amountFormat);
  put(ws, r, 1, "资产采购计划");
  put(ws, r, 2, "固定资产采购金额");
  put(ws, r, 3, d.assetAmount, d.assetFormat);
  put(ws, r, 4, "采购品目");
  put(ws, r, 5, d.procurementItems || null);
  r++;
  wide(ws, r++, "项目概况", d.overview);
  wide(ws, r++, "项目用途", d.purpose);
  wide(ws, r++, "项目总(中期)目标", d.midTermGoal);
  wide(ws, r++, "年度绩效目标", d.annualGoal);

  d.headers.forEach((h, i) => put(ws, r, 1 + i, h || null).font = { bold: true });
  r++;
  const first = r;
  for (const ind of d.indicators) {
    put(ws, r, 1, ind.primary);
    put(ws, r, 2, ind.secondary || null);
    put(ws, r, 3, ind.name);
    put(ws, r, 4, ind.target);
    put(ws, r, 5, ind.source || null);
    r++;
  }
  // 目标内容 and 二级 merge over consecutive rows with the same text, as the printed template does.
  const mergeRuns = (col: number, key: (x: GoalIndicatorRow) => string, skipBlank: boolean) => {
    let start = 0;
    for (let i = 1; i <= d.indicators.length; i++) {
      if (i === d.indicators.length || key(d.indicators[i]) !== key(d.indicators[start])) {
        const blank = skipBlank && d.indicators[start].secondary === "";
        if (i - 1 > start && !blank) ws.mergeCells(first + start, col, first + i - 1, col);
        start = i;
      }
    }
  };
  mergeRuns(1, (x) => x.primary, false);
  mergeRuns(2, (x) => `${x.primary}\u0000${x.secondary}`, true);
  return r;
}

export function setGoalTableColumns(ws: ExcelJS.Worksheet): void {
  ws.columns = [{ width: 14 }, { width: 16 }, { width: 44 }, { width: 22 }, { width: 48 }];
}
