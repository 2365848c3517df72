import { primaryOfSecondary, secondaryOf } from "../forms/indicators/categories";
import type { Profile } from "../profile/schema";

/**
 * The lists a template offers, from the profile: 一级 with their expected weights, the 二级 categories the coverage
 * rules name, the 指标性质, and common units. Every word is one the recognisers read (forms/*\/headers.ts).
 */

export const NATURES = ["≥", "≤", "=", "定性"];

export const UNITS = ["个", "场", "次", "人", "人次", "家", "台", "套", "项", "批次", "篇", "份", "天", "月", "年", "%", "元", "万元", "平方米", "亩", "公里"];

const withSuffix = (c: string) => (c.endsWith("指标") ? c : `${c}指标`);

/**
 * 一级 as plain words: a 一级 cell carrying its weight ("产出指标（50分）") is read as a block of its own, and a
 * template repeats the 一级 on every row; the weights stand in 填表说明 and the profile's check compares them.
 */
export function primaryCategories(profile: Profile): string[] {
  return profile.primaryWeights.satisfaction === null ? ["产出指标", "效益指标"] : ["产出指标", "效益指标", "满意度指标"];
}

export function secondaryCategories(profile: Profile): string[] {
  const c = profile.coverage;
  const list = [...c.output.map(withSuffix)];
  if (!list.includes("成本指标")) list.push("成本指标");
  for (const o of c.outcomeAnyOf) if (!list.includes(withSuffix(o))) list.push(withSuffix(o));
  list.push("满意度指标");
  if (profile.primaryWeights.satisfaction !== null) list.push("服务对象满意度指标");
  return list;
}

/**
 * The 二级 each 一级 offers (the dependent list): each 二级 under the 一级 the recognisers give it (数量/质量/时效/成本 →
 * 产出, 满意度 → 满意度 when the profile has that 一级, else 效益, the rest → 效益). Names are the 一级 words, so a
 * cell's INDIRECT of its 一级 finds the list.
 */
export function secondaryByPrimary(profile: Profile): { name: string; items: string[] }[] {
  const primaries = primaryCategories(profile);
  const groups = primaries.map((name) => ({ name, items: [] as string[] }));
  for (const s of secondaryCategories(profile)) {
    const category = secondaryOf(s);
    const primary = category === null ? "效益" : primaryOfSecondary(category);
    const name = primary === "产出" || primary === "成本" ? "产出指标" : primary === "满意度" && primaries.includes("满意度指标") ? "满意度指标" : "效益指标";
    groups.find((g) => g.name === name)!.items.push(s);
  }
  return groups.filter((g) => g.items.length > 0);
}
