import { normalizeHeader } from "../text/normalize";

/**
 * Indicator categories as the rules name them. Forms print them with suffixes ("数量指标", "产出目标",
 * "服务对象满意度指标"); coverage rules and weights speak of 数量, 产出, 满意度 …
 */
export type PrimaryCategory = "产出" | "效益" | "满意度" | "成本" | "other";

export function primaryCategory(text: string): PrimaryCategory {
  const t = normalizeHeader(text);
  if (/满意/.test(t)) return "满意度";
  if (/产出/.test(t)) return "产出";
  if (/效益|效果|影响/.test(t)) return "效益";
  if (/成本/.test(t)) return "成本";
  return "other";
}

const SECONDARY = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "满意度"] as const;
export type SecondaryCategory = (typeof SECONDARY)[number];

export function secondaryCategory(text: string): SecondaryCategory | null {
  const t = normalizeHeader(text).replace(/(指标|目标)$/, "");
  if (/满意/.test(t)) return "满意度";
  if (/可持续/.test(t)) return "可持续影响";
  for (const s of SECONDARY) if (t === s || t.startsWith(s)) return s;
  return null;
}
