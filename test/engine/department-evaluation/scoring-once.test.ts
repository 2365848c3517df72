import { departmentScoring } from "../../../src/engine/forms/department-evaluation/scoring";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { ProfileSchema } from "../../../src/engine/profile/schema";
import { recogniseForms } from "../../../src/engine/validate";
import { gridOf } from "../check-tester";
import { BASE, MERGED, PROFILE } from "../checks/department-evaluation/form";

test("a department evaluation is scored once per profile: recognition's scoring is the one evaluation uses", () => {
  const profile = ProfileSchema.parse({ ...BUILTIN_PROFILES.shenzhen, ...PROFILE });
  const grids = [gridOf({ name: "S", rows: BASE, merged: MERGED })];
  const ctx = { profile, lang: "zh" as const, grids };
  const [r] = recogniseForms(grids, ctx);
  if (r.kind !== "department-evaluation") throw new Error(`recognised a ${r.kind}`);
  const form = r.form;
  const first = departmentScoring(form, profile);
  expect(departmentScoring(form, profile)).toBe(first);
  const ev = r.module.evaluate(r.form, ctx);
  expect(ev.score?.computed).toBe(first.total);
  expect(departmentScoring(form, profile)).toBe(first);
  // Another profile scores the form afresh.
  const other = ProfileSchema.parse({ ...profile, tolerance: 0.5 });
  expect(departmentScoring(form, other)).not.toBe(first);
});
