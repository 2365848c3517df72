import type { FindingDraft } from "../../../findings/finding";
import { primaryCategory, secondaryCategory } from "../../indicator-categories";
import type { SelfEvalCheck } from "./check";

/**
 * Required indicator categories: 产出 has 数量, 质量, 时效 (and 成本 as the profile says); 效益 has one of
 * 经济/社会/生态/可持续; 满意度 has one. Rows marked 不适用 do not count.
 */
export const coverage: SelfEvalCheck = {
  name: "coverage",
  codes: ["MISSING_INDICATOR_CATEGORY"],
  run(form, scoring, ctx) {
    const c = ctx.profile.coverage;
    const inds = scoring.indicators.map((s) => s.indicator);
    if (inds.length === 0 || inds.every((i) => i.secondary === "")) return [];
    const out: FindingDraft[] = [];
    const present = (pred: (p: string, s: string | null) => boolean) => inds.some((i) => pred(primaryCategory(i.primary), secondaryCategory(i.secondary)));
    const anchor = (p: string) => inds.find((i) => primaryCategory(i.primary) === p) ?? inds[0];
    const missing = (group: string, category: string, severity?: "warning") => {
      const at = anchor(group);
      out.push({
        code: "MISSING_INDICATOR_CATEGORY",
        ...(severity ? { severity } : {}),
        sheet: form.sheet,
        cell: at.primaryCell ?? at.nameCell,
        params: { label: at.primary || group, category },
      });
    };
    for (const cat of c.output) if (!present((p, s) => p === "产出" && s === cat)) missing("产出", cat);
    if (c.cost !== "none" && !present((_p, s) => s === "成本")) missing("产出", "成本", c.cost === "recommended" ? "warning" : undefined);
    if (c.outcomeAnyOf.length && !present((p, s) => p === "效益" && s !== null && c.outcomeAnyOf.includes(s))) missing("效益", c.outcomeAnyOf.join("/"));
    if (c.satisfactionRequired && !present((p, s) => s === "满意度" || p === "满意度")) missing("效益", "满意度");
    return out;
  },
};
