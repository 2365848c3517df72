import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { createContext, useContext } from "react";
import type { Lang } from "../engine/i18n";

/** The pane's own words (finding messages come from the engine's catalogue, already in the report's language). */
const STRINGS: Record<Lang, Record<string, string>> = {
  zh: {
    appTitle: "预算绩效校验",
    appSubtitle: "budget-check",
    "mode.excel": "Excel 加载项",
    "mode.file": "浏览器文件模式（不上传，文件只在本机处理）",
    connecting: "正在连接 Office…",
    check: "校验",
    recheck: "重新校验",
    pickFile: "选择 .xlsx 文件",
    pickHint: "未在 Excel 中打开：请选择一个 .xlsx 工作簿，校验后可下载带标注的校验副本。",
    profile: "评分规则",
    "profile.auto": "自动：{{name}}",
    "profile.autoHint": "工作簿内置规则，否则默认规则",
    "step.read": "正在读取工作簿…",
    "step.validate": "正在校验…",
    "step.write": "正在写入工作簿…",
    "step.clear": "正在清除标注…",
    "step.download": "正在生成校验副本…",
    "summary.title": "校验摘要",
    "summary.file": "文件：{{file}}",
    "summary.forms": "识别到 {{count}} 张表",
    "summary.noForms": "未识别到任何可校验的表（项目支出绩效自评表、绩效目标表、部门预算表、部门整体支出绩效评分表）。",
    "summary.counts": "错误 {{errors}} · 警告 {{warnings}} · 提示 {{info}}",
    "summary.score": "计算得分 {{computed}}（{{grade}}）",
    "summary.entered": "表中填写 {{entered}}",
    "summary.enteredGrade": "，填写等级 {{grade}}",
    "filter.label": "按严重程度筛选",
    "filter.all": "全部",
    "severity.error": "错误",
    "severity.warning": "警告",
    "severity.info": "提示",
    "findings.title": "发现的问题",
    "findings.none": "未发现问题。",
    "findings.noneForFilter": "此筛选下没有问题。",
    "findings.otherCells": "表外单元格",
    "findings.expected": "应为 {{value}}",
    "findings.actual": "表中为 {{value}}",
    "findings.select": "在 Excel 中选中 {{cell}}",
    "findings.cellOnly": "单元格 {{sheet}}!{{cell}}",
    "action.write": "写入计算结果与标注",
    "action.clear": "清除标注",
    "action.download": "下载校验副本",
    "action.overwrite": "用计算值替换不符的已填得分（原值保留在批注中）",
    "done.write": "已写入：计算值、标注颜色和「校验结果」工作表。",
    "done.write.notes": "每个标注单元格附有批注说明。",
    "done.write.comments": "说明已作为批注（注释）添加。",
    "done.write.resultsOnly": "此版本 Excel 不支持批注接口，说明请见「校验结果」工作表。",
    "done.write.commentsIncomplete": "部分单元格已有批注对话，未能添加说明；完整内容请见「校验结果」工作表。",
    "done.write.keptNotes": "{{count}} 个单元格已有用户批注，未改动。",
    "done.clear": "已清除 {{count}} 个单元格的标注，恢复原来的填充颜色。",
    "done.clear.none": "没有需要清除的标注。",
    "done.download": "已生成校验副本：{{file}}",
    "error.title": "无法完成",
    "error.protected-sheet": "工作表「{{sheet}}」受保护，未写入任何内容。请先撤消工作表保护（审阅 → 撤消工作表保护）再试。",
    "error.protected-workbook": "工作簿结构受保护，无法添加「校验结果」工作表，未写入任何内容。请先撤消工作簿保护再试。",
    "error.read-only": "工作簿为只读，未写入任何内容。请另存一份可编辑的副本后再试。",
    "error.sheet-missing": "找不到工作表「{{sheet}}」（可能已被重命名或删除），请重新校验。",
    "error.read-failed": "读取工作簿失败，未作任何修改：{{reason}}",
    "error.write-failed": "写入工作簿时出错：{{reason}}。可点击「清除标注」恢复原来的填充颜色。",
    "error.unsupported": "此版本 Excel 不支持所需的接口（{{reason}}）。",
    "error.notXlsx": "请选择 .xlsx 文件。",
    "error.unexpected": "发生意外错误：{{reason}}",
    "error.officeUnavailable": "未能加载 Office.js，已切换到浏览器文件模式。",
    language: "English",
  },
  en: {
    appTitle: "Budget & performance check",
    appSubtitle: "budget-check",
    "mode.excel": "Excel add-in",
    "mode.file": "Browser file mode (nothing is uploaded; the file stays on this computer)",
    connecting: "Connecting to Office…",
    check: "Check",
    recheck: "Check again",
    pickFile: "Choose an .xlsx file",
    pickHint: "Not running inside Excel: choose an .xlsx workbook; after the check you can download a checked copy with highlights.",
    profile: "Scoring rules",
    "profile.auto": "Auto: {{name}}",
    "profile.autoHint": "the workbook's own rules, else the default",
    "step.read": "Reading the workbook…",
    "step.validate": "Checking…",
    "step.write": "Writing to the workbook…",
    "step.clear": "Clearing highlights…",
    "step.download": "Preparing the checked copy…",
    "summary.title": "Summary",
    "summary.file": "File: {{file}}",
    "summary.forms": "{{count}} form(s) found",
    "summary.noForms": "No form budget-check recognises was found (project self-evaluation, goal table, department budget table, department evaluation).",
    "summary.counts": "{{errors}} errors · {{warnings}} warnings · {{info}} notes",
    "summary.score": "Computed score {{computed}} ({{grade}})",
    "summary.entered": "entered {{entered}}",
    "summary.enteredGrade": ", entered grade {{grade}}",
    "filter.label": "Filter by severity",
    "filter.all": "All",
    "severity.error": "Error",
    "severity.warning": "Warning",
    "severity.info": "Note",
    "findings.title": "Findings",
    "findings.none": "No findings.",
    "findings.noneForFilter": "No findings for this filter.",
    "findings.otherCells": "Cells outside the forms",
    "findings.expected": "expected {{value}}",
    "findings.actual": "table shows {{value}}",
    "findings.select": "Select {{cell}} in Excel",
    "findings.cellOnly": "Cell {{sheet}}!{{cell}}",
    "action.write": "Write scores and highlights",
    "action.clear": "Clear highlights",
    "action.download": "Download checked copy",
    "action.overwrite": "Replace entered scores that differ (old value kept in the note)",
    "done.write": "Written: computed values, highlight colours and the 校验结果 (results) sheet.",
    "done.write.notes": "Each highlighted cell has a note explaining it.",
    "done.write.comments": "Explanations were added as comments.",
    "done.write.resultsOnly": "This Excel has no notes API; explanations are on the 校验结果 sheet.",
    "done.write.commentsIncomplete": "Some cells already had a comment thread and got no explanation; see the 校验结果 sheet for all of them.",
    "done.write.keptNotes": "{{count}} cell(s) already had your own note; left unchanged.",
    "done.clear": "Cleared highlights on {{count}} cell(s); their original fills are back.",
    "done.clear.none": "There were no highlights to clear.",
    "done.download": "Checked copy ready: {{file}}",
    "error.title": "Could not finish",
    "error.protected-sheet": "The sheet “{{sheet}}” is protected; nothing was written. Unprotect it (Review → Unprotect Sheet) and try again.",
    "error.protected-workbook": "The workbook structure is protected, so the results sheet cannot be added; nothing was written. Unprotect the workbook and try again.",
    "error.read-only": "The workbook is read-only; nothing was written. Save an editable copy and try again.",
    "error.sheet-missing": "The sheet “{{sheet}}” no longer exists (renamed or deleted?). Run the check again.",
    "error.read-failed": "Could not read the workbook; nothing was changed: {{reason}}",
    "error.write-failed": "Writing to the workbook failed: {{reason}}. “Clear highlights” restores the original fills.",
    "error.unsupported": "This version of Excel lacks an API budget-check needs ({{reason}}).",
    "error.notXlsx": "Please choose an .xlsx file.",
    "error.unexpected": "Unexpected error: {{reason}}",
    "error.officeUnavailable": "Office.js could not be loaded; switched to browser file mode.",
    language: "中文",
  },
};

export function createPaneI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { zh: { pane: STRINGS.zh }, en: { pane: STRINGS.en } },
    lng: lang,
    fallbackLng: "zh",
    ns: ["pane"],
    defaultNS: "pane",
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<I18n["init"]>[0]);
  return instance;
}

/** zh-CN unless the user's language is something else that we have (English). */
export function langFrom(tag: string | null | undefined): Lang {
  if (!tag) return "zh";
  return tag.toLowerCase().startsWith("en") ? "en" : "zh";
}

export interface PaneLanguage {
  lang: Lang;
  t: TFunction;
}

export const LanguageContext = createContext<PaneLanguage>({ lang: "zh", t: createPaneI18n("zh").t });

export function useT(): PaneLanguage {
  return useContext(LanguageContext);
}

export { STRINGS as PANE_STRINGS };
