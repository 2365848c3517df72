import type { Lang } from "../../i18n";

/** Words of this form that are not finding messages (those live in the catalogue): recogniser remarks, details. */
const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    title: "部门整体支出绩效评分表",
    dataBlock: "基础数据取自「{{sheet}}」{{range}}",
    noDataBlock: "未找到基础数据（数据项 | 数值），按公式计分的指标按填写分数计入",
    noRubric: "评分规则「{{profile}}」未定义部门整体评分细则，各指标按填写分数计入",
    missingData: "「{{label}}」缺少基础数据 {{names}}，按填写分数计入（评判项）",
    notInRubric: "「{{label}}」不在评分规则中，按填写分数计入（评判项）",
    otherRubric:
      "评分表的一级指标（{{groups}}）不是评分规则「{{profile}}」的部门整体评分细则的指标，细则不适用：各指标按填写分数计入（评判项），只核对分数在 0 与分值之间、分值与合计相加一致、等级与分数相符",
    listSep: "、",
    open: "（",
    close: "）",
  },
  en: {
    title: "department overall evaluation",
    dataBlock: "Data items read from “{{sheet}}” {{range}}",
    noDataBlock: "No data block (数据项 | 数值) found: items scored by formula count at their entered scores",
    noRubric: "The scoring rules “{{profile}}” define no department rubric: every item counts at its entered score",
    missingData: "“{{label}}” lacks the data items {{names}}: counted at its entered score (judged)",
    notInRubric: "“{{label}}” is not in the scoring rules: counted at its entered score (judged)",
    otherRubric:
      "The table's 一级 indicators ({{groups}}) are not those of the department rubric of “{{profile}}”, so the rubric does not apply: every item counts at its entered score (judged); checked are only 0 ≤ score ≤ weight, that weights and totals add up, and the grade",
    listSep: ", ",
    open: " (",
    close: ")",
  },
};

export function words(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return (WORDS[lang][key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** A detail appended to a message: "（编外人员控制率 13.04%）" / " (编外人员控制率 13.04%)". */
export function parenthesised(lang: Lang, text: string): string {
  return text ? `${WORDS[lang].open}${text}${WORDS[lang].close}` : "";
}

export function list(lang: Lang, names: string[]): string {
  return names.join(WORDS[lang].listSep);
}
