import { memoByText } from "../../../src/engine/text/memo";

describe("memoByText", () => {
  it("answers a repeated question from memory, null answers included", () => {
    let calls = 0;
    const f = memoByText((t) => {
      calls++;
      return t === "" ? null : t.length;
    });
    expect([f("预算"), f("预算"), f(""), f("")]).toEqual([2, 2, null, null]);
    expect(calls).toBe(2);
  });

  it("stays bounded: past its limit it starts afresh and still answers rightly", () => {
    let calls = 0;
    const f = memoByText((t) => {
      calls++;
      return t.toUpperCase();
    }, 3);
    for (const t of ["a", "b", "c", "d", "a"]) expect(f(t)).toBe(t.toUpperCase());
    expect(calls).toBe(5);
  });
});
