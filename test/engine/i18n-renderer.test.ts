import i18next from "i18next";
import { CATALOG, FINDING_CODES } from "../../src/engine/findings/catalog";
import { LANGS, t, type Lang } from "../../src/engine/i18n";
import { chooseCountWords } from "../../src/engine/text/fill";

/**
 * The engine renders catalogue text with its own small renderer (i18next's general machinery was a sixth of the
 * engine's time). It must give exactly what i18next gives for every message of the catalogue, in both languages,
 * with every variant, with values present, null and missing.
 */
function i18nextReference(): (lang: Lang, key: string, params: Record<string, unknown>) => string {
  const findings: Record<Lang, Record<string, string>> = { zh: {}, en: {} };
  for (const code of FINDING_CODES) {
    for (const lang of LANGS) {
      for (const [variant, text] of Object.entries(CATALOG[code].message[lang])) findings[lang][variant === "default" ? code : `${code}_${variant}`] = text;
    }
  }
  const engine = { zh: { "kind.goal-table": "项目绩效目标表", "kind.budget-table": "部门预算表" }, en: { "kind.goal-table": "project performance goal table", "kind.budget-table": "department budget table" } };
  const inst = i18next.createInstance();
  // Count words ({{n|one|other}}) as the pane's i18next chooses them (taskpane/i18n.ts).
  inst.use({ type: "postProcessor", name: "countWords", process: (value: string, _key: unknown, options: Record<string, unknown>) => chooseCountWords(value, options) });
  void inst.init({
    resources: { zh: { findings: findings.zh, engine: engine.zh }, en: { findings: findings.en, engine: engine.en } },
    lng: "zh",
    fallbackLng: "zh",
    ns: ["findings", "engine"],
    defaultNS: "findings",
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
    postProcess: ["countWords"],
  } as Parameters<typeof inst.init>[0]);
  return (lang, key, params) => inst.getFixedT(lang)(key, params) as string;
}

describe("the engine's message renderer", () => {
  const reference = i18nextReference();
  const cases: [Lang, string, Record<string, unknown>][] = [];
  for (const code of FINDING_CODES) {
    for (const lang of LANGS) {
      for (const variant of Object.keys(CATALOG[code].message[lang])) {
        const text = CATALOG[code].message[lang][variant as keyof (typeof CATALOG)[typeof code]["message"][typeof lang]] as string;
        const names = [...new Set([...text.matchAll(/\{\{\s*([^{}\s|]+)(?:\|[^{}]*)?\s*\}\}/g)].map((m) => m[1]))];
        const context = variant === "default" ? undefined : variant;
        const full = Object.fromEntries(names.map((n, i) => [n, n === "kind" ? "goal-table" : i % 2 ? 1234.5 : `值${i}`]));
        cases.push([lang, code, { ...full, context }]);
        cases.push([lang, code, { context }]);
        cases.push([lang, code, { ...Object.fromEntries(names.map((n) => [n, n === "kind" ? "budget-table" : null])), context }]);
      }
    }
  }

  it("renders every catalogue message as i18next does", () => {
    expect(cases.length).toBeGreaterThan(100);
    for (const [lang, key, params] of cases) expect([lang, key, t(lang, key, params)]).toEqual([lang, key, reference(lang, key, params)]);
  });

  it("falls back to Chinese, and to the key itself for an unknown key", () => {
    expect(t("en", "NO_SUCH_CODE")).toBe("NO_SUCH_CODE");
    expect(t("zh", "engine:kind.goal-table")).toBe("项目绩效目标表");
    expect(t("en", "engine:kind.goal-table")).toBe("project performance goal table");
  });
});
