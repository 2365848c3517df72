import { roundHalfAway } from "../../numbers";
import { toHalfWidth } from "../../text/normalize";

/**
 * Amounts and arithmetic written in free text: the funds-use breakdown ("…经费500000元，用于…") and the
 * procurement detail ("台式电脑4台，6000元/台*4=24000元；…合计32800元"). Everything is read in 元.
 */
const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const MONEY = String.raw`(?:万元|元)`;
const UNIT_CHARS = "个台人天次场批套件本份辆月年期项家名篇";
const TERM = String.raw`${NUM}\s*${MONEY}?(?:\/[\u4e00-\u9fff]{1,2})*(?:[${UNIT_CHARS}](?![\u4e00-\u9fff]))?`;
const OP = String.raw`\s*[*×xX÷\/+\-]\s*`;
const EXPRESSION = new RegExp(String.raw`(?<![\d.]|\d,)(${TERM}(?:${OP}${TERM})+)\s*=\s*(${NUM})\s*(${MONEY})?`, "g");
const TERM_PARTS = new RegExp(String.raw`(${NUM})\s*(${MONEY})?`);
const MENTION = new RegExp(String.raw`(?<![\d.]|\d,)(${NUM})\s*(${MONEY})`, "g");

const TOTAL_MARKERS = /(合计|共计|总计|小计|总额|累计)[^，,。；;\d]{0,3}$/;
const PRICE_MARKERS = /(单价|每|标准为?|按)[^，,。；;\d]{0,3}$/;
/** Ends a clause that a "其中" breakdown belongs to. */
const CLAUSE_END = /[。；;\n]|(?:^|[^\d])\d{1,2}[.、．](?!\d)/g;

function num(s: string): number {
  return Number(s.replace(/,/g, ""));
}
function toYuan(n: number, unit: string | undefined | null): number {
  return unit === "万元" ? n * 10000 : n;
}

export interface TextExpression {
  /** The expression as written ("6000元/台*4=24000元"). */
  text: string;
  start: number;
  end: number;
  computed: number;
  stated: number;
  /** Whether the expression is about money (then both sides are in 元). */
  money: boolean;
}

/** Evaluate "a op b op c" with × ÷ before + −. */
function evaluate(values: number[], ops: string[]): number {
  const terms: number[] = [values[0]];
  const adds: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const v = values[i + 1];
    if (op === "+" || op === "-") {
      adds.push(op);
      terms.push(v);
    } else {
      const last = terms.length - 1;
      terms[last] = op === "÷" || op === "/" ? terms[last] / v : terms[last] * v;
    }
  }
  return adds.reduce((acc, op, i) => (op === "+" ? acc + terms[i + 1] : acc - terms[i + 1]), terms[0]);
}

/** Every "… = …" written in the text, evaluated. */
export function findExpressions(input: string): TextExpression[] {
  const text = toHalfWidth(input);
  const out: TextExpression[] = [];
  for (const m of text.matchAll(EXPRESSION)) {
    const lhs = m[1];
    // Split into terms and operators: a "/" followed by a CJK unit belongs to the term ("元/台").
    const pieces = lhs.split(new RegExp(String.raw`\s*([*×xX÷+\-]|\/(?=\s*\d))\s*`));
    const values: number[] = [];
    const ops: string[] = [];
    let money = false;
    for (let i = 0; i < pieces.length; i++) {
      if (i % 2 === 1) {
        ops.push(pieces[i]);
        continue;
      }
      const t = TERM_PARTS.exec(pieces[i]);
      if (!t) {
        values.length = 0;
        break;
      }
      if (t[2]) money = true;
      values.push(t[2] ? toYuan(num(t[1]), t[2]) : num(t[1]));
    }
    if (values.length < 2 || values.length !== ops.length + 1) continue;
    const computed = evaluate(values, ops);
    const statedRaw = num(m[2]);
    const stated = money || m[3] ? toYuan(statedRaw, m[3] ?? (money ? "元" : null)) : statedRaw;
    const start = m.index ?? 0;
    out.push({ text: m[0].trim(), start, end: start + m[0].length, computed: roundHalfAway(computed, 2), stated, money: money || Boolean(m[3]) });
  }
  return out;
}

export interface AmountMention {
  text: string;
  start: number;
  end: number;
  /** In 元. */
  value: number;
  /** Written after 合计/共计/总计/小计. */
  totalMarked: boolean;
}

/** How a text's amounts add up. */
export interface TextAmounts {
  /** The amounts that are items of the breakdown, in order. */
  items: AmountMention[];
  itemsSum: number;
  /** A 合计 the text states for all its items (the last one), whether it agrees or not. */
  statedTotal: AmountMention | null;
  /** What the text says the whole comes to: its stated total, else the sum of its items. */
  amount: number;
  /** Subtotals (合计 of some items) that agree, recognised as such and not counted twice. */
  subtotals: AmountMention[];
}

function breakdownSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = text.indexOf("其中"); i >= 0; i = text.indexOf("其中", i + 2)) {
    CLAUSE_END.lastIndex = i;
    const end = CLAUSE_END.exec(text);
    spans.push([i, end ? end.index : text.length]);
  }
  return spans;
}

/**
 * The money amounts of a breakdown text. An arithmetic expression counts as its result only; a unit price
 * ("6000元/台", "单价…") is not an item; amounts after "其中" break down the amount before them and are not
 * counted again; a 合计 equal to the items before it is a subtotal, and the last 合计 is the stated total.
 */
export function readTextAmounts(input: string): TextAmounts {
  const text = toHalfWidth(input);
  const expressions = findExpressions(input);
  const inBreakdown = breakdownSpans(text);
  const mentions: AmountMention[] = [];
  for (const e of expressions) {
    if (!e.money) continue;
    mentions.push({ text: e.text, start: e.start, end: e.end, value: e.stated, totalMarked: false });
  }
  for (const m of text.matchAll(MENTION)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (expressions.some((e) => start >= e.start && start < e.end)) continue;
    if (/^\s*\/\s*[\u4e00-\u9fff]/.test(text.slice(end))) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (PRICE_MARKERS.test(before)) continue;
    if (inBreakdown.some(([s, e]) => start > s && start < e)) continue;
    mentions.push({ text: m[0], start, end, value: toYuan(num(m[1]), m[2]), totalMarked: TOTAL_MARKERS.test(before) });
  }
  mentions.sort((a, b) => a.start - b.start);

  const items: AmountMention[] = [];
  const subtotals: AmountMention[] = [];
  let statedTotal: AmountMention | null = null;
  let sinceSubtotal: AmountMention[] = [];
  const same = (a: number, b: number) => roundHalfAway(a, 2) === roundHalfAway(b, 2);
  const sum = (ms: AmountMention[]) => ms.reduce((s, m) => s + m.value, 0);
  mentions.forEach((m, i) => {
    const last = i === mentions.length - 1;
    if (m.totalMarked && items.length >= 2 && (same(m.value, sum(items)) || last)) {
      statedTotal = m;
      sinceSubtotal = [];
      return;
    }
    if (m.totalMarked && sinceSubtotal.length >= 2 && same(m.value, sum(sinceSubtotal))) {
      subtotals.push(m);
      sinceSubtotal = [];
      return;
    }
    items.push(m);
    sinceSubtotal.push(m);
  });
  const itemsSum = roundHalfAway(sum(items), 2);
  const stated = statedTotal as AmountMention | null;
  // A 合计 in mid-text that covers every item so far, followed by more items, no longer states the whole.
  const finalStated = stated && items.every((it) => it.start < stated.start) ? stated : null;
  return { items, itemsSum, statedTotal: finalStated, amount: finalStated ? finalStated.value : itemsSum, subtotals };
}
