import { validateWorkbook } from "../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { fixtureSnapshot, loadRealFixtures } from "../fixtures/real/load";

/**
 * The real-forms corpus: published forms from other provinces, cities, counties and central departments, typed in
 * their printed layouts (test/fixtures/real/). For each: the forms recognised, the published scores where the rules
 * determine them, every genuine inconsistency as an error, and no error anywhere else.
 */
const fixtures = loadRealFixtures();

const cases = fixtures.map((f) => [f.id, f] as const);
if (cases.length === 0) test.todo("real-forms corpus: no fixture yet");
else describe.each(cases)("%s", (_id, fx) => {
  const profile = BUILTIN_PROFILES[(fx.profile ?? "shenzhen") as keyof typeof BUILTIN_PROFILES];
  const { report } = validateWorkbook(fixtureSnapshot(fx), { profile });

  test("recognises the published forms", () => {
    expect(report.forms.map((f) => [f.kind, f.sheet])).toEqual(fx.expect.forms.map((f) => [f.kind, f.sheet]));
  });

  test("reproduces the published scores", () => {
    fx.expect.forms.forEach((ef, i) => {
      const got = report.forms[i]?.score;
      if (ef.computed !== undefined) expect(got?.computed).toBeCloseTo(ef.computed, 2);
      if (ef.entered !== undefined) expect(got?.entered ?? null).toEqual(ef.entered);
      for (const [label, score] of Object.entries(ef.items ?? {})) {
        const item = got?.items.find((it) => it.label === label);
        expect([label, item?.computed]).toEqual([label, score]);
      }
    });
  });

  test("reports exactly the document's genuine errors", () => {
    const errors = report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(errors.sort()).toEqual(fx.expect.errors.map((e) => `${e.code} ${e.sheet}!${e.cell}`).sort());
  });

  if (fx.expect.warnings) {
    test("reports exactly the expected warnings", () => {
      const warnings = report.findings.filter((f) => f.severity === "warning").map((f) => `${f.code} ${f.sheet}!${f.cell}`);
      expect(warnings.sort()).toEqual(fx.expect.warnings!.map((e) => `${e.code} ${e.sheet}!${e.cell}`).sort());
    });
  }
});
