import { readFile } from "node:fs/promises";
import path from "node:path";
import { CATALOG, FINDING_CODES } from "../../src/engine/findings/catalog";
import { validateWorkbook } from "../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { readWorkbook } from "../../src/hosts/file";
import { EXAMPLES } from "../../scripts/make-examples";
import { fixtureSnapshot, loadRealFixtures } from "../fixtures/real/load";

// A count word {{n|one|other}} (English only) names the parameter n, as {{n}} does.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^{}\s|]+)(?:\|[^{}]*)?\s*\}\}/g)].map((m) => m[1]))].sort();

describe("the finding catalogue in two languages", () => {
  it.each([...FINDING_CODES])("%s: zh and en have the same variants, each with the same placeholders", (code) => {
    const { zh, en } = CATALOG[code].message as Record<"zh" | "en", Record<string, string>>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const variant of Object.keys(zh)) expect([variant, placeholders(en[variant])]).toEqual([variant, placeholders(zh[variant])]);
    expect(CATALOG[code].title.zh).not.toBe("");
    expect(CATALOG[code].title.en).not.toBe("");
  });
});

describe("rendered messages on every example and corpus workbook", () => {
  const cases = [
    ...EXAMPLES.map((e) => ({ name: e.file, snapshot: async () => readWorkbook(new Uint8Array(await readFile(path.join(__dirname, "../../examples", e.file))), e.file), profile: undefined })),
    ...loadRealFixtures().map((fx) => ({ name: fx.id, snapshot: async () => fixtureSnapshot(fx), profile: BUILTIN_PROFILES[fx.profile ?? "shenzhen"] })),
  ];
  it.each(cases.map((c) => [c.name, c] as const))("%s: no empty 「」, no unreplaced placeholder, in zh and en", async (_name, c) => {
    const snapshot = await c.snapshot();
    for (const lang of ["zh", "en"] as const) {
      const { report } = validateWorkbook(snapshot, { lang, ...(c.profile ? { profile: c.profile } : {}) });
      for (const f of report.findings) {
        expect([f.code, f.cell, f.message]).not.toEqual([f.code, f.cell, expect.stringMatching(/「」|“”|\{\{|\}\}|\$t\(|undefined|NaN/)]);
      }
    }
  });
});
