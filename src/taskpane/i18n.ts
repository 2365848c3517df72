import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { createContext, useContext } from "react";
import type { Lang } from "../engine/i18n";
import { chooseCountWords } from "../engine/text/fill";

/** The pane's own words (finding messages come from the engine's catalogue, already in the report's language). */
const STRINGS: Record<Lang, Record<string, string>> = {
  zh: {
    appTitle: "预算绩效校验",
    appSubtitle: "budget-check",
    "mode.excel": "Excel 加载项",
    "mode.file": "浏览器文件模式（不上传，文件只在本机处理）",
    connecting: "正在连接 Office…",
    connectingSlow: "正在加载 Office.js（已等待 {{seconds}} 秒；网络或代理较慢）…",
    "notice.officeTimeout": "Office.js 在 30 秒内没有加载完成（网络或代理可能阻止了 appsforoffice.microsoft.com），所以窗格切换到了浏览器文件模式：可以选择此工作簿的 .xlsx 文件进行校验并下载校验副本。网络恢复后，关闭并重新打开窗格即可回到 Excel 模式。",
    "notice.officeFailed": "无法加载 Office.js（网络不通，或代理、防火墙阻止了 appsforoffice.microsoft.com），所以窗格切换到了浏览器文件模式：可以选择此工作簿的 .xlsx 文件进行校验并下载校验副本。请联系网络管理员放行该地址后重新打开窗格。",
    "notice.excelTooOld": "此版本的 Excel 不支持在工作簿中直接读写所需的接口（需要 ExcelApi 1.8：Excel 2019 或更新版本、Microsoft 365、网页版或 Mac 版），所以窗格以浏览器文件模式打开：请选择此工作簿的 .xlsx 文件进行校验，并下载带标注的校验副本。",
    check: "校验",
    recheck: "重新校验",
    pickFile: "选择 .xlsx 文件（可多选）",
    dropHint: "也可以把一个或多个工作簿拖放到窗格中，每个文件各有一节结果。",
    pickHint: "未在 Excel 中打开：请选择一个 .xlsx 工作簿，校验后可下载带标注的校验副本。",
    profile: "评分规则",
    "profile.auto": "自动：{{name}}",
    "profile.autoHint": "工作簿内置规则，否则默认规则",
    "step.read": "正在读取工作簿…",
    "step.validate": "正在校验…",
    "step.write": "正在写入工作簿…",
    "step.clear": "正在清除标注…",
    "step.download": "正在生成校验副本…",
    "step.export": "正在生成校验结果…",
    "step.validateForms": "正在校验 第 {{done}} / {{total}} 张表…",
    "step.readSheets": "正在读取 第 {{done}} / {{total}} 个工作表…",
    "step.file": "文件 {{index}} / {{count}}：{{name}}",
    "step.cancel": "取消",
    "notice.cancelled": "已取消校验，未显示任何结果。可以重新选择文件或再次校验。",
    "notice.cancelledSome": "已取消校验：已完成的 {{done}} 个文件（共 {{count}} 个）保留结果，其余文件标为“已取消”，未校验。",
    "notice.downloadCancelled": "已取消生成，未下载任何文件；校验结果不变。",
    "workbook.cancelled": "已取消：此文件未校验。重新选择文件即可校验。",
    "summary.title": "校验摘要",
    "summary.file": "文件：{{file}}",
    "summary.forms": "识别到 {{count}} 张表",
    "summary.onlySheet": "校验范围：仅工作表「{{sheet}}」",
    "scope.activeOnly": "只校验当前工作表",
    "scope.label": "校验范围",
    "scope.all": "全部工作表",
    "summary.noForms": "未识别到任何可校验的表，本次未作任何校验。budget-check 按表头文字识别项目支出绩效自评表、绩效目标表、部门预算表和部门整体支出绩效评分表；下方列出了像表头但未能识别的行。",
    "summary.counts": "错误 {{errors}} · 警告 {{warnings}} · 提示 {{info}}",
    "summary.score": "计算得分 {{computed}}（{{grade}}）",
    "summary.entered": "表中填写 {{entered}}",
    "summary.enteredGrade": "，填写等级 {{grade}}",
    "card.computed": "计算得分",
    "card.totalMatches": "总分一致",
    "card.totalDiffers": "总分不一致",
    "card.counts": "本表错误 {{errors}} · 警告 {{warnings}}",
    "card.clean": "本表未发现错误或警告",
    "table.label": "识别到的表",
    "table.form": "表",
    "table.counts": "错误 · 警告",
    "table.more": "另有 {{count}} 张表未列出（问题较少的排在后面）；完整清单见导出的校验结果",
    "card.assumed": "引擎的推断与假设",
    "filter.label": "按严重程度筛选",
    "filter.all": "全部",
    "rule.label": "按规则筛选",
    "rule.all": "全部规则 {{count}}",
    "nav.prev": "上一个问题",
    "nav.next": "下一个问题",
    "nav.prevHint": "上一个问题（Shift+F8 或 Alt+↑）",
    "nav.nextHint": "下一个问题（F8 或 Alt+↓）",
    "nav.position": "{{index}} / {{count}}",
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
    "export.button": "导出",
    "export.csv": "校验结果 CSV（Excel 可直接打开）",
    "export.xlsx": "校验结果 Excel（.xlsx）",
    "export.print": "打印摘要",
    "done.export": "已导出：{{file}}",
    "print.title": "budget-check 校验摘要",
    "print.profile": "评分规则 {{profile}}",
    "print.when": "打印于 {{when}}",
    "print.form": "表",
    "print.where": "位置",
    "print.entered": "填写得分",
    "print.grade": "等级",
    "print.counts": "错误 / 警告",
    "review.verify": "已核实",
    "review.ignore": "忽略",
    "review.cancel": "取消",
    "review.reasonVerified": "核实说明（必填），如：已与原始凭证核对",
    "review.reasonIgnored": "忽略理由（必填）",
    "review.title": "已审核的问题 {{count}} 项（不计入错误，保存在工作簿中）",
    "review.verified": "已核实",
    "review.ignored": "已忽略",
    "review.undo": "撤销",
    "review.reasonShown": "理由：{{reason}}",
    "summary.reviewed": "已审核 {{count}}",
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
    "done.write.skippedValues": "{{count}} 个单元格在校验后被改动过，未写入计算值（{{cells}}）。",
    "done.write.keptGradients": "{{count}} 个单元格为渐变填充，未标色（说明见批注和「校验结果」工作表）。",
    "done.clear": "已清除 {{count}} 个单元格的标注，恢复原来的填充颜色。",
    "done.clear.values": "{{count}} 个单元格恢复了写入前的值。",
    "done.clear.valuesKept": "{{count}} 个单元格在写入后被您改动过，保留您的内容。",
    "done.clear.none": "没有需要清除的标注。",
    "done.clear.stamp": "校验印记已移除。",
    "done.download": "已生成校验副本：{{file}}",
    "error.title": "无法完成",
    "error.protected-sheet": "工作表「{{sheet}}」受保护，未写入任何内容。请先撤消工作表保护（审阅 → 撤消工作表保护）再试。",
    "error.protected-workbook": "工作簿结构受保护，无法添加「校验结果」工作表，未写入任何内容。请先撤消工作簿保护再试。",
    "error.read-only": "工作簿为只读，未写入任何内容。请另存一份可编辑的副本后再试。",
    "error.sheet-missing": "找不到工作表「{{sheet}}」（可能已被重命名或删除），请重新校验。",
    "error.read-failed": "读取工作簿失败，未作任何修改：{{reason}}",
    "error.write-failed": "写入工作簿时出错：{{reason}}。可点击「清除标注」恢复写入前的填充颜色、批注和数值。",
    "error.select-failed": "无法在 Excel 中选中该单元格：{{reason}}",
    "error.sheet-hidden": "工作表「{{sheet}}」已隐藏，无法选中其中的单元格。请先取消隐藏（右键工作表标签 → 取消隐藏）。",
    "error.sheet-too-large": "工作表「{{sheet}}」的已用区域 {{address}} 超过 Excel 一次最多读取 500 万个单元格的限制，而此版本 Excel 无法只找出有内容的单元格。请删除远处多余的内容（按 Ctrl+End 可跳到最后一个单元格）后再试。",
    "notice.unread": "工作表「{{sheet}}」中 {{areas}} 离表格太远（超出 Excel 一次读取的范围），未读取、未校验；如果它们不属于任何表，可以忽略或删除。",
    "error.cell-edit": "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试，未作任何修改。",
    "error.inactive-workbook": "此工作簿当前不是活动窗口（焦点在另一个工作簿中）。请先点击此工作簿的窗口，再重试。",
    "reason.access-denied": "Excel 拒绝了修改（工作表或工作簿受保护，或文件只读）",
    "reason.too-large": "一次请求的数据超过了 Excel 的限制",
    "reason.api-missing": "此版本 Excel 不支持所需的功能",
    "reason.busy": "Excel 正忙或服务暂不可用，请稍后再试",
    "reason.not-found": "找不到相应的工作表或单元格（可能已被重命名或删除）",
    "reason.conflict": "与合并单元格、表格或他人的同时编辑冲突",
    "reason.invalid": "Excel 不接受此操作",
    "reason.internal": "Excel 内部错误",
    "reason.unknown": "未知原因",
    "reason.detail": "{{reason}}（代码 {{detail}}）",
    "error.unsupported": "此版本 Excel 不支持所需的接口（{{reason}}）。",
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
    connectingSlow: "Loading Office.js (waited {{seconds}} s; the network or proxy is slow)…",
    "notice.officeTimeout": "Office.js did not finish loading within 30 seconds (a network or proxy may be blocking appsforoffice.microsoft.com), so the pane switched to browser file mode: choose this workbook's .xlsx file to check it and download a checked copy. Close and reopen the pane to return to Excel mode once the network works.",
    "notice.officeFailed": "Office.js could not be loaded (offline, or a proxy or firewall blocks appsforoffice.microsoft.com), so the pane switched to browser file mode: choose this workbook's .xlsx file to check it and download a checked copy. Ask your network administrator to allow that address, then reopen the pane.",
    "notice.excelTooOld": "This version of Excel lacks the interfaces needed to read and write the workbook directly (ExcelApi 1.8: Excel 2019 or later, Microsoft 365, Excel on the web or on the Mac), so the pane opened in browser file mode: choose this workbook's .xlsx file to check it and download a checked copy with highlights.",
    check: "Check",
    recheck: "Check again",
    pickFile: "Choose .xlsx files",
    dropHint: "Or drop one or more workbooks onto the pane; each file gets its own results section.",
    pickHint: "Not running inside Excel: choose an .xlsx workbook; after the check you can download a checked copy with highlights.",
    profile: "Scoring rules",
    "profile.auto": "Auto: {{name}}",
    "profile.autoHint": "the workbook's own rules, else the default",
    "step.read": "Reading the workbook…",
    "step.validate": "Checking…",
    "step.write": "Writing to the workbook…",
    "step.clear": "Clearing highlights…",
    "step.download": "Preparing the checked copy…",
    "step.export": "Preparing the results workbook…",
    "step.validateForms": "Checking form {{done}} of {{total}}…",
    "step.readSheets": "Reading worksheet {{done}} of {{total}}…",
    "step.file": "File {{index}} of {{count}}: {{name}}",
    "step.cancel": "Cancel",
    "notice.cancelled": "The check was cancelled; no results are shown. Choose a file or check again.",
    "notice.cancelledSome": "The check was cancelled: the {{done}} {{done|file|files}} already checked (of {{count}}) {{done|keeps its|keep their}} results; the others are marked cancelled and were not checked.",
    "notice.downloadCancelled": "Cancelled: nothing was downloaded; the results are unchanged.",
    "workbook.cancelled": "Cancelled: this file was not checked. Pick it again to check it.",
    "summary.title": "Summary",
    "summary.file": "File: {{file}}",
    "summary.forms": "{{count}} {{count|form|forms}} found",
    "summary.onlySheet": "Checked: only the sheet “{{sheet}}”",
    "scope.activeOnly": "Check only the active sheet",
    "scope.label": "What to check",
    "scope.all": "All sheets",
    "summary.noForms": "No form budget-check recognises was found, so nothing was checked. Forms are recognised by their header words (project self-evaluation, goal table, department budget table, department evaluation); rows below that look like a header but were not recognised are listed.",
    "summary.counts": "{{errors}} {{errors|error|errors}} · {{warnings}} {{warnings|warning|warnings}} · {{info}} {{info|note|notes}}",
    "summary.score": "Computed score {{computed}} ({{grade}})",
    "summary.entered": "entered {{entered}}",
    "summary.enteredGrade": ", entered grade {{grade}}",
    "card.computed": "computed score",
    "card.totalMatches": "total matches",
    "card.totalDiffers": "total differs",
    "card.counts": "this form: {{errors}} {{errors|error|errors}} · {{warnings}} {{warnings|warning|warnings}}",
    "table.label": "Forms found",
    "table.form": "Form",
    "table.counts": "errors · warnings",
    "table.more": "{{count}} more forms not listed (those with fewer findings); the exported results list them all",
    "card.clean": "no errors or warnings in this form",
    "card.assumed": "What the engine assumed",
    "filter.label": "Filter by severity",
    "filter.all": "All",
    "rule.label": "Filter by rule",
    "rule.all": "All rules {{count}}",
    "nav.prev": "Previous finding",
    "nav.next": "Next finding",
    "nav.prevHint": "Previous finding (Shift+F8 or Alt+↑)",
    "nav.nextHint": "Next finding (F8 or Alt+↓)",
    "nav.position": "{{index}} / {{count}}",
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
    "export.button": "Export",
    "export.csv": "Results as CSV (opens in Excel)",
    "export.xlsx": "Results as Excel (.xlsx)",
    "export.print": "Print summary",
    "done.export": "Exported: {{file}}",
    "print.title": "budget-check summary",
    "print.profile": "scoring rules {{profile}}",
    "print.when": "printed {{when}}",
    "print.form": "Form",
    "print.where": "Where",
    "print.entered": "Entered",
    "print.grade": "Grade",
    "print.counts": "Errors / warnings",
    "review.verify": "Verified",
    "review.ignore": "Ignore",
    "review.cancel": "Cancel",
    "review.reasonVerified": "What was verified (required), e.g. checked against the vouchers",
    "review.reasonIgnored": "Why it is ignored (required)",
    "review.title": "{{count}} reviewed {{count|finding|findings}} (not counted; kept in the workbook)",
    "review.verified": "Verified",
    "review.ignored": "Ignored",
    "review.undo": "Undo",
    "review.reasonShown": "Reason: {{reason}}",
    "summary.reviewed": "{{count}} reviewed",
    "action.write": "Write scores and highlights",
    "action.clear": "Clear highlights",
    "action.download": "Download checked copy",
    "action.overwrite": "Replace entered scores that differ (old value kept in the note)",
    "done.write": "Written: computed values, highlight colours and the 校验结果 (results) sheet.",
    "done.write.notes": "Each highlighted cell has a note explaining it.",
    "done.write.comments": "Explanations were added as comments.",
    "done.write.resultsOnly": "This Excel has no notes API; explanations are on the 校验结果 sheet.",
    "done.write.commentsIncomplete": "Some cells already had a comment thread and got no explanation; see the 校验结果 sheet for all of them.",
    "done.write.keptNotes": "{{count}} {{count|cell|cells}} already had your own note; left unchanged.",
    "done.write.skippedValues": "{{count}} {{count|cell|cells}} changed since the check and got no computed value ({{cells}}).",
    "done.write.keptGradients": "{{count}} {{count|cell has|cells have}} a gradient fill and {{count|was|were}} not coloured (see the note and the 校验结果 sheet).",
    "done.clear": "Cleared highlights on {{count}} {{count|cell|cells}}; {{count|its|their}} original {{count|fill is|fills are}} back.",
    "done.clear.values": "{{count}} {{count|cell|cells}} got back the value {{count|it|they}} had before the write.",
    "done.clear.valuesKept": "{{count}} {{count|cell|cells}} you changed after the write {{count|keeps|keep}} your content.",
    "done.clear.none": "There were no highlights to clear.",
    "done.clear.stamp": "The validation stamp was removed.",
    "done.download": "Checked copy ready: {{file}}",
    "error.title": "Could not finish",
    "error.protected-sheet": "The sheet “{{sheet}}” is protected; nothing was written. Unprotect it (Review → Unprotect Sheet) and try again.",
    "error.protected-workbook": "The workbook structure is protected, so the results sheet cannot be added; nothing was written. Unprotect the workbook and try again.",
    "error.read-only": "The workbook is read-only; nothing was written. Save an editable copy and try again.",
    "error.sheet-missing": "The sheet “{{sheet}}” no longer exists (renamed or deleted?). Run the check again.",
    "error.read-failed": "Could not read the workbook; nothing was changed: {{reason}}",
    "error.write-failed": "Writing to the workbook failed: {{reason}}. “Clear highlights” restores the fills, notes and values from before the write.",
    "error.select-failed": "Could not select the cell in Excel: {{reason}}",
    "error.sheet-hidden": "The sheet “{{sheet}}” is hidden, so its cells cannot be selected. Unhide it first (right-click a sheet tab → Unhide).",
    "error.sheet-too-large": "The used range {{address}} of the sheet “{{sheet}}” is over Excel's limit of five million cells per read, and this version of Excel cannot find just the cells that hold values. Delete the stray content far out (Ctrl+End jumps to the last cell) and try again.",
    "notice.unread": "On the sheet “{{sheet}}”, {{areas}} lie too far from the tables (beyond what Excel reads at once) and were not read or checked; if they belong to no form, ignore or delete them.",
    "error.cell-edit": "Excel is editing a cell. Press Enter or Esc to finish editing, then try again; nothing was changed.",
    "error.inactive-workbook": "This workbook is not the active window (another workbook has the focus). Click into this workbook's window and try again.",
    "reason.access-denied": "Excel refused the change (a protected sheet or workbook, or a read-only file)",
    "reason.too-large": "one request holds more data than Excel accepts",
    "reason.api-missing": "this version of Excel lacks a feature needed",
    "reason.busy": "Excel is busy or the service is unavailable; try again shortly",
    "reason.not-found": "a sheet or cell was not found (renamed or deleted?)",
    "reason.conflict": "a conflict with merged cells, a table or someone else's edit",
    "reason.invalid": "Excel does not accept this operation",
    "reason.internal": "an internal Excel error",
    "reason.unknown": "unknown reason",
    "reason.detail": "{{reason}} (code {{detail}})",
    "error.unsupported": "This version of Excel lacks an API budget-check needs ({{reason}}).",
    "error.unexpected": "Unexpected error: {{reason}}",
    "error.officeUnavailable": "Office.js could not be loaded; switched to browser file mode.",
    language: "中文",
  },
};

export function createPaneI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  // i18next leaves {{n|one|other}} alone (no such parameter); the count words are chosen after interpolation.
  instance.use({ type: "postProcessor", name: "countWords", process: (value: string, _key: unknown, options: Record<string, unknown>) => chooseCountWords(value, options) });
  void instance.init({
    resources: { zh: { pane: STRINGS.zh }, en: { pane: STRINGS.en } },
    lng: lang,
    fallbackLng: "zh",
    ns: ["pane"],
    defaultNS: "pane",
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
    postProcess: ["countWords"],
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

/** Options i18next gives a meaning beyond interpolation: a call with any of them goes to i18next itself. */
const I18NEXT_OPTIONS = new Set(["defaultValue", "lng", "lngs", "ns", "context", "returnObjects", "returnDetails", "joinArrays", "postProcess", "interpolation", "keySeparator", "nsSeparator", "ordinal", "replace", "skipInterpolation", "fallbackLng"]);
const PARAMETER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * The pane's words in a language, made once per language and kept: a language switch swaps two ready objects. Its
 * `t` looks a pane string up directly and fills it (count words, then parameters), as i18next with the countWords
 * post-processor does (test/taskpane/pane-language.test.ts holds them equal for every string): i18next's own t costs
 * tens of microseconds a call, and a switch on a big report makes hundreds of calls. Anything else — a key that is
 * not a pane string, options i18next interprets, a parameter that is not a string or number — goes to i18next.
 */
export function paneLanguage(lang: Lang): PaneLanguage {
  let cached = LANGUAGES.get(lang);
  if (!cached) {
    const i18n = createPaneI18n(lang);
    const own = STRINGS[lang];
    const zh = STRINGS.zh;
    const t = ((key: unknown, options?: unknown) => {
      const text = typeof key === "string" ? (Object.hasOwn(own, key) ? own[key] : Object.hasOwn(zh, key) ? zh[key] : undefined) : undefined;
      if (text === undefined || !plainParameters(options)) return (i18n.t as (k: unknown, o?: unknown) => string)(key, options);
      if (!options) return chooseCountWords(text, {});
      // As i18next: a parameter not given stays as written, a null one is empty; then the count words.
      const filled = text.replace(PARAMETER, (whole, name: string) => {
        const v = options[name];
        return v === undefined ? whole : v === null ? "" : String(v);
      });
      return chooseCountWords(filled, options);
    }) as TFunction;
    LANGUAGES.set(lang, (cached = { lang, t }));
  }
  return cached;
}
const LANGUAGES = new Map<Lang, PaneLanguage>();

function plainParameters(options: unknown): options is Record<string, string | number | null | undefined> | undefined {
  if (options === undefined) return true;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return false;
  for (const [k, v] of Object.entries(options)) {
    if (I18NEXT_OPTIONS.has(k)) return false;
    if (v !== undefined && v !== null && typeof v !== "string" && typeof v !== "number") return false;
    // Text i18next would read again (nesting, a template) in a value: i18next decides what it becomes.
    if (typeof v === "string" && (v.includes("$t(") || v.includes("{{"))) return false;
  }
  return true;
}

export const LanguageContext = createContext<PaneLanguage>(paneLanguage("zh"));

export function useT(): PaneLanguage {
  return useContext(LanguageContext);
}

export { STRINGS as PANE_STRINGS };
