import { headerWeight, normalizeHeader } from "../../../src/engine/text/normalize";

/** The weight a header prints, in brackets or bare after the word — also after a unit in brackets. */
describe("headerWeight", () => {
  test.each([
    ["产出指标（50分）", 50],
    ["产出指标(50分)", 50],
    ["产出指标50分", 50],
    ["投入 15分", 15],
    // 湖北 黄冈's funds block, typed without the brackets around its weight
    ["预算执行情况(万元)20分", 20],
    ["预算执行情况（万元）（20分）", 20],
    ["满意度≥90分", null],
    ["实际完成值", null],
  ])("%s → %p", (text, weight) => {
    expect(headerWeight(text)).toBe(weight);
  });

  test("a bare weight after a unit in brackets is stripped like a bracketed one", () => {
    expect(normalizeHeader("预算执行情况(万元)20分")).toBe(normalizeHeader("预算执行情况(万元)(20分)"));
  });
});
