import type { FormModule, KindModule } from "../../src/engine/forms/form-module";
import { FORM_MODULES } from "../../src/engine/forms/registry";
import type { SheetGrid } from "../../src/engine/sheet-grid";
import { rangeAddress } from "../../src/engine/address";

/**
 * A tiny form kind for CLI and write tests, so they do not depend on how a real form is recognised:
 *
 *     FIXTURE-FORM | <title>
 *     a            | <number>
 *     b            | <number>
 *     合计          | <entered total>     → SUM_MISMATCH here when it is not a + b
 *     得分          | (empty)             → the computed total is written here
 *
 * Its score is a + b against the entered total.
 */
interface FixtureForm {
  grid: SheetGrid;
  row: number;
  col: number;
  title: string;
}

const MARK = "FIXTURE-FORM";

export const fixtureFormModule: FormModule<FixtureForm> = {
  kind: "self-evaluation",
  recognise(grid) {
    const found: FixtureForm[] = [];
    for (let row = grid.top; row < grid.bottom; row++) {
      for (let col = grid.left; col < grid.right; col++) {
        if (grid.text(row, col) === MARK) found.push({ grid, row, col, title: grid.text(row, col + 1) });
      }
    }
    return found;
  },
  place(f) {
    return {
      kind: "self-evaluation",
      sheet: f.grid.name,
      range: rangeAddress({ top: f.row, left: f.col, bottom: f.row + 4, right: f.col + 1 }),
      title: f.title,
    };
  },
  evaluate(f) {
    const g = f.grid;
    const num = (r: number) => Number(g.value(f.row + r, f.col + 1) ?? 0);
    const sum = num(1) + num(2);
    const entered = g.value(f.row + 3, f.col + 1);
    const totalCell = g.address(f.row + 3, f.col + 1);
    const findings =
      typeof entered === "number" && entered !== sum
        ? [
            {
              code: "SUM_MISMATCH" as const,
              sheet: g.name,
              cell: totalCell,
              related: [`${g.address(f.row + 1, f.col + 1)}:${g.address(f.row + 2, f.col + 1)}`],
              expected: sum,
              actual: entered,
              params: { label: "合计" },
            },
          ]
        : [];
    return {
      findings,
      score: {
        computed: sum,
        entered: typeof entered === "number" ? entered : null,
        grade: sum >= 90 ? "优" : "差",
        enteredGrade: null,
        items: [],
      },
      outputs: [{ sheet: g.name, cell: g.address(f.row + 4, f.col + 1), value: sum, numberFormat: "0.00" }],
    };
  },
};

/** Register the fixture kind for the tests of one file; the registry is a plain array. */
export function useFixtureForm(): void {
  beforeAll(() => {
    // The fixture poses as a self-evaluation module (its form is its own): a deliberate cast in a test.
    FORM_MODULES.unshift(fixtureFormModule as unknown as KindModule);
  });
  afterAll(() => {
    const i = FORM_MODULES.indexOf(fixtureFormModule as unknown as KindModule);
    if (i >= 0) FORM_MODULES.splice(i, 1);
  });
}
