import { cellAddress, parseRange, type RangeRef } from "../address";
import { draft, type FindingDraft } from "../findings/finding";
import type { FormKind } from "../report";
import type { SheetGrid } from "../sheet-grid";
import { assignColumns, columnHeaders, type Vocabulary } from "./header-match";
import { INDICATOR_HEADERS as SELF_EVALUATION } from "./self-evaluation/headers";
import { INDICATOR_HEADERS as GOAL_TABLE } from "./goal-table/headers";
import { CRITERIA, PRIMARY, SCORE, SECONDARY, TERTIARY, WEIGHT } from "./department-evaluation/recognise";
import type { FormPlace } from "./form-module";

/**
 * Unrecognised is said, not hidden. A header row that carries several of a form kind's column words but lies in no
 * recognised form is reported with what was found and what is missing ("找到 一级指标、三级指标、得分，缺少 分值"),
 * so a layout the recognisers do not read yet looks like that, not like a clean workbook.
 *
 * The words come from each kind's own vocabulary; `core` names the columns the kind cannot be read without.
 */
interface Signature {
  kind: FormKind;
  vocabulary: Vocabulary<string>;
  /** Roles a form of this kind needs (shown as missing when absent). */
  core: string[];
  /** A role that must be among those found for the row to count as this kind's header. */
  anchor: string[];
}

const SIGNATURES: Signature[] = [
  {
    kind: "self-evaluation",
    vocabulary: SELF_EVALUATION,
    core: ["name", "target", "actual", "weight", "score"],
    anchor: ["actual"],
  },
  {
    kind: "department-evaluation",
    vocabulary: { primary: PRIMARY, secondary: SECONDARY, tertiary: TERTIARY, weight: WEIGHT, score: SCORE, criteria: CRITERIA },
    core: ["primary", "tertiary", "weight", "score"],
    anchor: ["criteria", "score"],
  },
  {
    kind: "goal-table",
    vocabulary: GOAL_TABLE,
    core: ["name", "target"],
    anchor: ["name", "target"],
  },
];

const BRACKET = /[(（][^()（）]*[)）]$/;

/** Every word any signature knows, for a cheap pre-test of a row. */
const ALL_WORDS = new Set(SIGNATURES.flatMap((s) => Object.values(s.vocabulary).flat()));

export interface NearMiss {
  kind: FormKind;
  sheet: string;
  /** The header cell where the evidence starts (its first matched column). */
  cell: string;
  /** Header words found, as printed (normalised). */
  found: string[];
  /** The kind's first word for each core column that is absent. */
  missing: string[];
  /** Nothing is filled in under the header (a blank form, such as a template not filled in yet). */
  blank: boolean;
}

/** How many header rows may hold a form's column words before one is reported (a workbook of hundreds). */
const MAX_PER_WORKBOOK = 50;

function knownWords(grid: SheetGrid, row: number): number {
  let n = 0;
  for (let c = grid.left; c < grid.right; c++) {
    if (!grid.isAnchor(row, c)) continue;
    const h = grid.header(row, c);
    if (h && (ALL_WORDS.has(h) || ALL_WORDS.has(h.replace(BRACKET, "")))) n++;
  }
  return n;
}

function bestMatch(grid: SheetGrid, row: number): NearMiss | null {
  const cols = columnHeaders(grid, row, Math.min(row + 1, grid.bottom - 1));
  let best: NearMiss | null = null;
  let bestCount = 0;
  for (const sig of SIGNATURES) {
    const got = assignColumns(cols, sig.vocabulary);
    const roles = Object.keys(got);
    if (roles.length < 3 || !sig.anchor.some((a) => roles.includes(a))) continue;
    if (roles.length <= bestCount) continue;
    const matched = Object.entries(got) as [string, number][];
    matched.sort((a, b) => a[1] - b[1]);
    const first = matched[0][1];
    best = {
      kind: sig.kind,
      sheet: grid.name,
      cell: cellAddress(row, first),
      found: matched.map(([role, c]) => {
        const texts = cols.find((h) => h.col === c)!.texts;
        const words = sig.vocabulary[role];
        return texts.find((t) => words.includes(t) || words.includes(t.replace(BRACKET, ""))) ?? texts[0] ?? "";
      }),
      missing: sig.core.filter((r) => got[r] === undefined).map((r) => sig.vocabulary[r][0]),
      blank: nothingFilledBelow(grid, row, first, matched[matched.length - 1][1]),
    };
    bestCount = roles.length;
  }
  return best;
}

/** A total row's label: the last row of a blank form, not an indicator. */
const TOTAL_ROW = /^(总分|合计|总计|分值合计)/;

/**
 * Whether a header has nothing filled in under it, within its columns `from`..`to`: the first row below that holds
 * more than header words (the second row of a two-row header) is the total row, or there is none. Then the form is
 * blank, and saying "its layout was not recognised" would send the reader looking for a fault that is not there.
 */
function nothingFilledBelow(grid: SheetGrid, row: number, from: number, to: number): boolean {
  for (let r = row + 1; r < grid.bottom; r++) {
    let first = "";
    for (let c = from; c <= to && first === ""; c++) {
      const t = grid.text(r, c);
      if (t !== "" && !ALL_WORDS.has(grid.header(r, c))) first = t;
    }
    if (first !== "") return TOTAL_ROW.test(first.replace(/\s+/g, ""));
  }
  return true;
}

function inside(boxes: RangeRef[], row: number): boolean {
  return boxes.some((b) => row >= b.top && row <= b.bottom);
}

/** Header rows of a kind's form that no recogniser claimed, on the sheets given. */
export function findNearMisses(grids: SheetGrid[], recognised: FormPlace[]): NearMiss[] {
  const out: NearMiss[] = [];
  for (const grid of grids) {
    const boxes = recognised.filter((p) => p.sheet === grid.name).map((p) => parseRange(p.range));
    for (let r = grid.top; r < grid.bottom && out.length < MAX_PER_WORKBOOK; r++) {
      if (inside(boxes, r) || knownWords(grid, r) < 2) continue;
      const miss = bestMatch(grid, r);
      if (!miss) continue;
      out.push(miss);
      r += 2; // a header over two or three rows is one header
    }
  }
  return out;
}

/** The finding a near miss becomes: a warning on the header row, so every host shows it. */
export function nearMissFinding(m: NearMiss): FindingDraft {
  if (m.blank) return draft({ code: "FORM_NOT_RECOGNISED", context: "blank", sheet: m.sheet, cell: m.cell, params: { kind: m.kind, found: m.found } });
  return m.missing.length
    ? draft({ code: "FORM_NOT_RECOGNISED", sheet: m.sheet, cell: m.cell, params: { kind: m.kind, found: m.found, missing: m.missing } })
    : draft({ code: "FORM_NOT_RECOGNISED", context: "layout", sheet: m.sheet, cell: m.cell, params: { kind: m.kind, found: m.found } });
}
