import { columnName, parseRange } from "../../engine/address";
import { dependentListFormula, listReference, type CellStyle, type TemplateLayout } from "../../engine/template/layout";
import { RUN_OPTIONS, type ExcelEnvironment } from "./context";
import { ExcelHostError, hostError } from "./errors";

/**
 * The Excel host's side of a template (新建模板): the TemplateLayout's sheets inserted into the open workbook, with
 * their merges, validation lists, formulas, input styling and protection without a password, and the very hidden
 * sheets (embedded profile, template record, the named 二级 lists per 一级 that the 二级 cells' INDIRECT list follows).
 * One read and one write round trip. A sheet name already taken gets
 * "(2)", "(3)" …; the workbook's own embedded profile and template record are replaced by the template's.
 */

const FILLS: Partial<Record<CellStyle, string>> = { label: "#F2F2F2", header: "#D9E1F2", input: "#FFF2CC", formula: "#EDEDED" };
/** Excel column widths are in points; the layout gives them in characters of the default font. */
const POINTS_PER_CHAR = 7;

function freeName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const n = `${name}(${i})`;
    if (!taken.has(n.toLowerCase())) return n;
  }
}

export interface InsertTemplateOutcome {
  /** Name of the inserted form sheet (activated). */
  sheet: string;
  syncs: number;
}

export async function insertTemplate(env: ExcelEnvironment, layout: TemplateLayout): Promise<InsertTemplateOutcome> {
  let syncs = 0;
  try {
    return await env.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      const protection = context.workbook.protection;
      protection.load("protected");
      const names = context.workbook.names;
      names.load("items/name,items/formula");
      await context.sync();
      syncs++;
      if (protection.protected) throw new ExcelHostError("protected-workbook");
      const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const hiddenNames = new Set([...layout.hidden.map((h) => h.sheetName), ...(layout.lists ? [layout.lists.sheetName] : [])].map((n) => n.toLowerCase()));
      // The named 二级 lists: ours (over a lists sheet) are replaced; a name of the user's own is kept, and the 二级
      // cells then offer the whole list instead of following the 一级.
      const lists = layout.lists;
      const listNames = new Set(lists?.lists.map((l) => l.name.toLowerCase()) ?? []);
      let ownNameTaken = false;
      for (const n of names.items) {
        if (!listNames.has(n.name.toLowerCase())) continue;
        if (lists && String(n.formula).includes(lists.sheetName)) n.delete();
        else ownNameTaken = true;
      }
      const dependent = lists !== null && !ownNameTaken;
      for (const s of sheets.items) {
        if (!hiddenNames.has(s.name.toLowerCase())) continue;
        // Excel refuses to delete a very hidden sheet: make it visible first.
        s.visibility = "Visible";
        s.delete();
        taken.delete(s.name.toLowerCase());
      }
      let formSheet = "";
      for (const t of layout.sheets) {
        const name = freeName(t.name, taken);
        taken.add(name.toLowerCase());
        if (!formSheet) formSheet = name;
        const ws = sheets.add(name);
        ws.showGridlines = false;
        t.widths.forEach((w, i) => (ws.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = w * POINTS_PER_CHAR));
        for (const [row, h] of Object.entries(t.heights)) ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = h;
        for (const m of t.merges) ws.getRange(m).merge(false);
        for (const c of t.cells) {
          const r = ws.getCell(c.row, c.col);
          if (c.numFmt) r.numberFormat = [[c.numFmt]];
          // Text is written as text; a formula only where the layout says so.
          if (c.formula) r.formulas = [[`=${c.formula}`]];
          else if (typeof c.value === "string") {
            if (!c.numFmt) r.numberFormat = [["@"]];
            r.values = [[c.value]];
          } else if (typeof c.value === "number") r.values = [[c.value]];
          const fill = FILLS[c.style];
          if (fill) r.format.fill.color = fill;
          r.format.wrapText = true;
          r.format.verticalAlignment = c.style === "note" ? "Top" : "Center";
          if (c.style === "title" || c.style === "header" || c.style === "label") r.format.font.bold = true;
          if (c.style === "title") {
            r.format.font.size = 16;
            r.format.horizontalAlignment = "Center";
          }
          if (c.style !== "title" && c.style !== "note") {
            for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
              r.format.borders.getItem(edge).style = "Continuous";
            }
          }
          r.format.protection.locked = c.style !== "input";
        }
        for (const v of t.validations) {
          const range = ws.getRange(v.range);
          // A dependent list: INDIRECT of the row's parent cell, written for the range's first cell (Excel shifts it).
          const source = v.parentColumn !== undefined && dependent ? `=${dependentListFormula(v.parentColumn, parseRange(v.range).top)}` : v.items.join(",");
          range.dataValidation.rule = { list: { inCellDropDown: true, source } };
          range.dataValidation.errorAlert = {
            showAlert: true,
            style: v.strict ? "Stop" : "Warning",
            title: v.prompt?.title ?? "",
            message: v.strict ? "请从列表中选择 / choose a value from the list" : "不在列表中的值，确定使用吗？/ not in the list — keep it?",
          };
          if (v.prompt) range.dataValidation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
        }
        // No password: the structure is kept from accidents, the input cells stay editable.
        if (t.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowInsertRows: false, allowDeleteRows: false });
      }
      for (const h of layout.hidden) {
        const ws = sheets.add(h.sheetName);
        const range = ws.getRange(`A1:A${h.cells.length}`);
        range.numberFormat = h.cells.map(() => ["@"]);
        range.values = h.cells.map((c) => [c]);
        ws.visibility = "VeryHidden";
      }
      if (lists && dependent) {
        const ws = sheets.add(lists.sheetName);
        lists.lists.forEach((list, i) => {
          const col = columnName(i);
          const range = ws.getRange(`${col}1:${col}${list.items.length + 1}`);
          range.numberFormat = [list.name, ...list.items].map(() => ["@"]);
          range.values = [list.name, ...list.items].map((text) => [text]);
          names.add(list.name, `=${listReference(lists, i)}`);
        });
        ws.visibility = "VeryHidden";
      }
      sheets.getItem(formSheet).activate();
      await context.sync();
      syncs++;
      return { sheet: formSheet, syncs };
    }, RUN_OPTIONS);
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw hostError("write-failed", e);
  }
}
