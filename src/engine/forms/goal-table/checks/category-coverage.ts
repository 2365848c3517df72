import type { GoalTableCheck } from "./check";
import { coverageFindings } from "../../indicators/coverage";
import { indicatorRefs } from "../indicator-refs";

/**
 * MISSING_INDICATOR_CATEGORY: the 二级 categories the profile requires (产出: 数量, 质量, 时效, and 成本 when
 * required; 效益: one of 经济/社会/生态/可持续; 满意度). 成本 that is only recommended is a warning.
 */
export const categoryCoverage: GoalTableCheck = {
  name: "category-coverage",
  codes: ["MISSING_INDICATOR_CATEGORY"],
  run(form, ctx) {
    const fallback = [form.header.nameCell, form.header.targetCell, form.header.sourceCell].filter((c): c is string => Boolean(c));
    return coverageFindings(form.sheet, indicatorRefs(form), ctx.profile, fallback);
  },
};
