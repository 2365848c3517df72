import type { Lang } from "../engine/i18n";
import { fillTemplate } from "../engine/text/fill";
import { makeStamp, readStamp, stampSheetCells, verifyStamp, withWrittenValues, type Verification } from "../engine/stamp";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { ValidationResult } from "../engine/validate";
import type { WritePlan } from "../engine/write-plan";
// Web Crypto SHA-256 (no ExcelJS in that module: it imports ExcelJS types only).
import { sha256Hex } from "../hosts/file/stamp";

/**
 * The pane's side of the validation stamp (src/engine/stamp): after 写入 in Excel the workbook gets a stamp of what
 * it now holds; the file mode's checked copy gets one of what the check read; and a workbook that carries a stamp
 * is compared with it whenever it is read.
 */


export async function stampCells(snapshot: WorkbookSnapshot, result: ValidationResult): Promise<string[]> {
  return stampSheetCells(await makeStamp(snapshot, result, new Date().toISOString(), sha256Hex));
}

/** Excel, after 写入: stamp the workbook as it now stands (the written values included, those skipped left out). */
export async function stampExcelAfterWrite(
  write: (cells: string[]) => Promise<void>,
  snapshot: WorkbookSnapshot,
  result: ValidationResult,
  plan: WritePlan,
  skipped: string[],
): Promise<void> {
  await write(await stampCells(withWrittenValues(snapshot, plan.values, skipped), result));
}

/** The stamp the workbook carries compared with what it holds; null when it carries none (or a damaged one). */
export async function checkStamp(snapshot: WorkbookSnapshot): Promise<Verification | null> {
  const read = readStamp(snapshot);
  return read.ok ? verifyStamp(snapshot, read.stamp, sha256Hex) : null;
}

export const STAMP_WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    unchanged: "校验印记：{{when}} 按评分规则 {{profile}} 校验（{{forms}} 张表，{{errors}} 个错误）；此后未改动",
    changed: "校验印记：{{when}} 按评分规则 {{profile}} 校验；此后有 {{count}} 个单元格被改动：{{cells}}",
    forged: "校验印记本身被改动过，其中的时间和结果不可信",
    stampFailed: "校验印记未能写入（{{detail}}）",
  },
  en: {
    unchanged: "Validation stamp: checked {{when}} by {{profile}} ({{forms}} {{forms|form|forms}}, {{errors}} {{errors|error|errors}}); unchanged since",
    changed: "Validation stamp: checked {{when}} by {{profile}}; {{count}} {{count|cell|cells}} changed since: {{cells}}",
    forged: "The validation stamp itself was edited: its time and results cannot be trusted",
    stampFailed: "The validation stamp could not be written ({{detail}})",
  },
};

export function describeVerification(v: Verification, lang: Lang): { intent: "success" | "warning"; text: string } {
  const w = STAMP_WORDS[lang];
  const when = v.stamp.checkedAt.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC");
  if (!v.stampIntact) return { intent: "warning", text: w.forged };
  if (v.unchanged) return { intent: "success", text: fillTemplate(w.unchanged, { when, profile: v.stamp.profile.id, forms: v.stamp.forms.length, errors: v.stamp.summary.errors }) };
  const cells = v.changes.slice(0, 8).map((c) => `${c.sheet}!${c.cell}`).join(lang === "zh" ? "、" : ", ") + (v.changes.length > 8 ? "…" : "");
  return { intent: "warning", text: fillTemplate(w.changed, { when, profile: v.stamp.profile.id, count: v.changes.length, cells }) };
}
