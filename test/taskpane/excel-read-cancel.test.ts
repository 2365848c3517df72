/**
 * Issue 12: in Excel mode 取消 stops the read where it can. Office.js cannot stop a round trip in flight, so the
 * ordinary read (two round trips, whatever the size) is left as it is; a workbook too large for one response (Excel
 * on the web, 5 MB) is read in blocks, one round trip each, and there the pane's cancel sends no further one.
 * Measured on the in-memory Excel's counters.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../src/hosts/file/read";
import { readSnapshot, FIRST_BLOCK_CELLS } from "../../src/hosts/excel/read-snapshot";
import { CheckCancelled } from "../../src/taskpane/check-client";
import { FakeExcel } from "../hosts/excel/fake-excel";
import { fakeFromSnapshot } from "../hosts/excel/from-snapshot";

const EXAMPLE = path.resolve(__dirname, "../../examples/seed002-self-evaluation.xlsx");

/** A signal that is aborted once the in-memory Excel has answered `after` round trips (取消 during the next one). */
function cancelAfter(excel: FakeExcel, after: number): AbortSignal {
  const reason = new CheckCancelled();
  return {
    get aborted() {
      return excel.stats.syncs >= after;
    },
    reason,
  } as unknown as AbortSignal;
}

describe("cancelling an Excel read", () => {
  it("the ordinary read stays two round trips, with or without a signal", async () => {
    const snap = await readWorkbook(readFileSync(EXAMPLE), "seed002-self-evaluation.xlsx");
    const plain = new FakeExcel(fakeFromSnapshot(snap));
    await readSnapshot(plain.env());
    const signalled = new FakeExcel(fakeFromSnapshot(snap));
    await readSnapshot(signalled.env(), FIRST_BLOCK_CELLS, { signal: new AbortController().signal });
    expect(plain.stats.syncs).toBe(2);
    expect(signalled.stats).toEqual(plain.stats);
  });

  it("a read in blocks sends no further round trip once cancelled, and rejects with the pane's reason", async () => {
    const snap = await readWorkbook(readFileSync(EXAMPLE), "seed002-self-evaluation.xlsx");
    // Excel on the web with a small response limit: the whole read is refused, then read in blocks of 100 cells.
    const whole = new FakeExcel(fakeFromSnapshot(snap), { payloadLimit: 20_000 });
    const read = await readSnapshot(whole.env(), 100);
    expect(read.sheets.map((s) => s.name)).toEqual(snap.sheets.map((s) => s.name));
    expect(whole.stats.syncs).toBeGreaterThan(10);

    const cancelled = new FakeExcel(fakeFromSnapshot(snap), { payloadLimit: 20_000 });
    const signal = cancelAfter(cancelled, 5);
    await expect(readSnapshot(cancelled.env(), 100, { signal })).rejects.toBe(signal.reason);
    // 取消 came while the fifth round trip was answered: none after it.
    expect(cancelled.stats.syncs).toBe(5);
  });
});
