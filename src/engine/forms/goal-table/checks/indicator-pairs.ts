import type { FindingDraft } from "../../../findings/finding";
import type { GoalTableCheck } from "./check";
import { te } from "../../../i18n";
import { activityKey, sameActivity, suggestedPartner } from "../activity";
import { inferSecondaryFromName } from "../categories";
import { normalizeName } from "../../../text/normalize";
import { isIndicator } from "../target-value";

/** A name ending in a rate, a -性 or a -度 measures a quality of the work, not a count of it. */
const NOT_A_COUNT = /[率性度]$/;

/**
 * UNPAIRED_INDICATOR: each quantity indicator has a quality (完成率/合格率 …) and a timeliness (及时性) indicator
 * for the same activity. A partner kind the table has none of at all is left to MISSING_INDICATOR_CATEGORY,
 * and an indicator filed under 数量 whose name says it is a rate or a quality is not a quantity to pair.
 */
export const indicatorPairs: GoalTableCheck = {
  name: "indicator-pairs",
  codes: ["UNPAIRED_INDICATOR"],
  run(form, ctx) {
    const indicators = form.indicators.filter(isIndicator);
    const qualities = indicators.filter((i) => i.secondary.category === "质量").map((i) => activityKey(i.name.text, "quality"));
    const timeliness = indicators.filter((i) => i.secondary.category === "时效").map((i) => activityKey(i.name.text, "timeliness"));
    const out: FindingDraft[] = [];
    for (const ind of indicators) {
      if (ind.secondary.category !== "数量" || !ind.name.text) continue;
      const byName = inferSecondaryFromName(ind.name.text);
      if ((byName !== null && byName !== "数量") || NOT_A_COUNT.test(normalizeName(ind.name.text))) continue;
      const key = activityKey(ind.name.text, "quantity");
      const missing: ("质量" | "时效")[] = [];
      const suggestions: string[] = [];
      if (qualities.length && !qualities.some((q) => sameActivity(key, q))) {
        missing.push("质量");
        suggestions.push(suggestedPartner(ind.name.text, "quality"));
      }
      if (timeliness.length && !timeliness.some((t) => sameActivity(key, t))) {
        missing.push("时效");
        suggestions.push(suggestedPartner(ind.name.text, "timeliness"));
      }
      if (!missing.length) continue;
      const sep = te(ctx.lang, "goal.list");
      out.push({
        code: "UNPAIRED_INDICATOR",
        sheet: form.sheet,
        cell: ind.name.cell,
        params: {
          label: ind.name.text,
          category: missing.map((c) => te(ctx.lang, `goal.category.${c}`)).join(sep),
          suggestion: suggestions.join(sep),
        },
      });
    }
    return out;
  },
};
