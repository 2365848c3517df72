import { cellAddress, rangeAddress } from "../../address";
import type { SheetGrid } from "../../sheet-grid";
import { amountValue, parseAmount } from "../../parse/amount";
import { normalizeHeader, stripSpaces, toHalfWidth } from "../../text/normalize";
import { memoByText } from "../../text/memo";
import { text, type TextRef } from "../../findings/text";
import { columnPath, columnRelations, headerBlock, isLabelHeader, type HeaderBlock } from "./header";
import { assignParents, indentMeasure, numberingRank, stripNumbering } from "./hierarchy";
import type { AmountCell, Block, BudgetRow, BudgetTable, RowKind, TableRole } from "./schema";
import {
  isCodeHeader,
  CODE_PART_HEADERS,
  COLUMN_NUMBER_ROW,
  NO_AMOUNT_TEXT,
  ATTACHMENT_LABEL,
  OTHER_FORM_TITLE,
  SANGONG_ITEMS,
  TABLE_NUMBER,
  TOTAL_LABEL,
  DELTA_ROW,
  GRAND_LABEL,
  NOT_BUDGET_HEADER,
  NOTE_ROW,
  OF_WHICH,
  SUBTOTAL_LABEL,
  TEXT_HEADER,
  RATE_HEADER,
  RATE_ROW,
  COUNT_ROW,
  TITLE_WORDS,
  UNIT_FACTORS,
  UNIT_IN_HEADER,
  UNIT_LINE,
  YEAR_ROW,
} from "./vocabulary";

/** The longest run of blank rows a table may hold between its rows. */
const MAX_BLANK_RUN = 8;

type ColumnKind = "label" | "code" | "codePart" | "text" | "amount";

interface ColumnInfo {
  col: number;
  kind: ColumnKind;
  labels: string[];
  keys: string[];
}

/** Decimals a number shows when its cell has no number format: as stored, ignoring binary noise. */
function decimalsOfNumber(x: number): number {
  for (let d = 0; d <= 6; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled)) * 1e-3 + 1e-9) return d;
  }
  return 6;
}

function amountCell(grid: SheetGrid, row: number, col: number): AmountCell {
  const raw = grid.isAnchor(row, col) ? grid.raw(row, col) : null;
  const a = parseAmount(raw);
  const shown = grid.displayDecimals(row, col);
  const address = cellAddress(row, col);
  const text = raw === null ? "" : String(raw).trim();
  if (a.kind === "number") {
    let decimals = shown ?? decimalsOfNumber(a.value);
    if (shown === null && typeof raw === "string") {
      const m = /\.(\d+)/.exec(toHalfWidth(raw));
      decimals = m ? m[1].length : 0;
    }
    return { row, col, address, kind: "number", value: a.value, text, decimals };
  }
  // "单位不需填列", "不适用": the item does not apply — no amount, as a blank or "-" is.
  const kind = a.kind === "text" && NO_AMOUNT_TEXT.test(stripSpaces(toHalfWidth(text))) ? "none" : a.kind;
  return { row, col, address, kind, value: null, text, decimals: shown ?? 0 };
}

/** Text that is a header or label word, never an amount someone mistyped (a repeated header row, a sub-heading). */
function isHeaderWord(text: string): boolean {
  const h = normalizeHeader(text);
  return isLabelHeader(h) || isCodeHeader(h) || TOTAL_LABEL.test(h) || NOT_BUDGET_HEADER.test(h) || /预算数|决算数|执行数|金额|^年度$|^栏次$|^行次$/.test(h);
}

/**
 * Amount evidence of a column over the data rows: its numbers against its text cells. A column whose cells are
 * mostly text is a text column whatever its header says (names, dates, a goal table's values), and is not checked.
 */
function columnEvidence(grid: SheetGrid, col: number, top: number, bottom: number, labelCols: number[], header: HeaderBlock): { numbers: number; texts: number } {
  let numbers = 0;
  let texts = 0;
  for (let r = top; r <= bottom; r++) {
    if (isColumnNumberRow(grid, r, labelCols) || repeatsHeaderRow(grid, r, header)) continue;
    const a = amountCell(grid, r, col);
    if (a.kind === "number") numbers++;
    else if (a.kind === "text") texts++;
  }
  return { numbers, texts };
}

/**
 * A row that repeats one of the table's header rows (a printed table typed page by page: 项目 | 一般公共预算支出, then
 * 功能分类科目编码 | 功能分类科目名称 | 合计 …, then 类 | 款 | 项, again after each page break): every word it holds is the
 * header's word in the same column. It holds no amounts and no item.
 */
function repeatsHeaderRow(grid: SheetGrid, row: number, header: HeaderBlock): boolean {
  const cells: { c: number; h: string }[] = [];
  for (let c = header.left; c <= header.right; c++) if (grid.isAnchor(row, c) && !grid.isBlank(row, c)) cells.push({ c, h: grid.header(row, c) });
  if (cells.length === 0) return false;
  for (let hr = header.top; hr <= header.bottom; hr++) if (cells.every(({ c, h }) => grid.header(hr, c) === h)) return true;
  return false;
}

function isColumnNumberRow(grid: SheetGrid, row: number, labelCols: number[]): boolean {
  return labelCols.some((c) => COLUMN_NUMBER_ROW.test(grid.header(row, c)));
}

function classifyColumn(labels: string[]): ColumnKind {
  const leaf = labels[labels.length - 1] ?? "";
  if (isLabelHeader(leaf)) return "label";
  if (isCodeHeader(leaf)) return "code";
  if ((CODE_PART_HEADERS as readonly string[]).includes(leaf)) return "codePart";
  if (TEXT_HEADER.test(leaf) || RATE_HEADER.test(leaf) || leaf === "") return "text";
  return "amount";
}

function rowKind(name: string, hasCodeColumn: boolean, code: string | null): RowKind {
  if (OF_WHICH.test(name)) return "ofWhich";
  if (DELTA_ROW.test(name)) return "delta";
  if (YEAR_ROW.test(name)) return "year";
  if (SUBTOTAL_LABEL.test(name)) return "subtotal";
  if (GRAND_LABEL.test(name)) return "grand";
  if (/合计$/.test(name) || name === "总额") return "sum";
  if (hasCodeColumn && code === null) return "unit";
  return "item";
}

/** The first text of a row that ends a table: a note, a new title, a unit line. */
function endsTable(grid: SheetGrid, row: number, left: number, right: number, labelCols: number[], amountCols: number[], header?: HeaderBlock): boolean {
  // The table's own header printed again after a page break goes on with the table.
  if (header && repeatsHeaderRow(grid, row, header)) return false;
  let blank = true;
  for (let c = left; c <= right; c++) if (!grid.isBlank(row, c)) blank = false;
  if (blank) return true;
  for (let c = grid.left; c <= right; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const t = grid.text(row, c);
    if (!t) continue;
    if (NOTE_ROW.test(normalizeHeader(t))) return true;
    break;
  }
  // A banner merged across the label and the amounts: a text block that follows the table.
  for (const lc of labelCols) {
    const m = grid.mergeAt(row, lc);
    if (m && amountCols.some((ac) => ac >= m.left && ac <= m.right)) return true;
  }
  // Text merged across two or more amount columns (绩效目标 | a paragraph over the whole row): a block after the table.
  for (const ac of amountCols) {
    const m = grid.mergeAt(row, ac);
    if (!m || m.left !== ac || amountCols.filter((c) => c >= m.left && c <= m.right).length < 2) continue;
    if (grid.isAnchor(row, ac) && !grid.isBlank(row, ac) && amountValue(grid.value(row, ac)) === null) return true;
  }
  let headerWords = 0;
  for (let c = left; c <= right; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const h = grid.header(row, c);
    if (isLabelHeader(h) || /指标$/.test(h)) headerWords++;
  }
  return headerWords >= 2;
}

/**
 * After blank rows: the table goes on where a row continues it, or where a few rows of labels without amounts (使用非财政拨款结余,
 * 其中：公务用车购置费 left blank), and blank rows among them, lead to one that does.
 */
function continuesAfterGap(grid: SheetGrid, row: number, block: HeaderBlock, labelCols: number[], amountCols: number[]): boolean {
  for (let r = row; r < Math.min(row + MAX_BLANK_RUN, grid.bottom); r++) {
    if (continuesTable(grid, r, block, labelCols, amountCols)) return true;
    if (isBlankRow(grid, r, block.left, block.right)) continue;
    if (labelCols.length === 0 || endsTable(grid, r, block.left, block.right, labelCols, amountCols, block)) return false;
    if (!labelCols.some((c) => !grid.isBlank(r, c))) return false;
  }
  return false;
}

function isBlankRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!grid.isBlank(row, c)) return false;
  return true;
}

/** A row that goes on with the table: not its end, with a label where the table has label columns and an amount. */
function continuesTable(grid: SheetGrid, row: number, block: HeaderBlock, labelCols: number[], amountCols: number[]): boolean {
  if (endsTable(grid, row, block.left, block.right, labelCols, amountCols, block)) return false;
  if (labelCols.length > 0 && !labelCols.some((c) => !grid.isBlank(row, c))) return false;
  return amountCols.some((c) => amountValue(grid.value(row, c)) !== null);
}

function findUnit(grid: SheetGrid, block: HeaderBlock, floor: number, infos: ColumnInfo[]): BudgetTable["unit"] {
  for (let r = block.top - 1; r >= Math.max(floor, block.top - 6); r--) {
    for (let c = grid.left; c < grid.right; c++) {
      if (!grid.isAnchor(r, c)) continue;
      const m = UNIT_LINE.exec(stripSpaces(toHalfWidth(grid.text(r, c))));
      if (m) return { name: m[1], factor: UNIT_FACTORS[m[1]], cell: cellAddress(r, c), assumed: false };
    }
  }
  for (const info of infos) {
    for (const l of info.labels) {
      const m = UNIT_IN_HEADER.exec(l);
      if (m) return { name: m[1], factor: UNIT_FACTORS[m[1]], cell: null, assumed: false };
    }
  }
  return { name: "元", factor: 1, cell: null, assumed: true };
}

/** An attachment or table number printed before a title in the same cell. */
const TITLE_PREFIX = /^\s*(附件\s*[\d一二三四五六七八九十]*|表\s*\d+)\s*[:：]?\s*/;

function findTitle(grid: SheetGrid, block: HeaderBlock, floor: number): { title: string; tableNo: string | null; year: string | null } {
  let year: string | null = null;
  let title = "";
  let fallback = "";
  let tableNo: string | null = null;
  for (let r = block.top - 1; r >= Math.max(floor, block.top - 6); r--) {
    const texts: string[] = [];
    for (let c = grid.left; c < grid.right; c++) if (grid.isAnchor(r, c) && !grid.isBlank(r, c)) texts.push(grid.text(r, c));
    for (const raw of texts) {
      year ??= /(\d{4})\s*年/.exec(raw)?.[1] ?? null;
      // "附件2：一般公共预算支出表", "表1：收支总表": the label before the title (its colon included) is not the title.
      const prefix = TITLE_PREFIX.exec(raw);
      const t = prefix && prefix[0].length < raw.length ? raw.slice(prefix[0].length) : raw;
      if (t !== raw && prefix![1].startsWith("表")) tableNo ??= stripSpaces(prefix![1]);
      const no = stripSpaces(toHalfWidth(t));
      if (TABLE_NUMBER.test(no)) {
        tableNo ??= no;
        continue;
      }
      if (ATTACHMENT_LABEL.test(no)) continue;
      if (UNIT_LINE.test(toHalfWidth(t)) || /[:：]/.test(t)) continue;
      if (!title && TITLE_WORDS.test(t)) title = stripSpaces(t);
      if (!fallback && texts.length === 1 && !OTHER_FORM_TITLE.test(t)) fallback = stripSpaces(t);
    }
  }
  return { title: title || fallback, tableNo, year };
}

function roleOf(title: string, balance: boolean, hasCode: boolean, infos: ColumnInfo[]): { role: TableRole; fund: BudgetTable["fund"] } {
  const headers = infos.flatMap((i) => i.labels).join("|");
  const fund: BudgetTable["fund"] = /政府预算拨款|财政拨款/.test(title)
    ? "government"
    : /一般公共预算/.test(title)
      ? "general"
      : /政府性基金/.test(title)
        ? "fund"
        : /国有资本/.test(title)
          ? "capital"
          : "all";
  if (balance) return { role: "balance", fund };
  if (/三公/.test(title)) return { role: "sangong", fund };
  if (/基本支出|经济分类/.test(title)) return { role: "basic", fund };
  if (/项目支出/.test(title)) return { role: "project", fund };
  // Income by function class (收入决算表, 收入预算总表) is income, not expenditure to set against the 收支总表's lines.
  if (hasCode && /收入/.test(title) && !/支出/.test(title)) return { role: "income", fund };
  if (hasCode || /功能分类/.test(title)) return { role: "function", fund };
  if (/收入/.test(title)) return { role: "income", fund };
  if (/支出总表/.test(title)) return { role: "expense", fund };
  if (infos.some((i) => i.kind === "label" && i.labels.includes("任务名称"))) return { role: "tasks", fund };
  if (/出国/.test(headers) && /接待/.test(headers)) return { role: "sangong", fund };
  if (/支出总计/.test(headers) && /基本支出/.test(headers) && /项目支出/.test(headers)) return { role: "expense", fund };
  if (/收入总计/.test(headers)) return { role: "income", fund };
  return { role: "other", fund };
}

function rowLabel(grid: SheetGrid, row: number, labelCols: number[]): { text: string; col: number } | null {
  for (let i = labelCols.length - 1; i >= 0; i--) {
    const c = labelCols[i];
    if (grid.isAnchor(row, c) && !grid.isBlank(row, c)) return { text: grid.text(row, c), col: c };
  }
  for (let i = labelCols.length - 1; i >= 0; i--) {
    const c = labelCols[i];
    if (!grid.isBlank(row, c)) return { text: grid.text(row, c), col: c };
  }
  return null;
}

/** The classification code of a row: the 科目编码 cell, or 类 | 款 | 项 (or 类 | 款) joined (blank parts inherited from rows above). */
function codeReader(grid: SheetGrid, codeCol: number | null, partCols: number[]) {
  let last = ["", "", ""];
  return (row: number): string | null => {
    if (codeCol !== null) {
      const t = stripSpaces(toHalfWidth(grid.text(row, codeCol)));
      return /^\d{3,}$/.test(t) ? t : null;
    }
    // 类 | 款 | 项 (function classification) or 类 | 款 (economic classification: 301 | 01).
    if (partCols.length < 2 || partCols.length > 3) return null;
    const parts = partCols.map((c) => stripSpaces(toHalfWidth(grid.text(row, c))));
    if (!parts.some((p) => /^\d+$/.test(p))) return null;
    let deepest = -1;
    parts.forEach((p, i) => {
      if (/^\d+$/.test(p)) deepest = i;
    });
    const full = parts.map((p, i) => (/^\d+$/.test(p) ? (i === 0 ? p : p.padStart(2, "0")) : i < deepest ? last[i] : ""));
    if (full.slice(0, deepest + 1).some((p) => p === "")) return null;
    last = full;
    return full.slice(0, deepest + 1).join("");
  };
}

interface BlockColumns {
  side: Block["side"];
  labelCols: number[];
  amount: ColumnInfo[];
  codeCol?: number | null;
  partCols?: number[];
}

/**
 * A table printed in two (or more) halves side by side, each with its own code, label and amount columns under the same
 * header words (基本支出决算表: 类 | 款 | 科目名称 | 决算数 | 类 | 款 | 科目名称 | 决算数). Each half starts at the code columns
 * just left of its label column. Null unless the label columns repeat one header word and every half has amounts.
 */
function sideBySideHalves(infos: ColumnInfo[], labelCols: number[]): BlockColumns[] | null {
  if (labelCols.length < 2) return null;
  const leaf = (col: number) => {
    const i = infos.find((x) => x.col === col);
    return i ? i.labels[i.labels.length - 1] : "";
  };
  if (new Set(labelCols.map(leaf)).size !== 1) return null;
  const kindAt = (col: number) => infos.find((x) => x.col === col)?.kind;
  const starts = labelCols.map((l, k) => {
    if (k === 0) return infos[0].col;
    let c = l;
    while (c - 1 > labelCols[k - 1] && (kindAt(c - 1) === "code" || kindAt(c - 1) === "codePart")) c--;
    return c;
  });
  const halves = labelCols.map((l, k): BlockColumns => {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] - 1 : Infinity;
    const inHalf = infos.filter((i) => i.col >= from && i.col <= to);
    return {
      side: "half",
      labelCols: [l],
      amount: inHalf.filter((i) => i.kind === "amount"),
      codeCol: inHalf.find((i) => i.kind === "code")?.col ?? null,
      partCols: inHalf.filter((i) => i.kind === "codePart").map((i) => i.col),
    };
  });
  return halves.every((h) => h.amount.length > 0) ? halves : null;
}

function buildBlock(grid: SheetGrid, spec: BlockColumns, header: HeaderBlock, codeCol: number | null, partCols: number[], dataBottom: number): Block {
  const dataTop = header.bottom + 1;
  const readCode = codeReader(grid, codeCol, partCols);
  const hasCodeColumn = codeCol !== null || partCols.length === 3 || partCols.length === 2;
  const rows: BudgetRow[] = [];
  const indents: number[] = [];
  const ranks: (number | null)[] = [];
  for (let r = dataTop; r <= dataBottom; r++) {
    if (isColumnNumberRow(grid, r, spec.labelCols) || repeatsHeaderRow(grid, r, header)) continue;
    const label = rowLabel(grid, r, spec.labelCols);
    const code = hasCodeColumn ? readCode(r) : null;
    let amounts = spec.amount.map((a) => amountCell(grid, r, a.col));
    // A row of words and no number (a header repeated after a page break, a sub-heading) holds no amounts to check.
    const texts = amounts.filter((a) => a.kind === "text");
    if (!amounts.some((a) => a.kind === "number") && (texts.length >= 2 || texts.some((a) => isHeaderWord(a.text))))
      amounts = amounts.map((a) => (a.kind === "text" ? { ...a, kind: "none" as const } : a));
    else amounts = amounts.map((a) => (a.kind === "text" && isHeaderWord(a.text) ? { ...a, kind: "none" as const } : a));
    if (!label && code === null && amounts.every((a) => a.kind === "none")) continue;
    const text = label?.text ?? "";
    // A trailing colon ("本年收入合计：") is punctuation, not part of the row's name.
    const name = stripNumbering(stripSpaces(toHalfWidth(text))).replace(/:+$/, "");
    // A row of percentages (增减%) or of counts (公务用车保有量(辆)) holds no amounts: nothing in it adds up.
    if (RATE_ROW.test(name) || COUNT_ROW.test(name)) continue;
    // A table without a label column names its rows by their first cell.
    const labelCol = label?.col ?? spec.labelCols[spec.labelCols.length - 1] ?? spec.amount[0].col;
    indents.push(indentMeasure(grid, r, labelCol));
    ranks.push(numberingRank(stripSpaces(toHalfWidth(text))));
    rows.push({
      row: r,
      label: text,
      name,
      labelCell: cellAddress(r, labelCol),
      code,
      kind: rowKind(name, hasCodeColumn, code),
      level: 0,
      parent: null,
      amounts,
    });
  }
  const hierarchy = assignParents(rows, indents, ranks);
  const rel = columnRelations(spec.amount.map((a) => ({ keys: a.keys, labels: a.labels })));
  return {
    side: spec.side,
    columns: spec.amount.map((a) => ({ col: a.col, path: a.labels, label: a.labels[a.labels.length - 1] ?? "" })),
    rows,
    hierarchy,
    columnSums: rel.sums,
    columnSubsets: rel.subsets,
  };
}

/**
 * A 三公 table printed without a label column: its header row names the 三公 items (因公出国(境)费, 公务接待费 …) beside
 * a 合计, and its data row carries only amounts. Returns the header's first column, or -1.
 */
function sangongHeaderLeft(grid: SheetGrid, row: number): number {
  let left = -1;
  let total = false;
  let items = 0;
  for (let c = grid.left; c < grid.right; c++) {
    if (!grid.isAnchor(row, c) || grid.isBlank(row, c)) continue;
    const word = sangongWord(grid.header(row, c));
    if (word < 0) return -1;
    if (left < 0) left = c;
    if (word & 1) total = true;
    items |= word >> 1;
  }
  // Two items or more: more than one bit set.
  return total && (items & (items - 1)) !== 0 ? left : -1;
}

/**
 * What a header cell says to sangongHeaderLeft: -1 for a label or code header, else bit 0 for a total word and one
 * bit per 三公 item it names (SANGONG_ITEMS order, from bit 1). Every row of every sheet is asked, so the answer is
 * remembered per text rather than matched again.
 */
const sangongWord = memoByText((h: string): number => {
  if (isLabelHeader(h) || isCodeHeader(h)) return -1;
  let word = TOTAL_LABEL.test(h) ? 1 : 0;
  SANGONG_ITEMS.forEach((it, i) => {
    if (it.match.test(h)) word |= 2 << i;
  });
  return word;
});

/**
 * A key/value row of a form's block (项目名称 | 滨湖大厦办公大楼运行保障 merged over the rest of the row), not a table
 * header: one header row whose only cell after the label is a value — not a header word — merged across two or more columns.
 */
function isKeyValueRow(grid: SheetGrid, anchor: number, block: HeaderBlock): boolean {
  if (block.top !== block.bottom) return false;
  const cells: number[] = [];
  for (let c = block.left; c <= block.right; c++) {
    if (!grid.isAnchor(anchor, c) || grid.isBlank(anchor, c)) continue;
    const h = grid.header(anchor, c);
    if (isLabelHeader(h) || isCodeHeader(h)) continue;
    cells.push(c);
  }
  if (cells.length !== 1) return false;
  // A column header merged wide for layout (项目 | 预算数 over two columns) is still a header.
  const text = grid.text(anchor, cells[0]);
  if (isHeaderWord(text) || /预算|决算|金额|合计|总计/.test(text)) return false;
  const m = grid.mergeAt(anchor, cells[0]);
  return m !== null && m !== undefined && m.right > m.left && m.bottom === m.top;
}

function parseTable(grid: SheetGrid, anchor: number, floor: number): { table: BudgetTable; last: number } | null {
  let left = -1;
  for (let c = grid.left; c < grid.right; c++) {
    const h = grid.isAnchor(anchor, c) ? grid.header(anchor, c) : "";
    if (isLabelHeader(h) || isCodeHeader(h)) {
      left = c;
      break;
    }
  }
  const labelless = left < 0 ? sangongHeaderLeft(grid, anchor) : -1;
  if (left < 0) left = labelless;
  if (left < 0) return null;
  const block = headerBlock(grid, anchor, left, floor);
  if (isKeyValueRow(grid, anchor, block)) return null;
  const infos: ColumnInfo[] = [];
  for (let c = block.left; c <= block.right; c++) {
    const p = columnPath(grid, block, c);
    infos.push({ col: c, kind: classifyColumn(p.labels), labels: p.labels, keys: p.keys });
  }
  if (infos.some((i) => i.labels.some((l) => NOT_BUDGET_HEADER.test(l)))) return null;
  let amountInfos = infos.filter((i) => i.kind === "amount");
  if (amountInfos.length === 0) return null;
  const labelCols = infos.filter((i) => i.kind === "label").map((i) => i.col);
  const codeCol = infos.find((i) => i.kind === "code")?.col ?? null;
  const partCols = infos.filter((i) => i.kind === "codePart").map((i) => i.col);

  // Data rows run to the first blank row, note, banner or new header.
  let last = block.bottom;
  const amountCols = amountInfos.map((i) => i.col);
  for (;;) {
    while (last + 1 < grid.bottom && !endsTable(grid, last + 1, block.left, block.right, labelCols, amountCols, block)) last++;
    // Blank rows inside a table (spacers, a page break, the empty lines of a 收支总表 before its 总计) when the row after
    // them goes on with a label and an amount.
    let gap = 0;
    while (gap < MAX_BLANK_RUN && last + gap + 1 < grid.bottom && isBlankRow(grid, last + gap + 1, block.left, block.right)) gap++;
    if (gap > 0 && last + gap + 1 < grid.bottom && continuesAfterGap(grid, last + gap + 1, block, labelCols, amountCols)) last += gap;
    else break;
  }
  while (last > block.bottom && isBlankRow(grid, last, block.left, block.right)) last--;
  if (last === block.bottom) return null;

  // Amount evidence: a region is a budget table only where its amount columns hold amounts. Columns of words are
  // text columns; a region without a single amount (a form of another kind, a text block under a 项目 header) is not claimed.
  let numbers = 0;
  amountInfos = amountInfos.filter((info) => {
    const e = columnEvidence(grid, info.col, block.bottom + 1, last, labelCols, block);
    if (e.texts > 0 && e.numbers < e.texts) {
      info.kind = "text";
      return false;
    }
    numbers += e.numbers;
    return true;
  });
  if (amountInfos.length === 0 || numbers === 0) return null;

  const sideLabels = infos.filter((i) => i.kind === "label" && ["项目", "收入项目", "支出项目"].includes(i.labels[i.labels.length - 1]));
  const headerText = infos.flatMap((i) => i.labels).join("|");
  const balance = sideLabels.length === 2 && /收入/.test(headerText) && /支出/.test(headerText);
  const specs: BlockColumns[] = [];
  if (balance) {
    const [a, b] = sideLabels.map((i) => i.col);
    const sideOf = (col: number, fallback: Block["side"]): Block["side"] => {
      const path = infos.find((i) => i.col === col)?.labels.join("") ?? "";
      return /收入/.test(path) ? "income" : /支出/.test(path) ? "expense" : fallback;
    };
    specs.push({ side: sideOf(a, "income"), labelCols: [a], amount: amountInfos.filter((i) => i.col > a && i.col < b) });
    specs.push({ side: sideOf(b, "expense"), labelCols: [b], amount: amountInfos.filter((i) => i.col > b) });
  } else {
    const halves = sideBySideHalves(infos, labelCols);
    if (halves) specs.push(...halves);
    else specs.push({ side: "single", labelCols: labelCols.length ? labelCols : labelless >= 0 ? [] : [block.left], amount: amountInfos, codeCol, partCols });
  }
  // A side without amount columns (its header merged away) holds nothing to check.
  const blocks = specs
    .filter((s) => s.amount.length > 0)
    .map((s) => buildBlock(grid, s, block, balance ? null : (s.codeCol ?? null), balance ? [] : (s.partCols ?? []), last));
  if (blocks.length === 0 || blocks.every((b) => b.rows.length === 0)) return null;

  const unit = findUnit(grid, block, floor, infos);
  const { title, tableNo, year: yearAbove } = findTitle(grid, block, floor);
  const year = infos.flatMap((i) => i.labels).map((l) => /(\d{4})年/.exec(l)?.[1]).find((y) => y !== undefined) ?? yearAbove;
  const { role, fund } = roleOf(title, balance, codeCol !== null || partCols.length === 3 || partCols.length === 2, infos);
  const notes: TextRef[] = [];
  if (unit.assumed) notes.push(text("budget.note.unitAssumed"));
  for (const b of blocks) if (b.hierarchy !== "none") notes.push(text(`budget.note.hierarchy.${b.hierarchy}`));
  return {
    table: {
      sheet: grid.name,
      range: rangeAddress({ top: block.top, left: block.left, bottom: last, right: block.right }),
      title,
      tableNo,
      year,
      role,
      fund,
      unit,
      blocks,
      notes: [...new Map(notes.map((n) => [n.key, n])).values()],
    },
    last,
  };
}

/**
 * Whether a row may head a budget table: one of its cells is a label header word, or, without one, it is a 三公 header
 * (sangongHeaderLeft finds it). One pass over the row's cells answers both: every row of every sheet is asked.
 */
function mayHeadTable(grid: SheetGrid, row: number): boolean {
  let sangong = true;
  let total = false;
  let items = 0;
  const headers = grid.headerRow(row);
  for (let c = grid.left; c < grid.right; c++) {
    if (!grid.isAnchor(row, c) || grid.isBlank(row, c)) continue;
    const h = headers[c - grid.left];
    if (isLabelHeader(h)) return true;
    if (!sangong) continue;
    // As sangongHeaderLeft reads the row: a code header rules the 三公 layout out.
    const word = sangongWord(h);
    if (word < 0) {
      sangong = false;
      continue;
    }
    if (word & 1) total = true;
    items |= word >> 1;
  }
  return sangong && total && (items & (items - 1)) !== 0;
}

/** Every budget table of a sheet, found by its header words (a label column and amount columns). */
export function recogniseBudgetTables(grid: SheetGrid): BudgetTable[] {
  const out: BudgetTable[] = [];
  let floor = grid.top;
  for (let r = grid.top; r < grid.bottom; r++) {
    if (!mayHeadTable(grid, r)) continue;
    const parsed = parseTable(grid, r, floor);
    if (!parsed) continue;
    out.push(parsed.table);
    r = parsed.last;
    floor = parsed.last + 1;
  }
  return out;
}
