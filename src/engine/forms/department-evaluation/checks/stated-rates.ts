import { qualified } from "../../../address";
import type { FindingDraft } from "../../../findings/finding";
import { roundHalfAway } from "../../../numbers";
import { stripSpaces, toHalfWidth } from "../../../text/normalize";
import { readNumber } from "../cells";
import type { RateValue } from "../scoring";
import type { DeptCheck } from "./check";

/**
 * A rate the workbook states — in a note ("编外人员数量占到总人数的 15.00%") or as a row of the data block — against
 * the one its own data give (3 / (3 + 20) = 13.04%).
 *
 * Code: CROSS_TABLE_MISMATCH (variant statedRate). The stated figure and the data block are two places holding
 * the same quantity, which is what that code means; EXEC_RATE_MISMATCH is the 执行率 of a funds block, and
 * TEXT_ARITHMETIC_MISMATCH is arithmetic inside one text that does not add up — here the text may be
 * self-consistent and still disagree with the data.
 */

/** Text as labels are looked for in it: half-width, no spaces, no quotation marks. */
function scanText(text: string): string {
  return stripSpaces(toHalfWidth(text)).replace(/[“”‘’"'「」『』]/g, "");
}

/** How far after a rate's name its figure may stand (one clause or two). */
const WINDOW = 120;

interface Statement {
  rate: string;
  /** The rate's name as the text writes it (an alias: 公用经费控制率). */
  mention: string;
  percent: number;
  decimals: number;
  shown: string;
}

/** Every "rate … NN.NN%" statement of a text: the first percentage after each mention of a rate's name. */
export function statedRates(text: string, names: Map<string, string>): Statement[] {
  const s = scanText(text);
  const hits: { start: number; end: number; rate: string; mention: string }[] = [];
  for (const [name, rate] of names) {
    if (!name) continue;
    for (let i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) hits.push({ start: i, end: i + name.length, rate, mention: name });
  }
  // "日常公用经费控制率" also contains "公用经费控制率": the longer mention wins.
  const kept = hits
    .filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start))
    .sort((a, b) => a.start - b.start);
  const out: Statement[] = [];
  kept.forEach((h, i) => {
    const stop = Math.min(kept[i + 1]?.start ?? s.length, h.end + WINDOW);
    const segment = s.slice(h.end, stop);
    // A percentage after a comparison or an operator is a tier bound or a factor ("≥90%", "×100%"), not a result.
    const re = /(\d+(?:\.\d+)?)%/g;
    for (let m = re.exec(segment); m; m = re.exec(segment)) {
      const before = segment[m.index - 1] ?? "";
      if (/[<>≤≥≦≧*×/÷]/.test(before)) continue;
      const decimals = m[1].includes(".") ? m[1].split(".")[1].length : 0;
      out.push({ rate: h.rate, mention: h.mention, percent: Number(m[1]), decimals, shown: m[1] });
      break;
    }
  });
  return out;
}

/** A data cell as a finding on `sheet` names it: plain on its own sheet, qualified on another. */
function relativeTo(sheet: string, formSheet: string, ref: string): string {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return sheet === formSheet ? ref : qualified(formSheet, ref);
  return qualified(sheet, ref.slice(bang + 1)) === ref ? ref.slice(bang + 1) : ref;
}

function differs(stated: number, decimals: number, computed: RateValue): boolean {
  return roundHalfAway(stated, decimals) !== roundHalfAway(computed.value * 100, decimals);
}

export const statedRatesCheck: DeptCheck = {
  name: "stated-rates",
  codes: ["CROSS_TABLE_MISMATCH"],
  run(form, scoring, _ctx) {
    const rubric = scoring.rubric;
    if (!rubric) return [];
    const out: FindingDraft[] = [];
    const formulas = new Map(rubric.rates.map((r) => [r.label, r.formula]));
    const names = new Map<string, string>();
    for (const r of rubric.rates) for (const n of [r.label, ...r.aliases]) names.set(scanText(n), r.label);
    const precision = rubric.rateDecimals ?? 2;

    const report = (sheet: string, cell: string, rate: string, mention: string, percent: number, decimals: number, shown: string) => {
      const computed = scoring.rates.get(rate);
      if (!computed) return;
      const d = Math.min(decimals, precision);
      if (!differs(percent, d, computed)) return;
      const expected = roundHalfAway(computed.value * 100, precision);
      out.push({
        code: "CROSS_TABLE_MISMATCH",
        context: "statedRate",
        sheet,
        cell,
        expected,
        actual: percent,
        related: computed.refs.map((r) => relativeTo(sheet, form.sheet, r)),
        params: { label: mention, actual: shown, expected: expected.toFixed(precision), formula: formulas.get(rate) ?? rate, figures: computed.figures },
      });
    };

    for (const e of form.data?.entries ?? []) {
      if (!e.rateLabel) continue;
      const n = readNumber(e.value, "rate");
      if (n.kind !== "number") continue;
      const percent = roundHalfAway(n.value * 100, 6);
      const textDecimals = /\.(\d+)\s*[%％]?\s*$/.exec(e.value.text)?.[1].length ?? 0;
      const decimals = typeof e.value.value === "number" ? (e.value.decimals ?? textDecimals) : textDecimals;
      report(e.sheet, e.value.cell, e.rateLabel, e.label, percent, decimals, roundHalfAway(percent, decimals).toFixed(decimals));
    }
    for (const note of form.notes) {
      for (const st of statedRates(note.text, names)) report(note.sheet, note.cell, st.rate, st.mention, st.percent, st.decimals, st.shown);
    }
    return out;
  },
};
