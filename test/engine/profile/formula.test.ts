import { FormulaSyntaxError, evaluateText, parseFormula, referencedNames } from "../../../src/engine/profile/formula";

const data = new Map<string, number>([
  ["编外人员数", 3],
  ["在编人数", 20],
  ["a", 2],
  ["b", 0],
  ["三公经费预算数（不含因公出国）", 55100],
]);
const lookup = (n: string) => data.get(n);
const value = (text: string) => {
  const r = evaluateText(text, lookup);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value;
};

describe("profile formulas: arithmetic over named data items, never code", () => {
  it("computes with precedence, parentheses, percentages and unary minus", () => {
    expect(value("编外人员数 / (在编人数 + 编外人员数)")).toBeCloseTo(3 / 23, 12);
    expect(value("1 + 2 * 3 - 4 / 2")).toBe(5);
    expect(value("-a + 10%")).toBeCloseTo(-1.9, 12);
    expect(value("a / 25%")).toBe(8);
  });

  it("accepts what Chinese input mode types: full-width parentheses, ×, ÷, full-width digits", () => {
    expect(value("（编外人员数＋在编人数）×２÷ａ".replace("ａ", "a"))).toBe(23);
  });

  it("names with other characters are written in braces", () => {
    expect(value("{三公经费预算数（不含因公出国）} / 100")).toBe(551);
    expect(referencedNames(parseFormula("{三公经费预算数（不含因公出国）} + a"))).toEqual(["三公经费预算数（不含因公出国）", "a"]);
  });

  it("has min, max and abs", () => {
    expect(value("min(a, 1) + max(a, 5) + abs(-3)")).toBe(9);
  });

  it("reports every missing data item, and a zero divisor, instead of a number", () => {
    expect(evaluateText("x / (y + a)", lookup)).toEqual({ ok: false, reason: "missing", names: ["x", "y"] });
    expect(evaluateText("a / b", lookup)).toEqual({ ok: false, reason: "divideByZero" });
  });

  it.each([
    ["a + * 2", "unexpected", 4, "*"],
    ["(a + 2", "end", 6, ""],
    ["a = 2", "unexpected", 2, "="],
    ["process.exit(1)", "unexpected", 7, "."],
    ["require(a)", "unknownFunction", 0, "require"],
    ["require('fs')", "unexpected", 8, "'"],
    ["{a + 1", "unclosedBrace", 0, "{"],
    ["abs(1, 2)", "arity", 0, "abs"],
  ])("rejects %p (%s at %p)", (text, reason, position, token) => {
    let error: unknown;
    try {
      parseFormula(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormulaSyntaxError);
    expect(error).toMatchObject({ reason, position, token });
  });

  it("treats any word as a data item name, so text never reaches a JavaScript evaluator", () => {
    expect(evaluateText("constructor + __proto__", lookup)).toEqual({ ok: false, reason: "missing", names: ["constructor", "__proto__"] });
  });
});
