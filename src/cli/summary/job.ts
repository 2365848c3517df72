import path from "node:path";
import type { Lang } from "../../engine/i18n";
import type { Profile } from "../../engine/profile/schema";
import { summariseFile, type FileSummary } from "../../engine/summary/model";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import { isWorkbookReadError } from "../../hosts/file/errors";
import { checkFile } from "../check-file";
import { CliError } from "../errors";
import { loadProfileArg } from "../profile-arg";
import { cliText } from "../strings";

/** One file of a roll-up, as the main thread hands it to a worker. */
export interface SummaryJob {
  index: number;
  file: string;
  /** Where its checked copy goes (--out), if anywhere. */
  target?: string;
  /** --profile as given (a worker loads it itself); none: each workbook's embedded profile, else the default. */
  profile?: string;
  overwrite: boolean;
  lang: Lang;
  /** The summary workbook's directory: the copy's link is relative to it. */
  summaryDir: string;
}

export type SummaryJobResult =
  | { index: number; ok: true; exitCode: 0 | 1; summary: FileSummary; notices: string[] }
  | { index: number; ok: false; error: { reason: string; message: string }; notices: string[] };

const profiles = new Map<string, Profile>();

/** A file as the summary shows it: relative to the summary workbook (as its links are). */
export function shownPath(file: string, summaryDir: string): string {
  return path.relative(summaryDir, path.resolve(file)).split(path.sep).join("/") || file;
}

/** Check one file; never throws (a failure is the result). Runs in a worker thread, or in-process as a fallback. */
export async function runSummaryJob(job: SummaryJob): Promise<SummaryJobResult> {
  const notices: string[] = [];
  const { lang } = job;
  try {
    let profile: Profile | undefined;
    if (job.profile !== undefined) {
      profile = profiles.get(job.profile) ?? loadProfileArg(job.profile, lang);
      profiles.set(job.profile, profile);
    }
    let seen: WorkbookSnapshot | null = null;
    const outcome = await checkFile(job.file, {
      lang,
      overwrite: job.overwrite,
      ...(profile ? { profile } : {}),
      ...(job.target ? { target: job.target } : {}),
      onNotice: (t) => notices.push(t),
      inspect: (snapshot) => (seen = snapshot),
    });
    if (outcome.exitCode === 2) {
      const clue = outcome.report.findings.find((f) => f.code === "FORM_NOT_RECOGNISED");
      const message = cliText(lang, "noForm", { file: outcome.report.file }) + (clue ? `${lang === "zh" ? "；" : "; "}${clue.sheet}!${clue.cell} ${clue.message}` : "");
      return { index: job.index, ok: false, error: { reason: "no-form", message }, notices };
    }
    const link = outcome.written ? path.relative(job.summaryDir, outcome.written).split(path.sep).join("/") : null;
    return { index: job.index, ok: true, exitCode: outcome.exitCode, summary: summariseFile(shownPath(job.file, job.summaryDir), seen!, outcome.report, link), notices };
  } catch (e) {
    let error: { reason: string; message: string };
    if (isWorkbookReadError(e)) error = { reason: e.reason, message: e.localized(lang) };
    else if (e instanceof CliError) error = { reason: e.reason, message: e.message };
    else error = { reason: "internal", message: cliText(lang, "internal", { detail: e instanceof Error ? e.message : String(e) }) };
    return { index: job.index, ok: false, error, notices };
  }
}
