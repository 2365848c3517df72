import ExcelJS from "exceljs";
import type { Lang } from "../../engine/i18n";
import type { SummaryModel } from "../../engine/summary/model";
import { saveWorkbook } from "./workbook-io";

/**
 * The roll-up's summary workbook (validate --summary), from the SummaryModel: 汇总 (a row per form, with a link to
 * its checked copy), 问题统计 (finding counts per rule, and per unit and rule), 无法读取 (the files that could not be
 * checked, with their reasons). Browser-safe (no fs).
 */

export const SUMMARY_SHEETS = {
  zh: { forms: "汇总", counts: "问题统计", unreadable: "无法读取" },
  en: { forms: "Forms", counts: "Findings", unreadable: "Unreadable" },
} as const;

const WORDS = {
  zh: {
    forms: ["文件", "单位", "项目 / 表名", "类型", "工作表", "区域", "计算得分", "填写得分", "等级", "错误", "警告", "提示", "校验副本"],
    kinds: { "self-evaluation": "项目支出绩效自评表", "goal-table": "项目绩效目标表", "budget-table": "部门预算表", "department-evaluation": "部门整体支出绩效评分表" },
    byRule: ["问题代码", "说明", "严重程度", "条数", "文件数"],
    byUnit: "单位",
    unitForms: "表数",
    total: "合计",
    severity: { error: "错误", warning: "警告", info: "提示" },
    unreadable: ["文件", "原因代码", "原因"],
    open: "打开",
    none: "没有无法读取的文件",
  },
  en: {
    forms: ["File", "Unit", "Project / title", "Kind", "Sheet", "Range", "Computed score", "Entered score", "Grade", "Errors", "Warnings", "Info", "Checked copy"],
    kinds: { "self-evaluation": "Project self-evaluation", "goal-table": "Project goal table", "budget-table": "Department budget table", "department-evaluation": "Department evaluation" },
    byRule: ["Code", "Title", "Severity", "Findings", "Files"],
    byUnit: "Unit",
    unitForms: "Forms",
    total: "Total",
    severity: { error: "error", warning: "warning", info: "info" },
    unreadable: ["File", "Reason", "Message"],
    open: "open",
    none: "Every file could be read",
  },
} as const;

const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true, name: "Calibri", size: 11 },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
  alignment: { vertical: "middle", wrapText: true },
};

function header(ws: ExcelJS.Worksheet, row: number, values: readonly string[]): void {
  values.forEach((v, i) => {
    const c = ws.getCell(row, i + 1);
    c.value = v;
    c.style = HEADER;
  });
}

export async function writeSummaryWorkbook(model: SummaryModel, lang: Lang): Promise<Uint8Array> {
  const w = WORDS[lang];
  const names = SUMMARY_SHEETS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-check";

  const forms = wb.addWorksheet(names.forms, { views: [{ state: "frozen", ySplit: 1 }] });
  [28, 24, 30, 20, 16, 10, 10, 10, 6, 7, 7, 7, 30].forEach((width, i) => (forms.getColumn(i + 1).width = width));
  header(forms, 1, w.forms);
  model.rows.forEach((r, i) => {
    const row = forms.getRow(i + 2);
    // Text cells are written as text: a file or project name starting with "=" stays a name.
    row.values = [r.file, r.unit, r.project, w.kinds[r.kind], r.sheet, r.range, r.computed, r.entered, r.grade, r.errors, r.warnings, r.info];
    for (const col of [7, 8]) row.getCell(col).numFmt = "0.00";
    if (r.checkedCopy) {
      const link = row.getCell(13);
      link.value = { text: r.checkedCopy, hyperlink: encodeURI(r.checkedCopy) };
      link.font = { color: { argb: "FF0563C1" }, underline: true };
    }
    if (r.errors > 0) row.getCell(10).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  });
  if (model.rows.length) forms.autoFilter = { from: { row: 1, column: 1 }, to: { row: model.rows.length + 1, column: 13 } };

  // Per rule, then the matrix of units × rules.
  const counts = wb.addWorksheet(names.counts);
  [22, 26, 10, 8, 8].forEach((width, i) => (counts.getColumn(i + 1).width = width));
  header(counts, 1, w.byRule);
  model.byRule.forEach((r, i) => {
    counts.getRow(i + 2).values = [r.code, r.title, w.severity[r.severity as keyof typeof w.severity], r.count, r.files];
  });
  const top = model.byRule.length + 3;
  const codes = model.byRule.map((r) => r.code);
  header(counts, top, [w.byUnit, w.unitForms, w.severity.error, w.severity.warning, w.severity.info, ...codes]);
  model.byUnit.forEach((u, i) => {
    counts.getRow(top + 1 + i).values = [u.unit, u.forms, u.errors, u.warnings, u.info, ...codes.map((c) => u.codes[c] ?? 0)];
  });
  const totalRow = counts.getRow(top + 1 + model.byUnit.length);
  totalRow.values = [
    w.total,
    model.byUnit.reduce((s, u) => s + u.forms, 0),
    model.byUnit.reduce((s, u) => s + u.errors, 0),
    model.byUnit.reduce((s, u) => s + u.warnings, 0),
    model.byUnit.reduce((s, u) => s + u.info, 0),
    ...model.byRule.map((r) => r.count),
  ];
  totalRow.font = { bold: true };

  const bad = wb.addWorksheet(names.unreadable);
  [36, 16, 90].forEach((width, i) => (bad.getColumn(i + 1).width = width));
  header(bad, 1, w.unreadable);
  if (model.unreadable.length === 0) bad.getCell(2, 1).value = w.none;
  model.unreadable.forEach((u, i) => (bad.getRow(i + 2).values = [u.file, u.reason, u.message]));
  return saveWorkbook(wb);
}
