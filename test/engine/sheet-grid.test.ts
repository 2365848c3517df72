import { SheetGrid } from "../../src/engine/sheet-grid";
import { SheetSnapshotSchema } from "../../src/engine/snapshot";
import { normalizeHeader } from "../../src/engine/text/normalize";

/**
 * SheetGrid.headerRow / header: a merged area's other cells take the header of its top-left cell (read once), blank
 * cells are "" — the same words a cell-by-cell read gives, merges of every shape included.
 */
function grid(values: (string | number | null)[][], merged: string[], origin = { row: 0, col: 0 }, synonyms?: Record<string, string>) {
  return new SheetGrid(SheetSnapshotSchema.parse({ name: "S", origin, values, merged }), synonyms);
}

/** header() as it is defined: the shown value's text, normalised, then the profile's synonyms. */
function expectedHeader(g: SheetGrid, row: number, col: number, synonyms: Record<string, string> = {}): string {
  const h = normalizeHeader(g.text(row, col));
  const map = new Map(Object.entries(synonyms).map(([k, v]) => [normalizeHeader(k), normalizeHeader(v)]));
  return map.get(h) ?? h;
}

function everyHeader(g: SheetGrid): string[][] {
  const rows: string[][] = [];
  for (let r = g.top; r < g.bottom; r++) rows.push([...g.headerRow(r)]);
  return rows;
}

describe("SheetGrid header words", () => {
  test("merged areas across and down share their top-left cell's header; blank cells are empty", () => {
    const g = grid(
      [
        ["*绩效指标\n", null, "年度指标值（50分）", " "],
        [null, null, "指标值", 12],
        ["三级指标", "", null, null],
      ],
      ["A1:B2", "C2:D3"],
    );
    expect(everyHeader(g)).toEqual([
      ["绩效指标", "绩效指标", "年度指标值", ""],
      ["绩效指标", "绩效指标", "指标值", "指标值"],
      ["三级指标", "", "指标值", "指标值"],
    ]);
    for (let r = g.top; r < g.bottom; r++) for (let c = g.left; c < g.right; c++) expect(g.header(r, c)).toBe(expectedHeader(g, r, c));
  });

  test("overlapping merges and a merge from outside the used range give each cell its own shown value's header", () => {
    // B2 lies in both A1:B2 and B2:C3 (a broken file); A1:A3 overlaps A1:B2 at A1. The used range starts at B1.
    const g = grid(
      [
        ["一级指标", "二级指标", null],
        [null, "三级指标", "分值"],
        ["得分", null, null],
      ],
      ["A1:B2", "B2:C3", "A1:A3"],
      { row: 0, col: 1 },
    );
    for (let r = g.top - 1; r < g.bottom + 1; r++) {
      const row = g.headerRow(r);
      expect(row).toHaveLength(g.right - g.left);
      for (let c = g.left; c < g.right; c++) {
        expect(row[c - g.left]).toBe(expectedHeader(g, r, c));
        expect(g.header(r, c)).toBe(expectedHeader(g, r, c));
      }
    }
  });

  test("a cell whose merge's top-left cell is claimed by another merge keeps the header of its own merge's value", () => {
    // B1 lies in B1:C1 and A1:B2; the later merge wins B1, which shows A1's 一级指标. C1 still shows B1's own 分值.
    const g = grid(
      [
        ["一级指标", "分值", null],
        [null, null, "得分"],
      ],
      ["B1:C1", "A1:B2"],
    );
    expect(g.headerRow(0)).toEqual(["一级指标", "一级指标", "分值"]);
    expect(g.header(0, 2)).toBe(expectedHeader(g, 0, 2));
  });

  test("a profile's header synonyms apply to merged and plain cells alike; the row's array is read once", () => {
    const synonyms = { 年度目标: "年度指标值" };
    const g = grid([["年度目标", null, "年度目标"]], ["A1:B1"], { row: 0, col: 0 }, synonyms);
    expect(g.headerRow(0)).toEqual(["年度指标值", "年度指标值", "年度指标值"]);
    expect(g.headerRow(0)).toBe(g.headerRow(0));
    expect(g.header(0, 1)).toBe(expectedHeader(g, 0, 1, synonyms));
  });
});
