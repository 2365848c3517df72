import { cellAddress } from "../../../src/engine/address";
import type { WorkbookSnapshot } from "../../../src/engine/snapshot";
import { newSheet, newWorkbook, putCell, type FakeWorkbookState } from "./fake-excel";

/** An in-memory Excel workbook holding what a snapshot holds (values, formulas, formats, indents, merges). */
export function fakeFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookState {
  const sheets = snapshot.sheets.map((s) => {
    const sheet = newSheet(s.name, {
      visibility: s.visibility === "veryHidden" ? "VeryHidden" : s.visibility === "hidden" ? "Hidden" : "Visible",
      protected: s.protected,
      merged: [...s.merged],
    });
    s.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const formula = s.formulas?.[i]?.[j] ?? null;
        const numberFormat = s.numberFormats?.[i]?.[j] ?? undefined;
        const indent = s.indents?.[i]?.[j] ?? 0;
        if (value === null && !formula && !numberFormat) return;
        putCell(sheet, cellAddress(s.origin.row + i, s.origin.col + j), { value, formula, ...(numberFormat ? { numberFormat } : {}), ...(indent ? { indent } : {}) });
      }),
    );
    return sheet;
  });
  return newWorkbook(snapshot.name, sheets);
}
