import { findExpressions, readTextAmounts } from "../../../src/engine/forms/goal-table/text-amounts";
import { seed000 } from "../../../scripts/examples/seed000";

describe("amounts written in text", () => {
  test("seed 000 funds-use lines: six items summing to 3,353,550, the mid-text 合计 read as an item", () => {
    const t = readTextAmounts(seed000.purpose);
    expect(t.items.map((i) => i.value)).toEqual([500000, 320750, 32800, 1732000, 643000, 125000]);
    expect(t.itemsSum).toBe(3353550);
    expect(t.statedTotal).toBeNull();
    expect(t.amount).toBe(3353550);
  });

  test("seed 000 procurement: the calculation counts by its result, the closing 合计 is the stated total", () => {
    const t = readTextAmounts(seed000.procurementItems);
    expect(t.items.map((i) => i.value)).toEqual([24000, 8000, 800]);
    expect(t.statedTotal?.value).toBe(32800);
    expect(t.amount).toBe(32800);
    const [e] = findExpressions(seed000.procurementItems);
    expect(e).toMatchObject({ text: "6000元/台*4=24000元", computed: 24000, stated: 24000, money: true });
  });

  test("a wrong calculation is computed, not trusted", () => {
    const [e] = findExpressions("台式电脑4台，6000元/台*4=25000元");
    expect(e.computed).toBe(24000);
    expect(e.stated).toBe(25000);
  });

  test("precedence, ×, full-width digits and 万元", () => {
    expect(findExpressions("200元/人/天×10人×3天+500元=6500元")[0]).toMatchObject({ computed: 6500, stated: 6500 });
    expect(findExpressions("１．５万元＊２＝３万元")[0]).toMatchObject({ computed: 30000, stated: 30000 });
    expect(findExpressions("共 3*4=12 场")[0]).toMatchObject({ computed: 12, stated: 12, money: false });
  });

  test("dates, ranges and counts are not calculations", () => {
    expect(findExpressions("2019-01-01至2019-12-31，1-2个团队，3场")).toEqual([]);
  });

  test("万元 amounts are read in 元; unit prices and 其中 breakdowns are not items", () => {
    const t = readTextAmounts("1.会议费5万元，其中场地费2万元、餐费3万元；2.印刷费单价20元，共计1.2万元。合计6.2万元");
    expect(t.items.map((i) => i.value)).toEqual([50000, 12000]);
    expect(t.statedTotal?.value).toBe(62000);
  });

  test("a 合计 that disagrees with its items is kept as the stated total", () => {
    const t = readTextAmounts("1.台式电脑24000元；2.笔记本电脑8000元。合计33000元。");
    expect(t.itemsSum).toBe(32000);
    expect(t.statedTotal?.value).toBe(33000);
  });

  test("subtotals that agree are not counted twice", () => {
    const t = readTextAmounts("一、A 100元，B 200元，小计300元；二、C 50元，D 50元，小计100元。合计400元");
    expect(t.items.map((i) => i.value)).toEqual([100, 200, 50, 50]);
    expect(t.subtotals.map((i) => i.value)).toEqual([100]);
    expect(t.amount).toBe(400);
  });

  test("a text without money amounts has no items", () => {
    expect(readTextAmounts("举办3场活动，参加2场展会").items).toEqual([]);
  });
});
