import type { Lang } from "../engine/i18n";
import { fillTemplate } from "../engine/text/fill";

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
    outputIsInput: "校验副本 {{file}} 会覆盖本次要校验的文件 {{input}}，未读取也未写入任何文件；请用 --out 指定另一个目录",
    outNotDirectory: "--out {{dir}} 不能用作输出目录：{{path}} 不是目录",
    outUnusable: "--out {{dir}} 不能用作输出目录：{{detail}}",
    notRead: "{{file}}：工作表「{{sheet}}」{{cell}}：{{message}}",
    writtenRenamed: "校验副本已写入：{{file}}（另一个输入文件的校验副本已使用 {{plain}}，故改用此名）",
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
    outputIsInput: "The checked copy {{file}} would overwrite {{input}}, which this run checks; nothing was read or written (choose another directory with --out)",
    outNotDirectory: "--out {{dir}} cannot be used as the output directory: {{path}} is not a directory",
    outUnusable: "--out {{dir}} cannot be used as the output directory: {{detail}}",
    notRead: "{{file}}: sheet “{{sheet}}” {{cell}}: {{message}}",
    writtenRenamed: "Checked copy written: {{file}} (another input's copy already uses {{plain}})",
    internal: "budget-check internal error: {{detail}}",
    profileLine: "Scoring rules: {{profile}}",
    formsFound: "{{count}} {{count|form|forms}} found:",
    computed: "computed",
    entered: "entered",
    grade: "grade",
    summary: "{{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{info}} {{info|note|notes}}",
    noFindings: "No findings",
    written: "Checked copy written: {{file}}",
    expected: "expected",
    error: "error",
    warning: "warning",
    info: "note",
    progress: "Checking",
  },
} satisfies Record<Lang, Record<string, string>>;

/** What went wrong with a file operation, in the user's words: an errno code, never the system's English text. */
const SYSTEM_REASONS: Record<Lang, Record<string, string>> = {
  zh: {
    EACCES: "没有写入权限",
    EPERM: "操作不被允许（没有权限）",
    EROFS: "位于只读文件系统",
    ENOSPC: "磁盘空间不足",
    EDQUOT: "超出磁盘配额",
    ENOENT: "路径不存在，且无法在此处创建",
    ENOTDIR: "路径中有一部分不是目录",
    EISDIR: "这是一个目录",
    ENAMETOOLONG: "路径过长",
    ELOOP: "路径中的符号链接循环",
    EMFILE: "打开的文件过多",
    EBUSY: "文件正被占用",
    EIO: "读写设备出错",
    other: "系统错误（{{code}}）",
  },
  en: {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "it is on a read-only file system",
    ENOSPC: "no space left on the disk",
    EDQUOT: "disk quota exceeded",
    ENOENT: "the path does not exist and cannot be created there",
    ENOTDIR: "part of the path is not a directory",
    EISDIR: "it is a directory",
    ENAMETOOLONG: "the path is too long",
    ELOOP: "a loop of symbolic links in the path",
    EMFILE: "too many open files",
    EBUSY: "the file is in use",
    EIO: "an input/output error of the device",
    other: "system error ({{code}})",
  },
};

export function systemReason(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? "UNKNOWN";
  const words = SYSTEM_REASONS[lang];
  return words[code] ?? words.other.replace("{{code}}", code);
}

export type CliStringKey = keyof (typeof STRINGS)["zh"];

/** A CLI string in the user's language, parameters filled, always one line. */
export function cliText(lang: Lang, key: CliStringKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(STRINGS[lang][key], params).replace(/\s*[\r\n]+\s*/g, " ");
}

/** zh unless the environment asks for English (LANG=en_US.UTF-8 …): the users are Chinese finance staff first. */
export function defaultLang(env: Record<string, string | undefined> = process.env): Lang {
  return (env.LANG ?? "").toLowerCase().startsWith("en") ? "en" : "zh";
}
