import { draft, type FindingDraft, type MessageParams, type Variant } from "../../src/engine/findings/finding";
import { text } from "../../src/engine/findings/text";
import { renderFinding } from "../../src/engine/i18n";
import { neutralFinding } from "../../src/engine/findings/finding";

/**
 * The catalogue is typed from its templates (catalog.ts `as const`): variants and placeholders are checked by the
 * compiler. The `@ts-expect-error` lines below are the proof — `npm run typecheck` (tsc over test/) fails if any of
 * them compiles, i.e. if a misspelt variant, a missing or an unknown parameter were accepted again.
 */

const at = { sheet: "S", cell: "A1" };

// --- compile-time checks (typecheck) ---

// A variant and the placeholders are derived from the templates.
const variants: Variant<"SUM_MISMATCH">[] = ["exceedsTotal", "blank", "delta"];
const params: MessageParams<"SUM_MISMATCH", "exceedsTotal">[] = ["label", "actual", "otherLabel", "expected"];

// @ts-expect-error a misspelt variant of SUM_MISMATCH does not compile
draft({ code: "SUM_MISMATCH", context: "blnak", ...at, params: { label: "合计" } });

// @ts-expect-error a missing parameter (otherLabel of SUM_MISMATCH_exceedsTotal) does not compile
draft({ code: "SUM_MISMATCH", context: "exceedsTotal", ...at, expected: 1, actual: 2, params: { label: "合计" } });

// @ts-expect-error the default template's label is missing
draft({ code: "SCORE_EXCEEDS_WEIGHT", ...at, expected: 1, actual: 2, params: {} });

// @ts-expect-error a parameter the template does not have (a misspelt one) does not compile
draft({ code: "SCORE_EXCEEDS_WEIGHT", ...at, params: { label: "甲", lable: "甲" } });

// @ts-expect-error a code that is not in the catalogue does not compile
draft({ code: "SUM_MISMATCHES", ...at, params: { label: "合计" } });

// @ts-expect-error an engine string that does not exist does not compile
text("detail.postive", { target: "1", actual: "2" });

// @ts-expect-error an engine string's missing parameter does not compile
text("detail.positive", { target: "≥3场" });

// Every check's drafts are typed the same way (FindingDraft is a union over codes and variants), without the helper:
const drafts: FindingDraft[] = [
  { code: "SUM_MISMATCH", context: "blank", ...at, expected: 3, params: { label: "合计" } },
  // @ts-expect-error a misspelt variant in a check's draft does not compile
  { code: "SUM_MISMATCH", context: "blnak", ...at, params: { label: "合计" } },
  // @ts-expect-error nor does a draft missing a parameter of its template (otherLabel)
  { code: "BALANCE_MISMATCH", ...at, expected: 1, actual: 2, params: { label: "收入合计" } },
  // @ts-expect-error nor one whose variant belongs to another code
  { code: "ROUNDING_TAIL", context: "delta", ...at, params: { label: "合计", envelope: 0.5 } },
];

// --- run time: the typed helper yields the draft the renderer expects ---

test("draft() gives the draft of its code and variant; the renderer fills every placeholder", () => {
  expect(variants).toHaveLength(3);
  expect(drafts).toHaveLength(4);
  expect(params).toHaveLength(4);
  const d = draft({ code: "SUM_MISMATCH", context: "exceedsTotal", ...at, expected: 100, actual: 120, params: { label: "支出合计", otherLabel: "收入合计" } });
  expect(d).toEqual({ code: "SUM_MISMATCH", context: "exceedsTotal", sheet: "S", cell: "A1", expected: 100, actual: 120, params: { label: "支出合计", otherLabel: "收入合计" } });
  expect(renderFinding(neutralFinding(d), "zh").message).toBe("「支出合计」120 超过「收入合计」100");
  expect(renderFinding(neutralFinding(d), "en").message).toBe("“支出合计” 120 exceeds “收入合计” 100");
  // "default" is the template without a variant: no context in the draft.
  expect(draft({ code: "SCORE_EXCEEDS_WEIGHT", context: "default", ...at, expected: 5, actual: 6, params: { label: "甲" } })).not.toHaveProperty("context");
});

test("text references render in each language, nested and in lists", () => {
  const detail = text("detail.positive", { target: "≥3场", actual: "7场" });
  const d = draft({ code: "SCORE_MISMATCH", ...at, expected: 1.5, actual: 1.2, params: { label: "场次", detail } });
  expect(renderFinding(neutralFinding(d), "zh").message).toBe("「场次」按评分规则应得 1.50 分，表中填写 1.20 分（指标值 ≥3场，实际完成 7场）");
  expect(renderFinding(neutralFinding(d), "en").message).toBe("“场次” should score 1.50 under the rules; the form shows 1.20 (target ≥3场, actual 7场)");
  const cats = draft({ code: "MISSING_INDICATOR_CATEGORY", context: "anyOf", ...at, params: { label: "效益指标", category: [text("indicator.category.经济效益"), text("indicator.category.社会效益")] } });
  expect(renderFinding(neutralFinding(cats), "zh").message).toBe("「效益指标」下缺少效益类指标（应至少有经济效益、社会效益之一）");
  expect(renderFinding(neutralFinding(cats), "en").message).toBe("“效益指标” has no outcome indicator (at least one of economic benefit (经济效益), social benefit (社会效益) is required)");
});
