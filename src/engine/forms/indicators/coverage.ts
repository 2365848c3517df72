import { draft, type FindingDraft } from "../../findings/finding";
import { text, type TextRef } from "../../findings/text";
import type { Profile } from "../../profile/schema";
import { normalizeName } from "../../text/normalize";
import { activityKey, sameActivity, suggestedPartner } from "./activity";
import { inferSecondaryFromName, type PrimaryCategory, type SecondaryCategory } from "./categories";

/**
 * Indicator coverage, the same rules for every form that lists indicators (goal tables, self-evaluations):
 * the categories the profile requires, and each quantity's quality and timeliness partners. A form maps its
 * rows to IndicatorRef and places the findings; the rules live here once.
 */
export interface IndicatorRef {
  name: string;
  nameCell: string;
  primary: PrimaryCategory | null;
  /** The 一级 as printed and where, so a missing category is reported on its block's label. */
  primaryLabel: string;
  primaryCell: string | null;
  secondary: SecondaryCategory | null;
  /** False for 不适用 rows: they place a block's label but count for no category. */
  applicable: boolean;
}

interface Gap {
  block: PrimaryCategory;
  categories: SecondaryCategory[];
  context?: "recommended" | "anyOf";
  severity?: "warning";
}

function categoryList(cats: SecondaryCategory[]): TextRef[] {
  return cats.map((c) => text(`indicator.category.${c}`));
}

function coverageGaps(indicators: IndicatorRef[], profile: Profile): Gap[] {
  const cov = profile.coverage;
  const present = new Set(indicators.filter((i) => i.applicable).map((i) => i.secondary).filter((c): c is SecondaryCategory => c !== null));
  const gaps: Gap[] = [];
  const outputMissing = cov.output.filter((c): c is SecondaryCategory => !present.has(c as SecondaryCategory));
  if (cov.cost === "required" && !present.has("成本") && !outputMissing.includes("成本")) outputMissing.push("成本");
  if (outputMissing.length) gaps.push({ block: "产出", categories: outputMissing });
  if (cov.cost === "recommended" && !present.has("成本")) gaps.push({ block: "产出", categories: ["成本"], context: "recommended", severity: "warning" });
  if (cov.outcomeAnyOf.length && !cov.outcomeAnyOf.some((c) => present.has(c as SecondaryCategory))) {
    gaps.push({ block: "效益", categories: cov.outcomeAnyOf as SecondaryCategory[], context: "anyOf" });
  }
  if (cov.satisfactionRequired && !present.has("满意度")) gaps.push({ block: "满意度", categories: ["满意度"] });
  return gaps;
}

/**
 * MISSING_INDICATOR_CATEGORY for each gap, on its 一级 label cell; gaps that would share a cell move to the next
 * of `fallbackCells` (the table's header cells), because a report keeps one finding of a code per cell.
 */
export function coverageFindings(sheet: string, indicators: IndicatorRef[], profile: Profile, fallbackCells: string[]): FindingDraft[] {
  const labelOf = (block: PrimaryCategory) => indicators.find((i) => i.primary === block && i.primaryCell !== null);
  const used = new Set<string>();
  const out: FindingDraft[] = [];
  for (const gap of coverageGaps(indicators, profile)) {
    const label = labelOf(gap.block) ?? (gap.block === "满意度" ? labelOf("效益") : undefined);
    const candidates = [label?.primaryCell, ...fallbackCells].filter((c): c is string => Boolean(c));
    const cell = candidates.find((c) => !used.has(c)) ?? candidates[0];
    if (!cell) continue;
    used.add(cell);
    out.push(
      draft({
        code: "MISSING_INDICATOR_CATEGORY",
        ...(gap.severity ? { severity: gap.severity } : {}),
        context: gap.context ?? "default",
        sheet,
        cell,
        params: { label: label?.primaryLabel.replace(/\s+/g, "") || text(`indicator.primary.${gap.block}`), category: categoryList(gap.categories) },
      }),
    );
  }
  return out;
}

/**
 * A name ending in a rate, a -性 or a -度 measures a quality of the work, not a count of it — except a length
 * (「新建堤防、护岸长度」, 「道路建设长度」: how much was built). A width or height (「水标尺宽度 ≥50厘米」) is a
 * specification, a quality.
 */
const NOT_A_COUNT = /(?:[率性]|(?<!长)度)$/;

/**
 * UNPAIRED_INDICATOR: each quantity indicator has a quality (完成率/合格率 …) and a timeliness (及时性) indicator
 * for the same activity. A partner kind the table has none of at all is left to MISSING_INDICATOR_CATEGORY,
 * and an indicator filed under 数量 whose name says it is a rate or a quality is not a quantity to pair.
 */
export function pairingFindings(sheet: string, indicators: IndicatorRef[]): FindingDraft[] {
  const applicable = indicators.filter((i) => i.applicable);
  const qualities = applicable.filter((i) => i.secondary === "质量").map((i) => activityKey(i.name, "quality"));
  const timeliness = applicable.filter((i) => i.secondary === "时效").map((i) => activityKey(i.name, "timeliness"));
  const out: FindingDraft[] = [];
  for (const ind of applicable) {
    if (ind.secondary !== "数量" || !ind.name) continue;
    // A 「其中:」 row breaks the quantity above it down (宁夏: 营造林 80000 亩, 其中 新造林 30000): its partners are the total's.
    if (/^\s*其中/.test(ind.name)) continue;
    const byName = inferSecondaryFromName(ind.name);
    if ((byName !== null && byName !== "数量") || NOT_A_COUNT.test(normalizeName(ind.name))) continue;
    const key = activityKey(ind.name, "quantity");
    const missing: ("质量" | "时效")[] = [];
    const suggestions: string[] = [];
    if (qualities.length && !qualities.some((q) => sameActivity(key, q))) {
      missing.push("质量");
      suggestions.push(suggestedPartner(ind.name, "quality"));
    }
    if (timeliness.length && !timeliness.some((t) => sameActivity(key, t))) {
      missing.push("时效");
      suggestions.push(suggestedPartner(ind.name, "timeliness"));
    }
    if (!missing.length) continue;
    out.push(
      draft({
        code: "UNPAIRED_INDICATOR",
        sheet,
        cell: ind.nameCell,
        // Each suggested partner in its own quotes: 「甲完成率」、「甲及时性」, never two names inside one 「」 (issue 12).
        params: { label: ind.name, category: categoryList(missing), suggestion: { list: suggestions, sep: "quoteSep" } },
      }),
    );
  }
  return out;
}
