import type ExcelJS from "exceljs";
import { put } from "./cells";

/**
 * Lays out a 部门整体支出绩效评分表 the way the Shenzhen template prints it (seed 004): a two-row header
 * (评价指标 over 一级/二级/三级/分值, then 指标说明, 评分标准, 分数), 一级 and 二级 merged over their rows,
 * 综合评分 and 评分等级 closing the table; and a 基础数据 sheet (数据项 | 数值) with notes below it.
 * Used by the example, the tests and the bench, so all exercise the same layout. Values are typed in as data.
 */
export interface DeptEvalItemRow {
  primary: string; // "部门决策\n(20分)"
  secondary: string;
  name: string;
  weight: number | string;
  description: string;
  criteria: string;
  /** null: left empty. */
  score: number | string | null;
}

export interface DeptEvalData {
  unit: string;
  year: string;
  items: DeptEvalItemRow[];
  total: number | string | null;
  grade: string | null;
  preparer: string;
  /** 数据项 | 数值 | 说明 rows of the 基础数据 sheet; a value may carry its number format. */
  data: { label: string; value: number | string | null; numFmt?: string; source?: string }[];
  /** Text notes under the data block (what the report states in prose). */
  notes: string[];
}


/** The 评分表 on `ws`, columns A–G, from row 1. Returns the 1-based rows of the items, 综合评分 and 评分等级. */
export function layoutDepartmentEvaluation(ws: ExcelJS.Worksheet, d: DeptEvalData): { itemRows: number[]; totalRow: number; gradeRow: number } {
  ws.mergeCells(1, 1, 1, 7);
  const title = put(ws, 1, 1, "部门整体支出绩效评分表");
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: "center" };
  put(ws, 2, 1, "部门（单位）名称");
  ws.mergeCells(2, 2, 2, 5);
  put(ws, 2, 2, d.unit);
  put(ws, 2, 6, "预算年度");
  put(ws, 2, 7, d.year);

  ws.mergeCells(3, 1, 3, 4);
  put(ws, 3, 1, "评价指标");
  ws.mergeCells(3, 5, 4, 5);
  put(ws, 3, 5, "指标说明");
  ws.mergeCells(3, 6, 4, 6);
  put(ws, 3, 6, "评分标准");
  ws.mergeCells(3, 7, 4, 7);
  put(ws, 3, 7, "分数");
  ["一级指标", "二级指标", "三级指标", "分值"].forEach((h, i) => put(ws, 4, 1 + i, h));

  const first = 5;
  let r = first;
  const itemRows: number[] = [];
  for (const it of d.items) {
    put(ws, r, 1, it.primary);
    put(ws, r, 2, it.secondary);
    put(ws, r, 3, it.name);
    put(ws, r, 4, it.weight);
    put(ws, r, 5, it.description);
    put(ws, r, 6, it.criteria);
    put(ws, r, 7, it.score);
    itemRows.push(r);
    r++;
  }
  // 一级 and 二级 merge over consecutive rows with the same text, as the printed template does.
  const mergeRuns = (col: number, key: (x: DeptEvalItemRow) => string) => {
    let start = 0;
    for (let i = 1; i <= d.items.length; i++) {
      if (i === d.items.length || key(d.items[i]) !== key(d.items[start])) {
        if (i - 1 > start) ws.mergeCells(first + start, col, first + i - 1, col);
        start = i;
      }
    }
  };
  mergeRuns(1, (x) => x.primary);
  mergeRuns(2, (x) => `${x.primary}\u0000${x.secondary}`);

  const totalRow = r;
  ws.mergeCells(r, 1, r, 6);
  put(ws, r, 1, "综合评分");
  put(ws, r, 7, d.total);
  r++;
  const gradeRow = r;
  ws.mergeCells(r, 1, r, 6);
  put(ws, r, 1, "评分等级");
  put(ws, r, 7, d.grade);
  r++;
  ws.mergeCells(r, 1, r, 6);
  put(ws, r, 1, "填表人");
  put(ws, r, 7, d.preparer);

  [10, 12, 16, 6, 40, 60, 8].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return { itemRows, totalRow, gradeRow };
}

/** The 基础数据 sheet: title, 数据项 | 数值 | 说明 header, one row per figure, then the notes. Returns data rows (1-based) by label. */
export function layoutDataSheet(ws: ExcelJS.Worksheet, d: DeptEvalData): Map<string, number> {
  ws.mergeCells(1, 1, 1, 3);
  put(ws, 1, 1, "基础数据").font = { bold: true };
  ["数据项", "数值", "说明"].forEach((h, i) => put(ws, 2, 1 + i, h));
  const rows = new Map<string, number>();
  let r = 3;
  for (const x of d.data) {
    put(ws, r, 1, x.label);
    put(ws, r, 2, x.value, x.numFmt ?? "#,##0.00");
    put(ws, r, 3, x.source ?? null);
    rows.set(x.label, r);
    r++;
  }
  r += 2;
  if (d.notes.length) {
    put(ws, r, 1, "说明").font = { bold: true };
    r++;
    for (const n of d.notes) {
      ws.mergeCells(r, 1, r, 3);
      put(ws, r, 1, n);
      ws.getRow(r).height = 48;
      r++;
    }
  }
  [34, 16, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return rows;
}
