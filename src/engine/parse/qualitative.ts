import { stripSpaces, toHalfWidth } from "../text/normalize";
import { memoByText } from "../text/memo";

/**
 * The words forms use for qualitative targets and actuals, and the words that make a target unmeasurable.
 * Matching is on the whole cell (after normalisation), never on a substring: "系统正常运行" is a description,
 * not the recognised value "正常运行", and self-evaluation compares such descriptions by equality instead.
 */

/** Canonical qualitative value → the spellings people type for it. The canonical value is listed first. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  // achieved
  及时: ["及时", "及时性", "及时完成", "按时", "按时完成", "按期", "按期完成", "如期", "如期完成", "准时", "准时完成"],
  合规: ["合规", "合规性", "符合规定", "合法合规", "依法合规"],
  /** 成本控制合理性 | 合理 (上海 绩效目标申报表): a yes/no judgement like 合规. */
  合理: ["合理", "合理性", "科学合理"],
  /** 长效管理制度健全性 | 健全, 文明施工情况 | 可控 (上海 绩效目标申报表): states a target names and an actual reports. */
  健全: ["健全", "健全性", "制度健全"],
  可控: ["可控", "风险可控", "总体可控"],
  /** 保证单位正常运转 | 应保尽保 (湖南 整体绩效目标表): everyone entitled is covered — a definite standard, met or not. */
  应保尽保: ["应保尽保", "应补尽补", "应发尽发"],
  有效保障: ["有效保障", "有效保证", "得到有效保障", "保障有效"],
  达成预期指标: ["达成预期指标", "达到预期指标", "达成预期目标", "达到预期目标", "实现预期目标", "完成预期指标", "完成预期目标"],
  达到预期: ["达到预期", "达到预期效果", "符合预期", "达预期"],
  达成: ["达成", "已达成", "全部达成"],
  完成: ["完成", "已完成", "全部完成", "按计划完成", "完成任务"],
  达标: ["达标", "已达标", "全部达标"],
  合格: ["合格", "全部合格"],
  符合要求: ["符合要求", "符合标准"],
  正常运行: ["正常运行", "运行正常", "正常"],
  有效: ["有效"],
  满意: ["满意", "非常满意", "很满意"],
  是: ["是", "true"],
  // partly achieved
  部分达成: ["部分达成"],
  基本达成: ["基本达成", "基本达到预期", "基本达到"],
  基本完成: ["基本完成"],
  部分完成: ["部分完成"],
  基本满意: ["基本满意"],
  基本合规: ["基本合规"],
  基本合理: ["基本合理"],
  基本健全: ["基本健全"],
  基本可控: ["基本可控"],
  基本及时: ["基本及时"],
  // not achieved
  否: ["否", "false"],
  不及时: ["不及时"],
  不合规: ["不合规"],
  不合理: ["不合理"],
  不健全: ["不健全"],
  不可控: ["不可控"],
  未达成: ["未达成", "未达到", "未达到预期", "未达预期"],
  不满意: ["不满意"],
  不合格: ["不合格"],
  未达标: ["未达标", "不达标"],
  // grades
  优: ["优", "优秀"],
  良: ["良", "良好"],
  /** A target typed as the upper two grades (「服务周期内空气质量 优良」). */
  优良: ["优良"],
  中: ["中", "中等"],
  低: ["低"],
  差: ["差", "较差"],
};

const ALIAS_TO_CANONICAL: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([canonical, spellings]) => spellings.map((s) => [s, canonical] as const)),
);

/** Every canonical qualitative value parseValue can return (value of kind "qualitative"). */
export const QUALITATIVE_VALUES: readonly string[] = Object.keys(ALIASES);

/** Actuals that mean the indicator was met (self-evaluation gives full weight). */
export const ACHIEVED_VALUES: ReadonlySet<string> = new Set([
  "及时", "合规", "合理", "健全", "可控", "应保尽保", "有效保障", "达成预期指标", "达到预期", "达成", "完成", "达标", "合格", "符合要求", "正常运行", "有效", "满意", "是",
]);
/** Actuals that mean the indicator was partly met (entered score must lie in the partial band). */
export const PARTIAL_VALUES: ReadonlySet<string> = new Set([
  "部分达成", "基本达成", "基本完成", "部分完成", "基本满意", "基本合规", "基本合理", "基本健全", "基本可控", "基本及时",
]);
/** Actuals that mean the indicator was not met. */
export const FAILED_VALUES: ReadonlySet<string> = new Set([
  "否", "不及时", "不合规", "不合理", "不健全", "不可控", "未达成", "不满意", "不合格", "未达标",
]);
/** Grades from best to worst; 低 is left out because for risks and costs low is the good end. */
export const GRADES: readonly string[] = ["优", "良", "中", "差"];

/** Cells that say the row does not apply (seed 002 marks 经济效益/生态效益 rows this way). */
export const NOT_APPLICABLE_WORDS: ReadonlySet<string> = new Set(["不适用", "不涉及", "无此项", "n/a", "na"]);

/** Cells that hold nothing: a dash or slash typed into a value column. */
export const BLANK_MARKS: ReadonlySet<string> = new Set(["-", "--", "—", "——", "/", "//", "\\", "…", "……"]);

/** Whole actuals that say the work was not done. */
export const NOT_DONE_WORDS: ReadonlySet<string> = new Set([
  "无", "暂无", "没有", "未开展", "未完成", "未实施", "未执行", "未启动", "未举办", "未进行", "未召开", "未组织", "取消", "已取消", "暂停", "停办", "暂缓",
]);
/** A short explanation ending in a not-done verb: "由于疫情原因未开展", "因疫情取消". */
export const NOT_DONE_ENDING = /(未开展|未完成|未实施|未执行|未启动|未举办|未进行|未召开|未组织|取消|暂停|停办|暂缓)$/;

/**
 * Words that make a target unmeasurable when nothing else in it is: "进一步提升", "效果明显", "有所提高",
 * "逐步完善", "不断提高", "获得好评", and a bare direction ("降低", "减少").
 */
export const VAGUE_PATTERN =
  /提升|提高|降低|减少|下降|明显|显著|进一步|逐步|不断|持续|有所|加强|增强|促进|推动|改善|完善|好评|积极|稳步|大幅|一定程度|较好|较高|充分|营造|扩大|增加/;

const KEPT_PUNCTUATION = new Set(["%", ".", "-", "/"]);

/**
 * Text as compared for equality between a target and its actual: half-width, no white space, no punctuation
 * (line breaks and commas differ between copies of the same sentence), Latin lower-cased, and a recognised
 * spelling replaced by its canonical value ("合规性" → "合规").
 */
export function normalizeQualitative(text: string): string {
  const t = qualitativeKey(text);
  return ALIAS_TO_CANONICAL.get(t) ?? t;
}

/** normalizeQualitative without the alias step (memoised: targets and actuals repeat across forms). */
export const qualitativeKey: (text: string) => string = memoByText(qualitativeKeyUncached);

function qualitativeKeyUncached(text: string): string {
  return stripSpaces(toHalfWidth(text))
    .replace(/\p{P}/gu, (ch) => (KEPT_PUNCTUATION.has(ch) ? ch : ""))
    .toLowerCase();
}

/** The canonical qualitative value a cell spells ("合规性" → "合规"), or null when it spells none. */
export function canonicalQualitative(text: string): string | null {
  return ALIAS_TO_CANONICAL.get(qualitativeKey(text)) ?? null;
}
