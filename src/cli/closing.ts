import type { Lang } from "../engine/i18n";
import type { Report } from "../engine/report";
import { fillTemplate } from "../engine/text/fill";

/**
 * What the CLI says at the end of a long run, so the counts are not only at the top of thousands of lines: a closing
 * line after a workbook with many forms and after several workbooks. And why --overwrite did nothing without --out.
 */

/** A workbook's report ends with its counts again when it has more forms than fit on a screen with their findings. */
export const CLOSING_AFTER_FORMS = 3;

const WORDS = {
  zh: {
    workbook: "合计（{{file}}，{{forms}} 张表）：错误 {{errors}} 项，警告 {{warnings}} 项，提示 {{info}} 项",
    run: "全部 {{files}} 个文件，{{forms}} 张表：错误 {{errors}} 项，警告 {{warnings}} 项，提示 {{info}} 项{{failed}}",
    failed: "；{{count}} 个文件未能校验（原因见上）",
    overwriteWithoutOut: "提示：--overwrite 只在与 --out 一起使用时生效（它替换的是校验副本中的得分）；本次没有写校验副本，所以没有替换任何内容。",
  },
  en: {
    workbook: "In all ({{file}}, {{forms}} {{forms|form|forms}}): {{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{info}} {{info|note|notes}}",
    run: "All {{files}} {{files|file|files}}, {{forms}} {{forms|form|forms}}: {{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{info}} {{info|note|notes}}{{failed}}",
    failed: "; {{count}} {{count|file|files}} could not be checked (reasons above)",
    overwriteWithoutOut: "Note: --overwrite works only with --out (it replaces scores in the checked copy); no checked copy was written, so nothing was replaced.",
  },
} as const;

/** The closing line of one workbook's report; empty for a workbook of a few forms (its counts are in view). */
export function workbookClosing(report: Report, lang: Lang): string {
  if (report.forms.length <= CLOSING_AFTER_FORMS) return "";
  return `${fillTemplate(WORDS[lang].workbook, { file: report.file, forms: report.forms.length, ...report.summary })}\n`;
}

/** The closing line of a run over several workbooks: the files, forms and counts in all, and the files not checked. */
export function runClosing(reports: Report[], failed: number, lang: Lang): string {
  const sum = (k: "errors" | "warnings" | "info") => reports.reduce((n, r) => n + r.summary[k], 0);
  const forms = reports.reduce((n, r) => n + r.forms.length, 0);
  const failedText = failed ? fillTemplate(WORDS[lang].failed, { count: failed }) : "";
  return `${fillTemplate(WORDS[lang].run, { files: reports.length + failed, forms, errors: sum("errors"), warnings: sum("warnings"), info: sum("info"), failed: failedText })}\n`;
}

export function overwriteWithoutOut(lang: Lang): string {
  return WORDS[lang].overwriteWithoutOut;
}
