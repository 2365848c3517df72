import { z } from "zod";
import type { ParsedValue } from "../../parse/value-types";
import { normalizeHeader, normalizeName } from "../../text/normalize";
import { memoByText } from "../../text/memo";

/**
 * The 一级 and 二级 categories of performance indicators, as printed in the field (产出目标 / 产出指标 / 产出,
 * 数量指标 / 数量 …) and canonicalised, and the inference of a missing 二级 from the indicator's name.
 */
export const PrimaryCategorySchema = z.enum(["产出", "效益", "满意度", "成本"]);
export type PrimaryCategory = z.infer<typeof PrimaryCategorySchema>;

export const SecondaryCategorySchema = z.enum(["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "满意度"]);
export type SecondaryCategory = z.infer<typeof SecondaryCategorySchema>;

const PRIMARY_WORDS: Record<PrimaryCategory, string[]> = {
  产出: ["产出", "产出目标", "产出指标"],
  效益: ["效益", "效益目标", "效益指标", "效果", "效果目标", "效果指标"],
  满意度: ["满意度", "满意度指标", "满意度目标"],
  成本: ["成本指标", "成本目标"],
};

const SECONDARY_WORDS: Record<SecondaryCategory, string[]> = {
  数量: ["数量"],
  质量: ["质量"],
  时效: ["时效", "进度"],
  成本: ["成本", "经济成本", "社会成本", "生态环境成本", "生态成本"],
  经济效益: ["经济效益"],
  社会效益: ["社会效益"],
  生态效益: ["生态效益", "环境效益"],
  可持续影响: ["可持续影响", "可持续影响效益", "可持续发展", "可持续效益"],
  满意度: ["满意度", "服务对象满意度", "社会公众满意度", "社会公众或服务对象满意度"],
};

const stripIndicatorSuffix = memoByText((text: string): string => normalizeHeader(text).replace(/(指标|目标)$/, ""));

/** "产出目标" → 产出; a 二级 word → null. */
export function primaryOf(text: string): PrimaryCategory | null {
  const t = normalizeHeader(text);
  return t ? (PRIMARY_BY_WORD.get(t) ?? null) : null;
}

const PRIMARY_BY_WORD: ReadonlyMap<string, PrimaryCategory> = new Map(
  (Object.entries(PRIMARY_WORDS) as [PrimaryCategory, string[]][]).flatMap(([cat, words]) => words.map((w) => [w, cat] as const)).reverse(),
);

/** "数量指标" → 数量, "服务对象满意度指标" → 满意度; anything else → null. */
export function secondaryOf(text: string): SecondaryCategory | null {
  const t = stripIndicatorSuffix(text);
  return t ? (SECONDARY_BY_WORD.get(t) ?? null) : null;
}

// Asked for every cell of every candidate row; one lookup instead of a walk over every list.
const SECONDARY_BY_WORD: ReadonlyMap<string, SecondaryCategory> = new Map(
  (Object.entries(SECONDARY_WORDS) as [SecondaryCategory, string[]][]).flatMap(([cat, words]) => words.map((w) => [w, cat] as const)).reverse(),
);

/** The 一级 a 二级 belongs to when the table prints none. */
export function primaryOfSecondary(s: SecondaryCategory): PrimaryCategory {
  if (s === "数量" || s === "质量" || s === "时效" || s === "成本") return "产出";
  if (s === "满意度") return "满意度";
  return "效益";
}

interface NameRule {
  category: SecondaryCategory;
  /** Matched at the end of the name: what the indicator measures. */
  suffix?: RegExp;
  /** Matched anywhere: weaker evidence, tried after every suffix rule. */
  anywhere?: RegExp;
}

/**
 * Ordered: the end of a name says what is measured ("…活动完成率" is a quality even though it names an activity),
 * so suffix rules come first, and words found anywhere in the name only when no suffix decides.
 * 时效 before 质量 so that 按时完成率 is a timeliness; 成本 before 质量 so that 预算执行率 is a cost.
 */
const NAME_RULES: NameRule[] = [
  { category: "满意度", suffix: /(满意度|满意率|好评率)$/ },
  { category: "时效", suffix: /(及时性|及时率|按时完成率|完成时间|完成时限|完成期限|时限|周期|进度)$/ },
  { category: "成本", suffix: /(成本|费用|经费|单价|预算执行率|资金执行率|造价|节约率|成本控制率|支出)$/ },
  { category: "质量", suffix: /(完成率|合格率|达标率|验收率|通过率|出席率|准确率|正确率|达成率|优良率|完好率|合规率|覆盖率|使用率|运行率|到位率|质量)$/ },
  { category: "数量", suffix: /(场次|数量|个数|次数|人数|人次|家数|项数|件数|台数|套数|批次|篇数|期数|户数|册数|规模|总数)$/ },
  { category: "经济效益", anywhere: /(经济效益|产值|利润|税收|营收|创收|增收|收入)/ },
  { category: "生态效益", anywhere: /(生态|环境|节能|减排|绿化|污染|能耗|碳排)/ },
  { category: "可持续影响", anywhere: /(可持续|长效机制|长效)/ },
  { category: "社会效益", anywhere: /(社会效益|社会影响|影响力|知晓率|保障情况|受益)/ },
];

/**
 * The 二级 a name says it belongs to, or null when the name does not tell. Remembered per name: up to nine patterns are
 * tried, for each indicator of each form, and names recur across the forms of a workbook.
 */
export const inferSecondaryFromName: (name: string) => SecondaryCategory | null = memoByText(secondaryFromName);

function secondaryFromName(name: string): SecondaryCategory | null {
  const n = normalizeName(name);
  if (!n) return null;
  for (const r of NAME_RULES) if (r.suffix?.test(n)) return r.category;
  for (const r of NAME_RULES) if (r.anywhere?.test(n)) return r.category;
  return null;
}

/** Units that count things: a target "=9场" or "≥5000人" is a quantity. */
const COUNT_UNITS = new Set(["场", "次", "个", "人", "家", "台", "批", "批次", "项", "本", "篇", "期", "套", "件", "份", "人次", "场次", "辆", "名", "所", "处", "户", "册", "部", "座", "条", "支", "只", "间", "门", "类"]);

/**
 * Weaker evidence, used only when the name says nothing: a count target is a 数量, a date target a 时效.
 * A percentage says nothing (it may be a quality, a cost rate or a satisfaction).
 */
export function inferSecondaryFromTarget(v: ParsedValue): SecondaryCategory | null {
  if (v.kind === "date") return "时效";
  if ((v.kind === "quantity" || v.kind === "range") && v.unit && COUNT_UNITS.has(v.unit)) return "数量";
  return null;
}
