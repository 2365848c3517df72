import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { toHalfWidth } from "../../../text/normalize";
import type { FormCell } from "../types";
import type { SelfEvalCheck } from "./check";

const MONEY = /(?<![\d.]|\d,)(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万元|元)(?!\s*\/)/g;

/** Amounts in 元, each with half a unit of its last printed cent ("89.97万元" may stand for 89.974万元). */
function mentions(text: string): { value: number; at: number; half: number }[] {
  return [...text.matchAll(MONEY)].map((m) => {
    const factor = m[2] === "万元" ? 10000 : 1;
    return { value: Number(m[1].replace(/,/g, "")) * factor, at: m.index ?? 0, half: 0.005 * factor };
  });
}

/**
 * "本项目共申请预算资金2026400元，其中村级组织运转400000元，…村级工作目标奖励100000元。": in a sentence of the overall goal,
 * the amounts after 其中 break down the amount before it. More than the whole is an error; less, a warning (the list
 * may name only the main uses), and so is a difference within the cents the amounts may have been rounded to.
 */
function sentenceTotals(form: { sheet: string }, c: FormCell | null, label: string): FindingDraft[] {
  if (!c) return [];
  const folded = toHalfWidth(c.text);
  // Only a sentence with 其中 is checked: a text without one (most goals) is not split and copied to find that out.
  if (!folded.includes("其中")) return [];
  const out: FindingDraft[] = [];
  // "…90万元。其中:30万元…": a sentence opening with 其中 breaks down the one before it.
  const sentences: string[] = [];
  for (const s of folded.split(/[。\n]/)) {
    if (/^\s*其中/.test(s) && sentences.length) sentences[sentences.length - 1] += `。${s}`;
    else sentences.push(s);
  }
  for (const sentence of sentences) {
    const at = sentence.indexOf("其中");
    if (at < 0) continue;
    const all = mentions(sentence);
    const before = all.filter((m) => m.at < at);
    const parts = all.filter((m) => m.at > at);
    if (before.length === 0 || parts.length < 2) continue;
    const whole = before[before.length - 1];
    const sum = roundHalfAway(parts.reduce((s, m) => s + m.value, 0), 2);
    const diff = Math.abs(sum - whole.value);
    if (diff < 0.005) continue;
    // Within the cents the amounts may have been rounded to (尾数), or short of the whole: a warning.
    const tail = diff <= parts.reduce((s, m) => s + m.half, whole.half) + 1e-9;
    out.push({
      code: "TEXT_ARITHMETIC_MISMATCH",
      context: "statedTotal",
      ...(tail || sum < whole.value ? { severity: "warning" as const } : {}),
      sheet: form.sheet,
      cell: c.cell,
      expected: sum,
      actual: roundHalfAway(whole.value, 2),
      params: { label },
    });
  }
  return out.slice(0, 1);
}

/** The amounts a goal text breaks down with 其中 add up to the amount before it (预期目标 and 实际完成情况 alike). */
export const goalText: SelfEvalCheck = {
  name: "goal-text",
  codes: ["TEXT_ARITHMETIC_MISMATCH"],
  run(form) {
    return [...sentenceTotals(form, form.goals?.planned ?? null, "预期目标"), ...sentenceTotals(form, form.goals?.achieved ?? null, "实际完成情况")];
  },
};
