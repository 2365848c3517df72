/**
 * The finding catalogue: every code of contract.md with its default severity, title and message templates.
 * Like frictionless's error catalogue, reports and translations are data: checks only name a code and give
 * parameters; the words live here. Add codes, never rename one (other tools depend on them).
 *
 * Templates are i18next strings. Common parameters: label (what the row is), expected, actual, detail.
 * A check may pick a variant with `context` (i18next context: key_variant).
 */
export const FINDING_CODES = [
  "SUM_MISMATCH",
  "ROUNDING_TAIL",
  "BALANCE_MISMATCH",
  "CROSS_TABLE_MISMATCH",
  "TEXT_ARITHMETIC_MISMATCH",
  "EXEC_RATE_MISMATCH",
  "SCORE_MISMATCH",
  "SCORE_EXCEEDS_WEIGHT",
  "WEIGHT_SUM_MISMATCH",
  "GRADE_MISMATCH",
  "QUALITATIVE_SCORE_OUT_OF_BAND",
  "NEEDS_REVIEW",
  "MISSING_INDICATOR_CATEGORY",
  "UNPAIRED_INDICATOR",
  "TARGET_NOT_MEASURABLE",
  "MISSING_VALUE",
  "ACTUAL_NOT_NUMERIC",
  "MISSING_DEVIATION_REASON",
  "TARGET_CHANGED",
  "OVERACHIEVEMENT",
  "NOT_A_NUMBER",
  "FORMULA_ERROR",
  "FORM_NOT_RECOGNISED",
  "TEMPLATE_CHANGED",
  // What a host could not read as it stands, and sheets not read (issue 15): the report says what was not checked.
  "CELLS_NOT_READ",
  "MERGE_NOT_READ",
  "FORMULA_NOT_COMPUTED",
  "SHEET_NOT_READ",
  "CHECK_FAILED",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "error" | "warning" | "info";

export interface CatalogEntry {
  severity: Severity;
  tags: readonly string[];
  title: { zh: string; en: string };
  /** Message templates; keys other than "default" are variants chosen by a check's `context`. */
  message: { zh: { default: string } & Record<string, string>; en: { default: string } & Record<string, string> };
}

/**
 * The templates as written (`as const`): the compiler derives each code's variants and placeholders from them
 * (finding.ts `draft`, `Variant`, `MessageParams`), so a misspelt variant or a missing parameter does not compile.
 */
export const CATALOG_TEMPLATES = {
  SUM_MISMATCH: {
    severity: "error",
    tags: ["#total"],
    title: { zh: "合计不符", en: "Total does not add up" },
    message: {
      zh: {
        default: "「{{label}}」应为各分项之和 {{expected}}，表中为 {{actual}}{{detail}}",
        exceedsTotal: "「{{label}}」{{actual}} 超过「{{otherLabel}}」{{expected}}",
        blank: "「{{label}}」未填写，按各分项计算应为 {{expected}}",
        delta: "「{{label}}」应为两年之差 {{expected}}，表中为 {{actual}}",
      },
      en: {
        default: "“{{label}}” should be the sum of its parts, {{expected}}, but the table shows {{actual}}{{detail}}",
        exceedsTotal: "“{{label}}” {{actual}} exceeds “{{otherLabel}}” {{expected}}",
        blank: "“{{label}}” is empty; its parts sum to {{expected}}",
        delta: "“{{label}}” should be the difference between the two years, {{expected}}, but the table shows {{actual}}",
      },
    },
  },
  ROUNDING_TAIL: {
    severity: "warning",
    tags: ["#total", "#rounding"],
    title: { zh: "尾数误差", en: "Rounding tail" },
    message: {
      zh: {
        default: "「{{label}}」为 {{actual}}，各分项之和为 {{expected}}，差额在四舍五入允许范围（±{{envelope}}）内，属尾数误差",
        more: "「{{label}}」为 {{actual}}，各分项之和为 {{expected}}，差额在四舍五入允许范围（±{{envelope}}）内，属尾数误差（同一行另有 {{more}} 列同样存在尾数误差：{{columns}}）",
      },
      en: {
        default: "“{{label}}” shows {{actual}} while its parts sum to {{expected}}; the difference is within the rounding envelope (±{{envelope}}), a rounding tail",
        more: "“{{label}}” shows {{actual}} while its parts sum to {{expected}}; the difference is within the rounding envelope (±{{envelope}}), a rounding tail ({{more}} more {{more|column|columns}} of the row {{more|shows|show}} the same: {{columns}})",
      },
    },
  },
  BALANCE_MISMATCH: {
    severity: "error",
    tags: ["#total", "#balance"],
    title: { zh: "收支不平衡", en: "Balance does not hold" },
    message: {
      zh: { default: "「{{label}}」{{actual}} 与「{{otherLabel}}」{{expected}} 不相等" },
      en: { default: "“{{label}}” {{actual}} does not equal “{{otherLabel}}” {{expected}}" },
    },
  },
  CROSS_TABLE_MISMATCH: {
    severity: "error",
    tags: ["#cross-table"],
    title: { zh: "表间数据不一致", en: "Tables disagree" },
    message: {
      zh: {
        default: "「{{label}}」为 {{actual}}，与{{otherTable}}中的 {{expected}} 不一致",
        atMost: "「{{label}}」为 {{actual}}，超过{{otherTable}}中的 {{expected}}",
        atLeast: "「{{label}}」为 {{actual}}，少于{{otherTable}}中的 {{expected}}",
        statedRate: "文中写「{{label}}」为 {{actual}}%，按基础数据计算应为 {{expected}}%（{{formula}} = {{figures}}）",
      },
      en: {
        default: "“{{label}}” is {{actual}}, but {{otherTable}} shows {{expected}}",
        atMost: "“{{label}}” is {{actual}}, more than the {{expected}} of {{otherTable}}",
        atLeast: "“{{label}}” is {{actual}}, less than the {{expected}} of {{otherTable}}",
        statedRate: "The text states “{{label}}” as {{actual}}%, but the data items give {{expected}}% ({{formula}} = {{figures}})",
      },
    },
  },
  TEXT_ARITHMETIC_MISMATCH: {
    severity: "error",
    tags: ["#text", "#total"],
    title: { zh: "文字中的金额不符", en: "Amounts in text do not add up" },
    message: {
      zh: {
        default: "「{{label}}」文字中的金额计算结果为 {{expected}}，与 {{actual}} 不符{{detail}}",
        expression: "「{{label}}」中的算式「{{expression}}」计算结果为 {{expected}}，文中写作 {{actual}}",
        againstCell: "「{{label}}」中列出的各项金额合计 {{expected}}，与「{{target}}」{{actual}} 不符",
        statedTotal: "「{{label}}」中各项金额相加为 {{expected}}，文中写明的合计为 {{actual}}",
      },
      en: {
        default: "The amounts written in “{{label}}” come to {{expected}}, not {{actual}}{{detail}}",
        expression: "The calculation “{{expression}}” in “{{label}}” comes to {{expected}}, not {{actual}} as written",
        againstCell: "The amounts listed in “{{label}}” add up to {{expected}}, but “{{target}}” is {{actual}}",
        statedTotal: "The items in “{{label}}” add up to {{expected}}, but the text states a total of {{actual}}",
      },
    },
  },
  EXEC_RATE_MISMATCH: {
    severity: "error",
    tags: ["#score"],
    title: { zh: "执行率不符", en: "Execution rate does not match" },
    message: {
      zh: { default: "「{{label}}」执行率应为 {{expected}}（{{detail}}），表中填写 {{actual}}" },
      en: { default: "“{{label}}”: the execution rate should be {{expected}} ({{detail}}); the form shows {{actual}}" },
    },
  },
  SCORE_MISMATCH: {
    severity: "error",
    tags: ["#score"],
    title: { zh: "得分与评分规则不符", en: "Score does not follow the rules" },
    message: {
      zh: {
        default: "「{{label}}」按评分规则应得 {{expected}} 分，表中填写 {{actual}} 分{{detail}}",
        total: "总分应为 {{expected}} 分，表中填写 {{actual}} 分",
        range: "「{{label}}」按评分规则应得 {{min}} 至 {{expected}} 分（公式部分 {{min}} 分{{detail}}，「{{judged}}」为评判部分，最多 {{judgedMax}} 分），表中填写 {{actual}} 分",
        negative: "「{{label}}」得分 {{actual}} 不能为负数，应在 0 至 {{expected}} 分之间",
      },
      en: {
        default: "“{{label}}” should score {{expected}} under the rules; the form shows {{actual}}{{detail}}",
        total: "The total should be {{expected}}; the form shows {{actual}}",
        range: "“{{label}}” should score between {{min}} and {{expected}} under the rules (formula part {{min}}{{detail}}; “{{judged}}” is judged, at most {{judgedMax}}); the form shows {{actual}}",
        negative: "“{{label}}” scores {{actual}}; a score cannot be negative (0 to {{expected}})",
      },
    },
  },
  SCORE_EXCEEDS_WEIGHT: {
    severity: "error",
    tags: ["#score"],
    title: { zh: "得分超过分值", en: "Score exceeds weight" },
    message: {
      zh: { default: "「{{label}}」得分 {{actual}} 超过分值 {{expected}}" },
      en: { default: "“{{label}}” scores {{actual}}, more than its weight {{expected}}" },
    },
  },
  WEIGHT_SUM_MISMATCH: {
    severity: "error",
    tags: ["#weight"],
    title: { zh: "分值合计不符", en: "Weights do not add up" },
    message: {
      zh: {
        default: "「{{label}}」下各指标分值合计为 {{actual}}，应为 {{expected}}",
        rubric: "「{{label}}」的分值为 {{actual}}，评分规则「{{profile}}」中为 {{expected}}",
        profileWeight: "「{{label}}」的分值合计为 {{actual}}，评分规则「{{profile}}」规定为 {{expected}}（本地区另有规定的，请选用相应的评分规则）",
        noTotal: "「{{label}}」执行分值与各指标分值合计为 {{actual}}，应为 {{expected}}（表中没有总分行，表格可能不完整）",
      },
      en: {
        default: "The weights under “{{label}}” add up to {{actual}}, not {{expected}}",
        rubric: "“{{label}}” weighs {{actual}}, but the scoring rules “{{profile}}” give it {{expected}}",
        profileWeight: "“{{label}}” weighs {{actual}} in all, but the scoring rules “{{profile}}” give it {{expected}} (choose your jurisdiction's rules if it sets other weights)",
        noTotal: "The funds weight and the indicator weights of “{{label}}” add up to {{actual}}, not {{expected}} (the form has no total row and may be incomplete)",
      },
    },
  },
  GRADE_MISMATCH: {
    severity: "error",
    tags: ["#score"],
    title: { zh: "评价等级不符", en: "Grade does not match" },
    message: {
      zh: { default: "得分 {{score}} 对应等级为「{{expected}}」，表中填写「{{actual}}」" },
      en: { default: "A score of {{score}} is graded “{{expected}}”; the form shows “{{actual}}”" },
    },
  },
  QUALITATIVE_SCORE_OUT_OF_BAND: {
    severity: "error",
    tags: ["#score", "#qualitative"],
    title: { zh: "定性指标得分超出档次", en: "Qualitative score outside its band" },
    message: {
      zh: { default: "「{{label}}」完成情况为「{{result}}」，得分应在 {{expected}} 之间，表中填写 {{actual}}" },
      en: { default: "“{{label}}” was {{result}}; its score should lie in {{expected}}, but the form shows {{actual}}" },
    },
  },
  NEEDS_REVIEW: {
    severity: "info",
    tags: ["#score", "#review"],
    title: { zh: "需人工评判", en: "Needs a reviewer" },
    message: {
      zh: {
        default: "「{{label}}」的完成值「{{actual}}」无法按规则自动评分，请审核人判断（已按填写得分 {{entered}} 计入）",
        partlyJudged: "「{{label}}」填写 {{entered}} 分：公式部分得 {{min}} 分{{detail}}，「{{judged}}」为评判部分（满分 {{judgedMax}} 分），填写分数在 {{min}} 至 {{max}} 分之间，请审核人确认评判扣分（已按填写分数计入）",
      },
      en: {
        default: "“{{label}}”: the result “{{actual}}” cannot be scored by the rules; a reviewer must judge it (counted at the entered score {{entered}})",
        partlyJudged: "“{{label}}” is entered as {{entered}}: the formula part gives {{min}}{{detail}} and “{{judged}}” is judged (at most {{judgedMax}}); the entered score lies between {{min}} and {{max}}, so a reviewer should confirm the deduction (counted as entered)",
      },
    },
  },
  MISSING_INDICATOR_CATEGORY: {
    severity: "error",
    tags: ["#coverage"],
    title: { zh: "缺少必备指标类别", en: "Required indicator category missing" },
    message: {
      zh: {
        default: "「{{label}}」下缺少「{{category}}」类指标",
        recommended: "「{{label}}」下没有「{{category}}」类指标（建议设置）",
        anyOf: "「{{label}}」下缺少效益类指标（应至少有{{category}}之一）",
      },
      en: {
        default: "“{{label}}” has no “{{category}}” indicator",
        recommended: "“{{label}}” has no “{{category}}” indicator (recommended)",
        anyOf: "“{{label}}” has no outcome indicator (at least one of {{category}} is required)",
      },
    },
  },
  UNPAIRED_INDICATOR: {
    severity: "warning",
    tags: ["#coverage"],
    title: { zh: "数量指标缺少对应指标", en: "Quantity indicator without its partner" },
    message: {
      zh: { default: "数量指标「{{label}}」缺少对应的{{category}}指标（如「{{suggestion}}」）" },
      en: { default: "The quantity indicator “{{label}}” has no matching {{category}} indicator (such as “{{suggestion}}”)" },
    },
  },
  TARGET_NOT_MEASURABLE: {
    severity: "warning",
    tags: ["#target"],
    title: { zh: "指标值不可衡量", en: "Target cannot be measured" },
    message: {
      zh: {
        default: "「{{label}}」的指标值「{{actual}}」无法衡量：{{detail}}",
        vague: "「{{label}}」的指标值「{{actual}}」表述模糊，无法衡量",
        compound: "「{{label}}」的指标值「{{actual}}」含多个目标，应拆分为多个指标",
        unparseable: "「{{label}}」的指标值「{{actual}}」无法识别为数值、日期或定性值",
      },
      en: {
        default: "The target “{{actual}}” of “{{label}}” cannot be measured: {{detail}}",
        vague: "The target “{{actual}}” of “{{label}}” is vague and cannot be measured",
        compound: "The target “{{actual}}” of “{{label}}” holds several targets; split it into several indicators",
        unparseable: "The target “{{actual}}” of “{{label}}” is not a number, date or recognised qualitative value",
      },
    },
  },
  MISSING_VALUE: {
    severity: "error",
    tags: ["#completeness"],
    title: { zh: "必填项为空", en: "Required value missing" },
    message: {
      zh: { default: "「{{label}}」的{{field}}为空", dataItem: "基础数据「{{label}}」未填写数值，用到它的指标无法按公式计分" },
      en: { default: "The {{field}} of “{{label}}” is empty", dataItem: "The data item “{{label}}” has no value; the items whose formulas use it cannot be computed" },
    },
  },
  // A warning, not an error: real self-evaluations write 完成 / 已完成 / 达到 for quantitative targets (四川 大英县
  // 2023: 成本控制数 ≤30万元 | 完成); the text contradicts nothing, the score is judged and counted as entered.
  ACTUAL_NOT_NUMERIC: {
    severity: "warning",
    tags: ["#score", "#review"],
    title: { zh: "定量指标完成值不是数值", en: "Quantitative actual is not a number" },
    message: {
      zh: { default: "定量指标「{{label}}」的实际完成值「{{actual}}」不是数值，得分无法按公式核对，按填报得分计入，请填写实际数值（指标值 {{target}}）" },
      en: { default: "The quantitative indicator “{{label}}” has the non-numeric actual “{{actual}}”; its score cannot be checked by the formula and counts as entered — enter the actual number (target {{target}})" },
    },
  },
  MISSING_DEVIATION_REASON: {
    severity: "error",
    tags: ["#completeness"],
    title: { zh: "缺少偏差原因", en: "Deviation reason missing" },
    message: {
      zh: {
        default: "「{{label}}」得分 {{actual}} 低于分值 {{expected}}，但未填写偏差原因分析及改进措施",
        unscored: "「{{label}}」实际完成值「{{actual}}」未达到指标值「{{expected}}」，但未填写偏差原因分析及改进措施",
      },
      en: {
        default: "“{{label}}” scores {{actual}}, less than its weight {{expected}}, but no reason for the deviation is given",
        unscored: "“{{label}}” achieved “{{actual}}”, short of its target “{{expected}}”, but no reason for the deviation is given",
      },
    },
  },
  TARGET_CHANGED: {
    severity: "error",
    tags: ["#cross-table", "#target"],
    title: { zh: "指标值与绩效目标表不一致", en: "Target differs from the goal table" },
    message: {
      zh: { default: "「{{label}}」的指标值为「{{actual}}」，绩效目标表中为「{{expected}}」" },
      en: { default: "The target of “{{label}}” is “{{actual}}”, but the goal table says “{{expected}}”" },
    },
  },
  OVERACHIEVEMENT: {
    severity: "info",
    tags: ["#target"],
    title: { zh: "超额完成较多", en: "Far above target" },
    message: {
      zh: { default: "「{{label}}」实际完成 {{actual}}，为指标值 {{expected}} 的 {{ratio}}%，指标值可能设置偏低" },
      en: { default: "“{{label}}” achieved {{actual}}, {{ratio}}% of its target {{expected}}; the target may have been set too low" },
    },
  },
  NOT_A_NUMBER: {
    severity: "error",
    tags: ["#type"],
    title: { zh: "应为数值", en: "Not a number" },
    message: {
      zh: { default: "「{{label}}」应填写金额或数值，表中为「{{actual}}」" },
      en: { default: "“{{label}}” should hold an amount, but holds “{{actual}}”" },
    },
  },
  FORMULA_ERROR: {
    severity: "error",
    tags: ["#formula"],
    title: { zh: "公式错误", en: "Formula error" },
    message: {
      zh: { default: "「{{label}}」单元格为错误值 {{actual}}，请检查公式" },
      en: { default: "“{{label}}” holds the error value {{actual}}; check its formula" },
    },
  },
  FORM_NOT_RECOGNISED: {
    severity: "warning",
    tags: ["#structure"],
    title: { zh: "表格未能识别", en: "Form not recognised" },
    message: {
      zh: {
        default: "这里像一张$t(engine:kind.{{kind}})，但未能识别，未作校验：找到 {{found}}，缺少 {{missing}}",
        layout: "这里像一张$t(engine:kind.{{kind}})（找到 {{found}}），但表格结构未能识别，未作校验",
        blank: "这里像一张$t(engine:kind.{{kind}})的表头（找到 {{found}}），但表头下还没有填写任何指标，未作校验",
      },
      en: {
        default: "This looks like a $t(engine:kind.{{kind}}) but was not recognised and not checked: found {{found}}, missing {{missing}}",
        layout: "This looks like a $t(engine:kind.{{kind}}) (found {{found}}) but its layout was not recognised and it was not checked",
        blank: "This looks like the header of a $t(engine:kind.{{kind}}) (found {{found}}) but no indicator is filled in under it yet; not checked",
      },
    },
  },
  TEMPLATE_CHANGED: {
    severity: "warning",
    tags: ["#structure", "#template"],
    title: { zh: "模板结构已改动", en: "Template structure changed" },
    message: {
      zh: {
        default: "与模板 {{template}}（第 {{version}} 版）不一致",
        older: "本工作簿由模板 {{template}} 第 {{version}} 版生成，当前为第 {{current}} 版；请改用新版模板",
        sheet: "模板的工作表「{{sheetName}}」不在本工作簿中（被删除或改名），未能核对模板结构",
        removedHeader: "与模板相比：表头「{{text}}」已被删除（该列可能被删除）",
        removedRow: "与模板相比：固定行「{{text}}」已被删除",
        removedTitle: "与模板相比：标题「{{text}}」已被删除",
        editedHeader: "与模板相比：表头「{{text}}」被改为「{{actual}}」",
        editedRow: "与模板相比：固定行「{{text}}」被改为「{{actual}}」",
        editedTitle: "与模板相比：标题「{{text}}」被改为「{{actual}}」",
        swapped: "与模板相比：列「{{text}}」与「{{other}}」的顺序被调换",
        moved: "与模板相比：{{count}} 处表头或固定行的位置改变（插入或删除了行、列）：{{detail}}",
      },
      en: {
        default: "Differs from the template {{template}} (version {{version}})",
        older: "Made from version {{version}} of the template {{template}}; the current version is {{current}} — use the new template",
        sheet: "The template's sheet “{{sheetName}}” is not in this workbook (deleted or renamed); its structure could not be compared",
        removedHeader: "Unlike the template: the header “{{text}}” was removed (its column may have been deleted)",
        removedRow: "Unlike the template: the fixed row “{{text}}” was removed",
        removedTitle: "Unlike the template: the title “{{text}}” was removed",
        editedHeader: "Unlike the template: the header “{{text}}” was changed to “{{actual}}”",
        editedRow: "Unlike the template: the fixed row “{{text}}” was changed to “{{actual}}”",
        editedTitle: "Unlike the template: the title “{{text}}” was changed to “{{actual}}”",
        swapped: "Unlike the template: the columns “{{text}}” and “{{other}}” were swapped",
        moved: "Unlike the template: {{count}} headers or fixed rows moved (rows or columns inserted or deleted): {{detail}}",
      },
    },
  },
  // --- What was not read (issue 15). Tag "#read": the finding names a place that may not exist in the workbook
  // (a cell past the grid, a merged area), so the checked copy lists it in its results sheet but marks no cell.
  CELLS_NOT_READ: {
    severity: "warning",
    tags: ["#read"],
    title: { zh: "部分单元格未读取", en: "Cells not read" },
    message: {
      zh: {
        default: "远离本表其余数据的 {{count}} 处内容（如 {{cell}}）未读取，也未校验",
        pastGrid: "超出 Excel 表格范围（XFD 列、第 1048576 行以外）的 {{count}} 个单元格（如 {{cell}}）未读取，也未校验",
      },
      en: {
        default: "{{count}} cell(s) or merged area(s) far from the rest of this sheet (such as {{cell}}) were not read or checked",
        pastGrid: "{{count}} cell(s) past Excel's grid (beyond column XFD or row 1048576, such as {{cell}}) were not read or checked",
      },
    },
  },
  MERGE_NOT_READ: {
    severity: "info",
    tags: ["#read"],
    title: { zh: "合并区域未按原样读取", en: "Merged area not read as it stands" },
    message: {
      zh: {
        default: "合并区域 {{cell}} 远大于其中有内容的单元格，只按 {{to}} 读取为合并区域",
        overlap: "合并区域 {{cell}} 与合并区域 {{other}} 重叠，未按合并区域读取（各单元格照常读取）",
        invalid: "合并区域「{{cell}}」超出 Excel 表格范围或写法无效，未按合并区域读取",
        tooLarge: "合并区域 {{cell}} 过大，未按合并区域读取（各单元格照常读取）",
      },
      en: {
        default: "The merged area {{cell}} is far larger than the cells it holds; it was read as the merged area {{to}}",
        overlap: "The merged area {{cell}} overlaps the merged area {{other}}; it was not read as merged (its cells were read as usual)",
        invalid: "The merged area “{{cell}}” lies past Excel's grid or is not a valid range; it was not read as merged",
        tooLarge: "The merged area {{cell}} is too large; it was not read as merged (its cells were read as usual)",
      },
    },
  },
  FORMULA_NOT_COMPUTED: {
    severity: "warning",
    tags: ["#read", "#formula"],
    title: { zh: "公式未计算", en: "Formula not computed" },
    message: {
      zh: {
        default: "公式 {{formula}} 引用 {{cells}} 个单元格，超过计算上限 {{limit}} 个，文件中也没有保存其结果，未计算；依赖此单元格的校验可能不完整",
      },
      en: {
        default: "The formula {{formula}} refers to {{cells}} cells, more than the limit of {{limit}}, and the file holds no saved result: it was not computed, so checks that depend on this cell may be incomplete",
      },
    },
  },
  SHEET_NOT_READ: {
    severity: "warning",
    tags: ["#read", "#structure"],
    title: { zh: "工作表未读取", en: "Sheet not read" },
    message: {
      zh: {
        default: "工作表「{{sheetName}}」被设为深度隐藏（very hidden，Excel 中无法直接取消隐藏），其中的{{forms}}未校验；如需校验，请先将其设为可见（VBA 编辑器中把 Visible 设为 -1，或在 WPS 中取消隐藏）",
      },
      en: {
        default: "The sheet “{{sheetName}}” is very hidden (Excel cannot unhide it from its menus); the {{forms}} on it was not checked — to check it, make the sheet visible first (set Visible to -1 in the VBA editor, or unhide it in WPS)",
      },
    },
  },
  CHECK_FAILED: {
    severity: "warning",
    tags: ["#engine"],
    title: { zh: "检查未能完成", en: "Check could not run" },
    message: {
      zh: { default: "检查「{{check}}」在这张表上运行出错，未能完成，这一项未作校验；其他检查照常进行。请把此文件报告给 budget-check 维护者" },
      en: { default: "The check “{{check}}” failed on this form and did not finish, so what it checks was not checked; the other checks ran. Please report this file to the budget-check maintainers" },
    },
  },
} as const satisfies Record<FindingCode, CatalogEntry>;

export const CATALOG: Record<FindingCode, CatalogEntry> = CATALOG_TEMPLATES;
