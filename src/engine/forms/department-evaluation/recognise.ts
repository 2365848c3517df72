import { rangeAddress, type RangeRef } from "../../address";
import type { SheetGrid } from "../../sheet-grid";
import { headerWeight, normalizeHeader } from "../../text/normalize";
import type { EngineContext } from "../form-module";
import { labelKey, rubricNames, type RubricNames } from "./cells";
import { formCell, type FormCell } from "../form-cell";
import { departmentScoring, rubricFor } from "./scoring";
import { assignColumns, columnHeaders } from "../header-match";
import { text, type TextRef } from "../../findings/text";
import type { DataBlock, DataEntry, DepartmentEvaluationForm, DeptItem, NoteCell } from "./types";

/**
 * Finds 部门整体支出绩效评分表 tables by their header words (一级指标 | 二级指标 | 三级指标 | 分值 | 指标说明 |
 * 评分标准 | 分数), never by sheet name or address, and the 基础数据 block (数据项 | 数值) their formulas read.
 */

export const PRIMARY = ["一级指标"];
export const SECONDARY = ["二级指标"];
export const TERTIARY = ["三级指标"];
export const WEIGHT = ["分值", "权重", "标准分值", "指标分值"];
export const SCORE = ["分数", "得分", "评分", "自评得分", "评价得分", "自评分数", "评分结果", "自评分"];
const DESCRIPTION = ["指标说明", "指标解释", "指标内涵"];
export const CRITERIA = ["评分标准", "评分细则", "评分办法", "评分规则", "指标说明及评分标准", "评分标准及说明", "评价标准"];
type DeptColumn = "primary" | "secondary" | "tertiary" | "weight" | "score" | "description" | "criteria";
const HEADERS: Record<DeptColumn, string[]> = {
  primary: PRIMARY,
  secondary: SECONDARY,
  tertiary: TERTIARY,
  weight: WEIGHT,
  score: SCORE,
  description: DESCRIPTION,
  criteria: CRITERIA,
};
/** Columns of the project forms: a table with them is a self-evaluation or goal table, never this form. */
const TARGET_OR_ACTUAL = ["年度指标值", "实际完成值", "指标值", "目标值", "完成值", "实际值", "预期指标值", "实际完成指标值", "全年实际值", "指标目标值", "全年指标值"];
const GROUP_WORDS = ["部门决策", "部门管理", "部门绩效"];
const TOTAL_WORDS = ["综合评分", "总分", "合计", "总计", "综合得分"];
const GRADE_WORDS = ["评分等级", "评价等级", "等级", "自评等级"];
const END_WORDS = ["填表人", "填报人", "审核人"];
const DATA_LABEL = ["数据项", "数据项目", "数据名称", "基础数据项", "基础数据"];
const DATA_VALUE = /^(数值|数据值|数据|金额|值)/;

interface HeaderColumns {
  row: number;
  primary: number;
  secondary: number | null;
  tertiary: number;
  /** The 分值 column; null where every 三级 label carries its weight (「绩效目标合理性(2分)」, Hunan's county layout). */
  weight: number | null;
  score: number;
  description: number | null;
  criteria: number | null;
  left: number;
  right: number;
  top: number;
}

function findColumn(grid: SheetGrid, row: number, names: string[]): number | null {
  for (let c = grid.left; c < grid.right; c++) {
    if (names.includes(grid.header(row, c))) {
      const m = grid.mergeAt(row, c);
      return m ? m.left : c;
    }
  }
  return null;
}

const SPACE = /[\s\u3000]/;

/** Cheap test before normalising every cell of a row: a header row names its 三级 column. */
function mentions(grid: SheetGrid, row: number, word: string): boolean {
  const first = word[0];
  for (let c = grid.left; c < grid.right; c++) {
    const v = grid.value(row, c);
    // Text without the word's first character cannot hold the word, spaced or not: most cells end here, untested.
    if (typeof v !== "string" || !v.includes(first)) continue;
    // Most cells hold no space: they are answered without a copy of their text.
    if (v.includes(word) || (SPACE.test(v) && v.replace(/[\s\u3000]+/g, "").includes(word))) return true;
  }
  return false;
}

function headerAt(grid: SheetGrid, row: number, rubricGroups: string[]): HeaderColumns | null {
  if (!mentions(grid, row, "三级")) return null;
  // The header row as an assignment: each role its best column, a column one role at most.
  const cols = assignColumns(columnHeaders(grid, row, row), HEADERS);
  const tertiary = cols.tertiary ?? null;
  if (tertiary === null) return null;
  const score = cols.score ?? null;
  if (score === null) return null;
  const weight = cols.weight ?? null;
  if (weight === null && !weightsInLabels(grid, row, tertiary)) return null;
  if (findColumn(grid, row, TARGET_OR_ACTUAL) !== null) return null;
  const description = cols.description ?? null;
  const criteria = cols.criteria ?? null;
  const primary = cols.primary ?? grid.left;
  const secondary = cols.secondary ?? null;
  if (description === null && criteria === null) {
    // Without the rubric's text columns, the 一级 labels must say this is the department table.
    const groups = [...GROUP_WORDS, ...rubricGroups];
    let seen = false;
    for (let r = row + 1; r < Math.min(grid.bottom, row + 60) && !seen; r++) {
      const g = normalizeHeader(grid.text(r, primary));
      seen = groups.some((w) => g.startsWith(w));
    }
    if (!seen) return null;
  }
  const used = [primary, secondary, tertiary, weight, score, description, criteria].filter((c): c is number => c !== null);
  let top = row;
  for (const c of used) top = Math.min(top, grid.mergeAt(row, c)?.top ?? row);
  return { row, primary, secondary, tertiary, weight, score, description, criteria, left: Math.min(...used), right: Math.max(...used), top };
}

/** No 分值 column: the first 三级 labels below the header each print their weight (「在职人员控制率(5分)」). */
function weightsInLabels(grid: SheetGrid, row: number, tertiary: number): boolean {
  let labels = 0;
  for (let r = row + 1; r < grid.bottom && labels < 4; r++) {
    if (!grid.isAnchor(r, tertiary)) continue;
    const t = grid.text(r, tertiary);
    // A header printed again after a page break is no label.
    if (!t || TERTIARY.includes(grid.header(r, tertiary))) continue;
    if (headerWeight(t) === null) return false;
    labels++;
  }
  return labels >= 2;
}

/** The weight printed in a 三级 label, as the cell the form reads for it (the label's own cell). */
function labelWeight(grid: SheetGrid, row: number, col: number): FormCell {
  const c = formCell(grid, row, col);
  const w = headerWeight(c.text);
  return { ...c, value: w, text: w === null ? "" : String(w), decimals: null, numberFormat: null };
}

function isRepeatedHeader(grid: SheetGrid, row: number, h: HeaderColumns): boolean {
  return TERTIARY.includes(grid.header(row, h.tertiary)) || grid.header(row, h.primary) === "评价指标";
}

/** The value of a 综合评分 / 评分等级 row: the score column, else the first filled cell right of the label. */
function rowValueCol(grid: SheetGrid, row: number, h: HeaderColumns, labelCol: number): number {
  if (!grid.isBlank(row, h.score)) return h.score;
  const labelMerge = grid.mergeAt(row, labelCol);
  const from = (labelMerge ? labelMerge.right : labelCol) + 1;
  for (let c = from; c < grid.right; c++) if (!grid.isBlank(row, c)) return grid.mergeAt(row, c)?.left ?? c;
  return h.score;
}

function rowLabel(grid: SheetGrid, row: number, h: HeaderColumns): { text: string; col: number } | null {
  for (let c = h.left; c <= h.right; c++) {
    const t = normalizeHeader(grid.text(row, c));
    if (t) return { text: t, col: grid.mergeAt(row, c)?.left ?? c };
  }
  return null;
}

interface TableRead {
  form: Omit<DepartmentEvaluationForm, "data" | "notes" | "remarks">;
  box: RangeRef;
  descriptionCols: number[];
}

function readTable(grid: SheetGrid, h: HeaderColumns): TableRead | null {
  const items: DeptItem[] = [];
  let total: DepartmentEvaluationForm["total"] = null;
  let grade: DepartmentEvaluationForm["grade"] = null;
  let last = h.row;
  let blanks = 0;
  for (let r = h.row + 1; r < grid.bottom; r++) {
    const label = rowLabel(grid, r, h);
    if (!label) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (END_WORDS.some((w) => label.text.startsWith(w))) break;
    if (TOTAL_WORDS.some((w) => label.text.startsWith(w))) {
      total = { label: label.text, labelCell: grid.address(r, label.col), score: formCell(grid, r, rowValueCol(grid, r, h, label.col)) };
      last = r;
      continue;
    }
    if (GRADE_WORDS.some((w) => label.text.startsWith(w))) {
      grade = formCell(grid, r, rowValueCol(grid, r, h, label.col));
      last = r;
      break;
    }
    if (isRepeatedHeader(grid, r, h)) continue;
    const name = grid.text(r, h.tertiary);
    const weight = h.weight === null ? labelWeight(grid, r, h.tertiary) : formCell(grid, r, h.weight);
    // A row without 三级 name or 分值 continues the 评分标准 text of the row above (a page break in the template).
    if (!name || (weight.text === "" && grid.isBlank(r, h.score))) continue;
    const primaryText = grid.text(r, h.primary);
    const pm = grid.mergeAt(r, h.primary);
    const secondaryText = h.secondary === null ? "" : grid.text(r, h.secondary);
    const sm = h.secondary === null ? null : grid.mergeAt(r, h.secondary);
    // A 一级 or 二级 typed again on each row of its block (an export without merged cells) is the block of the row above.
    const prev = items[items.length - 1];
    const samePrimary = prev !== undefined && primaryText !== "" && prev.primary === normalizeHeader(primaryText);
    const sameSecondary = samePrimary && secondaryText !== "" && prev.secondary === normalizeHeader(secondaryText);
    items.push({
      row: r,
      primary: normalizeHeader(primaryText),
      primaryWeight: headerWeight(primaryText),
      primaryCell: samePrimary ? prev.primaryCell : grid.address(pm ? pm.top : r, pm ? pm.left : h.primary),
      secondary: normalizeHeader(secondaryText),
      secondaryWeight: secondaryText ? headerWeight(secondaryText) : null,
      secondaryCell: h.secondary === null || !secondaryText ? null : sameSecondary ? prev.secondaryCell : grid.address(sm ? sm.top : r, sm ? sm.left : h.secondary),
      label: h.weight === null ? normalizeHeader(name) : name.replace(/\s+/g, ""),
      labelCell: grid.address(r, h.tertiary),
      weight,
      score: formCell(grid, r, h.score),
    });
    last = Math.max(last, grid.mergeAt(r, h.tertiary)?.bottom ?? r);
  }
  if (items.length < 3) return null;
  // A title just above the header names the table; the kind's name otherwise.
  let title: DepartmentEvaluationForm["title"] = text("dept.title");
  let top = h.top;
  for (let r = h.top - 1; r >= Math.max(grid.top, h.top - 3); r--) {
    const t = rowLabel(grid, r, h);
    if (t && /评分表|评价表|自评表/.test(t.text)) {
      title = grid.text(r, t.col).replace(/\s+/g, "");
      top = r;
      break;
    }
  }
  const box = { top, left: h.left, bottom: last, right: h.right };
  return {
    form: { sheet: grid.name, range: rangeAddress(box), title, items, total, grade },
    box,
    descriptionCols: [h.description, h.criteria].filter((c): c is number => c !== null),
  };
}

/** Every 基础数据 block of a sheet: a 数据项 | 数值 header and the rows below it. */
export function findDataBlocks(grid: SheetGrid, names: RubricNames, skip: RangeRef[] = []): DataBlock[] {
  const blocks: DataBlock[] = [];
  const inside = (r: number, c: number) => skip.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  for (let r = grid.top; r < grid.bottom; r++) {
    if (!mentions(grid, r, "数据")) continue;
    for (let c = grid.left; c < grid.right; c++) {
      if (inside(r, c) || !DATA_LABEL.includes(grid.header(r, c))) continue;
      let valueCol: number | null = null;
      for (let k = c + 1; k < Math.min(grid.right, c + 4); k++) {
        const hk = grid.header(r, k);
        if (DATA_VALUE.test(hk) && !DATA_LABEL.includes(hk)) {
          valueCol = k;
          break;
        }
      }
      if (valueCol === null) continue;
      const entries: DataEntry[] = [];
      let blanks = 0;
      let bottom = r;
      for (let q = r + 1; q < grid.bottom; q++) {
        const label = grid.text(q, c);
        if (!label) {
          if (++blanks >= 2) break;
          continue;
        }
        blanks = 0;
        bottom = q;
        const key = labelKey(label);
        entries.push({
          sheet: grid.name,
          label: label.replace(/\s+/g, ""),
          labelCell: grid.address(q, c),
          value: formCell(grid, q, valueCol),
          itemId: names.dataItems.get(key) ?? null,
          rateLabel: names.dataItems.has(key) ? null : (names.rates.get(key) ?? null),
        });
      }
      blocks.push({ sheet: grid.name, range: rangeAddress({ top: r, left: c, bottom, right: valueCol }), entries });
      r = bottom;
      break;
    }
  }
  return blocks;
}

/** Text cells that may state a rate: outside the table (its 指标说明 / 评分标准 hold tier bounds, not results). */
function noteCells(grid: SheetGrid, exclude: RangeRef[]): NoteCell[] {
  const out: NoteCell[] = [];
  for (let r = grid.top; r < grid.bottom; r++) {
    for (let c = grid.left; c < grid.right; c++) {
      if (exclude.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right)) continue;
      const v = grid.raw(r, c);
      if (typeof v === "string" && /[%％]/.test(v)) out.push({ sheet: grid.name, cell: grid.address(r, c), text: v });
    }
  }
  return out;
}

/** Recognise the department evaluation tables of a sheet, with the data block and notes each one reads. */
export function recogniseDepartmentEvaluations(grid: SheetGrid, ctx: EngineContext): DepartmentEvaluationForm[] {
  const rubric = ctx.profile.departmentRubric;
  const names = rubricNames(rubric);
  const groups = rubric?.groups.map((g) => g.label) ?? [];
  const tables: TableRead[] = [];
  for (let r = grid.top; r < grid.bottom; r++) {
    const h = headerAt(grid, r, groups);
    if (!h) continue;
    const t = readTable(grid, h);
    if (!t) continue;
    tables.push(t);
    r = t.box.bottom;
  }
  if (tables.length === 0) return [];

  const boxes = tables.map((t) => t.box);
  // The data block on the table's own sheet first, else the first one in the workbook.
  const own = findDataBlocks(grid, names, boxes);
  const others = own.length ? [] : ctx.grids.filter((g) => g.name !== grid.name).flatMap((g) => findDataBlocks(g, names));
  const data = own[0] ?? others[0] ?? null;

  return tables.map((t) => {
    const remarks: TextRef[] = [];
    if (!rubric) remarks.push(text("dept.noRubric", { profile: ctx.profile.id }));
    else if (data) remarks.push(text("dept.dataBlock", { sheet: data.sheet, range: data.range }));
    else remarks.push(text("dept.noDataBlock"));
    // Notes: text on the table's sheet outside every table, and on the data block's sheet outside its value cells.
    const notes = noteCells(grid, boxes);
    if (data && data.sheet !== grid.name) {
      const dataGrid = ctx.grids.find((g) => g.name === data.sheet);
      if (dataGrid) notes.push(...noteCells(dataGrid, []));
    }
    const dataCells = new Set(data?.entries.map((e) => `${e.sheet}!${e.value.cell}`) ?? []);
    const form: DepartmentEvaluationForm = { ...t.form, data, notes: notes.filter((n) => !dataCells.has(`${n.sheet}!${n.cell}`)), remarks };
    if (rubric && !rubricFor(form, ctx.profile)) {
      const groups = [...new Set(form.items.map((i) => i.primary).filter(Boolean))];
      remarks.length = 0;
      remarks.push(text("dept.otherRubric", { groups, profile: ctx.profile.id }));
    } else if (rubric) {
      // Say which items fall back to their entered score, so a reviewer knows what was not computed.
      for (const s of departmentScoring(form, ctx.profile).items) {
        if (!s.rubricItem) remarks.push(text("dept.notInRubric", { label: s.item.label }));
        else if (s.missing.length) remarks.push(text("dept.missingData", { label: s.item.label, names: s.missing }));
      }
    }
    return form;
  });
}
