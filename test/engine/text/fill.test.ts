import { chooseCountWords, fillTemplate } from "../../../src/engine/text/fill";

describe("fillTemplate: parameters and English count words", () => {
  const summary = "{{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{info}} {{info|note|notes}}";

  it("says 1 error, 0 errors, 2 errors", () => {
    expect(fillTemplate(summary, { errors: 1, warnings: 0, info: 2 })).toBe("1 error, 0 warnings, 2 notes");
    expect(fillTemplate(summary, { errors: 2, warnings: 1, info: 1 })).toBe("2 errors, 1 warning, 1 note");
  });

  it("chooses verbs and phrases with the count, not only nouns", () => {
    expect(fillTemplate("{{n}} {{n|cell differs|cells differ}}", { n: 1 })).toBe("1 cell differs");
    expect(fillTemplate("{{n}} {{n|cell differs|cells differ}}", { n: 11 })).toBe("11 cells differ");
  });

  it("leaves Chinese templates as they are and fills a missing parameter with nothing", () => {
    expect(fillTemplate("错误 {{errors}} 项，警告 {{warnings}} 项", { errors: 1 })).toBe("错误 1 项，警告  项");
  });

  it("leaves plain parameters for the caller's own interpolation when only count words are chosen", () => {
    expect(chooseCountWords("{{n}} {{n|form|forms}} in {{file}}", { n: 1 })).toBe("{{n}} form in {{file}}");
  });
});
