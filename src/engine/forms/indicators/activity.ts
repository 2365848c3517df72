import { normalizeName, withoutLeadingNumber } from "../../text/normalize";
import { memoByText } from "../../text/memo";

/**
 * Which activity an indicator measures, so that a quantity ("举办海智交流活动场次") can be paired with its
 * quality ("举办海智交流活动内容完成率") and timeliness ("举办海智交流活动及时性") partners, as seeds 000 and
 * 001 pair them. The name loses the words saying what is measured; the leading verb is kept apart from the
 * object, because 举办 and 参加 the same event are two activities.
 */
export type PartnerKind = "quantity" | "quality" | "timeliness";

const SUFFIXES: Record<PartnerKind, string[]> = {
  quantity: ["参加人数", "参与人数", "观众人数", "人数", "人次", "观众", "场次", "次数", "个数", "数量", "家数", "项数", "件数", "台数", "套数", "批次", "篇数", "期数", "类别"],
  quality: ["内容完成率", "工作完成率", "完成率", "工作达标率", "达标率", "验收合格率", "合格率", "出席率", "通过率", "验收率", "达成率", "合规性", "规范性"],
  timeliness: ["工作完成及时性", "完成及时性", "工作及时性", "支付及时性", "及时性", "及时率", "按时完成率", "按期完成率", "完成时间"],
};

/** Counts of people taking part describe an activity without being one: their verb (参加, 接待) is not the unit's. */
const PARTICIPANT_SUFFIXES = ["参加人数", "参与人数", "观众人数", "人数", "人次", "观众"];

/** Verbs that open an activity name; longest first so that 组织开展 wins over 组织. */
const LEADING_VERBS = [
  "组织开展", "建设运维", "举办", "参加", "参与", "组织", "开展", "召开", "建设", "运维", "维护", "采购", "购买", "发布",
  "资助", "完成", "管理", "接待", "举行", "承办", "主办", "提供", "编制", "制作", "评审", "评选", "出版", "形成", "引进", "引入",
].sort((a, b) => b.length - a.length);
/** Verbs some names put last ("海智工作室运维" for "运行维护海智工作室"). */
const TRAILING_VERBS = ["运维", "维护", "管理", "建设", "工作", "内容"];

export interface ActivityKey {
  /** The whole name without its measure words. */
  full: string;
  /** The leading verb, or null when there is none or it does not identify the activity (participant counts). */
  verb: string | null;
  /** The object of the activity. */
  core: string;
}

/** Each kind's suffixes longest first, sorted once (stripSuffix runs for every indicator of every form). */
const SUFFIXES_LONGEST_FIRST: Record<PartnerKind, string[]> = {
  quantity: [...SUFFIXES.quantity].sort((a, b) => b.length - a.length),
  quality: [...SUFFIXES.quality].sort((a, b) => b.length - a.length),
  timeliness: [...SUFFIXES.timeliness].sort((a, b) => b.length - a.length),
};

/**
 * A template's numbering or a 其中 before an indicator's name says nothing about the activity: 「指标1:新建保鲜库数量」
 * (陕西, 新疆 templates), 「其中:实施新造林总面积」 (宁夏). Without it, two names numbered 指标1 look alike and the
 * suggested partner would carry the number.
 */
const NAME_NUMBERING = /^\s*(?:(?:指标|目标)\s*\d{1,2}\s*[:：、.．]|其中\s*[:：]?)\s*/;

function withoutNumbering(name: string): string {
  // "1、培训人次", "（1）培训人次" as well.
  const rest = withoutLeadingNumber(name).replace(NAME_NUMBERING, "");
  return rest || name;
}

/** `words` longest first. */
function stripSuffix(n: string, words: string[]): { rest: string; suffix: string | null } {
  for (const w of words) {
    if (n.endsWith(w) && n.length > w.length) return { rest: n.slice(0, -w.length), suffix: w };
  }
  return { rest: n, suffix: null };
}

/** Keys already worked out, per kind: the same indicator names recur in every form of a workbook. */
const KEYS: Record<PartnerKind, (name: string) => ActivityKey> = {
  quantity: memoByText((name) => computeActivityKey(name, "quantity")),
  quality: memoByText((name) => computeActivityKey(name, "quality")),
  timeliness: memoByText((name) => computeActivityKey(name, "timeliness")),
};

/** The activity an indicator name measures. The key is shared between callers asking for the same name: read it only. */
export function activityKey(name: string, kind: PartnerKind): ActivityKey {
  return KEYS[kind](name);
}

function computeActivityKey(name: string, kind: PartnerKind): ActivityKey {
  let n = normalizeName(withoutNumbering(name)).replace(/运行维护/g, "运维").replace(/的/g, "");
  const { rest, suffix } = stripSuffix(n, SUFFIXES_LONGEST_FIRST[kind]);
  n = rest;
  let trailing: string | null = null;
  for (let again = true; again; ) {
    again = false;
    for (const v of TRAILING_VERBS) {
      if (n.endsWith(v) && n.length > v.length + 1) {
        n = n.slice(0, -v.length);
        trailing ??= v === "工作" || v === "内容" ? null : v;
        again = true;
      }
    }
  }
  const full = n;
  let verb: string | null = null;
  let core = n;
  const lead = LEADING_VERBS.find((v) => n.startsWith(v) && n.length > v.length + 1);
  if (lead) {
    verb = lead;
    core = n.slice(lead.length);
  } else if (trailing) {
    verb = trailing;
  }
  if (kind === "quantity" && suffix && PARTICIPANT_SUFFIXES.includes(suffix)) verb = null;
  return { full, verb, core };
}

/**
 * Whether two keys name the same activity: the same words, or the same verb (or one side without a verb)
 * and one object containing the other, the shorter at least half the longer, so that "活动" alone pairs with nothing.
 */
export function sameActivity(a: ActivityKey, b: ActivityKey): boolean {
  if (a.full === b.full) return true;
  if (a.verb && b.verb && a.verb !== b.verb) return false;
  const [s, l] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  if (s.length < 2) return false;
  return l.includes(s) && s.length * 2 >= l.length;
}

/** The partner name a reviewer would expect, from the name as typed: "举办海智交流活动场次" → "举办海智交流活动及时性". */
export function suggestedPartner(quantityName: string, kind: Exclude<PartnerKind, "quantity">): string {
  const name = withoutNumbering(quantityName.trim());
  const { rest } = stripSuffix(name, SUFFIXES_LONGEST_FIRST.quantity);
  return rest + (kind === "quality" ? "完成率" : "及时性");
}
