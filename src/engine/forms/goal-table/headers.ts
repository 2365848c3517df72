import { normalizeHeader } from "../../text/normalize";
import { SCORE as DEPARTMENT_SCORE } from "../department-evaluation/recognise";
import { INDICATOR_HEADERS as SELF_EVALUATION_HEADERS } from "../self-evaluation/headers";

/**
 * Header words and row labels of the goal tables (项目绩效目标表 and 部门（单位）整体支出绩效目标表), matched
 * exactly on normalised text (no spaces, half-width, no leading *, no weight suffix, no trailing colon or unit).
 */
export type IndicatorColumn = "primary" | "secondary" | "name" | "target" | "source";

export const INDICATOR_HEADERS: Record<IndicatorColumn, string[]> = {
  primary: ["一级指标", "目标内容", "目标类型", "一级目标", "指标类型"],
  secondary: ["二级指标"],
  name: ["三级指标", "指标名称", "三级指标名称", "绩效指标名称", "指标内容", "三级指标内容", "绩效指标内容"],
  target: [
    "指标目标值",
    "目标值",
    "年度指标值",
    "年度目标值",
    "绩效指标值",
    "预期指标值",
    "指标值及单位",
    "当年预期实现值",
    "项目指标值",
    "年度(项目)指标值",
    "年度(/项目)指标值",
  ],
  source: ["目标值来源", "指标值来源", "目标值依据", "指标值设定依据", "设定依据", "目标值设定依据"],
};

/**
 * Generic words (not in the lists above): a column headed so takes its role only when no column carries a specific word for it
 * (「绩效指标」 is also the label column left of 一级指标 in many templates; 「指标值」 is also the value
 * column under a merged 年度指标值 whose comparator and unit have their own columns).
 */
export const GENERIC_HEADERS: Partial<Record<IndicatorColumn, string[]>> = {
  name: ["绩效指标"],
  target: ["指标值"],
};

/** A column between the names and the targets that explains each indicator (福建 「指 标 解 释」): not a target. */
export const DESCRIPTION_HEADERS = ["指标解释", "指标说明", "指标内涵", "指标解释说明"];

/**
 * Headers that are never a place's target column when a table prints one target column per place (备注, 分值, 单位,
 * 目标值来源 …): read right of the names, they end the run of place columns.
 */
export const NOT_A_PLACE_HEADER = /备注|说明|解释|分值|权重|得分|评分|标准|来源|依据|单位|性质|方向|类型|指标|目标|合计|小计|总计/;

/** The period a header names in brackets: 「三级指标(年度)」 beside 「三级指标(长期)」 — the year's columns are the table's. */
export type HeaderPeriod = "year" | "longTerm" | null;
const PERIOD_SUFFIX = /\((年度|本年度|当年|长期|中长期|中期|实施期|项目期)\)$/;

/** A header as matched: normalised, without a trailing colon, a unit in brackets, or a period in brackets. */
export function indicatorHeaderKey(text: string): { key: string; period: HeaderPeriod } {
  let t = normalizeHeader(text).replace(/[:：]+$/, "");
  t = t.replace(/\((万元|元|%)\)$/, "");
  const m = PERIOD_SUFFIX.exec(t);
  if (!m) return { key: t, period: null };
  return { key: t.slice(0, m.index), period: ["年度", "本年度", "当年"].includes(m[1]) ? "year" : "longTerm" };
}

/** Key/value labels of the project block; each value sits to the right of its label. */
export type ProjectField =
  | "projectName"
  | "projectType"
  | "fundsUse"
  | "purpose"
  | "overview"
  | "startDate"
  | "endDate"
  | "total"
  | "currentYear"
  | "fiscal"
  | "other"
  | "assetPlan"
  | "assetAmount"
  | "procurementItems"
  | "midTermGoal"
  | "annualGoal"
  | "department"
  | "supervisor"
  | "annualTasks"
  | "overallGoal"
  | "annualIndicators"
  /** Labels of the block whose values no check reads; known so that a label is never read as another's value. */
  | "otherLabel";

export const PROJECT_LABELS: Record<ProjectField, string[]> = {
  projectName: ["项目名称", "项目支出名称", "专项名称"],
  projectType: ["项目类型"],
  fundsUse: ["资金用途", "资金使用计划", "资金测算依据", "资金测算明细", "资金测算"],
  purpose: ["项目用途"],
  overview: ["项目概况"],
  startDate: ["计划开始日期"],
  endDate: ["计划完成日期"],
  total: ["项目总金额", "项目总额", "项目资金总额", "资金总额"],
  currentYear: ["本年度项目金额", "本年度金额", "年度项目金额", "本年度资金", "当年资金总额", "年度本级预算金额", "年度资金申请总额"],
  fiscal: ["财政拨款资金", "财政拨款", "财政资金", "财政拨款数"],
  other: ["其他资金"],
  assetPlan: ["资产采购计划"],
  assetAmount: ["固定资产采购金额", "资产采购金额"],
  procurementItems: ["采购品目", "采购明细"],
  midTermGoal: ["项目总(中期)目标", "总(中期)目标", "项目中期目标", "中期目标", "实施期绩效目标", "长期目标"],
  annualGoal: ["年度绩效目标", "本年度绩效目标", "年度目标"],
  department: ["部门(单位)名称", "单位名称", "部门名称"],
  supervisor: ["主管部门", "主管单位", "主管部门及编码", "主管部门及代码"],
  annualTasks: ["年度主要任务"],
  overallGoal: ["年度总体目标"],
  annualIndicators: ["年度绩效指标"],
  otherLabel: ["当年财政拨款", "当年其他资金", "实施单位", "项目属性", "项目起止时间", "预算部门", "该项目支出上级资金", "项目支出实施期", "项目实施期"],
};

/** The project fields read as amounts. */
export const AMOUNT_FIELDS: ProjectField[] = ["total", "currentYear", "fiscal", "other", "assetAmount"];

export const TITLE_WORDS = ["项目绩效目标表", "绩效目标申报表", "绩效目标表", "项目支出绩效目标表", "部门(单位)整体支出绩效目标表", "整体支出绩效目标表", "部门整体支出绩效目标表"];
export const DEPARTMENT_TITLE_WORDS = ["整体支出绩效目标表"];

/** The task table of the department variant (年度主要任务). */
export type TaskColumn = "name" | "content" | "total" | "fiscal" | "other";
export const TASK_HEADERS: Record<TaskColumn, string[]> = {
  name: ["任务名称"],
  content: ["主要内容"],
  total: ["总额", "合计", "预算金额"],
  fiscal: ["财政拨款", "财政拨款资金", "财政资金"],
  other: ["其他资金"],
};
export const TASK_TOTAL_WORDS = ["金额合计", "合计", "总计"];

/**
 * A label as it is matched: normalised, with a trailing colon, a unit in brackets ("项目总金额（元）") and a
 * leading "其中：" removed. Returns the unit found, if any.
 */
export function labelKey(text: string): { key: string; unit: string | null } {
  let t = normalizeHeader(text).replace(/[:：]+$/, "");
  t = t.replace(/^其中[:：]?/, "");
  const unit = /\((万元|元)\)$/.exec(t);
  if (unit) t = t.slice(0, unit.index);
  return { key: t, unit: unit ? unit[1] : null };
}

export function matchLabel<F extends string>(table: Record<F, string[]>, text: string): F | null {
  if (!text) return null;
  const { key } = labelKey(text);
  for (const f of Object.keys(table) as F[]) if (table[f].includes(key)) return f;
  return null;
}

/**
 * Words that make an indicator header row a self-evaluation or a scoring table, never a goal table: derived from the
 * other kinds' vocabularies, their result columns only — the self-evaluation's 得分 and 偏差原因 columns and the
 * department evaluation's 分数 — less any word a goal table prints itself. Columns a goal table may print for a later
 * stage do not veto it; those regions are decided on evidence (forms/compete.ts):
 * - 分值 / 权重 and 评分标准: planning-time columns (乌海 2021 prints each indicator's weight; some 申报表 print the
 *   评分细则 the evaluation will use);
 * - 实际完成 and the other actual words: a column left blank for the later monitoring is a goal table's, while the
 *   same column filled in is a self-evaluation's rows of evidence (test/engine/forms/compete.test.ts). A published
 *   self-evaluation template left unfilled still prints its 执行数 block and 未完成原因 column, which a goal table never
 *   does.
 */
export const NOT_GOAL_TABLE_HEADERS: readonly string[] = derivedVeto();

function derivedVeto(): string[] {
  const own = new Set<string>([
    ...Object.values(INDICATOR_HEADERS).flat(),
    ...Object.values(GENERIC_HEADERS).flat(),
    ...Object.values(PROJECT_LABELS).flat(),
  ]);
  const results = [...SELF_EVALUATION_HEADERS.score, ...SELF_EVALUATION_HEADERS.reason, ...DEPARTMENT_SCORE];
  return [...new Set(results.map((w) => normalizeHeader(w)))].filter((w) => !own.has(w));
}
