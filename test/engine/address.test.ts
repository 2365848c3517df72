import { parseRange } from "../../src/engine/address";

test("plain ranges as hosts write them", () => {
  expect(parseRange("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  expect(parseRange("B3:D7")).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
  expect(parseRange("D7:B3")).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
  expect(parseRange("XFD1048576")).toEqual({ top: 1048575, left: 16383, bottom: 1048575, right: 16383 });
  expect(parseRange("AA01:AB2")).toEqual({ top: 0, left: 26, bottom: 1, right: 27 });
});

test("other spellings are read as before: $, lower case, a sheet, spaces, a trailing colon", () => {
  expect(parseRange("$B$3:$D$7")).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
  expect(parseRange("b3:d7")).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
  expect(parseRange("'表 1'!B3:D7")).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
  expect(parseRange(" B3 : D7 ")).toEqual({ top: 2, left: 1, bottom: 6, right: 3 });
  expect(parseRange("B3:")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  expect(parseRange("A0")).toEqual({ top: -1, left: 0, bottom: -1, right: 0 });
});

test("what is no address still throws", () => {
  expect(() => parseRange("ABCD1")).toThrow();
  expect(() => parseRange("B")).toThrow();
  expect(() => parseRange("3")).toThrow();
  expect(() => parseRange("")).toThrow();
});
