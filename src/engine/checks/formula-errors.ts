import { parseRange } from "../address";
import type { FindingDraft } from "../findings/finding";
import type { WorkbookCheck } from "../forms/form-module";
import { isErrorValue } from "../snapshot";

/** FORMULA_ERROR: any error value (#REF!, #DIV/0! …) inside a recognised form. One finding per cell. */
export const formulaErrors: WorkbookCheck = {
  name: "formula-errors",
  codes: ["FORMULA_ERROR"],
  run(forms, ctx) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const f of forms) {
      const grid = ctx.grids.find((g) => g.name === f.place.sheet);
      if (!grid) continue;
      const r = parseRange(f.place.range);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          // An anchor cell's shown value is its own (raw): read without the merge lookup value() makes, and only text
          // can be an error value — every cell of every form is asked, nearly all of them numbers, blanks or words.
          const v = grid.raw(row, col);
          if (typeof v !== "string" || !isErrorValue(v) || !grid.isAnchor(row, col)) continue;
          const cell = grid.address(row, col);
          const key = `${grid.name}!${cell}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ code: "FORMULA_ERROR", sheet: grid.name, cell, actual: grid.text(row, col), params: { label: cell } });
        }
      }
    }
    return out;
  },
};
