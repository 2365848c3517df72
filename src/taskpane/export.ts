import { CATALOG } from "../engine/findings/catalog";
import { shownValues } from "../engine/finding-values";
import type { Lang } from "../engine/i18n";
import type { Report } from "../engine/report";

/**
 * The pane's exports of a check: the findings as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese text
 * correctly; CRLF lines; fields quoted as RFC 4180 says), one row per finding with the same 应为 / 表中为 as the pane
 * and the results sheet. The .xlsx export is the results sheet itself (hosts/file/results-export.ts).
 */

const HEADERS: Record<Lang, string[]> = {
  zh: ["文件", "序号", "严重程度", "规则", "代码", "工作表", "单元格", "说明", "应为", "表中为"],
  en: ["File", "No.", "Severity", "Rule", "Code", "Sheet", "Cell", "Message", "Expected", "Actual"],
};

const SEVERITY: Record<Lang, Record<string, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};

function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows of the CSV (header first), for one or more reports. */
export function findingRows(reports: Report[], lang: Lang): (string | number)[][] {
  const rows: (string | number)[][] = [HEADERS[lang]];
  for (const r of reports) {
    r.findings.forEach((f, i) => {
      const shown = shownValues(f);
      rows.push([r.file, i + 1, SEVERITY[lang][f.severity], CATALOG[f.code].title[lang], f.code, f.sheet, f.cell, f.message, shown?.expected ?? "", shown?.actual ?? ""]);
    });
  }
  return rows;
}

/** The CSV text, with the byte-order mark Excel needs to read UTF-8. */
export function findingsCsv(reports: Report[], lang: Lang): string {
  return `\uFEFF${findingRows(reports, lang)
    .map((row) => row.map(field).join(","))
    .join("\r\n")}\r\n`;
}

/** 自评表.xlsx → 自评表.校验结果.csv / .xlsx */
export function exportName(file: string, ext: "csv" | "xlsx", lang: Lang): string {
  return `${file.replace(/\.(xlsx|xlsm|xls)$/i, "")}.${lang === "zh" ? "校验结果" : "results"}.${ext}`;
}
