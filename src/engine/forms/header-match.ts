import type { SheetGrid } from "../sheet-grid";
import { memoByText } from "../text/memo";

/**
 * Header matching as an assignment, not first-match: every column gets at most one role and every role its best
 * column. Real forms print generic words next to specific ones (a merged 绩效指标 label column beside 三级指标, a
 * 年度指标值 group header over 指标性质 | 指标值 | 度量单位), so the first column whose word is in a role's list is
 * often the wrong one.
 *
 * A vocabulary lists each role's words, most specific first; `generic` words (绩效指标, 指标) only win a role that
 * no specific word claims. A header may span one to three rows: a column's own lowest text outranks a group
 * header above it that spans several columns.
 */
export type Vocabulary<R extends string> = Record<R, readonly string[]>;

export interface ColumnHeader {
  col: number;
  /** Normalised header texts of the column, top to bottom, each merged area once. */
  texts: readonly string[];
  /**
   * Per text: whether it is a group header (a merged area over several columns, some of which carry their own text
   * below it). A group header never counts as a column's own text, even where the column has nothing under it.
   */
  groups?: readonly boolean[];
}

export interface AssignOptions<R extends string> {
  /** Words that name a role only when nothing more specific does. */
  generic?: Partial<Record<R, readonly string[]>>;
  /** Only these columns may be assigned (e.g. right of a label column). */
  columns?: (col: number) => boolean;
}

/** A trailing bracket that is not part of the word: a unit (万元), a note (%), a mark (A) normalizeHeader kept. */
const TRAILING_BRACKET = /[(（][^()（）]*[)）]$/;

interface Candidate<R> {
  role: R;
  col: number;
  score: number;
}

function wordScore(words: readonly string[], text: string): number {
  const i = words.indexOf(text);
  return i < 0 ? -1 : 100 - Math.min(i, 99);
}

/** How well one header text names a role: exact word > word after dropping a bracket > generic word. */
function textScore(specific: readonly string[], generic: readonly string[], text: string): number {
  if (!text) return -1;
  const exact = wordScore(specific, text);
  if (exact >= 0) return 300 + exact;
  const bare = text.replace(TRAILING_BRACKET, "");
  if (bare !== text) {
    const loose = wordScore(specific, bare);
    if (loose >= 0) return 200 + loose;
  }
  const g = wordScore(generic, text) >= 0 ? wordScore(generic, text) : wordScore(generic, bare);
  return g >= 0 ? 100 + g : -1;
}

/**
 * Whether a header text could win `role` in assignColumns (any score: exact, bracket dropped, or generic). Lets a
 * recogniser skip rows that cannot be a header before building the full assignment.
 */
export function namesRole<R extends string>(vocabulary: Vocabulary<R>, generic: Partial<Record<R, readonly string[]>>, role: R, text: string): boolean {
  return textScore(vocabulary[role], generic[role] ?? [], text) >= 0;
}

const NO_GENERIC = {};
/** Per vocabulary and generic words: each header text's score for each role (-1: none), remembered per text. */
const scoreTables = new WeakMap<object, WeakMap<object, (text: string) => Int16Array>>();

/**
 * The scores of one text for every role of a vocabulary, in `Object.keys(vocabulary)` order. Recognisers assign the
 * columns of every header-like row of every form, and the same header words recur in each: scoring a text is done
 * once, not once per role and column of every form.
 */
function roleScores<R extends string>(vocabulary: Vocabulary<R>, generic: Partial<Record<R, readonly string[]>> | undefined): (text: string) => Int16Array {
  let byGeneric = scoreTables.get(vocabulary);
  if (!byGeneric) scoreTables.set(vocabulary, (byGeneric = new WeakMap()));
  const g = generic ?? NO_GENERIC;
  let scores = byGeneric.get(g);
  if (!scores) {
    const roles = Object.keys(vocabulary) as R[];
    scores = memoByText((text: string) => Int16Array.from(roles, (role) => textScore(vocabulary[role], generic?.[role] ?? [], text)));
    byGeneric.set(g, scores);
  }
  return scores;
}

export function assignColumns<R extends string>(
  columns: ColumnHeader[],
  vocabulary: Vocabulary<R>,
  options: AssignOptions<R> = {},
): Partial<Record<R, number>> {
  const roles = Object.keys(vocabulary) as R[];
  const scoresOf = roleScores(vocabulary, options.generic);
  const candidates: Candidate<R>[] = [];
  const best = new Array<number>(roles.length);
  for (const { col, texts, groups } of columns) {
    if (options.columns && !options.columns(col)) continue;
    if (texts.length === 0) continue;
    const last = texts.length - 1;
    best.fill(-1);
    for (let depth = 0; depth <= last; depth++) {
      const scores = scoresOf(texts[depth]);
      // The column's own (lowest) header text outranks a group header above it.
      const own = depth === last && !groups?.[depth] ? 1000 : 0;
      for (let i = 0; i < roles.length; i++) if (scores[i] >= 0) best[i] = Math.max(best[i], scores[i] + own);
    }
    for (let i = 0; i < roles.length; i++) if (best[i] >= 0) candidates.push({ role: roles[i], col, score: best[i] });
  }
  sortCandidates(candidates);
  const out: Partial<Record<R, number>> = {};
  const taken = new Set<number>();
  for (const c of candidates) {
    if (out[c.role] !== undefined || taken.has(c.col)) continue;
    out[c.role] = c.col;
    taken.add(c.col);
  }
  return out;
}

/** Best score first, then leftmost; ties keep their order (a stable sort, as Array.prototype.sort is). */
function byScore<R>(a: Candidate<R>, b: Candidate<R>): number {
  return b.score - a.score || a.col - b.col;
}

/**
 * Sort candidates in place. A header row has a few dozen: an insertion sort orders them without the copy
 * Array.prototype.sort makes on every call (thousands of header rows on a big workbook); longer lists use it.
 */
function sortCandidates<R>(list: Candidate<R>[]): void {
  if (list.length > 64) {
    list.sort(byScore);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i - 1;
    while (j >= 0 && byScore(list[j], c) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = c;
  }
}

/**
 * The header texts of each column over rows [top, bottom] (inclusive), each merged area once, normalised.
 * A merged area that starts above `top` is included: its text heads the columns it covers.
 */
export function columnHeaders(grid: SheetGrid, top: number, bottom: number, left = grid.left, right = grid.right - 1): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = left; c <= right; c++) {
    // Made on a column's first text, at its size; a column without text shares the empty lists.
    let texts: string[] | null = null;
    let groups: boolean[] | null = null;
    let lastRow = -1;
    let lastCol = -1;
    for (let r = top; r <= bottom; r++) {
      const m = grid.mergeAt(r, c);
      const row = m ? m.top : r;
      const col = m ? m.left : c;
      if (row === lastRow && col === lastCol) continue;
      lastRow = row;
      lastCol = col;
      const t = grid.header(row, col);
      if (!t) continue;
      const group = isGroupHeader(grid, r, c, bottom);
      // A list made as [t] holds one item; one made empty and pushed to reserves seventeen (V8), for most columns' one.
      if (texts === null || groups === null) {
        texts = [t];
        groups = [group];
      } else {
        texts.push(t);
        groups.push(group);
      }
    }
    out.push({ col: c, texts: texts ?? NO_TEXTS, groups: groups ?? NO_GROUPS });
  }
  return out;
}

const NO_TEXTS: readonly string[] = Object.freeze([]);
const NO_GROUPS: readonly boolean[] = Object.freeze([]);

/** A merged area over several columns (at row, col) with header text of its own columns below it, before `bottom`. */
function isGroupHeader(grid: SheetGrid, row: number, col: number, bottom: number): boolean {
  const m = grid.mergeAt(row, col);
  if (!m || m.right === m.left) return false;
  for (let c = m.left; c <= m.right; c++) {
    for (let r = m.bottom + 1; r <= bottom; r++) if (grid.isAnchor(r, c) && grid.header(r, c)) return true;
  }
  return false;
}
