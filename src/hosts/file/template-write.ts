import ExcelJS from "exceljs";
import { parseRange } from "../../engine/address";
import { dependentListFormula, listReference, type CellStyle, type TemplateLayout, type TemplateLists, type TemplateSheet } from "../../engine/template/layout";
import { saveWorkbook } from "./workbook-io";

/**
 * The file host's side of a template: TemplateLayout (pure data from src/engine/template) → .xlsx bytes. Writes the
 * cells, merges, validation lists, formulas and styles as described, protects each sheet without a password (input
 * cells unlocked), and adds the very hidden sheets (embedded profile, template record, the named 二级 lists per 一级
 * with their defined names). Browser-safe (no fs).
 */

const FONT = { name: "Calibri", size: 11 };
const thin: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** The colours of a template: inputs pale yellow (as Excel's own "Input" style), headers blue-grey, formulas grey. */
export const TEMPLATE_FILLS: Record<CellStyle, string | null> = {
  title: null,
  label: "FFF2F2F2",
  header: "FFD9E1F2",
  input: "FFFFF2CC",
  formula: "FFEDEDED",
  fixed: null,
  note: null,
};

function styleOf(style: CellStyle, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const fill = TEMPLATE_FILLS[style];
  const out: Partial<ExcelJS.Style> = {
    font: { ...FONT, ...(style === "title" ? { bold: true, size: 16 } : style === "header" || style === "label" ? { bold: true } : style === "formula" ? { italic: true } : {}) },
    alignment: {
      wrapText: true,
      vertical: style === "note" ? "top" : "middle",
      horizontal: style === "title" || style === "header" ? "center" : style === "label" ? "center" : undefined,
    },
    protection: { locked: style !== "input" },
    ...(style === "title" || style === "note" ? {} : { border: thin }),
    ...(fill ? { fill: solid(fill) } : {}),
  };
  if (numFmt) out.numFmt = numFmt;
  return out;
}

function writeSheet(wb: ExcelJS.Workbook, t: TemplateSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.name, { views: [{ state: "normal", showGridLines: false }], pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 } });
  t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, h] of Object.entries(t.heights)) ws.getRow(Number(row) + 1).height = h;
  for (const m of t.merges) {
    const r = parseRange(m);
    ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
  }
  for (const c of t.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else if (c.value !== null) cell.value = c.value;
    cell.style = styleOf(c.style, c.numFmt);
  }
  for (const v of t.validations) {
    const r = parseRange(v.range);
    // A dependent list: INDIRECT of the row's parent cell (written relative to the range's first cell, as Excel reads it).
    const list = v.parentColumn !== undefined ? dependentListFormula(v.parentColumn, r.top) : `"${v.items.join(",")}"`;
    const dv: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorStyle: v.strict ? "stop" : "warning",
      errorTitle: v.prompt?.title ?? "",
      error: v.strict ? "请从列表中选择 / choose a value from the list" : "不在列表中的值，确定使用吗？/ not in the list — keep it?",
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
    };
    // One validation over the whole range (ExcelJS's typings leave out its worksheet.dataValidations).
    if (v.parentColumn !== undefined) (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, dv);
    else for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) ws.getCell(row + 1, col + 1).dataValidation = dv;
  }
  return ws;
}

export async function writeTemplate(layout: TemplateLayout): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-check";
  wb.title = layout.meta.templateId;
  wb.subject = `${layout.meta.templateId} v${layout.meta.version}`;
  for (const t of layout.sheets) {
    const ws = writeSheet(wb, t);
    // No password: the structure is kept from accidents, not from a person who means to change it.
    if (t.protect) {
      await ws.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatCells: false,
        formatColumns: true,
        formatRows: true,
        insertRows: false,
        insertColumns: false,
        deleteRows: false,
        deleteColumns: false,
        sort: false,
        autoFilter: false,
      });
    }
  }
  for (const h of layout.hidden) {
    const ws = wb.addWorksheet(h.sheetName, { state: "veryHidden" });
    h.cells.forEach((text, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = text;
      cell.numFmt = "@";
    });
  }
  if (layout.lists) writeLists(wb, layout.lists);
  return saveWorkbook(wb);
}

/** The named lists: a very hidden sheet, one column per list (its name in row 1), and a defined name for each. */
function writeLists(wb: ExcelJS.Workbook, lists: TemplateLists): void {
  const ws = wb.addWorksheet(lists.sheetName, { state: "veryHidden" });
  lists.lists.forEach((list, i) => {
    [list.name, ...list.items].forEach((text, j) => {
      const cell = ws.getCell(j + 1, i + 1);
      cell.value = text;
      cell.numFmt = "@";
    });
    wb.definedNames.add(listReference(lists, i), list.name);
  });
}
