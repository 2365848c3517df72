import fc from "fast-check";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../../../src/engine/address";
import type { Report } from "../../../src/engine/report";
import type { CellValue, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import type { Profile } from "../../../src/engine/profile/schema";
import { readWorkbook } from "../../../src/hosts/file";
import { EXAMPLES } from "../../../scripts/make-examples";
import { fixtureSnapshot, loadRealFixtures } from "../../fixtures/real/load";

/**
 * A form is recognised by its words, not its position: inserting label columns left of it and title or blank rows
 * above it (as real templates do) shifts every cell and changes nothing else — the forms, scores and findings.
 */
interface Shift {
  rows: number;
  cols: number;
  /** Text of the inserted title row ("" leaves it blank). */
  title: string;
}

function shiftA1(a1: string, s: Shift): string {
  return a1.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_m, _d1, col: string, _d2, row: string) => {
    const p = parseCell(`${col}${row}`);
    return cellAddress(p.row + s.rows, p.col + s.cols);
  });
}

function shiftSnapshot(snap: WorkbookSnapshot, s: Shift): WorkbookSnapshot {
  const pad = <T>(grid: T[][] | undefined, blank: T): T[][] | undefined =>
    grid && [...Array.from({ length: s.rows }, () => [] as T[]), ...grid.map((r) => [...Array<T>(s.cols).fill(blank), ...r])];
  return {
    ...snap,
    sheets: snap.sheets.map((sh) => {
      // The sheet's own origin moves too: the grid starts where it started, shifted.
      const values = pad<CellValue>(sh.values, null)!;
      if (s.title && s.rows > 0) values[0] = [s.title];
      return {
        ...sh,
        values,
        formulas: pad(sh.formulas, null),
        numberFormats: pad(sh.numberFormats, null),
        indents: pad(sh.indents, 0),
        merged: sh.merged.map((m) => rangeAddress(shiftRange(m, s))),
      };
    }),
  };
}

function shiftRange(a1: string, s: Shift) {
  const r = parseRange(a1);
  return { top: r.top + s.rows, bottom: r.bottom + s.rows, left: r.left + s.cols, right: r.right + s.cols };
}

/** What a reviewer sees, with every address moved by the shift. */
function view(report: Report, s: Shift) {
  return {
    forms: report.forms.map((f) => ({
      kind: f.kind,
      sheet: f.sheet,
      title: f.title,
      range: shiftA1(f.range, s),
      computed: f.score?.computed,
      entered: f.score?.entered,
      items: f.score?.items.map((i) => [shiftA1(i.cell, s), i.computed, i.entered]),
    })),
    findings: report.findings.map((f) => [f.code, f.severity, f.sheet, shiftA1(f.cell, s), f.expected, f.actual]).sort(),
  };
}

/** The report as read on the shifted sheet: its addresses as they are. */
const shiftedView = (report: Report) => view(report, { rows: 0, cols: 0, title: "" });

const TITLES = ["", "附件1", "2023年度项目支出绩效自评表汇总"];
const shift = fc.record({ rows: fc.integer({ min: 0, max: 4 }), cols: fc.integer({ min: 0, max: 3 }), title: fc.constantFrom(...TITLES) });

interface Case {
  name: string;
  snapshot: () => Promise<WorkbookSnapshot>;
  profile?: Profile;
}

const cases: Case[] = [
  ...EXAMPLES.map((e) => ({
    name: `example ${e.file}`,
    snapshot: async () => readWorkbook(new Uint8Array(await readFile(path.join(__dirname, "../../../examples", e.file))), e.file),
  })),
  ...loadRealFixtures().map((fx) => ({
    name: `corpus ${fx.id}`,
    snapshot: async () => fixtureSnapshot(fx),
    profile: BUILTIN_PROFILES[fx.profile ?? "shenzhen"],
  })),
];

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("title rows above and columns left of the form change nothing but the addresses", async () => {
    const base = await c.snapshot();
    const opts = c.profile ? { profile: c.profile } : {};
    const before = validateWorkbook(base, opts).report;
    await fc.assert(
      fc.asyncProperty(shift, async (s) => {
        const after = validateWorkbook(shiftSnapshot(base, s), opts).report;
        expect(shiftedView(after)).toEqual(view(before, s));
      }),
      { numRuns: 6 },
    );
  });
});
