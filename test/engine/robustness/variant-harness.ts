import { readFileSync } from "node:fs";
import path from "node:path";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../../../src/engine/address";
import type { Report } from "../../../src/engine/report";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import type { Profile } from "../../../src/engine/profile/schema";
import { readWorkbook } from "../../../src/hosts/file";
import { EXAMPLES } from "../../../scripts/make-examples";
import { fixtureSnapshot, loadRealFixtures } from "../../fixtures/real/load";

/**
 * Shared by the typing-variant properties: every example and corpus form, a way to move cells (rows / columns
 * inserted or removed) that moves the report's addresses the same way, and the report as a reviewer sees it.
 */
export interface Case {
  name: string;
  snapshot: () => Promise<WorkbookSnapshot>;
  profile?: Profile;
}

export const CASES: Case[] = [
  ...EXAMPLES.map((e) => ({
    name: `example ${e.file}`,
    snapshot: async () => readWorkbook(new Uint8Array(readFileSync(path.join(__dirname, "../../../examples", e.file))), e.file),
  })),
  ...loadRealFixtures().map((fx) => ({
    name: `corpus ${fx.id}`,
    snapshot: async () => fixtureSnapshot(fx),
    profile: BUILTIN_PROFILES[fx.profile ?? "shenzhen"],
  })),
];

export function run(c: Case, snap: WorkbookSnapshot): Report {
  return validateWorkbook(snap, c.profile ? { profile: c.profile } : {}).report;
}

/** Where each old row / column of a sheet is now (absolute 0-based), or null where it was removed. */
export interface Move {
  sheet: string;
  row: (r: number) => number | null;
  col: (c: number) => number | null;
}

const IDENTITY = (i: number) => i;

/** An address as moved; a cell that was removed keeps its address prefixed with "✗". */
export function moveA1(a1: string, sheet: string | undefined, moves: Move[]): string {
  const m = moves.find((x) => x.sheet === sheet);
  if (!m) return a1;
  return a1.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (whole, _d1, col: string, _d2, row: string) => {
    const p = parseCell(`${col}${row}`);
    const r = m.row(p.row);
    const c = m.col(p.col);
    return r === null || c === null ? `✗${whole}` : cellAddress(r, c);
  });
}

/** What a reviewer sees, with every address of a moved sheet moved. */
export function view(report: Report, moves: Move[] = [], renameSheet: (s: string) => string = (s) => s) {
  return {
    forms: report.forms.map((f) => ({
      kind: f.kind,
      sheet: renameSheet(f.sheet),
      range: moveA1(f.range, f.sheet, moves),
      computed: f.score?.computed,
      entered: f.score?.entered,
      items: f.score?.items.map((i) => [moveA1(i.cell, f.sheet, moves), i.computed, i.entered]),
    })),
    findings: report.findings
      .map((f) => [f.code, f.severity, renameSheet(f.sheet), moveA1(f.cell, f.sheet, moves), f.expected, f.actual].join(" "))
      .sort(),
  };
}

/**
 * Rebuild one sheet with rows and columns moved: `rows[i]` is the old row index (relative to the grid) shown at new
 * row i, or null for an inserted row (filled by `fill`). Merges and A1 references in formulas move with their cells.
 */
export function rebuildSheet(
  sh: SheetSnapshot,
  rows: (number | null)[],
  cols: (number | null)[],
  fill: (newRow: number, newCol: number) => CellValue = () => null,
): { sheet: SheetSnapshot; move: Move } {
  const rowOf = new Map<number, number>();
  rows.forEach((o, i) => o !== null && rowOf.set(o, i));
  const colOf = new Map<number, number>();
  cols.forEach((o, i) => o !== null && colOf.set(o, i));
  const top = sh.origin.row;
  const oldRows = sh.values.length;
  const left = sh.origin.col;
  const move: Move = {
    sheet: sh.name,
    row: (r) => (r < top ? r : r - top >= oldRows ? r + rows.length - oldRows : ((v) => (v === undefined ? null : v + top))(rowOf.get(r - top))),
    col: (c) => (c < left ? c : (v => (v === undefined ? null : v + left))(colOf.get(c - left))),
  };
  const grid = <T>(g: T[][] | undefined, blank: T, f?: (r: number, c: number) => T): T[][] | undefined =>
    g && rows.map((o, r) => cols.map((oc, c) => (o === null || oc === null ? (f ? f(r, c) : blank) : (g[o]?.[oc] ?? blank))));
  const moveFormula = (t: string | null) => (t ? moveA1(t, sh.name, [move]) : t);
  const merged: string[] = [];
  for (const a1 of sh.merged) {
    const r = parseRange(a1);
    const t = move.row(r.top);
    const b = move.row(r.bottom);
    const l = move.col(r.left);
    const rt = move.col(r.right);
    if (t === null || b === null || l === null || rt === null) continue;
    if (t === b && l === rt) continue;
    merged.push(rangeAddress({ top: t, bottom: b, left: l, right: rt }));
  }
  return {
    sheet: {
      ...sh,
      values: grid(sh.values, null, fill)!,
      formulas: grid(sh.formulas, null)?.map((r) => r.map(moveFormula)),
      numberFormats: grid(sh.numberFormats, null),
      indents: grid(sh.indents, 0),
      merged,
    },
    move,
  };
}

export const identityMove = (sheet: string): Move => ({ sheet, row: IDENTITY, col: IDENTITY });

/** Map every text cell of every sheet. */
export function mapTexts(snap: WorkbookSnapshot, f: (text: string, sheet: SheetSnapshot, r: number, c: number) => string): WorkbookSnapshot {
  return {
    ...snap,
    sheets: snap.sheets.map((sh) => ({
      ...sh,
      values: sh.values.map((row, r) => row.map((v, c): CellValue => (typeof v === "string" ? f(v, sh, r, c) : v))),
    })),
  };
}

/** A small deterministic generator (mulberry32): the properties sample the same cases on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
