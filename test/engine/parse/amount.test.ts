import { parseAmount } from "../../../src/engine/parse/amount";

describe("parseAmount", () => {
  test.each([
    ["4,458,587.00", { kind: "number", value: 4458587 }],
    ["500元", { kind: "number", value: 500 }],
    ["250万元", { kind: "number", value: 250 }],
    // Hunan's 2023 goal tables write 「250万」 under 单位:万元: the unit line says what the number counts in.
    ["250万", { kind: "number", value: 250 }],
    ["(1,200)", { kind: "number", value: -1200 }],
    ["-", { kind: "none" }],
    ["三百万", { kind: "text", text: "三百万" }],
    ["万", { kind: "text", text: "万" }],
  ])("%s", (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });
});
