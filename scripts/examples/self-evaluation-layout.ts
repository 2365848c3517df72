import type ExcelJS from "exceljs";
import { put } from "./cells";

/**
 * Lays out a 项目支出绩效自评表 the way the Shenzhen template prints it (seed 002): a funds block, the goals,
 * the indicator table with 一级/二级 merged over their rows, and a 总分 row. Used by the examples, the tests
 * and the bench, so all three exercise the same layout. Values are what the form shows, typed in as data.
 */
export interface SelfEvalIndicatorRow {
  primary: string; // "产出指标（50分）"
  secondary: string; // "数量指标"
  name: string;
  target: string | number;
  actual: string | number;
  /** "-" for rows that are not indicators (不适用). */
  weight: number | string;
  /** null: left empty; 0 prints as "-" through the accounting format. */
  score: number | string | null;
  reason?: string;
}

export interface SelfEvalFundsRow {
  label: string;
  initial: number | string;
  adjusted: number | string;
  executed: number | string;
  weight: number | string;
  rate: number | string;
  score: number | string | null;
}

export interface SelfEvalData {
  project: string;
  year: string;
  department: string;
  implementer: string;
  fundsUnit: string; // "元"
  funds: SelfEvalFundsRow[];
  expected: string;
  achieved: string;
  indicators: SelfEvalIndicatorRow[];
  total: { weight: number | string | null; score: number | string | null };
  grade?: string;
}

const AMOUNT = '#,##0.00;-#,##0.00;"-"';
const SCORE = '0.00;-0.00;"-"';
const RATE = "0.00%";

/** Writes one form starting at 1-based row `top`; returns the first row after it. Columns A–I. */
export function layoutSelfEvaluation(ws: ExcelJS.Worksheet, top: number, d: SelfEvalData): number {
  let r = top;
  ws.mergeCells(r, 1, r, 9);
  const title = put(ws, r, 1, "项目支出绩效自评表");
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };
  r++;
  put(ws, r, 1, "项目名称");
  ws.mergeCells(r, 2, r, 5);
  put(ws, r, 2, d.project);
  put(ws, r, 6, "实施年度");
  ws.mergeCells(r, 7, r, 9);
  put(ws, r, 7, d.year);
  r++;
  put(ws, r, 1, "主管部门");
  ws.mergeCells(r, 2, r, 5);
  put(ws, r, 2, d.department);
  put(ws, r, 6, "实施单位");
  ws.mergeCells(r, 7, r, 9);
  put(ws, r, 7, d.implementer);
  r++;

  const fundsTop = r;
  ws.mergeCells(fundsTop, 1, fundsTop + d.funds.length, 1);
  put(ws, fundsTop, 1, `项目资金\n（${d.fundsUnit}）`);
  ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((h, i) => put(ws, r, 2 + i, h || null));
  r++;
  for (const f of d.funds) {
    put(ws, r, 2, f.label);
    put(ws, r, 3, f.initial, AMOUNT);
    put(ws, r, 4, f.adjusted, AMOUNT);
    put(ws, r, 5, f.executed, AMOUNT);
    put(ws, r, 6, f.weight, "0");
    put(ws, r, 7, f.rate, RATE);
    put(ws, r, 8, f.score, SCORE);
    r++;
  }

  ws.mergeCells(r, 1, r + 1, 1);
  put(ws, r, 1, "年度总体目标");
  ws.mergeCells(r, 2, r, 5);
  put(ws, r, 2, "预期目标");
  ws.mergeCells(r, 6, r, 9);
  put(ws, r, 6, "*实际完成情况");
  r++;
  ws.mergeCells(r, 2, r, 5);
  put(ws, r, 2, d.expected);
  ws.mergeCells(r, 6, r, 9);
  put(ws, r, 6, d.achieved);
  r++;

  const headerRow = r;
  ["一级指标", "二级指标", "三级指标", "年度指标值", "*实际完成值", "*分值", "*得分", "偏差原因分析及改进措施"].forEach((h, i) =>
    put(ws, r, 2 + i, h),
  );
  r++;
  const first = r;
  // 一级 and 二级 cells merge over consecutive rows with the same text, as the printed template does.
  const mergeRuns = (col: number, key: (x: SelfEvalIndicatorRow) => string) => {
    let start = 0;
    for (let i = 1; i <= d.indicators.length; i++) {
      if (i === d.indicators.length || key(d.indicators[i]) !== key(d.indicators[start])) {
        if (i - 1 > start) ws.mergeCells(first + start, col, first + i - 1, col);
        start = i;
      }
    }
  };
  for (const ind of d.indicators) {
    put(ws, r, 2, ind.primary);
    put(ws, r, 3, ind.secondary);
    put(ws, r, 4, ind.name);
    put(ws, r, 5, ind.target);
    put(ws, r, 6, ind.actual);
    put(ws, r, 7, ind.weight, SCORE);
    put(ws, r, 8, ind.score, SCORE);
    put(ws, r, 9, ind.reason ?? null);
    r++;
  }
  mergeRuns(2, (x) => x.primary);
  mergeRuns(3, (x) => `${x.primary}\u0000${x.secondary}`);
  ws.mergeCells(headerRow, 1, r - 1, 1);
  put(ws, headerRow, 1, "年度绩效指标");

  ws.mergeCells(r, 1, r, 6);
  put(ws, r, 1, "总分");
  put(ws, r, 7, d.total.weight, SCORE);
  put(ws, r, 8, d.total.score, SCORE);
  put(ws, r, 9, "—");
  r++;
  if (d.grade !== undefined) {
    ws.mergeCells(r, 1, r, 6);
    put(ws, r, 1, "评价等级");
    ws.mergeCells(r, 7, r, 8);
    put(ws, r, 7, d.grade);
    r++;
  }
  return r + 1;
}

export function setSelfEvaluationColumns(ws: ExcelJS.Worksheet): void {
  const widths = [12, 14, 14, 26, 16, 18, 10, 10, 30];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
