import type { Lang } from "../../engine/i18n";

/**
 * Why a workbook could not be read. The CLI and the browser file mode show the localised one-line message;
 * scripts match on `reason`.
 */
export const READ_ERROR_REASONS = ["not-found", "not-xlsx", "xls", "encrypted", "corrupt", "empty", "too-large", "unreadable", "other-format", "too-large-inflated"] as const;
export type ReadErrorReason = (typeof READ_ERROR_REASONS)[number];

/** Messages by reason, and by `reason:variant` where a reason has more than one wording (params.variant). */
const MESSAGES: Record<Lang, Record<ReadErrorReason | "too-large-inflated:stopped" | "too-large-inflated:sheet", string>> = {
  zh: {
    "not-found": "找不到文件：{{file}}",
    "not-xlsx": "{{file}} 不是 Excel 工作簿（.xlsx）文件",
    xls: "{{file}} 是旧版 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 后再校验",
    encrypted: "{{file}} 设有打开密码（已加密），无法读取；请在 Excel 中取消密码后再校验",
    corrupt: "{{file}} 已损坏或不完整，无法作为 .xlsx 打开（{{detail}}）",
    empty: "{{file}} 是空工作簿，没有任何数据",
    "too-large": "{{file}} 过大（{{size}} MB），超过 {{limit}} MB 的上限",
    "too-large-inflated": "{{file}} 解压后过大（{{size}} MB），超过 {{limit}} MB 的上限",
    "too-large-inflated:stopped": "{{file}} 解压后超过 {{limit}} MB 的上限（其中的压缩文件声明的大小不实），已停止读取",
    "too-large-inflated:sheet": "{{file}} 中有一张工作表解压后超过 {{limit}} MB 的上限，已停止读取",
    unreadable: "无法读取 {{file}}：{{detail}}",
    "other-format": "{{file}} 是{{format}}，不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中另存为 .xlsx 后再校验",
  },
  en: {
    "not-found": "File not found: {{file}}",
    "not-xlsx": "{{file}} is not an Excel workbook (.xlsx)",
    xls: "{{file}} is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel and check it again",
    encrypted: "{{file}} is password-protected (encrypted) and cannot be read; remove the password in Excel and check it again",
    corrupt: "{{file}} is damaged or incomplete and cannot be opened as .xlsx ({{detail}})",
    empty: "{{file}} is an empty workbook with no data",
    "too-large": "{{file}} is too large ({{size}} MB); the limit is {{limit}} MB",
    "too-large-inflated": "{{file}} inflates to too much data ({{size}} MB); the limit is {{limit}} MB",
    "too-large-inflated:stopped": "{{file}} inflates to more than the limit of {{limit}} MB (a part in it misstates its size); reading was stopped",
    "too-large-inflated:sheet": "A sheet of {{file}} inflates to more than the limit of {{limit}} MB; reading was stopped",
    unreadable: "Cannot read {{file}}: {{detail}}",
    "other-format": "{{file}} is {{format}}, not an Excel workbook (.xlsx); save it as .xlsx in Excel or WPS and check it again",
  },
};

export type ReadErrorParams = Record<string, string | number>;

/**
 * Words for the parameters that name a kind rather than carry text: `format` (another office format) and `detail`
 * given as one of these keys (what was wrong inside the file), so no library's English reaches the message.
 */
const KINDS: Record<Lang, Record<string, string>> = {
  zh: {
    ods: " OpenDocument 电子表格（.ods）",
    odt: " OpenDocument 文本文档（.odt）",
    xlsb: " Excel 二进制工作簿（.xlsb）",
    docx: " Word 文档（.docx）",
    pptx: " PowerPoint 演示文稿（.pptx）",
    "zip-damaged": "压缩包结构损坏或被截断",
    "zip-too-large": "解压后过大",
    "content-unparseable": "工作簿内容无法解析",
    "no-worksheets": "其中没有工作表",
    "no-workbook": "其中找不到工作簿部件 xl/workbook.xml，包关系中也未指明它的位置",
    "no-permission": "没有读取权限",
    "is-directory": "这是一个目录",
    "io-error": "读取设备出错",
    "system-error": "系统错误",
  },
  en: {
    ods: "an OpenDocument spreadsheet (.ods)",
    odt: "an OpenDocument text document (.odt)",
    xlsb: "an Excel binary workbook (.xlsb)",
    docx: "a Word document (.docx)",
    pptx: "a PowerPoint presentation (.pptx)",
    "zip-damaged": "the zip container is damaged or cut short",
    "zip-too-large": "it inflates to too much data",
    "content-unparseable": "its contents cannot be parsed",
    "no-worksheets": "it holds no worksheets",
    "no-workbook": "it has no workbook part: no xl/workbook.xml, and its relationships name none",
    "no-permission": "permission denied",
    "is-directory": "it is a directory",
    "io-error": "an input/output error of the device",
    "system-error": "a system error",
  },
};

/** A library's or the system's error as one of the detail keys above: never its own text. */
export function detailKey(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "no-permission";
  if (code === "EISDIR") return "is-directory";
  if (code === "EIO") return "io-error";
  if (typeof code === "string" && code.startsWith("E")) return "system-error";
  const message = e instanceof Error ? e.message : String(e);
  if (/zip|central directory|end of data|crc32|uncompressed data size|compression|inflat|invalid (distance|code|block|stored)|signature/i.test(message)) return "zip-damaged";
  return "content-unparseable";
}

function fill(template: string, params: ReadErrorParams, lang: Lang = "en"): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = String(params[k] ?? "");
    return (k === "format" || k === "detail") && v in KINDS[lang] ? KINDS[lang][v] : v;
  });
}

/** Keep any one-line message one line: a library's multi-line error text must not leak into it. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

function messageKey(reason: ReadErrorReason, params: ReadErrorParams): keyof (typeof MESSAGES)["en"] {
  const key = `${reason}:${String(params.variant ?? "")}`;
  return key in MESSAGES.en ? (key as keyof (typeof MESSAGES)["en"]) : reason;
}

export class WorkbookReadError extends Error {
  readonly reason: ReadErrorReason;
  readonly params: ReadErrorParams;

  constructor(reason: ReadErrorReason, params: ReadErrorParams) {
    super(oneLine(fill(MESSAGES.en[messageKey(reason, params)], params)));
    this.name = "WorkbookReadError";
    this.reason = reason;
    this.params = params;
  }

  /** The one-line message in the user's language. */
  localized(lang: Lang): string {
    return oneLine(fill(MESSAGES[lang][messageKey(this.reason, this.params)], this.params, lang));
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}
