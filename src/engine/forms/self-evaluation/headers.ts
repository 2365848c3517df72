import type { Vocabulary } from "../header-match";

/**
 * The self-evaluation form's vocabulary, after normalizeHeader (no spaces or line breaks, no leading * or numbering,
 * no weight suffix “（50分）”, no column mark “(A)”, no trailing colon). Words come from the layouts in the field —
 * Shenzhen, the central template, Anhui, Sichuan, Yunnan, Hebei, Hunan (test/fixtures/real/self-evaluation) — most
 * specific first. Columns are assigned by forms/header-match.ts: an exact word beats a generic one, so a merged
 * 绩效指标 label column never takes the 三级指标 role.
 */
export type IndicatorRole = "primary" | "secondary" | "name" | "target" | "nature" | "unit" | "actual" | "weight" | "score" | "reason";

export const INDICATOR_HEADERS: Vocabulary<IndicatorRole> = {
  primary: ["一级指标"],
  secondary: ["二级指标"],
  name: ["三级指标", "指标名称", "绩效指标名称"],
  target: ["年度指标值", "指标值", "目标值", "年度目标值", "预期指标值", "年度绩效目标值", "指标目标值", "年初目标值", "绩效目标值"],
  nature: ["指标性质"],
  unit: ["度量单位", "计量单位"],
  actual: ["实际完成值", "完成值", "实际值", "全年实际值", "全年实际完成值", "实际完成", "全年完成值", "指标实际完成值"],
  weight: ["分值", "权重", "指标分值权重", "指标分值", "分值权重", "参考分值"],
  score: ["得分", "自评得分", "评分", "指标得分"],
  reason: [
    "偏差原因分析及改进措施",
    "未完成原因分析",
    "偏差原因分析",
    "未完成原因分析及改进措施",
    "偏差原因",
    "未完成原因和改进措施",
    "偏差原因及改进措施",
    "未完成原因及拟采取的改进措施",
    "未完成原因及改进措施",
  ],
};

/** Words that name a role only when no column carries a specific word for it: the label column 绩效指标. */
export const INDICATOR_GENERIC: Partial<Record<IndicatorRole, readonly string[]>> = {
  name: ["绩效指标", "指标"],
};

export type FundsRole = "initial" | "adjusted" | "executed" | "weight" | "rate" | "score";

export const FUNDS_HEADERS: Vocabulary<FundsRole> = {
  initial: ["年初预算数", "年初预算"],
  adjusted: ["全年预算数", "调整后预算数", "调整后预算", "全年预算", "预算数"],
  executed: ["全年执行数", "预算执行数", "执行数", "实际支出数"],
  weight: ["分值", "权重", "分值权重"],
  rate: ["执行率", "预算执行率"],
  score: ["得分", "自评得分"],
};

/** Row labels of the funds block: "其中：当年财政拨款" and the like, prefixes "其中:" removed. */
export const FUNDS_ROW_LABELS: { kind: "total" | "fiscal" | "carryover" | "special" | "unit" | "other"; words: string[] }[] = [
  { kind: "total", words: ["年度资金总额", "总额", "资金总额", "合计", "年度财政资金总额"] },
  { kind: "fiscal", words: ["当年财政拨款", "本年财政拨款", "财政拨款", "财政资金", "财政拨款资金"] },
  { kind: "carryover", words: ["上年结转资金", "上年结转", "结转资金"] },
  { kind: "special", words: ["财政专户管理资金"] },
  { kind: "unit", words: ["单位资金"] },
  { kind: "other", words: ["其他资金"] },
];

export const TOTAL_ROW_WORDS = ["总分", "合计得分", "总计", "综合得分", "自评总分"];
export const GRADE_WORDS = ["评价等级", "自评等级", "等级", "评价结果"];
export const TITLE_WORDS = ["项目支出绩效自评表"];
/** Header-block labels: the project's name, its department, its implementer, its year. */
export const PROJECT_NAME_WORDS = ["项目名称", "专项资金名称"];
export const DEPARTMENT_WORDS = ["主管部门", "县级主管部门"];
export const IMPLEMENTER_WORDS = ["实施单位", "项目单位"];
/** Column heads over the overall goal's two texts. */
export const GOAL_PLANNED_WORDS = ["预期目标", "年初设定目标", "项目年度目标"];
export const GOAL_ACHIEVED_WORDS = ["实际完成情况", "年度总体目标完成情况综述", "全年实际完成情况", "年度目标完成情况"];

const lookups = new WeakMap<object, Map<string, unknown>>();

/** The role a header word plays in a table of synonyms (first role listing it wins); one Map lookup per cell. */
export function matchRole<R extends string>(table: Vocabulary<R>, header: string): R | null {
  return roleLookup(table).get(header) ?? null;
}

/** A table's words mapped to their roles (what matchRole looks up), for a loop over many cells to fetch once. */
export function roleLookup<R extends string>(table: Vocabulary<R>): ReadonlyMap<string, R> {
  const known = lookups.get(table) as Map<string, R> | undefined;
  if (known) return known;
  const lookup = new Map<string, R>();
  for (const role of Object.keys(table) as R[]) for (const w of table[role]) if (!lookup.has(w)) lookup.set(w, role);
  lookups.set(table, lookup);
  return lookup;
}
