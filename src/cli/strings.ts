import type { Lang } from "../engine/i18n";

/** Words of the command line (finding messages come from the engine's catalogue). */
const STRINGS = {
  zh: {
    description: "预算绩效校验：核对预算与绩效工作簿中的合计、指标覆盖和评分",
    validateDescription: "校验一个或多个 .xlsx 工作簿",
    filesArg: "要校验的 .xlsx 文件",
    jsonOption: "输出 JSON 报告（多个文件时为 {\"files\": [...]}）",
    outOption: "把校验副本写入此目录（<名称>.checked.xlsx）；原文件不会被修改",
    overwriteOption: "与 --out 一起使用：在校验副本中用计算值替换与之不符的已填得分，原值保留在批注中（公式单元格不替换）",
    profileOption: "评分规则：内置名称（{{builtin}}）或 .json 文件路径",
    langOption: "语言：zh 或 en",
    noForm: "{{file}} 中没有识别到 budget-check 支持的表（如项目支出绩效自评表）",
    unknownProfile: "未知的评分规则「{{name}}」：内置规则有 {{builtin}}，也可以给出 .json 文件路径",
    profileUnreadable: "无法读取评分规则文件 {{file}}：{{detail}}",
    profileInvalid: "评分规则文件 {{file}} 格式不正确：{{detail}}",
    writeFailed: "无法写入校验副本 {{file}}：{{detail}}",
    sameAsInput: "校验副本 {{file}} 会覆盖原文件，已停止",
    internal: "budget-check 内部错误：{{detail}}",
    profileLine: "评分规则：{{profile}}",
    formsFound: "识别到 {{count}} 张表：",
    computed: "计算得分",
    entered: "填写得分",
    grade: "等级",
    summary: "错误 {{errors}} 项，警告 {{warnings}} 项，提示 {{info}} 项",
    noFindings: "未发现问题",
    written: "校验副本已写入：{{file}}",
    expected: "应为",
    error: "错误",
    warning: "警告",
    info: "提示",
    progress: "校验中",
  },
  en: {
    description: "budget-check: checks totals, indicator coverage and scores in budget and performance workbooks",
    validateDescription: "check one or more .xlsx workbooks",
    filesArg: ".xlsx files to check",
    jsonOption: "print a JSON report (several files: {\"files\": [...]})",
    outOption: "write checked copies into this directory (<name>.checked.xlsx); the input is never modified",
    overwriteOption: "with --out: in the checked copy, replace entered scores that differ from the computed ones, keeping the old value in the note (formula cells are left alone)",
    profileOption: "scoring rules: a built-in name ({{builtin}}) or a .json file",
    langOption: "language: zh or en",
    noForm: "{{file}} holds no form budget-check recognises (such as a project self-evaluation)",
    unknownProfile: "Unknown scoring rules “{{name}}”: the built-in ones are {{builtin}}, or give a .json file",
    profileUnreadable: "Cannot read the scoring rules file {{file}}: {{detail}}",
    profileInvalid: "The scoring rules file {{file}} is not valid: {{detail}}",
    writeFailed: "Cannot write the checked copy {{file}}: {{detail}}",
    sameAsInput: "The checked copy {{file}} would overwrite the input; stopped",
    internal: "budget-check internal error: {{detail}}",
    profileLine: "Scoring rules: {{profile}}",
    formsFound: "{{count}} form(s) found:",
    computed: "computed",
    entered: "entered",
    grade: "grade",
    summary: "{{errors}} errors, {{warnings}} warnings, {{info}} notes",
    noFindings: "No findings",
    written: "Checked copy written: {{file}}",
    expected: "expected",
    error: "error",
    warning: "warning",
    info: "note",
    progress: "Checking",
  },
} satisfies Record<Lang, Record<string, string>>;

export type CliStringKey = keyof (typeof STRINGS)["zh"];

/** A CLI string in the user's language, parameters filled, always one line. */
export function cliText(lang: Lang, key: CliStringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? "")).replace(/\s*[\r\n]+\s*/g, " ");
}

/** zh unless the environment asks for English (LANG=en_US.UTF-8 …): the users are Chinese finance staff first. */
export function defaultLang(env: Record<string, string | undefined> = process.env): Lang {
  return (env.LANG ?? "").toLowerCase().startsWith("en") ? "en" : "zh";
}
