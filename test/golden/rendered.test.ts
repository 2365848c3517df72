import { readFileSync } from "node:fs";
import { GOLDEN_FILE, goldenOutputs, workbooks } from "./rendered";
import { checkWorkbook } from "../../src/engine/validate";

/**
 * What users read — JSON report, CLI text, explain, cell notes, results sheet — for every example, corpus and planted
 * workbook in zh and en is byte for byte the recorded one (test/golden/rendered.ts records it). A deliberate change
 * of wording re-records: `npx tsx test/golden/rendered.ts --write`, and the diff of rendered.golden.json is reviewed.
 */
test("rendered reports are unchanged in zh and en", async () => {
  const golden = JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) as Record<string, Record<string, Record<string, string>>>;
  const now = await goldenOutputs();
  expect(Object.keys(now)).toEqual(Object.keys(golden));
  for (const [id, langs] of Object.entries(golden)) {
    for (const [lang, outputs] of Object.entries(langs)) {
      for (const [name, text] of Object.entries(outputs)) expect([id, lang, name, now[id][lang as "zh" | "en"][name]]).toEqual([id, lang, name, text]);
    }
  }
});

test("the engine's result does not depend on the language: only the renderer does", async () => {
  for (const wb of await workbooks()) {
    const options = wb.profile ? { profile: wb.profile } : {};
    expect([wb.id, checkWorkbook(wb.snapshot, { ...options, lang: "en" })]).toEqual([wb.id, checkWorkbook(wb.snapshot, { ...options, lang: "zh" })]);
  }
});
