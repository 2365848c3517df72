import path from "node:path";
import type { Lang } from "../engine/i18n";
import type { Profile } from "../engine/profile/schema";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { ProfileLoadError } from "../engine/profile/load";
import { ReportSchema, type Report } from "../engine/report";
import { CATALOG } from "../engine/findings/catalog";
import { validateWorkbook, type ValidationResult } from "../engine/validate";
import { planWrites } from "../engine/write-plan";
import { openWorkbook } from "../hosts/file/read";
import { makeStamp, stampSheetCells } from "../engine/stamp";
import { sha256Hex, writeStampSheet } from "../hosts/file/stamp";
import { CliError } from "./errors";
import { readWorkbookFile, writeAtomically } from "./files";
import { cliText, systemReason } from "./strings";

export interface CheckOptions {
  /** Rules given with --profile; without it the workbook's embedded profile, else the default, decides. */
  profile?: Profile;
  /** Replace entered values that differ from the computed ones in the checked copy (old value kept in the note). */
  overwrite?: boolean;
  lang: Lang;
  /** Where the checked copy goes (planCopyTargets decided it for the whole run); none: write nothing. */
  target?: string;
  /** What was read only in part (cells far from the rest of a sheet), as one localised line each. */
  onNotice?: (text: string) => void;
  /** Called after each stage, for the progress bar. */
  onStage?: (stage: "read" | "check" | "write") => void;
  /** Given the snapshot the check read and its result (the roll-up reads each form's unit from it). */
  inspect?: (snapshot: WorkbookSnapshot, result: ValidationResult) => void;
}

export interface CheckOutcome {
  report: Report;
  /** The rules the report was scored by (explicit, embedded in the workbook, or the default). */
  profile: Profile;
  /** 0 no errors, 1 findings of severity error, 2 no recognised form. */
  exitCode: 0 | 1 | 2;
  /** Where the checked copy went, if one was written. */
  written?: string;
}

function writeFailed(target: string, lang: Lang): (e: unknown) => CliError {
  return (e) => new CliError(cliText(lang, "writeFailed", { file: target, detail: systemReason(e, lang) }), 2, "write-failed");
}

/**
 * One workbook through the whole pipeline: read → validate → (plan → write the checked copy).
 * Throws WorkbookReadError for unreadable input and CliError when the copy cannot be written.
 */
export async function checkFile(file: string, options: CheckOptions): Promise<CheckOutcome> {
  const { profile, lang } = options;
  const bytes = await readWorkbookFile(file);
  const { workbook: workbookForCopy, snapshot } = await openWorkbook(bytes, path.basename(file));
  options.onStage?.("read");
  let result: ValidationResult;
  try {
    result = validateWorkbook(snapshot, { ...(profile ? { profile } : {}), lang });
  } catch (e) {
    // A template whose embedded rules are broken must say so, not fall back to other rules in silence.
    if (e instanceof ProfileLoadError) {
      // The head ends in "：" and each problem follows on its own line: one line, the problems joined by "；".
      const [head, ...problems] = e.message.split("\n");
      const sep = lang === "zh" ? "；" : "; ";
      throw new CliError(`${path.basename(file)}${lang === "zh" ? "：" : ": "}${head}${problems.map((p) => p.trim()).join(sep)}`, 2, "profile-invalid");
    }
    throw e;
  }
  // The report is a public contract: never print one that does not match it.
  const report = ReportSchema.parse(result.report);
  options.inspect?.(snapshot, result);
  options.onStage?.("check");
  // What was not read is in the report (CELLS_NOT_READ …); a run that prints no report (no form) says it here.
  if (report.forms.length === 0) {
    for (const f of report.findings) if (CATALOG[f.code].tags.includes("#read")) options.onNotice?.(cliText(lang, "notRead", { file: path.basename(file), sheet: f.sheet, cell: f.cell, message: f.message }));
    return { report, profile: result.profile, exitCode: 2 };
  }

  let written: string | undefined;
  if (options.target !== undefined) {
    const target = options.target;
    if (path.resolve(target) === path.resolve(file)) throw new CliError(cliText(lang, "sameAsInput", { file: target }));
    const plan = planWrites(snapshot, result, { lang, overwrite: options.overwrite === true });
    // ExcelJS writes the copy: the workbook is loaded with it now, from the bytes already checked and inflated.
    const workbook = await workbookForCopy();
    const { checkedCopyOf } = require("../hosts/file/write") as typeof import("../hosts/file/write");
    // The validation stamp: what this check read and found, so `verify` can tell later edits (src/engine/stamp).
    writeStampSheet(workbook, stampSheetCells(await makeStamp(snapshot, result, new Date().toISOString(), sha256Hex)));
    // The copy comes from the workbook already parsed for the check: the file is not parsed a second time.
    const copy = await checkedCopyOf(workbook, plan);
    await writeAtomically(target, copy, writeFailed(target, lang));
    written = target;
  }
  options.onStage?.("write");
  return { report, profile: result.profile, exitCode: report.summary.errors > 0 ? 1 : 0, ...(written ? { written } : {}) };
}
