import { readFile } from "node:fs/promises";
import path from "node:path";
import { EXAMPLES } from "../../scripts/make-examples";
import { readWorkbook, snapshotOf } from "../../src/hosts/file";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";

/** Merged areas come back from a saved file in another order; the engine does not depend on it. */
const normalised = (s: WorkbookSnapshot) => ({ ...s, sheets: s.sheets.map((sh) => ({ ...sh, merged: [...sh.merged].sort() })) });

/**
 * The committed examples/*.xlsx are what `npm run demo` shows a new user; they must hold exactly what their
 * generators (typed from the seeds) produce. Compared as snapshots: the zip bytes differ on every write.
 */
describe.each(EXAMPLES.map((e) => [e.file, e] as const))("examples/%s", (file, example) => {
  test("matches its generator (run `npm run examples` after changing one)", async () => {
    const committed = await readWorkbook(await readFile(path.join(__dirname, "../../examples", file)), file);
    const generated = await snapshotOf(await example.build(), file);
    expect(normalised(committed)).toEqual(normalised(generated));
  });
});
