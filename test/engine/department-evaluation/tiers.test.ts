import { counted, seed004With, validateDept } from "./helpers";

/** The computed score of one item of seed 004 with some data items replaced. */
async function scoreOf(label: string, data: Record<string, number | string>, scores: Record<string, null> = {}): Promise<number | null> {
  const { form } = await validateDept(seed004With({ data, scores }));
  return counted(form)[label];
}

describe("tier boundaries of the Shenzhen department rubric", () => {
  // 编外人员控制率 = 编外 / (在编 + 编外): < 5% → 1, 5%–10% (both inclusive) → 0.5, > 10% → 0.
  it.each([
    [4.99, 95.01, 1],
    [4.994, 95.006, 1], // shown as 4.99%: rates are compared as the percentage with 2 decimals
    [5, 95, 0.5],
    [10, 90, 0.5],
    [10.01, 89.99, 0],
  ])("编外人员控制率 with %p of %p + itself scores %p", async (outside, staff, expected) => {
    expect(await scoreOf("编外人员控制率", { 编外人员数: outside, 在编人数: staff })).toBe(expected);
  });

  // 满意度: ≥ 95% → 6, 90–95% → 4, 80–90% → 2, < 80% → 1.
  it.each([
    [0.799, 1],
    [0.8, 2],
    [0.8999, 2],
    [0.9, 4],
    [0.9499, 4],
    [0.95, 6],
    [1, 6],
  ])("满意度 %p scores %p", async (satisfaction, expected) => {
    expect(await scoreOf("公众或服务对象满意度", { 满意度: satisfaction })).toBe(expected);
  });

  it.each([
    ["79.9%", 1],
    ["80%", 2],
    ["95%", 6],
    [99, 6], // typed without the sign in a General cell: 99 means 99%
  ])("满意度 typed as %p scores %p", async (satisfaction, expected) => {
    expect(await scoreOf("公众或服务对象满意度", { 满意度: satisfaction })).toBe(expected);
  });

  // 固定资产利用率 = 在用 / 总额: ≥ 90% → 1, ≥ 75% → 0.7, ≥ 60% → 0.4, else 0.
  it.each([
    [59.99, 0],
    [60, 0.4],
    [74.99, 0.4],
    [75, 0.7],
    [89.99, 0.7],
    [90, 1],
    [100, 1],
  ])("固定资产利用率 %p%% scores %p", async (inUse, expected) => {
    expect(await scoreOf("固定资产利用率", { 固定资产总额: 100, 在用固定资产: inUse })).toBe(expected);
  });

  // 公用经费控制率 = “三公” part + 日常公用 part, each < 90% → 3, 90–100% → 2, > 100% → 0 (the other part stays 3).
  it.each([
    [89.99, 6],
    [90, 5],
    [100, 5],
    [100.01, 3],
  ])("“三公”经费控制率 %p%% makes 公用经费控制率 %p", async (spent, expected) => {
    expect(await scoreOf("公用经费控制率", { "三公经费预算数（不含因公出国）": 100, "三公经费决算数（不含因公出国）": spent })).toBe(expected);
  });

  it.each([
    [89.99, 6],
    [90, 5],
    [100, 5],
    [100.01, 3],
  ])("日常公用经费控制率 %p%% makes 公用经费控制率 %p", async (spent, expected) => {
    expect(await scoreOf("公用经费控制率", { 日常公用经费调整预算数: 100, 日常公用经费决算数: spent })).toBe(expected);
  });

  it.each([
    [20, 1],
    [20.002, 0], // 100.01%
  ])("财政供养人员控制率 with %p of 20 scores %p", async (staff, expected) => {
    expect(await scoreOf("财政供养人员控制率", { 在编人数: staff, 核定编制数: 20 })).toBe(expected);
  });

  // 政府采购执行情况 = 执行率 × 1 (0 when actual > plan) + the judged policy part counted in full
  // (分数 left empty, so the item counts at the rules' score rather than a judgement entered within its range).
  it.each([
    [13200, 2],
    [12560, 1.95],
    [13201, 1],
    [0, 1],
  ])("政府采购 actual %p of 13200 scores %p", async (actual, expected) => {
    expect(await scoreOf("政府采购执行情况", { 政府采购实际数: actual }, { 政府采购执行情况: null })).toBe(expected);
  });

  it.each([
    [4, 6],
    [3, 4.5],
    [0, 0],
  ])("项目完成及时性 with %p of 4 projects done scores %p", async (done, expected) => {
    expect(await scoreOf("项目完成及时性", { 已完成项目数: done })).toBe(expected);
  });
});

describe("a data item changed in the workbook changes exactly its item's score", () => {
  const cases: [string, Record<string, number>, string, number][] = [
    ["在用固定资产 at 80% of 总额", { 在用固定资产: 106260.69 }, "固定资产利用率", 0.7],
    ["编外人员数 1 (4.76%)", { 编外人员数: 1 }, "编外人员控制率", 1],
    ["在编人数 21 of 20 编制 (编外 3/24 = 12.5% stays 0)", { 在编人数: 21 }, "财政供养人员控制率", 0],
    ["满意度 85%", { 满意度: 0.85 }, "公众或服务对象满意度", 2],
    ["政府采购实际数 above plan", { 政府采购实际数: 14000 }, "政府采购执行情况", 1],
    ["三公经费决算数 at 94.37%", { "三公经费决算数（不含因公出国）": 52000 }, "公用经费控制率", 5],
    ["已完成项目数 3 of 4", { 已完成项目数: 3 }, "项目完成及时性", 4.5],
  ];
  it.each(cases)("%s", async (_name, data, label, score) => {
    const base = counted((await validateDept(seed004With())).form);
    const { form } = await validateDept(seed004With({ data }));
    const now = counted(form);
    const changed = Object.keys(now).filter((k) => now[k] !== base[k]);
    expect(changed).toEqual([label]);
    expect(now[label]).toBe(score);
    expect(form!.score!.computed).toBe(Math.round((97.95 - base[label]! + score) * 100) / 100);
  });
});
