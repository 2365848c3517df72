import { PANE_STRINGS, createPaneI18n, paneLanguage } from "../../src/taskpane/i18n";

/**
 * The pane's fast `t` (paneLanguage, i18n.ts) gives exactly what i18next with the count-words post-processor gives,
 * for every pane string in both languages, with and without parameters, counts of 1 and more, missing and null ones.
 */
describe("paneLanguage(lang).t equals i18next's t", () => {
  for (const lang of ["zh", "en"] as const) {
    const i18next = createPaneI18n(lang);
    const { t } = paneLanguage(lang);
    const keys = Object.keys(PANE_STRINGS[lang]);
    const names = (key: string) => [...new Set([...PANE_STRINGS[lang][key].matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))];
    const cases: [string, Record<string, unknown> | undefined][] = [];
    for (const key of keys) {
      const ps = names(key);
      cases.push([key, undefined]);
      cases.push([key, Object.fromEntries(ps.map((p) => [p, 1]))]);
      cases.push([key, Object.fromEntries(ps.map((p, i) => [p, i + 2]))]);
      cases.push([key, Object.fromEntries(ps.map((p) => [p, `值 ${p}`]))]);
      cases.push([key, Object.fromEntries(ps.slice(1).map((p) => [p, 0]))]);
      cases.push([key, Object.fromEntries(ps.map((p) => [p, null]))]);
      cases.push([key, { count: 1, ...Object.fromEntries(ps.map((p) => [p, "1"])) }]);
    }
    it(`${lang}: ${keys.length} strings, ${cases.length} calls`, () => {
      expect(keys.length).toBeGreaterThan(100);
      const ours = cases.map(([k, o]) => (t as (k: string, o?: unknown) => string)(k, o));
      const theirs = cases.map(([k, o]) => (i18next.t as (k: string, o?: unknown) => string)(k, o));
      expect(ours).toEqual(theirs);
    });
  }

  it("the same object for a language every time (a switch makes nothing new)", () => {
    expect(paneLanguage("en")).toBe(paneLanguage("en"));
    expect(paneLanguage("zh").t("summary.title")).toBe("校验摘要");
    expect(paneLanguage("en").t("summary.forms", { count: 1 })).toBe("1 form found");
    expect(paneLanguage("en").t("summary.forms", { count: 3 })).toBe("3 forms found");
    // Not a pane string: i18next answers (the key itself).
    expect(paneLanguage("en").t("no.such.key")).toBe("no.such.key");
  });
});
