import {
  classifyQualitative,
  formatNumber,
  formatValue,
  isNegative,
  isPositive,
  normalizeQualitative,
  parseValue,
} from "../../../src/engine/parse/value";
import { ParsedValueSchema, type Comparator, type ParsedValue } from "../../../src/engine/parse/value-types";

const q = (comparator: Comparator | null, value: number, unit: string | null): ParsedValue => ({
  kind: "quantity",
  comparator,
  value,
  unit,
});
const r = (min: number, max: number, unit: string | null): ParsedValue => ({ kind: "range", min, max, unit });
const d = (
  year: number | null,
  month: number | null,
  day: number | null,
  relation: "by" | "in",
  text: string,
): ParsedValue => ({ kind: "date", year, month, day, relation, text });
const ql = (value: string): ParsedValue => ({ kind: "qualitative", value });
const inv = (reason: "vague" | "compound" | "unparseable", text: string): ParsedValue => ({ kind: "invalid", reason, text });
const nd = (text: string): ParsedValue => ({ kind: "not-done", text });
const EMPTY: ParsedValue = { kind: "empty" };
const NA: ParsedValue = { kind: "not-applicable" };

/** Every distinct 指标目标值 of seed 003 (科学技术普及, ≈160 indicators), as a reviewer reads it. */
const SEED_003_TARGETS: [string, ParsedValue][] = [
  ["6场", q(null, 6, "场")],
  ["200人", q(null, 200, "人")],
  ["1场", q(null, 1, "场")],
  ["2000人", q(null, 2000, "人")],
  ["2场", q(null, 2, "场")],
  ["12次", q(null, 12, "次")],
  ["5次", q(null, 5, "次")],
  ["8个", q(null, 8, "个")],
  ["1次", q(null, 1, "次")],
  ["100", q(null, 100, null)],
  ["3", q(null, 3, null)],
  ["1个", q(null, 1, "个")],
  ["2次", q(null, 2, "次")],
  ["开展活动数量不少于10场", q(">=", 10, "场")],
  ["1", q(null, 1, null)],
  ["10家以上", q(">=", 10, "家")],
  ["10次", q(null, 10, "次")],
  ["≥60人", q(">=", 60, "人")],
  ["3次", q(null, 3, "次")],
  ["15次", q(null, 15, "次")],
  ["20个左右", q("~", 20, "个")],
  ["1本，20个项目", inv("compound", "1本，20个项目")],
  ["100%", q(null, 100, "%")],
  ["10项", q(null, 10, "项")],
  ["形成项目储备20个左右，引入重量级团队1-2个。", inv("compound", "形成项目储备20个左右，引入重量级团队1-2个。")],
  ["90%以上", q(">=", 90, "%")],
  ["是", ql("是")],
  ["≥2场", q(">=", 2, "场")],
  ["获得科技工作者认可率90%以上", q(">=", 90, "%")],
  ["及时", ql("及时")],
  ["2019年12月", d(2019, 12, null, "in", "2019年12月")],
  ["全年", d(null, null, null, "in", "全年")],
  ["本年内完成", d(null, null, null, "by", "本年内完成")],
  ["年内完成；部分课题需跨年完成", inv("vague", "年内完成；部分课题需跨年完成")],
  ["及时性", ql("及时")],
  ["服务对象满意度达到95%以上", q(">=", 95, "%")],
  ["服务企业不少于20家", q(">=", 20, "家")],
  ["1起", q(null, 1, "起")],
  [
    "市科协为科学技术工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务的“四服务”能力明显提升，成为名副其实的科技工作者之家。",
    inv(
      "vague",
      "市科协为科学技术工作者服务、为创新驱动发展服务、为提高全民科学素质服务、为党和政府科学决策服务的“四服务”能力明显提升，成为名副其实的科技工作者之家。",
    ),
  ],
  ["≥90%", q(">=", 90, "%")],
  ["举办老年科技创新活动不少于10场次", q(">=", 10, "场次")],
  ["5起", q(null, 5, "起")],
  ["25", q(null, 25, null)],
  ["研究成果获得好评", inv("vague", "研究成果获得好评")],
  ["形成思想库合集1本", q(null, 1, "本")],
  ["10起", q(null, 10, "起")],
  [
    "我市创新创业政策在海外影响力和吸引力持续提升；形成项目储备20个左右，引入重量级团队1-2个。",
    inv("compound", "我市创新创业政策在海外影响力和吸引力持续提升；形成项目储备20个左右，引入重量级团队1-2个。"),
  ],
  ["≧90%", q(">=", 90, "%")],
  ["90%", q(null, 90, "%")],
  ["老年科技工作者的满意度达到95%以上", q(">=", 95, "%")],
  ["课题通过率90%以上", q(">=", 90, "%")],
  ["满意率90%以上", q(">=", 90, "%")],
];

/** Seed 002 (three 自评表): 年度指标值 column, as targets. */
const SEED_002_TARGETS: [string, ParsedValue][] = [
  ["1个", q(null, 1, "个")],
  ["3场", q(null, 3, "场")],
  ["5个·", q(null, 5, "个")],
  ["5个", q(null, 5, "个")],
  ["1次", q(null, 1, "次")],
  ["100%", q(null, 100, "%")],
  ["及时", ql("及时")],
  ["≥0%", q(">=", 0, "%")],
  ["不适用", NA],
  ["有效保障", ql("有效保障")],
  ["≥90%", q(">=", 90, "%")],
  ["3", q(null, 3, null)],
  ["8", q(null, 8, null)],
  ["合规", ql("合规")],
  ["合规性", ql("合规")],
  ["预算数", inv("unparseable", "预算数")],
  // PDF line breaks inside the cell, as Excel keeps them.
  ["保障项目评审组织\n协调正常进行", inv("unparseable", "保障项目评审组织\n协调正常进行")],
  ["加强科技学术交流", inv("vague", "加强科技学术交流")],
  ["专家活动正常进行", inv("unparseable", "专家活动正常进行")],
  ["提高决策民主化、\n科学化水平", inv("vague", "提高决策民主化、\n科学化水平")],
  ["95%", q(null, 95, "%")],
  ["2", q(null, 2, null)],
  ["系统正常运行", inv("unparseable", "系统正常运行")],
  ["及时完成", ql("及时")],
  ["专家委网站和专\n家库正常", inv("unparseable", "专家委网站和专\n家库正常")],
  ["满意", ql("满意")],
];

/** Seed 002 实际完成值 column, as actuals. */
const SEED_002_ACTUALS: [string, ParsedValue][] = [
  ["7场", q(null, 7, "场")],
  ["18个", q(null, 18, "个")],
  ["9", q(null, 9, null)],
  ["0", q(null, 0, null)],
  ["由于疫情原因未开展\n。", nd("由于疫情原因未开展\n。")],
  ["无", nd("无")],
  ["≥0%", q(">=", 0, "%")],
  ["≥90%", q(">=", 90, "%")],
  ["合规性", ql("合规")],
  ["不适用", NA],
  ["-", EMPTY],
  ["—", EMPTY],
];

/** Seeds 000 and 001 (goal tables). */
const SEED_000_001_TARGETS: [string, ParsedValue][] = [
  ["=3场", q("=", 3, "场")],
  ["=1个", q("=", 1, "个")],
  ["=4次", q("=", 4, "次")],
  ["=100%", q("=", 100, "%")],
  ["2019年6月", d(2019, 6, null, "in", "2019年6月")],
  ["3 场", q(null, 3, "场")],
  ["2 批次", q(null, 2, "批次")],
  ["8 台", q(null, 8, "台")],
  ["≥90% ", q(">=", 90, "%")],
];

describe("parseValue on real seed values", () => {
  test("seed 003 table holds every distinct target (at least 50)", () => {
    expect(new Set(SEED_003_TARGETS.map(([s]) => s)).size).toBe(SEED_003_TARGETS.length);
    expect(SEED_003_TARGETS.length + SEED_002_TARGETS.length + SEED_002_ACTUALS.length).toBeGreaterThanOrEqual(60);
  });
  test.each(SEED_003_TARGETS)("seed 003 target %j", (input, expected) => {
    expect(parseValue(input, "target")).toEqual(expected);
  });
  test.each(SEED_002_TARGETS)("seed 002 target %j", (input, expected) => {
    expect(parseValue(input, "target")).toEqual(expected);
  });
  test.each(SEED_002_ACTUALS)("seed 002 actual %j", (input, expected) => {
    expect(parseValue(input, "actual")).toEqual(expected);
  });
  test.each(SEED_000_001_TARGETS)("seed 000/001 target %j", (input, expected) => {
    expect(parseValue(input)).toEqual(expected);
  });
});

describe("parseValue syntax", () => {
  const cases: [string, ParsedValue][] = [
    // comparators before the number
    ["≥5个", q(">=", 5, "个")],
    ["≧5个", q(">=", 5, "个")],
    [">=5个", q(">=", 5, "个")],
    ["＞5个", q(">", 5, "个")],
    [">5个", q(">", 5, "个")],
    ["≤5天", q("<=", 5, "天")],
    ["≦5天", q("<=", 5, "天")],
    ["<=5天", q("<=", 5, "天")],
    ["<5天", q("<", 5, "天")],
    ["＜5天", q("<", 5, "天")],
    ["=5人", q("=", 5, "人")],
    ["＝5人", q("=", 5, "人")],
    ["不少于10场", q(">=", 10, "场")],
    ["不低于95%", q(">=", 95, "%")],
    ["不超过30万元", q("<=", 30, "万元")],
    ["不高于5%", q("<=", 5, "%")],
    ["约20个", q("~", 20, "个")],
    ["大于等于3次", q(">=", 3, "次")],
    ["低于2%", q("<", 2, "%")],
    // comparators after the number
    ["10家以上", q(">=", 10, "家")],
    ["10家及以上", q(">=", 10, "家")],
    ["5个工作日以内", q("<=", 5, "个工作日")],
    ["3天内", q("<=", 3, "天")],
    ["5%以下", q("<=", 5, "%")],
    ["20个左右", q("~", 20, "个")],
    ["不少于10场以上", q(">=", 10, "场")],
    // conflicting comparators are not guessed
    ["≥90%以下", inv("unparseable", "≥90%以下")],
    // ranges
    ["1-2个", r(1, 2, "个")],
    ["1～2个", r(1, 2, "个")],
    ["1~2个", r(1, 2, "个")],
    ["1至2个", r(1, 2, "个")],
    ["1到2个", r(1, 2, "个")],
    ["1个-2个", r(1, 2, "个")],
    ["1—2个", r(1, 2, "个")],
    ["90%-95%", r(90, 95, "%")],
    ["约1-2个", r(1, 2, "个")],
    ["1-2个月", r(1, 2, "月")],
    ["1个-2场", inv("unparseable", "1个-2场")],
    ["≥1-2个", inv("unparseable", "≥1-2个")],
    // percentages
    ["≥100百分比", q(">=", 100, "%")],
    ["95％", q(null, 95, "%")],
    ["百分之95", q(null, 95, "%")],
    ["不低于百分之90", q(">=", 90, "%")],
    ["99.5%", q(null, 99.5, "%")],
    // units
    ["3人次", q(null, 3, "人次")],
    ["2批次", q(null, 2, "批次")],
    ["4篇", q(null, 4, "篇")],
    ["24小时", q(null, 24, "小时")],
    ["6个月", q(null, 6, "月")],
    ["3年", q(null, 3, "年")],
    ["2期", q(null, 2, "期")],
    ["1套", q(null, 1, "套")],
    ["5份", q(null, 5, "份")],
    ["500元/台", q(null, 500, "元/台")],
    ["10GB", q(null, 10, "GB")],
    // numbers
    ["1,000人", q(null, 1000, "人")],
    ["１２３４５６", q(null, 123456, null)],
    ["１，２３４，５６７．５元", q(null, 1234567.5, "元")],
    ["0.5", q(null, 0.5, null)],
    [".5", q(null, 0.5, null)],
    ["≥-5%", q(">=", -5, "%")],
    ["三场", q(null, 3, "场")],
    ["不少于十场", q(">=", 10, "场")],
    ["二十个", q(null, 20, "个")],
    ["十分满意", inv("unparseable", "十分满意")],
    // stray characters
    ["5个·", q(null, 5, "个")],
    ["·5个", q(null, 5, "个")],
    ["“是”", ql("是")],
    ["及时。", ql("及时")],
    ["100%（含验收）", q(null, 100, "%")],
    ["第3名", inv("unparseable", "第3名")],
    // dates
    ["2019年12月", d(2019, 12, null, "in", "2019年12月")],
    ["2019年12月31日", d(2019, 12, 31, "in", "2019年12月31日")],
    ["2019年12月前完成", d(2019, 12, null, "by", "2019年12月前完成")],
    ["2019年12月底前", d(2019, 12, null, "by", "2019年12月底前")],
    ["2019年6月30日前", d(2019, 6, 30, "by", "2019年6月30日前")],
    ["12月底前", d(null, 12, null, "by", "12月底前")],
    ["12月", d(null, 12, null, "in", "12月")],
    ["2019年", d(2019, null, null, "in", "2019年")],
    ["2019年底", d(2019, 12, null, "by", "2019年底")],
    ["截至2019年12月31日", d(2019, 12, 31, "by", "截至2019年12月31日")],
    ["2019-12-31", d(2019, 12, 31, "in", "2019-12-31")],
    ["2019/6", d(2019, 6, null, "in", "2019/6")],
    ["2019.12.31前", d(2019, 12, 31, "by", "2019.12.31前")],
    ["本年内完成", d(null, null, null, "by", "本年内完成")],
    ["年内", d(null, null, null, "in", "年内")],
    ["年内完成", d(null, null, null, "by", "年内完成")],
    ["全年", d(null, null, null, "in", "全年")],
    ["年底前", d(null, 12, null, "by", "年底前")],
    ["上半年", d(null, 6, null, "in", "上半年")],
    ["第三季度", d(null, 9, null, "in", "第三季度")],
    ["第4季度前完成", d(null, 12, null, "by", "第4季度前完成")],
    ["2019年13月", inv("unparseable", "2019年13月")],
    ["13月", q(null, 13, "月")],
    // qualitative words
    ["合规", ql("合规")],
    ["有效保障", ql("有效保障")],
    ["应保尽保", ql("应保尽保")],
    ["应补尽补", ql("应保尽保")],
    ["达成预期指标", ql("达成预期指标")],
    ["达到预期目标", ql("达成预期指标")],
    ["达成", ql("达成")],
    ["优", ql("优")],
    ["良好", ql("良")],
    ["优良", ql("优良")],
    ["中", ql("中")],
    ["低", ql("低")],
    ["差", ql("差")],
    ["正常运行", ql("正常运行")],
    ["有效", ql("有效")],
    ["否", ql("否")],
    ["基本完成", ql("基本完成")],
    // vague targets
    ["效果明显", inv("vague", "效果明显")],
    ["进一步提升", inv("vague", "进一步提升")],
    ["有所提高", inv("vague", "有所提高")],
    // a bare direction (上海 绩效目标申报表: 新增违建发生数 | 降低)
    ["降低", inv("vague", "降低")],
    ["提高", inv("vague", "提高")],
    ["逐步完善", inv("vague", "逐步完善")],
    ["不断提高", inv("vague", "不断提高")],
    ["效果明显，满意度90%", inv("vague", "效果明显，满意度90%")],
    // compound targets
    ["举办3场，参加4次", inv("compound", "举办3场，参加4次")],
    ["评选一等奖4份，特别奖1份", inv("compound", "评选一等奖4份，特别奖1份")],
    ["及时、合规", inv("compound", "及时、合规")],
    // free text
    ["完成10场活动的组织工作", inv("unparseable", "完成10场活动的组织工作")],
    ["  系统正常运行 ", inv("unparseable", "系统正常运行")],
    // blanks and not applicable
    ["", EMPTY],
    ["   ", EMPTY],
    ["-", EMPTY],
    ["—", EMPTY],
    ["/", EMPTY],
    ["－", EMPTY],
    ["无", EMPTY],
    ["不适用", NA],
    ["不涉及", NA],
    ["N/A", NA],
    // not-done words are not targets
    ["未开展", inv("unparseable", "未开展")],
  ];
  test.each(cases)("target %j", (input, expected) => {
    const got = parseValue(input, "target");
    expect(got).toEqual(expected);
    expect(ParsedValueSchema.safeParse(got).success).toBe(true);
  });

  const actuals: [string, ParsedValue][] = [
    ["未开展", nd("未开展")],
    ["未完成", nd("未完成")],
    ["无", nd("无")],
    ["取消", nd("取消")],
    ["由于疫情原因未开展。", nd("由于疫情原因未开展。")],
    ["因疫情原因未开展", nd("因疫情原因未开展")],
    ["受疫情影响，活动取消", nd("受疫情影响，活动取消")],
    ["-", EMPTY],
    ["—", EMPTY],
    ["/", EMPTY],
    ["", EMPTY],
    ["≥90%", q(">=", 90, "%")],
    ["完成2场，其余未开展", inv("unparseable", "完成2场，其余未开展")],
    ["部分完成", ql("部分完成")],
    ["未达成", ql("未达成")],
    ["不及时", ql("不及时")],
  ];
  test.each(actuals)("actual %j", (input, expected) => {
    expect(parseValue(input, "actual")).toEqual(expected);
  });

  test("number cells are bare quantities", () => {
    expect(parseValue(8)).toEqual(q(null, 8, null));
    expect(parseValue(0.95, "actual")).toEqual(q(null, 0.95, null));
    expect(parseValue(-0)).toEqual(q(null, 0, null));
    expect(parseValue(Number.NaN)).toEqual(inv("unparseable", "NaN"));
    expect(parseValue(Number.POSITIVE_INFINITY)).toEqual(inv("unparseable", "Infinity"));
    expect(parseValue(null)).toEqual(EMPTY);
  });

  test("values outside the declared input type do not throw", () => {
    const loose = parseValue as (input: unknown, role?: "target" | "actual") => ParsedValue;
    expect(loose(undefined)).toEqual(EMPTY);
    expect(loose(true)).toEqual(ql("是"));
    expect(loose(false)).toEqual(ql("否"));
    // Callers that stringify a TRUE/FALSE cell.
    expect(parseValue("TRUE")).toEqual(ql("是"));
    expect(parseValue("false")).toEqual(ql("否"));
    expect(loose({ toString: () => { throw new Error("boom"); } })).toEqual(inv("unparseable", ""));
  });

  test("a number too large for a double is not a quantity", () => {
    expect(parseValue(`${"9".repeat(400)}个`)).toEqual(inv("unparseable", `${"9".repeat(400)}个`));
  });

  test("a very long cell is parsed quickly", () => {
    const long = "进一步提升，".repeat(20000) + "1-2个";
    const t0 = Date.now();
    expect(parseValue(long).kind).toBe("invalid");
    expect(parseValue("1".repeat(100000) + "个").kind).toBe("invalid");
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("formatValue", () => {
  const cases: [ParsedValue, string][] = [
    [q(">=", 90, "%"), "≥90%"],
    [q("<=", 5, "天"), "≤5天"],
    [q("~", 20, "个"), "约20个"],
    [q(null, 3, "场"), "3场"],
    [q(null, 6, "月"), "6个月"],
    [q("=", 0, null), "=0"],
    [q(null, 1e21, null), "1000000000000000000000"],
    [q(null, 1.5e-7, "%"), "0.00000015%"],
    [r(1, 2, "个"), "1-2个"],
    [d(2019, 12, null, "in", "whatever"), "2019年12月"],
    [d(2019, 12, 31, "by", ""), "2019年12月31日前"],
    [d(null, null, null, "by", ""), "本年内完成"],
    [d(null, null, null, "in", ""), "全年"],
    [ql("有效保障"), "有效保障"],
    [NA, "不适用"],
    [nd("由于疫情原因未开展。"), "由于疫情原因未开展。"],
    [inv("compound", "1本，20个项目"), "1本，20个项目"],
    [EMPTY, ""],
  ];
  test.each(cases)("%j → %j", (v, text) => {
    expect(formatValue(v)).toBe(text);
  });

  test("formatNumber never uses exponent notation and reads back exactly", () => {
    for (const n of [1e21, 1.2345e25, -3e-7, 5e-324, 1.7976931348623157e308, 123.456]) {
      const s = formatNumber(n);
      expect(s).not.toMatch(/e/i);
      expect(Number(s)).toBe(n);
    }
  });
});

describe("comparator direction", () => {
  test.each([
    [">=", true, false],
    [">", true, false],
    ["=", true, false],
    ["~", true, false],
    [null, true, false],
    ["<=", false, true],
    ["<", false, true],
  ] as [Comparator | null, boolean, boolean][])("%j positive=%j negative=%j", (c, pos, neg) => {
    expect(isPositive(c)).toBe(pos);
    expect(isNegative(c)).toBe(neg);
  });
  test("parsed comparators from words have the direction their words say", () => {
    const comparatorOf = (s: string) => {
      const v = parseValue(s);
      return v.kind === "quantity" ? v.comparator : "not a quantity";
    };
    for (const s of ["不少于3场", "3场以上", "3场及以上", "不低于90%"]) expect(isPositive(comparatorOf(s) as Comparator)).toBe(true);
    for (const s of ["5天以内", "不超过5天", "不高于5%", "5%以下"]) expect(isNegative(comparatorOf(s) as Comparator)).toBe(true);
  });
});

describe("classifyQualitative", () => {
  const cases: [string, string, ReturnType<typeof classifyQualitative>][] = [
    ["及时", "及时", "achieved"],
    ["合规性", "合规", "achieved"],
    ["有效保障", "有效保障", "achieved"],
    ["达成预期指标", "有效保障", "achieved"],
    ["达成", "≥90%", "achieved"],
    ["达到预期", "及时", "achieved"],
    ["满意", "满意", "achieved"],
    ["是", "是", "achieved"],
    ["完成", "及时", "achieved"],
    // equal text after normalisation (line breaks from wrapped cells, punctuation)
    ["保障项目评审组织协\n调正常进行", "保障项目评审组织\n协调正常进行", "achieved"],
    ["系统正常运行", "系统正常运行。", "achieved"],
    ["提高决策民主化、科\n学化水平", "提高决策民主化、\n科学化水平", "achieved"],
    // 否 answering 否 (是否发生安全事故) is met; 是 answering 否 is not
    ["否", "否", "achieved"],
    ["是", "否", "failed"],
    ["否", "是", "failed"],
    // not done
    ["由于疫情原因未开展\n。", "合规", "failed"],
    ["无", "合规", "failed"],
    ["未开展", "及时", "failed"],
    ["未完成", "及时", "failed"],
    ["不及时", "及时", "failed"],
    ["不合规", "合规", "failed"],
    // 成本控制合理性 | 合理 (上海 绩效目标申报表)
    ["合理", "合理", "achieved"],
    ["不合理", "合理", "failed"],
    // 长效管理制度健全性 | 健全, 文明施工情况 | 可控
    ["健全", "健全", "achieved"],
    ["基本可控", "可控", "partial"],
    ["不健全", "健全", "failed"],
    // 保证单位正常运转 | 应保尽保 (湖南 整体绩效目标表)
    ["应保尽保", "应保尽保", "achieved"],
    // partly
    ["部分达成", "达成预期指标", "partial"],
    ["基本达成", "达成预期指标", "partial"],
    ["基本完成", "及时", "partial"],
    ["部分完成", "及时", "partial"],
    // grades
    ["优", "良", "achieved"],
    ["良", "优", "partial"],
    ["中", "优", "failed"],
    ["差", "中", "failed"],
    // dates
    ["2019年11月", "2019年12月", "achieved"],
    ["2019年12月20日", "2019年12月", "achieved"],
    ["2020年1月", "2019年12月", "failed"],
    // cannot tell
    ["专家活动正常进行", "保障专家活动正常进行", "unknown"],
    ["", "及时", "unknown"],
    ["90%", "及时", "unknown"],
    ["良", "有效保障", "unknown"],
  ];
  test.each(cases)("actual %j for target %j → %s", (actual, target, expected) => {
    expect(classifyQualitative(actual, target)).toBe(expected);
  });

  test("normalizeQualitative drops spaces, line breaks and punctuation and maps spellings", () => {
    expect(normalizeQualitative(" 合规性。")).toBe("合规");
    expect(normalizeQualitative("专家委网站和专\n家库正常")).toBe("专家委网站和专家库正常");
    expect(normalizeQualitative("提高决策民主化、\n科学化水平")).toBe("提高决策民主化科学化水平");
    expect(normalizeQualitative("≥90％")).toBe("≥90%");
  });
});
