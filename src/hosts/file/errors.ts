import type { Lang } from "../../engine/i18n";

/**
 * Why a workbook could not be read. The CLI and the browser file mode show the localised one-line message;
 * scripts match on `reason`.
 */
export const READ_ERROR_REASONS = ["not-found", "not-xlsx", "xls", "encrypted", "corrupt", "empty", "too-large", "unreadable"] as const;
export type ReadErrorReason = (typeof READ_ERROR_REASONS)[number];

const MESSAGES: Record<Lang, Record<ReadErrorReason, string>> = {
  zh: {
    "not-found": "找不到文件：{{file}}",
    "not-xlsx": "{{file}} 不是 Excel 工作簿（.xlsx）文件",
    xls: "{{file}} 是旧版 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 后再校验",
    encrypted: "{{file}} 设有打开密码（已加密），无法读取；请在 Excel 中取消密码后再校验",
    corrupt: "{{file}} 已损坏或不完整，无法作为 .xlsx 打开（{{detail}}）",
    empty: "{{file}} 是空工作簿，没有任何数据",
    "too-large": "{{file}} 过大（{{size}} MB），超过 {{limit}} MB 的上限",
    unreadable: "无法读取 {{file}}：{{detail}}",
  },
  en: {
    "not-found": "File not found: {{file}}",
    "not-xlsx": "{{file}} is not an Excel workbook (.xlsx)",
    xls: "{{file}} is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel and check it again",
    encrypted: "{{file}} is password-protected (encrypted) and cannot be read; remove the password in Excel and check it again",
    corrupt: "{{file}} is damaged or incomplete and cannot be opened as .xlsx ({{detail}})",
    empty: "{{file}} is an empty workbook with no data",
    "too-large": "{{file}} is too large ({{size}} MB); the limit is {{limit}} MB",
    unreadable: "Cannot read {{file}}: {{detail}}",
  },
};

export type ReadErrorParams = Record<string, string | number>;

function fill(template: string, params: ReadErrorParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** Keep any one-line message one line: a library's multi-line error text must not leak into it. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

export class WorkbookReadError extends Error {
  readonly reason: ReadErrorReason;
  readonly params: ReadErrorParams;

  constructor(reason: ReadErrorReason, params: ReadErrorParams) {
    super(oneLine(fill(MESSAGES.en[reason], params)));
    this.name = "WorkbookReadError";
    this.reason = reason;
    this.params = params;
  }

  /** The one-line message in the user's language. */
  localized(lang: Lang): string {
    return oneLine(fill(MESSAGES[lang][this.reason], this.params));
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}
