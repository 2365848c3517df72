import { validateWorkbook } from "../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { readWorkbook } from "../../src/hosts/file";
import { corpusWorkbook } from "../../scripts/make-corpus";
import { fixtureSnapshot, loadRealFixtures } from "../fixtures/real/load";

/**
 * The corpus as users meet it: each real form written to .xlsx (merged cells, line breaks in labels, number formats)
 * and read back by the file host gives exactly the report the fixture gives the engine directly.
 */
const fixtures = loadRealFixtures();

test.each(fixtures.map((f) => [f.id, f] as const))("%s reads the same from .xlsx", async (_id, fx) => {
  const profile = BUILTIN_PROFILES[fx.profile ?? "shenzhen"];
  const bytes = new Uint8Array((await corpusWorkbook(fx).xlsx.writeBuffer()) as ArrayBuffer);
  const fromFile = validateWorkbook(await readWorkbook(bytes, `${fx.id}.xlsx`), { profile }).report;
  const direct = validateWorkbook(fixtureSnapshot(fx), { profile }).report;
  expect(fromFile.forms).toEqual(direct.forms);
  expect(fromFile.findings).toEqual(direct.findings);
});
