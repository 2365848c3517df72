import fc from "fast-check";
import { quantitativeScore } from "../../../src/engine/forms/self-evaluation/score";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { ProfileSchema } from "../../../src/engine/profile/schema";

const ratio = BUILTIN_PROFILES.shenzhen;
const linear = ProfileSchema.parse({ ...ratio, id: "linear", negativeIndicator: "linear" });
const pos = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const weight = fc.double({ min: 0.5, max: 30, noNaN: true });

describe("quantitative scoring rules", () => {
  test("a score lies in [0, w] whatever the target and actual (over-achievement never earns more)", () => {
    fc.assert(
      fc.property(pos, fc.double({ min: -1e6, max: 1e7, noNaN: true }), weight, fc.boolean(), fc.boolean(), (t, a, w, negative, lin) => {
        const s = quantitativeScore(t, a, w, negative, false, lin ? linear : ratio);
        return s >= 0 && s <= w + 1e-9;
      }),
    );
  });

  test("positive indicators: more achieved never scores less; reaching the target scores w", () => {
    fc.assert(
      fc.property(pos, pos, pos, weight, (t, a1, a2, w) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const s1 = quantitativeScore(t, lo, w, false, false, ratio);
        const s2 = quantitativeScore(t, hi, w, false, false, ratio);
        return s1 <= s2 + 1e-9 && quantitativeScore(t, t, w, false, false, ratio) === w;
      }),
    );
  });

  test("negative indicators: a larger actual never scores more, under both formulas", () => {
    fc.assert(
      fc.property(pos, pos, pos, weight, fc.boolean(), (t, a1, a2, w, lin) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const p = lin ? linear : ratio;
        return quantitativeScore(t, lo, w, true, false, p) >= quantitativeScore(t, hi, w, true, false, p) - 1e-9;
      }),
    );
  });

  test("the linear negative formula reaches 0 at twice the target", () => {
    fc.assert(fc.property(pos, weight, (t, w) => quantitativeScore(t, 2 * t, w, true, false, linear) < 1e-9));
  });

  test("'= 0' targets: w when the actual is 0, else 0", () => {
    expect(quantitativeScore(0, 0, 5, false, true, ratio)).toBe(5);
    expect(quantitativeScore(0, 1, 5, false, true, ratio)).toBe(0);
  });
});
