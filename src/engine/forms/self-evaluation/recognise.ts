import { rangeAddress } from "../../address";
import type { SheetGrid } from "../../sheet-grid";
import { formCell } from "../form-cell";
import { headerWeight, normalizeHeader } from "../../text/normalize";
import {
  FUNDS_HEADERS,
  FUNDS_ROW_LABELS,
  GRADE_WORDS,
  INDICATOR_HEADERS,
  TOTAL_ROW_WORDS,
  matchRole,
  type FundsRole,
  type IndicatorRole,
} from "./headers";
import type { FormCell, FundsBlock, FundsRow, Indicator, SelfEvaluationForm, Subtotal } from "./types";

type ColumnMap<R extends string> = Partial<Record<R, number>>;

/** Columns of a header row whose words match a role table; the first column of each role wins. */
function headerColumns<R extends string>(grid: SheetGrid, row: number, table: Record<R, string[]>): ColumnMap<R> {
  const map: ColumnMap<R> = {};
  for (let c = grid.left; c < grid.right; c++) {
    const role = matchRole(table, grid.header(row, c));
    if (role && map[role] === undefined) map[role] = c;
  }
  return map;
}

interface IndicatorHeader {
  row: number;
  dataStart: number;
  cols: ColumnMap<IndicatorRole>;
}

/** Indicator header rows: a 三级指标 column with a target, an actual, a weight and a score column. */
function findIndicatorHeaders(grid: SheetGrid): IndicatorHeader[] {
  const found: IndicatorHeader[] = [];
  for (let r = grid.top; r < grid.bottom; r++) {
    const cols = headerColumns(grid, r, INDICATOR_HEADERS);
    if (cols.name === undefined || cols.actual === undefined || cols.weight === undefined || cols.score === undefined) continue;
    if (cols.target === undefined && cols.nature === undefined) {
      // The split layout may put 指标性质 | 指标值 | 度量单位 on the row below a merged 年度指标值.
      const below = headerColumns(grid, r + 1, INDICATOR_HEADERS);
      if (below.target === undefined) continue;
    }
    let dataStart = r + 1;
    const sub = headerColumns(grid, r + 1, INDICATOR_HEADERS);
    const subRoles = (["nature", "target", "unit"] as const).filter((k) => sub[k] !== undefined);
    if (subRoles.length >= 2) {
      for (const k of subRoles) cols[k] = sub[k];
      dataStart = r + 2;
    }
    // A header repeated on the next page of the same table belongs to the table above.
    if (found.length && !hasTitleBetween(grid, found[found.length - 1].row + 1, r)) continue;
    found.push({ row: r, dataStart, cols });
  }
  return found;
}

function rowHasWord(grid: SheetGrid, row: number, words: string[], maxCol = grid.right): boolean {
  for (let c = grid.left; c < Math.min(maxCol, grid.right); c++) if (words.includes(grid.header(row, c))) return true;
  return false;
}

function rowIncludes(grid: SheetGrid, row: number, word: string): boolean {
  for (let c = grid.left; c < grid.right; c++) if (grid.header(row, c).includes(word)) return true;
  return false;
}

function isTitleRow(grid: SheetGrid, row: number): boolean {
  return rowIncludes(grid, row, "绩效自评表") || rowHasWord(grid, row, ["项目名称"]);
}

function hasTitleBetween(grid: SheetGrid, from: number, to: number): boolean {
  for (let r = from; r < to; r++) if (isTitleRow(grid, r)) return true;
  return false;
}

/** The value printed to the right of a label: the next non-empty cell outside the label's merged area. */
function valueRightOf(grid: SheetGrid, row: number, col: number): string | null {
  const m = grid.mergeAt(row, col);
  for (let c = (m ? m.right : col) + 1; c < grid.right; c++) {
    const t = grid.text(row, c);
    if (t) return t;
  }
  return null;
}

function findLabel(grid: SheetGrid, top: number, bottom: number, words: string[]): string | null {
  for (let r = top; r < bottom; r++) {
    for (let c = grid.left; c < grid.right; c++) {
      if (words.includes(grid.header(r, c))) return valueRightOf(grid, r, c);
    }
  }
  return null;
}

function fundsRowKind(label: string): FundsRow["kind"] | null {
  const l = label.replace(/^其中[:：]?/, "");
  for (const { kind, words } of FUNDS_ROW_LABELS) if (words.includes(l)) return kind;
  return null;
}

function readFunds(grid: SheetGrid, top: number, bottom: number): FundsBlock | null {
  for (let r = top; r < bottom; r++) {
    const cols = headerColumns<FundsRole>(grid, r, FUNDS_HEADERS);
    if (cols.executed === undefined || (cols.adjusted === undefined && cols.initial === undefined)) continue;
    const firstCol = Math.min(...(Object.values(cols) as number[]));
    // The block's own label ("项目资金（元）", "预算执行情况(10分)") sits left of the amounts, often merged down.
    let unit: string | null = null;
    let weight: number | null = null;
    const rows: FundsRow[] = [];
    const scanLabel = (row: number) => {
      for (let c = grid.left; c < firstCol; c++) {
        const t = grid.text(row, c);
        const u = /[(（]\s*(万元|元)\s*[)）]|单位[:：]\s*(万元|元)/.exec(t);
        if (u && !unit) unit = u[1] ?? u[2];
        if (weight === null && /预算执行|项目资金/.test(t)) weight = headerWeight(t);
      }
    };
    scanLabel(r);
    for (let rr = r + 1; rr < bottom; rr++) {
      let label = "";
      let labelCol = -1;
      for (let c = firstCol - 1; c >= grid.left; c--) {
        const h = normalizeHeader(grid.text(rr, c));
        if (h && !/项目资金|预算执行情况|资金情况/.test(h)) {
          label = h;
          labelCol = c;
          break;
        }
      }
      const kind = label ? fundsRowKind(label) : null;
      if (!kind) {
        if (rows.length) break;
        continue;
      }
      scanLabel(rr);
      const at = (role: FundsRole) => (cols[role] === undefined ? null : formCell(grid, rr, cols[role]!));
      rows.push({
        kind,
        label,
        labelCell: grid.address(rr, labelCol),
        row: rr,
        initial: at("initial"),
        adjusted: at("adjusted"),
        executed: at("executed"),
        weight: at("weight"),
        rate: at("rate"),
        score: at("score"),
      });
    }
    if (rows.length) return { unit, headerWeight: weight, rows };
  }
  return null;
}

const NATURE_COMPARATOR: Record<string, string> = { 正向: "≥", 反向: "≤", 定性: "" };

/** The text of a row's label cells (left of and including 三级) that the row holds itself, not a merge from above. */
function ownLabels(grid: SheetGrid, row: number, limit: number): { text: string; col: number }[] {
  const out: { text: string; col: number }[] = [];
  for (let c = grid.left; c < limit; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const text = grid.header(row, c);
    if (text) out.push({ text, col: c });
  }
  return out;
}

const SUBTOTAL = /小计$/;

function readIndicators(grid: SheetGrid, h: IndicatorHeader, end: number): { indicators: Indicator[]; subtotals: Subtotal[]; totalRow: number | null } {
  const { cols } = h;
  const indicators: Indicator[] = [];
  const subtotals: Subtotal[] = [];
  let blockStart = 0;
  let primary = "";
  let primaryWeight: number | null = null;
  let primaryCell: string | null = null;
  let secondary = "";
  const labelLimit = cols.name! + 1;
  for (let r = h.dataStart; r < end; r++) {
    if (rowHasWord(grid, r, TOTAL_ROW_WORDS, labelLimit)) return { indicators, subtotals, totalRow: r };
    if (matchRole(INDICATOR_HEADERS, grid.header(r, cols.name!)) === "name") continue; // a repeated header row
    // "产出指标小计" closes a block; a last "合计" closes the form, one with indicators below it is a subtotal.
    const label = ownLabels(grid, r, labelLimit).find((l) => SUBTOTAL.test(l.text) || l.text === "合计");
    if (label) {
      const more = label.text === "合计" && hasIndicatorBelow(grid, h, r + 1, end);
      if (label.text === "合计" && !more) return { indicators, subtotals, totalRow: r };
      subtotals.push({
        row: r,
        label: label.text,
        labelCell: grid.address(r, label.col),
        weight: formCell(grid, r, cols.weight!),
        score: formCell(grid, r, cols.score!),
        from: blockStart,
        to: indicators.length,
      });
      blockStart = indicators.length;
      continue;
    }
    const cell = (role: IndicatorRole) => (cols[role] === undefined ? null : formCell(grid, r, cols[role]!));
    const name = cell("name")!;
    const target = cell("target");
    const actual = cell("actual")!;
    const weight = cell("weight")!;
    const score = cell("score")!;
    if (!name.text && !(target?.text) && !actual.text && !weight.text && !score.text) continue;
    // The lower rows of an indicator merged over several rows carry nothing of their own.
    const nameMerge = grid.mergeAt(r, cols.name!);
    const ownText = (col: number | undefined) => {
      const m = col === undefined ? undefined : grid.mergeAt(r, col);
      return col === undefined || (m && m.top < r) ? "" : grid.text(r, col);
    };
    if (nameMerge && nameMerge.top < r && (["target", "actual", "weight", "score"] as const).every((k) => ownText(cols[k]) === "")) continue;
    if (cols.primary !== undefined) {
      const p = grid.text(r, cols.primary);
      if (p) {
        primary = normalizeHeader(p);
        primaryWeight = headerWeight(p);
        primaryCell = formCell(grid, r, cols.primary).cell;
      }
    }
    if (cols.secondary !== undefined) {
      const s = normalizeHeader(grid.text(r, cols.secondary));
      if (s) secondary = s;
    }
    let targetCell: FormCell = target ?? { cell: name.cell, value: null, text: "", decimals: null, numberFormat: null };
    let nature: string | null = null;
    if (cols.nature !== undefined) {
      nature = grid.text(r, cols.nature) || null;
      const unit = cols.unit !== undefined ? grid.text(r, cols.unit) : "";
      const cmp = nature === null ? "" : NATURE_COMPARATOR[nature] ?? nature;
      const joined = nature === "定性" ? targetCell.text : `${cmp}${targetCell.text}${unit}`;
      targetCell = { ...targetCell, text: joined };
    }
    indicators.push({
      row: r,
      primary,
      primaryWeight,
      primaryCell,
      secondary,
      // Names wrap inside their cell ("举办海智交流活动\n场次"): the line break is layout, not text.
      name: name.text.replace(/\s*\n\s*/g, ""),
      nameCell: name.cell,
      target: targetCell,
      nature,
      actual,
      weight,
      score,
      reason: cell("reason"),
    });
  }
  return { indicators, subtotals, totalRow: null };
}

function hasIndicatorBelow(grid: SheetGrid, h: IndicatorHeader, from: number, end: number): boolean {
  for (let r = from; r < end; r++) {
    if (!grid.isBlank(r, h.cols.name!) && h.cols.target !== undefined && !grid.isBlank(r, h.cols.target)) return true;
  }
  return false;
}

/** Every self-evaluation form of a sheet, located by its header words (never by fixed addresses). */
export function recogniseSelfEvaluations(grid: SheetGrid): SelfEvaluationForm[] {
  const headers = findIndicatorHeaders(grid);
  const forms: SelfEvaluationForm[] = [];
  let floor = grid.top;
  headers.forEach((h, i) => {
    // The form starts at its title (or 项目名称 row) above the indicator header, below the previous form.
    let top = h.row;
    for (let r = h.row - 1; r >= floor; r--) {
      if (isTitleRow(grid, r)) {
        top = r;
        if (rowIncludes(grid, r, "绩效自评表")) break;
      }
    }
    if (top === h.row) {
      for (let r = h.row - 1; r >= floor; r--) if (Object.keys(headerColumns(grid, r, FUNDS_HEADERS)).length >= 3) top = r;
    }
    const nextTop = i + 1 < headers.length ? headers[i + 1].row : grid.bottom;
    let end = nextTop;
    if (i + 1 < headers.length) for (let r = h.row + 1; r < nextTop; r++) if (isTitleRow(grid, r)) { end = r; break; }
    const { indicators, subtotals, totalRow } = readIndicators(grid, h, end);
    if (indicators.length === 0) return;
    let bottom = totalRow ?? indicators[indicators.length - 1].row;
    let total: SelfEvaluationForm["total"] = null;
    let grade: FormCell | null = null;
    if (totalRow !== null) {
      total = {
        row: totalRow,
        weight: formCell(grid, totalRow, h.cols.weight!),
        score: formCell(grid, totalRow, h.cols.score!),
      };
      for (let r = totalRow; r < Math.min(totalRow + 3, end); r++) {
        for (let c = grid.left; c < grid.right; c++) {
          if (!GRADE_WORDS.includes(grid.header(r, c))) continue;
          const m = grid.mergeAt(r, c);
          for (let cc = (m ? m.right : c) + 1; cc < grid.right; cc++) {
            if (grid.text(r, cc)) {
              grade = formCell(grid, r, cc);
              break;
            }
          }
          if (grade) bottom = Math.max(bottom, r);
          break;
        }
        if (grade) break;
      }
    }
    let left = grid.right;
    let right = grid.left;
    for (let r = top; r <= bottom; r++) {
      for (let c = grid.left; c < grid.right; c++) {
        if (!grid.isBlank(r, c)) {
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      }
    }
    floor = bottom + 1;
    forms.push({
      sheet: grid.name,
      range: rangeAddress({ top, left, bottom, right }),
      projectName: findLabel(grid, top, h.row, ["项目名称"]) ?? "",
      department: findLabel(grid, top, h.row, ["主管部门"]),
      implementer: findLabel(grid, top, h.row, ["实施单位", "项目单位"]),
      year: findLabel(grid, top, h.row, ["实施年度", "年度"]),
      funds: readFunds(grid, top, h.row),
      indicators,
      subtotals,
      total,
      grade,
    });
  });
  return forms;
}
