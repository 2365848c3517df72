import { rangeAddress } from "../../address";
import type { SheetGrid } from "../../sheet-grid";
import { formCell } from "../form-cell";
import { assignColumns, columnHeaders } from "../header-match";
import { headerWeight, normalizeHeader } from "../../text/normalize";
import {
  DEPARTMENT_WORDS,
  GOAL_ACHIEVED_WORDS,
  GOAL_PLANNED_WORDS,
  FUNDS_HEADERS,
  FUNDS_ROW_LABELS,
  GRADE_WORDS,
  IMPLEMENTER_WORDS,
  INDICATOR_GENERIC,
  INDICATOR_HEADERS,
  PROJECT_NAME_WORDS,
  TOTAL_ROW_WORDS,
  matchRole,
  roleLookup,
  type FundsRole,
  type IndicatorRole,
} from "./headers";
import type { FormCell, FundsBlock, FundsRow, Indicator, SelfEvaluationForm, Subtotal } from "./types";

type ColumnMap<R extends string> = Partial<Record<R, number>>;

interface IndicatorHeader {
  /** First and last header row (a header spans one to three rows). */
  top: number;
  bottom: number;
  dataStart: number;
  cols: ColumnMap<IndicatorRole>;
}

const NO_ROLES: ReadonlySet<IndicatorRole> = new Set();

/** What a row's own header words say: the indicator roles they name, and whether the row holds header words only. */
interface RowWords {
  roles: ReadonlySet<IndicatorRole>;
  headerLike: boolean;
}

/**
 * What readRowWords found per row of a grid, read on first ask. Every row is asked for its roles (findIndicatorHeaders)
 * and every data row again whether it is header-like (readIndicators): one pass over the row's cells answers both.
 * Kept as a roles list (the shared empty set for most rows) and a byte per row, not an object per row: they live until
 * every form is recognised, and the young-generation collector copied 44,000 of them on the bench workbook.
 */
interface KnownRowWords {
  roles: (ReadonlySet<IndicatorRole> | undefined)[];
  /** 0 not read yet, 1 header-like, 2 not. */
  headerLike: Uint8Array;
}
const rowWordsOf = new WeakMap<SheetGrid, KnownRowWords>();

function knownRowWords(grid: SheetGrid): KnownRowWords {
  let known = rowWordsOf.get(grid);
  if (!known) {
    const rows = grid.bottom - grid.top;
    rowWordsOf.set(grid, (known = { roles: new Array<ReadonlySet<IndicatorRole> | undefined>(rows), headerLike: new Uint8Array(rows) }));
  }
  return known;
}

/** Index of a used-range row in its grid's KnownRowWords, read on first ask; -1 outside the used range. */
function readRow(grid: SheetGrid, row: number): number {
  if (row < grid.top || row >= grid.bottom) return -1;
  const known = knownRowWords(grid);
  const i = row - grid.top;
  if (known.headerLike[i] === 0) {
    const words = readRowWords(grid, row);
    known.roles[i] = words.roles;
    known.headerLike[i] = words.headerLike ? 1 : 2;
  }
  return i;
}

function readRowWords(grid: SheetGrid, row: number): RowWords {
  const lookup = roleLookup(INDICATOR_HEADERS);
  const generic = INDICATOR_GENERIC.name;
  // Most rows name no role (every data row is asked): they share one empty set instead of each building one.
  let roles: Set<IndicatorRole> | null = null;
  let words = 0;
  let cells = 0;
  const headers = grid.headerRow(row);
  // Anchor cells only: merged continuations are not the row's own words.
  for (let c = grid.left; c < grid.right; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const h = headers[c - grid.left];
    const role = lookup.get(h);
    if (role) (roles ??= new Set()).add(role);
    if (!h) continue;
    cells++;
    if (role || generic?.includes(h)) words++;
  }
  return { roles: roles ?? NO_ROLES, headerLike: words >= 2 && words * 2 >= cells };
}

/** Roles named by the anchor cells of one row. */
function rowRoles(grid: SheetGrid, row: number): ReadonlySet<IndicatorRole> {
  const i = readRow(grid, row);
  return i < 0 ? readRowWords(grid, row).roles : knownRowWords(grid).roles[i]!;
}

/** A row of header words only: at least two cells, most of its cells, are indicator-table words (generic ones count). */
function isHeaderLike(grid: SheetGrid, row: number): boolean {
  const i = readRow(grid, row);
  return i >= 0 && knownRowWords(grid).headerLike[i] === 1;
}

/** A funds header row: an 执行数 column beside a 预算数 column. */
function isFundsHeader(grid: SheetGrid, row: number): boolean {
  let executed = false;
  let budget = false;
  for (const h of grid.headerRow(row)) {
    const role = matchRole(FUNDS_HEADERS, h);
    if (role === "executed") executed = true;
    if (role === "adjusted" || role === "initial") budget = true;
  }
  return executed && budget;
}

/**
 * Indicator tables: a header row naming the 三级 column (or an actual column beside 一级/二级), with the header rows
 * directly above and below it that hold header words only (年度指标值 over 指标性质 | 指标值 | 度量单位; 绩效指标 over
 * 一级/二级/三级). Columns are assigned over the whole header band. A self-evaluation needs a name, a target (or the
 * split 指标性质) and an actual column; 分值 and 得分 are optional (an unscored self-evaluation).
 */
function findIndicatorHeaders(grid: SheetGrid): IndicatorHeader[] {
  const found: IndicatorHeader[] = [];
  let skipTo = grid.top;
  for (let r = grid.top; r < grid.bottom; r++) {
    if (r < skipTo) continue;
    const roles = rowRoles(grid, r);
    const anchored = roles.has("name") || (roles.has("actual") && (roles.has("primary") || roles.has("secondary")));
    if (!anchored) continue;
    let top = r;
    let bottom = r;
    if (isHeaderLike(grid, r - 1) && !isFundsHeader(grid, r - 1) && !(found.length && found[found.length - 1].bottom >= r - 1)) top = r - 1;
    if (bottom - top < 2 && isHeaderLike(grid, r + 1) && !rowRoles(grid, r + 1).has("name")) bottom = r + 1;
    const cols = assignColumns(columnHeaders(grid, top, bottom), INDICATOR_HEADERS, { generic: INDICATOR_GENERIC });
    if (cols.name === undefined || cols.actual === undefined || (cols.target === undefined && cols.nature === undefined)) continue;
    skipTo = bottom + 1;
    // A header repeated on the next page of the same table belongs to the table above.
    if (found.length && !hasTitleBetween(grid, found[found.length - 1].bottom + 1, top)) continue;
    found.push({ top, bottom, dataStart: bottom + 1, cols });
  }
  return found;
}

function rowHasWord(grid: SheetGrid, row: number, words: string[], maxCol = grid.right): boolean {
  const headers = grid.headerRow(row);
  for (let c = grid.left; c < Math.min(maxCol, grid.right); c++) if (words.includes(headers[c - grid.left])) return true;
  return false;
}

function rowIncludes(grid: SheetGrid, row: number, word: string): boolean {
  for (const h of grid.headerRow(row)) if (h.includes(word)) return true;
  return false;
}

/** Per grid, what isTitleRow found for each row (0 not asked yet, 1 a title row, 2 not): every row is asked two or three times. */
const titleRows = new WeakMap<SheetGrid, Uint8Array>();

function isTitleRow(grid: SheetGrid, row: number): boolean {
  if (row < grid.top || row >= grid.bottom) return readTitleRow(grid, row);
  let known = titleRows.get(grid);
  if (!known) titleRows.set(grid, (known = new Uint8Array(grid.bottom - grid.top)));
  const i = row - grid.top;
  if (known[i] === 0) known[i] = readTitleRow(grid, row) ? 1 : 2;
  return known[i] === 1;
}

/** A row with 自评表 in some cell, or a 项目名称 label: one pass over the row's cells answers both. */
function readTitleRow(grid: SheetGrid, row: number): boolean {
  // Imported names read once, not per cell: in CommonJS output (tsx, the bench) each read of one is a getter call.
  const projectNameWords = PROJECT_NAME_WORDS;
  for (const h of grid.headerRow(row)) if (h.includes("自评表") || projectNameWords.includes(h)) return true;
  return false;
}

function hasContentBetween(grid: SheetGrid, from: number, to: number): boolean {
  for (let r = from; r < to; r++) for (let c = grid.left; c < grid.right; c++) if (!grid.isBlank(r, c)) return true;
  return false;
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
  const part = /^其中[:：]?/.test(label);
  const l = label.replace(/^其中[:：]?/, "");
  for (const { kind, words } of FUNDS_ROW_LABELS) if (words.includes(l)) return kind;
  // "其中：中央、省、市补助县级资金": any 其中 row is a part of the total.
  if (part && l) return /财政|拨款|补助/.test(l) ? "fiscal" : "other";
  return null;
}

/** Labels of the block itself, left of its rows ("项目资金（万元）", "预算执行情况(10分)"), not row labels. */
const FUNDS_BLOCK_LABEL = /项目资金|预算执行情况|资金情况|预算资金|年度预算数/;

function isBlankLine(grid: SheetGrid, row: number): boolean {
  // A merged label beside the block (项目资金（万元） down the rows) is not the row's own text.
  for (let c = grid.left; c < grid.right; c++) if (grid.isAnchor(row, c) && !grid.isBlank(row, c)) return false;
  return true;
}

/** What the funds block's own label says: its unit (万元 / 元) and its weight, the first found of each. */
interface BlockLabel {
  unit: string | null;
  weight: number | null;
}

/** Read the block label cells of a row (left of the amounts) into `found`, keeping what is already found. */
function scanBlockLabel(grid: SheetGrid, row: number, firstCol: number, found: BlockLabel): void {
  for (let c = grid.left; c < firstCol; c++) {
    const t = grid.text(row, c);
    const u = /[(（]\s*(万元|元)\s*[)）]|单位[:：]\s*(万元|元)/.exec(t);
    if (u && !found.unit) found.unit = u[1] ?? u[2];
    if (found.weight === null && /预算执行|项目资金|资金情况/.test(t)) found.weight = headerWeight(t);
  }
}

/** The cell of a funds column role on a row, or null where the block has no such column. */
function fundsCell(grid: SheetGrid, row: number, cols: ColumnMap<FundsRole>, role: FundsRole): FormCell | null {
  const col = cols[role];
  return col === undefined ? null : formCell(grid, row, col);
}

function readFunds(grid: SheetGrid, top: number, bottom: number): FundsBlock | null {
  for (let r = top; r < bottom; r++) {
    if (!isFundsHeader(grid, r)) continue;
    const cols = assignColumns<FundsRole>(columnHeaders(grid, r, r), FUNDS_HEADERS);
    if (cols.executed === undefined || (cols.adjusted === undefined && cols.initial === undefined)) continue;
    const firstCol = Math.min(...(Object.values(cols) as number[]));
    // The block's own label ("项目资金（元）", "预算执行情况(10分)") sits left of the amounts, often merged down.
    const label: BlockLabel = { unit: null, weight: null };
    const rows: FundsRow[] = [];
    scanBlockLabel(grid, r, firstCol, label);
    for (let rr = r + 1; rr < bottom; rr++) {
      let rowLabel = "";
      let labelCol = -1;
      for (let c = firstCol - 1; c >= grid.left; c--) {
        const h = normalizeHeader(grid.text(rr, c));
        if (h && !FUNDS_BLOCK_LABEL.test(h)) {
          rowLabel = h;
          labelCol = c;
          break;
        }
      }
      const kind = rowLabel ? fundsRowKind(rowLabel) : null;
      if (!kind) {
        // A blank row between the total and its 其中 rows (a spacer, a hidden row emptied) does not end the block.
        if (rows.length && !(rowLabel === "" && isBlankLine(grid, rr))) break;
        continue;
      }
      scanBlockLabel(grid, rr, firstCol, label);
      rows.push({
        kind,
        label: rowLabel,
        labelCell: formCell(grid, rr, labelCol).cell,
        row: rr,
        initial: fundsCell(grid, rr, cols, "initial"),
        adjusted: fundsCell(grid, rr, cols, "adjusted"),
        executed: fundsCell(grid, rr, cols, "executed"),
        weight: fundsCell(grid, rr, cols, "weight"),
        rate: fundsCell(grid, rr, cols, "rate"),
        score: fundsCell(grid, rr, cols, "score"),
      });
    }
    if (rows.length) return { unit: label.unit, headerWeight: label.weight, rows };
  }
  return null;
}

const NATURE_COMPARATOR: Record<string, string> = { 正向: "≥", 反向: "≤", 定性: "" };

const SUBTOTAL = /小计$/;

/**
 * The first of a row's own label cells (left of and including 三级, not a merge from above) that closes a block:
 * "产出指标小计", or "合计". Every data row is asked: found without building the row's list of labels.
 */
function closingLabel(grid: SheetGrid, row: number, limit: number): { text: string; col: number } | undefined {
  const headers = grid.headerRow(row);
  for (let c = grid.left; c < limit; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const text = headers[c - grid.left];
    if (text && (SUBTOTAL.test(text) || text === "合计")) return { text, col: c };
  }
  return undefined;
}

/** The cell of a column role on a row, or null where the table has no such column. */
function roleCell(grid: SheetGrid, row: number, cols: ColumnMap<IndicatorRole>, role: IndicatorRole): FormCell | null {
  const col = cols[role];
  return col === undefined ? null : formCell(grid, row, col);
}

/** A cell's text where the row holds it itself; "" for no column or the lower rows of a merge from above. */
function ownText(grid: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const m = grid.mergeAt(row, col);
  return m && m.top < row ? "" : grid.text(row, col);
}

/**
 * Template rows that are not indicators: 指标1 / 指标2: / …… left as printed, a "/" row, a row with only its 二级.
 * A name that only carries the template's numbering ("指标1工程完工率") is an indicator; the numbering is dropped.
 */
const PLACEHOLDER_NAME = /^(?:指标\s*\d+\s*[:：.、]?)?\s*(?:[…．.。·]+|[/／\\—-]+)?$/;
const NUMBERING = /^指标\s*\d+\s*[:：.、]?\s*(?=\S)/;
/** "★补助鱼塘面积": the template's mark of a core indicator, not part of its name. */
const CORE_MARK = /^[★☆]+\s*/;
const EMPTY_MARK = /^[\s/／\\—-]*$/;

function isNumber(c: FormCell | null): boolean {
  if (!c || c.value === null) return false;
  if (typeof c.value === "number") return true;
  return /\d/.test(c.text);
}

interface IndicatorRows {
  indicators: Indicator[];
  breakdowns: SelfEvaluationForm["breakdowns"];
  subtotals: Subtotal[];
  totalRow: number | null;
  skipped: number;
}

function readIndicators(grid: SheetGrid, h: IndicatorHeader, end: number): IndicatorRows {
  const { cols } = h;
  const indicators: Indicator[] = [];
  const subtotals: Subtotal[] = [];
  let blockStart = 0;
  let primary = "";
  let primaryWeight: number | null = null;
  let primaryCell: string | null = null;
  let primaryText = "";
  let secondary = "";
  const labelLimit = cols.name! + 1;
  const valueCols = [cols.target, cols.actual, cols.weight, cols.score].filter((c): c is number => c !== undefined);
  let skipped = 0;
  const breakdowns: SelfEvaluationForm["breakdowns"] = [];
  const done = (totalRow: number | null): IndicatorRows => ({ indicators, breakdowns, subtotals, totalRow, skipped });
  // Imported names read once, not per row: in CommonJS output (tsx, the bench) each read of one is a getter call.
  const totalRowWords = TOTAL_ROW_WORDS;
  const roles = roleLookup(INDICATOR_HEADERS);
  for (let r = h.dataStart; r < end; r++) {
    if (rowHasWord(grid, r, totalRowWords, labelLimit)) return done(r);
    // A repeated header row, or the upper row of a repeated two-row header (绩效指标 | 年度指标值 | … | 分值 | 得分).
    if (roles.get(grid.header(r, cols.name!)) === "name" || isHeaderLike(grid, r)) continue;
    // "产出指标小计" closes a block; a last "合计" closes the form, one with indicators below it is a subtotal.
    const label = closingLabel(grid, r, labelLimit);
    if (label) {
      const more = label.text === "合计" && hasIndicatorBelow(grid, h, r + 1, end);
      if (label.text === "合计" && !more) return done(r);
      if (cols.weight !== undefined && cols.score !== undefined) {
        subtotals.push({
          row: r,
          label: label.text,
          labelCell: grid.address(r, label.col),
          weight: formCell(grid, r, cols.weight),
          score: formCell(grid, r, cols.score),
          from: blockStart,
          to: indicators.length,
        });
      }
      blockStart = indicators.length;
      continue;
    }
    // A text row spanning the name and value columns ("说明 | 无", a note) ends the table.
    const wide = grid.mergeAt(r, cols.name!);
    if (wide && valueCols.some((c) => c > cols.name! && c >= wide.left && c <= wide.right)) {
      if (indicators.length) return done(null);
      continue;
    }
    const name = roleCell(grid, r, cols, "name")!;
    const target = roleCell(grid, r, cols, "target");
    const actual = roleCell(grid, r, cols, "actual")!;
    const weight = roleCell(grid, r, cols, "weight");
    const score = roleCell(grid, r, cols, "score");
    if (!name.text && !(target?.text) && !actual.text && !weight?.text && !score?.text) continue;
    // The lower rows of an indicator merged over several rows carry nothing of their own.
    const nameMerge = grid.mergeAt(r, cols.name!);
    if (nameMerge && nameMerge.top < r && ownText(grid, r, cols.target) === "" && ownText(grid, r, cols.actual) === "" && ownText(grid, r, cols.weight) === "" && ownText(grid, r, cols.score) === "") continue;
    const scoredRow = isNumber(weight) || isNumber(score);
    const rawName = name.text.replace(/\s*\n\s*/g, "");
    // Template placeholders (指标2, ……, 指标1:/ with "/" values) and rows holding only a 二级 are not indicators.
    if (PLACEHOLDER_NAME.test(normalizeHeader(rawName)) && !scoredRow && EMPTY_MARK.test(target?.text ?? "") && EMPTY_MARK.test(actual.text)) {
      if (rawName) skipped++;
      continue;
    }
    // "其中桃树种植面积": a breakdown of the indicator above, with a target and an actual but no 分值 or 得分 of its own.
    if (cols.weight !== undefined && !scoredRow && /^其中/.test(rawName)) {
      skipped++;
      if (indicators.length) breakdowns.push({ parent: indicators.length - 1, label: rawName, target, actual });
      continue;
    }
    if (cols.primary !== undefined) {
      const p = grid.text(r, cols.primary);
      // A 一级 typed again on each row of its block (an export without merged cells) goes on with the block.
      if (p && !(primaryCell !== null && p === primaryText)) {
        primaryText = p;
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
      name: rawName.replace(CORE_MARK, "").replace(NUMBERING, ""),
      nameCell: name.cell,
      target: targetCell,
      nature,
      actual,
      weight,
      score,
      reason: roleCell(grid, r, cols, "reason"),
    });
  }
  return done(null);
}

function hasIndicatorBelow(grid: SheetGrid, h: IndicatorHeader, from: number, end: number): boolean {
  const { name, target } = h.cols;
  if (target === undefined) return false;
  for (let r = from; r < end; r++) {
    // A text row merged across the name column ("评价结论 | …", "项目负责人:") is not an indicator.
    const m = grid.mergeAt(r, name!);
    if (m && (m.left !== name || m.right !== name)) continue;
    if (!grid.isBlank(r, name!) && !grid.isBlank(r, target)) return true;
  }
  return false;
}

/** The cell below a head (below its merged area), if it holds text. */
function textBelow(grid: SheetGrid, row: number, col: number): FormCell | null {
  const m = grid.mergeAt(row, col);
  const cell = formCell(grid, (m ? m.bottom : row) + 1, col);
  return cell.text ? cell : null;
}

/** The overall goal's texts: the row below the 预期目标 | 实际完成情况 heads, under each head. */
function readGoals(grid: SheetGrid, top: number, bottom: number): SelfEvaluationForm["goals"] {
  for (let r = top; r < bottom; r++) {
    let planned: FormCell | null = null;
    let achieved: FormCell | null = null;
    for (let c = grid.left; c < grid.right; c++) {
      if (!grid.isAnchor(r, c)) continue;
      const h = grid.header(r, c);
      if (GOAL_PLANNED_WORDS.includes(h)) planned = textBelow(grid, r, c);
      else if (GOAL_ACHIEVED_WORDS.includes(h)) achieved = textBelow(grid, r, c);
    }
    if (planned || achieved) return { planned, achieved };
  }
  return null;
}

/** The weight printed on the label column left of the 一级 column at the header ("绩效指标(90分)"). */
function blockWeightOf(grid: SheetGrid, h: IndicatorHeader): SelfEvaluationForm["blockWeight"] {
  const first = Math.min(...(Object.values(h.cols) as number[]));
  for (let r = h.top; r <= h.bottom; r++) {
    for (let c = grid.left; c < first; c++) {
      const a = grid.anchorOf(r, c);
      const w = headerWeight(grid.text(a.row, a.col));
      if (w !== null) return { weight: w, cell: grid.address(a.row, a.col) };
    }
  }
  return null;
}

/** Every self-evaluation form of a sheet, located by its header words (never by fixed addresses). */
export function recogniseSelfEvaluations(grid: SheetGrid): SelfEvaluationForm[] {
  const headers = findIndicatorHeaders(grid);
  const forms: SelfEvaluationForm[] = [];
  let floor = grid.top;
  headers.forEach((h, i) => {
    // The form starts at its title (or 项目名称 row) above the indicator header, below the previous form.
    let top = h.top;
    for (let r = h.top - 1; r >= floor; r--) {
      if (isTitleRow(grid, r)) {
        top = r;
        if (rowIncludes(grid, r, "自评表")) break;
      }
    }
    // A title with nothing of the form between it and the indicator header heads the sheet, not this form (a cut
    // form, or a collection's 汇总 title): the form starts at its header.
    if (top < h.top && !rowHasWord(grid, top, PROJECT_NAME_WORDS) && !hasContentBetween(grid, top + 1, h.top)) top = h.top;
    if (top === h.top) {
      for (let r = h.top - 1; r >= floor; r--) if (isFundsHeader(grid, r)) top = r;
    }
    const nextTop = i + 1 < headers.length ? headers[i + 1].top : grid.bottom;
    let end = nextTop;
    if (i + 1 < headers.length) for (let r = h.bottom + 1; r < nextTop; r++) if (isTitleRow(grid, r)) { end = r; break; }
    const { indicators, breakdowns, subtotals, totalRow, skipped } = readIndicators(grid, h, end);
    if (indicators.length === 0) return;
    const scored = h.cols.weight !== undefined || h.cols.score !== undefined;
    // 得分 without 分值 is read only where the weights are printed elsewhere (产出指标(50分), 年度绩效目标(40分));
    // with no weight anywhere the scores cannot be checked, and the header is reported as not recognised (near-miss).
    const blockWeight = scored ? blockWeightOf(grid, h) : null;
    if (h.cols.weight === undefined && h.cols.score !== undefined && blockWeight === null && indicators.every((x) => x.primaryWeight === null)) return;
    let bottom = totalRow ?? indicators[indicators.length - 1].row;
    let total: SelfEvaluationForm["total"] = null;
    let grade: FormCell | null = null;
    if (totalRow !== null) {
      total = {
        row: totalRow,
        weight: h.cols.weight === undefined ? null : formCell(grid, totalRow, h.cols.weight),
        score: h.cols.score === undefined ? null : formCell(grid, totalRow, h.cols.score),
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
      projectName: findLabel(grid, top, h.top, PROJECT_NAME_WORDS) ?? "",
      department: findLabel(grid, top, h.top, DEPARTMENT_WORDS),
      implementer: findLabel(grid, top, h.top, IMPLEMENTER_WORDS),
      year: findLabel(grid, top, h.top, ["实施年度", "年度"]),
      funds: readFunds(grid, top, h.top),
      goals: readGoals(grid, top, h.top),
      indicators,
      subtotals,
      scored,
      blockWeight,
      total,
      breakdowns,
      skippedRows: skipped,
      notes: [],
      grade,
    });
  });
  return forms;
}
