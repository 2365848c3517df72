import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { te, type Lang } from "../../../i18n";
import type { PrimaryCategory, SecondaryCategory } from "../categories";
import { isIndicator } from "../target-value";

interface Gap {
  block: PrimaryCategory;
  categories: SecondaryCategory[];
  context?: "recommended" | "anyOf";
  severity?: "warning";
}

function list(lang: Lang, cats: SecondaryCategory[]): string {
  return cats.map((c) => te(lang, `goal.category.${c}`)).join(te(lang, "goal.list"));
}

/**
 * MISSING_INDICATOR_CATEGORY: the 二级 categories the profile requires (产出: 数量, 质量, 时效, and 成本 when
 * required; 效益: one of 经济/社会/生态/可持续; 满意度). 成本 that is only recommended is a warning.
 * Each gap is placed on its 一级 label cell; gaps that would share a cell move to the next header cell,
 * because a report keeps one finding of a code per cell.
 */
export const categoryCoverage: GoalTableCheck = {
  name: "category-coverage",
  codes: ["MISSING_INDICATOR_CATEGORY"],
  run(form, ctx) {
    const cov = ctx.profile.coverage;
    const present = new Set(form.indicators.filter(isIndicator).map((i) => i.secondary.category).filter((c): c is SecondaryCategory => c !== null));
    const gaps: Gap[] = [];
    const outputMissing = cov.output.filter((c): c is SecondaryCategory => !present.has(c as SecondaryCategory));
    if (cov.cost === "required" && !present.has("成本") && !outputMissing.includes("成本")) outputMissing.push("成本");
    if (outputMissing.length) gaps.push({ block: "产出", categories: outputMissing });
    if (cov.cost === "recommended" && !present.has("成本")) gaps.push({ block: "产出", categories: ["成本"], context: "recommended", severity: "warning" });
    if (cov.outcomeAnyOf.length && !cov.outcomeAnyOf.some((c) => present.has(c as SecondaryCategory))) {
      gaps.push({ block: "效益", categories: cov.outcomeAnyOf as SecondaryCategory[], context: "anyOf" });
    }
    if (cov.satisfactionRequired && !present.has("满意度")) gaps.push({ block: "满意度", categories: ["满意度"] });
  
    const labelOf = (block: PrimaryCategory) => form.indicators.find((i) => i.primary.category === block && i.primary.cell !== null)?.primary;
    const used = new Set<string>();
    const out: FindingDraft[] = [];
    for (const gap of gaps) {
      const label = labelOf(gap.block) ?? (gap.block === "满意度" ? labelOf("效益") : undefined);
      const candidates = [label?.cell, form.header.nameCell, form.header.targetCell, form.header.sourceCell].filter((c): c is string => Boolean(c));
      const cell = candidates.find((c) => !used.has(c)) ?? candidates[0];
      used.add(cell);
      out.push({
        code: "MISSING_INDICATOR_CATEGORY",
        ...(gap.severity ? { severity: gap.severity } : {}),
        ...(gap.context ? { context: gap.context } : {}),
        sheet: form.sheet,
        cell,
        params: { label: label?.text.replace(/\s+/g, "") || te(ctx.lang, `goal.primary.${gap.block}`), category: list(ctx.lang, gap.categories) },
      });
    }
    return out;
  },
};
