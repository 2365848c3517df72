import { parseCell, rangeAddress, type RangeRef } from "../../address";
import type { SheetGrid } from "../../sheet-grid";
import { formCell } from "../form-cell";
import { assignColumns, columnHeaders, namesRole, type ColumnHeader } from "../header-match";
import { memoByText } from "../../text/memo";
import { normalizeHeader } from "../../text/normalize";
import {
  inferSecondaryFromName,
  inferSecondaryFromTarget,
  primaryOf,
  primaryOfSecondary,
  secondaryOf,
  type PrimaryCategory,
  type SecondaryCategory,
} from "../indicators/categories";
import {
  AMOUNT_FIELDS,
  DEPARTMENT_TITLE_WORDS,
  GENERIC_HEADERS,
  DESCRIPTION_HEADERS,
  INDICATOR_HEADERS,
  NOT_A_PLACE_HEADER,
  indicatorHeaderKey,
  NOT_GOAL_TABLE_HEADERS,
  PROJECT_LABELS,
  TASK_HEADERS,
  TASK_TOTAL_WORDS,
  TITLE_WORDS,
  labelKey,
  matchLabel,
  type HeaderPeriod,
  type IndicatorColumn,
  type ProjectField,
  type TaskColumn,
} from "./headers";
import { parsedTarget } from "./target-value";
import type { FormCell, GoalIndicator, GoalTableForm, GoalTask, LabelledCell, SecondaryBasis } from "./types";

/**
 * Finds goal tables in a sheet by their header words: an indicator table (绩效指标 / 三级指标 … 指标目标值 / 目标值)
 * with the project block above it (项目名称, 项目总金额 …) or, for the department variant, the 年度主要任务 table.
 * Nothing depends on fixed addresses; merged cells are read through the grid.
 */

interface HeaderHit {
  row: number;
  cols: Partial<Record<IndicatorColumn, number>>;
  /** Columns left of the name column that hold 一级/二级 labels, with the role their header gives (null: unlabelled). */
  labelCols: { col: number; role: "primary" | "secondary" | null }[];
  /** The table's last column: further headed columns right of the roles (绩效标准, 度量单位, 备注 …) belong to it. */
  right: number;
  /**
   * Where the table prints one target column per place (福建 资金 绩效目标表: 西坪镇尧山村 | 桃舟乡吾培村 | …) instead of
   * one 指标值: the places' columns after the first, which is `cols.target`. Each row is one indicator per place.
   */
  placeCols: number[];
}

/** The role a header names (specific or generic word), for a repeated page header and the 长期/年度 test. */
function headerRole(text: string): { role: IndicatorColumn; period: HeaderPeriod } | null {
  const { key, period } = indicatorHeaderKey(text);
  if (!key) return null;
  for (const role of Object.keys(INDICATOR_HEADERS) as IndicatorColumn[]) {
    if (INDICATOR_HEADERS[role].includes(key) || GENERIC_HEADERS[role]?.includes(key)) return { role, period };
  }
  return null;
}

function columnHasText(grid: SheetGrid, col: number, top: number, bottom: number): boolean {
  for (let row = top; row <= bottom; row++) if (!grid.isBlank(row, col)) return true;
  return false;
}

/**
 * The columns of one header row as an assignment (forms/header-match.ts): each role its best column, a specific
 * word before a generic one. Where the row prints the year's columns beside long-term ones (三级指标(年度) |
 * 三级指标(长期)), only the year's compete. Returns the roles and the columns that name a role but lost it:
 * those are neither label nor data columns.
 */
function assignHeaderRow(grid: SheetGrid, row: number, top = row): { cols: Partial<Record<IndicatorColumn, number>>; losers: Set<number>; rejected: boolean } {
  const headers: ColumnHeader[] = [];
  const periods = new Map<number, HeaderPeriod>();
  const named: number[] = [];
  let rejected = false;
  for (const { col, texts } of columnHeaders(grid, top, row)) {
    if (texts.length === 0) continue;
    if (texts.some((t) => NOT_GOAL_TABLE_HEADERS.includes(t))) rejected = true;
    const keys = texts.map((t) => indicatorHeaderKey(t));
    headers.push({ col, texts: keys.map((k) => k.key) });
    periods.set(col, keys[keys.length - 1].period);
    if (texts.some((t) => headerRole(t))) named.push(col);
  }
  const yearColumns = [...periods.values()].includes("year");
  const cols = assignColumns(headers, INDICATOR_HEADERS, {
    generic: GENERIC_HEADERS,
    columns: (col) => !(yearColumns && periods.get(col) === "longTerm"),
  });
  const chosen = new Set(Object.values(cols));
  return { cols, losers: new Set(named.filter((c) => !chosen.has(c))), rejected };
}

/**
 * The header of a table at a row: that row alone, or — where its target header spans several columns (年度指标值
 * over 指标性质 | 指标值 | 度量单位) — that row and the one below, read as one header whose lower words decide.
 */
function headerAt(grid: SheetGrid, row: number): { row: number; cols: Partial<Record<IndicatorColumn, number>>; losers: Set<number>; rejected: boolean } {
  const one = assignHeaderRow(grid, row);
  const t = one.cols.target;
  const m = t === undefined ? null : grid.mergeAt(row, t);
  if (!m || m.right === m.left || m.bottom > row || row + 1 >= grid.bottom) return { row, ...one };
  const two = assignHeaderRow(grid, row + 1, row);
  if (two.rejected || two.cols.name === undefined || two.cols.target === undefined || two.cols.target === t) return { row, ...one };
  return { row: row + 1, ...two };
}

/** Whether a cell's text could be the target column's header (the one column every header row, one or two rows deep, has in its first row). */
function mayNameTarget(text: string): boolean {
  const key = indicatorHeaderKey(text).key;
  return key !== "" && namesRole(INDICATOR_HEADERS, GENERIC_HEADERS, "target", key);
}

/** Whether a cell's text is the 三级 column's own header word (三级指标, 指标名称 …), the other anchor of a header row. */
function mayNameIndicator(text: string): boolean {
  const key = indicatorHeaderKey(text).key;
  return key !== "" && INDICATOR_HEADERS.name.includes(key);
}

/** What a cell's text allows its row to be: "target", "name" (mayNameIndicator only) or null. One lookup a cell. */
const headerWordOf = memoByText((text: string): "target" | "name" | null => (mayNameTarget(text) ? "target" : mayNameIndicator(text) ? "name" : null));

/** What a row's words allow it to be, in one pass: a header with a target word, one naming only the 三级 column, or neither. */
function headerEvidence(grid: SheetGrid, row: number): "target" | "name" | null {
  let name = false;
  for (const h of grid.headerRow(row)) {
    const word = headerWordOf(h);
    if (word === "target") return "target";
    if (word === "name") name = true;
  }
  return name ? "name" : null;
}

/**
 * A header with 一级/二级 and 三级 but no target word, followed by two or more columns headed with names that are no
 * role of any form (places: 西坪镇尧山村 | 桃舟乡吾培村 …), after an optional 指标解释 column, whose first data row
 * holds values: one target column per place. Returns those columns, or [] when the header is not of that kind.
 */
function placeColumns(grid: SheetGrid, row: number, nameCol: number): number[] {
  let col = nameCol + 1;
  if (col < grid.right && DESCRIPTION_HEADERS.includes(indicatorHeaderKey(grid.header(row, col)).key)) col++;
  const places: number[] = [];
  for (; col < grid.right; col++) {
    if (!grid.isAnchor(row, col)) break;
    const h = normalizeHeader(grid.text(row, col));
    if (!h || NOT_A_PLACE_HEADER.test(h) || headerRole(h) || NOT_GOAL_TABLE_HEADERS.includes(h)) break;
    places.push(col);
  }
  if (places.length < 2 || row + 1 >= grid.bottom) return [];
  const filled = places.filter((c) => !grid.isBlank(row + 1, c)).length;
  return filled * 2 >= places.length ? places : [];
}

function findHeaderRows(grid: SheetGrid): HeaderHit[] {
  const hits: HeaderHit[] = [];
  // An index loop, not grid.rows(): the generator made an iterator result for every row of every sheet.
  for (let r = grid.top; r < grid.bottom; r++) {
    if (hits.length && hits[hits.length - 1].row >= r) continue;
    // Most rows of a sheet are data: a row with no word for the target column is no header (saves the assignment),
    // unless it names the 三级 column and its targets are one column per place.
    const evidence = headerEvidence(grid, r);
    if (!evidence) continue;
    const { row, cols, losers, rejected } = evidence === "target" ? headerAt(grid, r) : { row: r, ...assignHeaderRow(grid, r) };
    let placeCols: number[] = [];
    if (!rejected && cols.name !== undefined && cols.target === undefined && (cols.primary !== undefined || cols.secondary !== undefined)) {
      const places = placeColumns(grid, row, cols.name);
      if (places.length) [cols.target, ...placeCols] = places;
    }
    if (rejected || cols.name === undefined || cols.target === undefined || cols.target <= cols.name) continue;
    if (cols.source !== undefined && cols.source <= cols.target) delete cols.source;
    // Label columns: walking left from the names, the 一级/二级 columns and unlabelled ones; another period's
    // columns are stepped over; any other header ends the table's left side.
    const labelCols: HeaderHit["labelCols"] = [];
    for (let col = cols.name - 1; col >= grid.left; col--) {
      if (!grid.isAnchor(row, col) && grid.anchorOf(row, col).col !== col) continue;
      if (losers.has(col)) continue;
      const h = grid.header(row, col);
      if (col === cols.primary) labelCols.unshift({ col, role: "primary" });
      else if (col === cols.secondary) labelCols.unshift({ col, role: "secondary" });
      else if (!h) labelCols.unshift({ col, role: null });
      else break;
    }
    let right = Math.max(...(Object.values(cols) as number[]));
    while (right + 1 < grid.right && grid.header(row, right + 1)) right = grid.mergeAt(row, right + 1)?.right ?? right + 1;
    if (placeCols.length) right = Math.max(right, placeCols[placeCols.length - 1]);
    // The same header printed again after a page break, with no title or project block between, goes on with the table above.
    if (hits.length && repeatsHeader(grid, hits[hits.length - 1], row, cols)) continue;
    hits.push({ row, cols, labelCols, right, placeCols });
  }
  return hits;
}

function repeatsHeader(grid: SheetGrid, prev: HeaderHit, row: number, cols: Partial<Record<IndicatorColumn, number>>): boolean {
  if (prev.cols.name !== cols.name || prev.cols.target !== cols.target) return false;
  if (grid.header(prev.row, cols.name!) !== grid.header(row, cols.name!) || grid.header(prev.row, cols.target!) !== grid.header(row, cols.target!)) return false;
  for (let r = prev.row + 1; r < row; r++) {
    for (let col = grid.left; col < grid.right; col++) {
      if (!grid.isAnchor(r, col)) continue;
      const t = grid.text(r, col);
      if (t && (isTitle(t) || matchLabel(PROJECT_LABELS, t) !== null)) return false;
    }
  }
  return true;
}

const isTitle = (text: string) => {
  // "项目支出绩效目标表（2023年度）": the year in brackets after the title.
  const t = normalizeHeader(text).replace(/\((?:\d{4}\s*年?度?)\)$/, "");
  return TITLE_WORDS.some((w) => t.endsWith(w));
};

/** The first non-blank cell right of a label, unless that cell is itself a label. */
function valueRightOf(grid: SheetGrid, row: number, col: number, right: number): FormCell | null {
  const m = grid.mergeAt(row, col);
  for (let c = (m ? m.right : col) + 1; c < right; c++) {
    if (!grid.isAnchor(row, c) && grid.anchorOf(row, c).row !== row) continue;
    if (grid.isBlank(row, c)) continue;
    if (matchLabel(PROJECT_LABELS, grid.text(row, c))) return null;
    return formCell(grid, row, c);
  }
  return null;
}

interface Block {
  fields: Partial<Record<ProjectField, LabelledCell>>;
  unit: string | null;
  texts: LabelledCell[];
  bounds: RangeRef;
  title: string | null;
  department: boolean;
}

function readBlock(grid: SheetGrid, top: number, bottom: number): Block {
  const fields: Partial<Record<ProjectField, LabelledCell>> = {};
  const texts: LabelledCell[] = [];
  let unit: string | null = null;
  let title: string | null = null;
  let department = false;
  const bounds: RangeRef = { top: bottom, left: grid.right, bottom: top, right: grid.left };
  const grow = (row: number, col: number) => {
    const m = grid.mergeAt(row, col);
    bounds.top = Math.min(bounds.top, row);
    bounds.bottom = Math.max(bounds.bottom, m ? m.bottom : row);
    bounds.left = Math.min(bounds.left, col);
    bounds.right = Math.max(bounds.right, m ? m.right : col);
  };
  for (let row = top; row < bottom; row++) {
    for (let col = grid.left; col < grid.right; col++) {
      if (!grid.isAnchor(row, col)) continue;
      const text = grid.text(row, col);
      if (!text) continue;
      if (isTitle(text)) {
        title = text;
        if (DEPARTMENT_TITLE_WORDS.some((w) => normalizeHeader(text).includes(w))) department = true;
        grow(row, col);
        continue;
      }
      const u = /单位[:：]\s*(万元|元)/.exec(text);
      if (u) unit = u[1];
      const field = matchLabel(PROJECT_LABELS, text);
      if (!field) continue;
      grow(row, col);
      if (field === "department" || field === "annualTasks") department = true;
      const lk = labelKey(text);
      if (lk.unit) unit = lk.unit;
      if (fields[field]) continue;
      const value = valueRightOf(grid, row, col, grid.right);
      if (!value) continue;
      const labelled: LabelledCell = { label: text.replace(/\s+/g, ""), labelCell: grid.address(row, col), value };
      fields[field] = labelled;
      const at = parseCell(value.cell);
      grow(at.row, at.col);
      if (!AMOUNT_FIELDS.includes(field) && typeof value.value === "string") texts.push(labelled);
    }
  }
  return { fields, unit, texts, bounds, title, department };
}

/** 一级/二级 of a row from its label columns: header roles first, then what the words say. */
function labelsOf(grid: SheetGrid, row: number, hit: HeaderHit): { primary: { text: string; cell: string | null }; secondary: { text: string; cell: string | null } } {
  let primary: { text: string; cell: string | null } = { text: "", cell: null };
  let secondary: { text: string; cell: string | null } = { text: "", cell: null };
  for (const { col, role } of hit.labelCols) {
    const text = grid.text(row, col);
    if (!text) continue;
    const o = grid.anchorOf(row, col);
    const at = { text, cell: grid.address(o.row, o.col) };
    if (role === "primary") primary = at;
    else if (role === "secondary") secondary = at;
    else if (secondaryOf(text) && !secondary.text) secondary = at;
    else if (primaryOf(text) && !primary.text) primary = at;
  }
  return { primary, secondary };
}

function rowIsBlank(grid: SheetGrid, row: number, cols: number[]): boolean {
  return cols.every((c) => grid.isBlank(row, c));
}

function readIndicators(grid: SheetGrid, hit: HeaderHit, limit: number): { indicators: GoalIndicator[]; lastRow: number; secondaryColumn: boolean } {
  const nameCol = hit.cols.name!;
  const targetCol = hit.cols.target!;
  const sourceCol = hit.cols.source;
  const tableCols = [...hit.labelCols.map((l) => l.col), nameCol, targetCol, ...hit.placeCols, ...(sourceCol !== undefined ? [sourceCol] : [])];
  const indicators: GoalIndicator[] = [];
  let lastRow = hit.row;
  let blanks = 0;
  let secondaryColumn = hit.labelCols.some((l) => l.role === "secondary");
  const headerName = grid.header(hit.row, nameCol);
  for (let row = hit.row + 1; row < limit; row++) {
    if (rowIsBlank(grid, row, tableCols)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const nameOrigin = grid.anchorOf(row, nameCol);
    const targetOrigin = grid.anchorOf(row, targetCol);
    // A note or title merged across the table ends it; an indicator whose name runs over the target cell (宁夏's
    // 「提高森林覆盖率,促进生物多样性保护。」 over 三级 and 指标值, under its own 二级) is an indicator with no target.
    const nameOverTarget = nameOrigin.row === targetOrigin.row && nameOrigin.col === targetOrigin.col;
    if (nameOverTarget && (nameOrigin.col < nameCol || !hasOwnLabel(grid, row, hit))) break;
    if (isTitle(grid.text(row, nameCol))) break;
    // A header row repeated (a printed table's page header) is not an indicator.
    if (grid.header(row, nameCol) === headerName && headerRole(grid.text(row, targetCol))?.role === "target") continue;
    lastRow = row;
    const name = formCell(grid, row, nameCol);
    const target = nameOverTarget ? emptyCell(grid, row, targetCol) : formCell(grid, row, targetCol);
    if (!name.text && !target.text) continue;
    const labels = labelsOf(grid, row, hit);
    if (labels.secondary.text) secondaryColumn = true;
    indicators.push(classify(row, labels, name, target, sourceCol !== undefined ? formCell(grid, row, sourceCol) : null));
    for (const col of hit.placeCols) indicators.push(classify(row, labels, name, formCell(grid, row, col), null));
  }
  return { indicators, lastRow, secondaryColumn };
}

/** Whether a 一级 or 二级 label column holds text on this row (its own cell, or a label merged down over it). */
function hasOwnLabel(grid: SheetGrid, row: number, hit: HeaderHit): boolean {
  return hit.labelCols.some((l) => grid.text(row, l.col) !== "");
}

/** The cell at (row, col) read as empty: where a value belongs but the row prints none of its own. */
function emptyCell(grid: SheetGrid, row: number, col: number): FormCell {
  return { cell: grid.address(row, col), value: null, text: "", decimals: null, numberFormat: null };
}

function classify(
  row: number,
  labels: ReturnType<typeof labelsOf>,
  name: FormCell,
  target: FormCell,
  source: FormCell | null,
): GoalIndicator {
  let category: SecondaryCategory | null = secondaryOf(labels.secondary.text);
  let basis: SecondaryBasis = category ? "printed" : "none";
  const printedPrimary = primaryOf(labels.primary.text);
  // A 一级 printed as 满意度 with no 二级 is its own 二级.
  if (!category && printedPrimary === "满意度") {
    category = "满意度";
    basis = "printed";
  }
  if (!category) {
    category = inferSecondaryFromName(name.text);
    if (category) basis = "name";
  }
  if (!category) {
    category = inferSecondaryFromTarget(parsedTarget(target));
    if (category) basis = "target";
  }
  const primary: PrimaryCategory | null = printedPrimary ?? (category ? primaryOfSecondary(category) : null);
  return {
    row,
    primary: { text: labels.primary.text, cell: labels.primary.cell, category: primary },
    secondary: { text: labels.secondary.text, cell: labels.secondary.cell, category, basis },
    name,
    target,
    source,
  };
}

/** The 年度主要任务 table of the department variant, between the block's top and the indicator header. */
function readTasks(grid: SheetGrid, top: number, bottom: number): { tasks: GoalTask[]; total: GoalTask | null; bounds: RangeRef | null } {
  let headerRow = -1;
  const cols: Partial<Record<TaskColumn, number>> = {};
  for (let row = top; row < bottom && headerRow < 0; row++) {
    for (let col = grid.left; col < grid.right; col++) {
      if (grid.isAnchor(row, col) && TASK_HEADERS.name.includes(labelKey(grid.text(row, col)).key)) {
        headerRow = row;
        cols.name = col;
      }
    }
  }
  if (headerRow < 0 || cols.name === undefined) return { tasks: [], total: null, bounds: null };
  // Amount headers may sit one row lower, under a merged "预算金额（万元）".
  let amountRow = headerRow;
  for (let row = headerRow; row <= Math.min(headerRow + 2, bottom - 1); row++) {
    for (let col = cols.name + 1; col < grid.right; col++) {
      if (!grid.isAnchor(row, col)) continue;
      const key = labelKey(grid.text(row, col)).key;
      for (const role of ["content", "total", "fiscal", "other"] as TaskColumn[]) {
        if (cols[role] === undefined && TASK_HEADERS[role].includes(key)) {
          cols[role] = col;
          if (role !== "content") amountRow = Math.max(amountRow, row);
        }
      }
    }
  }
  const tasks: GoalTask[] = [];
  let total: GoalTask | null = null;
  let lastRow = amountRow;
  const amountAt = (row: number, col: number | undefined) => (col === undefined ? null : formCell(grid, row, col));
  for (let row = amountRow + 1; row < bottom; row++) {
    const name = formCell(grid, row, cols.name);
    let label = name.text;
    for (let col = grid.left; col < cols.name && !label; col++) label = grid.text(row, col);
    const key = labelKey(label).key;
    if (matchLabel(PROJECT_LABELS, label)) break;
    if (!label && cols.total !== undefined && grid.isBlank(row, cols.total)) continue;
    lastRow = row;
    const task: GoalTask = { row, name, total: amountAt(row, cols.total), fiscal: amountAt(row, cols.fiscal), other: amountAt(row, cols.other) };
    if (TASK_TOTAL_WORDS.includes(key)) {
      total = { ...task, name: name.text ? name : formCell(grid, row, grid.left) };
      break;
    }
    if (name.text) tasks.push(task);
  }
  let left = grid.left;
  while (left < cols.name && !columnHasText(grid, left, headerRow, lastRow)) left++;
  return { tasks, total, bounds: { top: headerRow, left, bottom: lastRow, right: cols.other ?? cols.fiscal ?? cols.total ?? cols.name } };
}

/** Rows of other forms: a header row of a self-evaluation or scoring table, or another form's title. */
function belongsElsewhere(grid: SheetGrid, row: number): boolean {
  for (let col = grid.left; col < grid.right; col++) {
    const h = grid.header(row, col);
    if (!h) continue;
    if (NOT_GOAL_TABLE_HEADERS.includes(h) || (/(自评表|评分表)$/.test(h) && !isTitle(h))) return true;
  }
  return false;
}

/**
 * Where a goal table's project block starts: at its title (…绩效目标表) when it has one; otherwise right below
 * the nearest row above that belongs to another form, so that a self-evaluation above it is not read as its block.
 */
function blockStart(grid: SheetGrid, regionTop: number, headerRow: number): number {
  for (let row = headerRow - 1; row >= regionTop; row--) {
    for (let col = grid.left; col < grid.right; col++) if (grid.isAnchor(row, col) && isTitle(grid.text(row, col))) return row;
  }
  for (let row = headerRow - 1; row >= regionTop; row--) if (belongsElsewhere(grid, row)) return row + 1;
  return regionTop;
}

export function recogniseGoalTables(grid: SheetGrid): GoalTableForm[] {
  const forms: GoalTableForm[] = [];
  const hits = findHeaderRows(grid);
  let regionTop = grid.top;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit.row < regionTop) continue;
    const limit = i + 1 < hits.length ? hits[i + 1].row : grid.bottom;
    const blockTop = blockStart(grid, regionTop, hit.row);
    const block = readBlock(grid, blockTop, hit.row);
    const { indicators, lastRow, secondaryColumn } = readIndicators(grid, hit, limit);
    // A header with nothing under it and nothing above is a stray pair of words, not a form.
    const hasBlock = Object.keys(block.fields).length > 0 || block.title !== null;
    if (indicators.length === 0 || (!hasBlock && indicators.length < 3)) {
      regionTop = lastRow + 1;
      continue;
    }
    const department = block.department;
    const taskRead = department ? readTasks(grid, blockTop, hit.row) : { tasks: [], total: null, bounds: null };
    const f = block.fields;
    const fundsUse = pickFundsUse(f);
    const right = Math.max(hit.right, block.bounds.right, taskRead.bounds?.right ?? 0);
    // Blank columns left of the table (a template's margin) are not part of the form.
    const usedLabel = hit.labelCols.find((l) => columnHasText(grid, l.col, hit.row, lastRow));
    const left = Math.min(usedLabel?.col ?? hit.cols.name!, block.bounds.left, taskRead.bounds?.left ?? grid.right);
    const top = Math.min(block.bounds.top, taskRead.bounds?.top ?? hit.row, hit.row);
    const title =
      (department ? f.department?.value.text : f.projectName?.value.text) ?? f.projectName?.value.text ?? block.title ?? normalizeHeader(grid.text(hit.row, hit.cols.name!));
    forms.push({
      variant: department ? "department" : "project",
      sheet: grid.name,
      range: rangeAddress({ top, left, bottom: lastRow, right }),
      title,
      unit: block.unit ?? (department ? "万元" : "元"),
      projectName: f.projectName ?? (department ? f.department ?? null : null),
      funds: {
        total: f.total ?? null,
        currentYear: f.currentYear ?? null,
        fiscal: f.fiscal ?? null,
        other: f.other ?? null,
        assetAmount: f.assetAmount ?? null,
      },
      fundsUse,
      procurement: f.procurementItems ?? null,
      texts: block.texts,
      tasks: taskRead.tasks,
      taskTotal: taskRead.total,
      header: {
        row: hit.row,
        nameCell: grid.address(hit.row, hit.cols.name!),
        targetCell: grid.address(hit.row, hit.cols.target!),
        // One column per place: no single printed name for the targets (messages say 指标值).
        targetLabel: hit.placeCols.length ? "" : grid.text(hit.row, hit.cols.target!).replace(/\s+/g, ""),
        sourceCell: hit.cols.source !== undefined ? grid.address(hit.row, hit.cols.source) : null,
        sourceLabel: hit.cols.source !== undefined ? grid.text(hit.row, hit.cols.source).replace(/\s+/g, "") : null,
        secondaryColumn,
      },
      indicators,
    });
    regionTop = lastRow + 1;
  }
  return forms;
}

/** Amounts in 元 written in a text: the funds-use breakdown is the use text that carries them. */
const CARRIES_AMOUNTS = /\d\s*(万元|元)/;
function pickFundsUse(f: Partial<Record<ProjectField, LabelledCell>>): LabelledCell | null {
  for (const field of ["fundsUse", "purpose"] as ProjectField[]) {
    const c = f[field];
    if (c && typeof c.value.value === "string" && CARRIES_AMOUNTS.test(c.value.text)) return c;
  }
  return null;
}
