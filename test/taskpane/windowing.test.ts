import { isDarkColor } from "../../src/taskpane/colors";
import { rowAt, windowOf } from "../../src/taskpane/virtual-rows";

describe("the finding list's window (virtual-rows.ts)", () => {
  // Five rows of 10, 20, 30, 40, 50 px: tops 0, 10, 30, 60, 100; total 150.
  const offsets = [0, 10, 30, 60, 100, 150];

  it("finds the row at a height", () => {
    expect([0, 9, 10, 29, 30, 99, 100, 149, 500].map((y) => rowAt(offsets, y))).toEqual([0, 0, 1, 1, 2, 3, 4, 4, 4]);
    expect(rowAt([0], 10)).toBe(0);
  });

  it("renders the rows in view and the overscan around them, never past the ends", () => {
    expect(windowOf(offsets, 35, 65, 0)).toEqual({ start: 2, end: 4 });
    expect(windowOf(offsets, 35, 65, 10)).toEqual({ start: 1, end: 4 });
    expect(windowOf(offsets, 0, 1000, 0)).toEqual({ start: 0, end: 5 });
    expect(windowOf([0], 0, 100, 50)).toEqual({ start: 0, end: 0 });
  });
});

describe("Office's theme colour (colors.ts)", () => {
  it("reads Office's dark and light backgrounds", () => {
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#000")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#e6e6e6")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("not a colour")).toBe(false);
  });
});
