import path from "node:path";
import { Command, Option } from "commander";
import type { Lang } from "../engine/i18n";
import type { Report } from "../engine/report";
import { isWorkbookReadError } from "../hosts/file/errors";
import { checkFile } from "./check-file";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { formatReport } from "./human-output";
import { builtinProfileList, loadProfileArg } from "./profile-arg";
import { planCopyTargets, plainCopyName, prepareOutDir, type CopyTarget } from "./out-targets";
import { startProgress } from "./progress";
import { cliText, defaultLang } from "./strings";
import { runSummary, SUMMARY_OPTION } from "./summary/run";

/** Why a file has no report: a read error's reason (not-found, corrupt, ods …), no-form, profile-invalid, write-failed, internal. */
interface FileError {
  reason: string;
  message: string;
}

/**
 * One file's entry in `--json`: the engine's report, plus where its checked copy went and, for a file that could
 * not be checked, why (add-only fields, README).
 */
type CliReport = Report & { checkedCopy?: string; error?: FileError };

/** A file that could not be checked still has its entry: the report's shape, empty, with the reason. */
function failedEntry(file: string, profile: string | undefined, error: FileError): CliReport {
  return { file: path.basename(file), profile: profile ?? "", forms: [], findings: [], summary: { errors: 0, warnings: 0, info: 0 }, error };
}

interface ValidateOptions {
  summary?: string;
  json?: boolean;
  out?: string;
  profile?: string;
  overwrite?: boolean;
  lang: Lang;
}

const STAGES_PER_FILE = 3;

/** `budget-check validate <file.xlsx>... [--json] [--out <dir>] [--overwrite] [--profile <name|file.json>] [--lang zh|en]` */
export function registerValidateCommand(program: Command, ctx: CliContext): void {
  const uiLang = defaultLang(ctx.io.env);
  program
    .command("validate")
    .description(cliText(uiLang, "validateDescription"))
    .argument("<files...>", cliText(uiLang, "filesArg"))
    .option("--json", cliText(uiLang, "jsonOption"))
    .option("--out <dir>", cliText(uiLang, "outOption"))
    .option("--overwrite", cliText(uiLang, "overwriteOption"))
    .option("--summary <summary.xlsx>", SUMMARY_OPTION[uiLang])
    .option("--profile <name|file.json>", cliText(uiLang, "profileOption", { builtin: builtinProfileList() }))
    .addOption(new Option("--lang <lang>", cliText(uiLang, "langOption")).choices(["zh", "en"]).default(uiLang))
    .action(async (files: string[], options: ValidateOptions) => runValidate(files, options, ctx));
}

async function runValidate(files: string[], options: ValidateOptions, ctx: CliContext): Promise<void> {
  // A roll-up of many workbooks (directories too) into one summary workbook and an HTML report: src/cli/summary.
  if (options.summary !== undefined) return runSummary(files, { ...options, summary: options.summary }, ctx);
  const { io } = ctx;
  const lang = options.lang;
  // Without --profile, each workbook is scored by the profile embedded in it, else by the default.
  const profile = options.profile ? loadProfileArg(options.profile, lang) : undefined;
  // Every copy's path is decided before any file is read or written: no copy may land on an input of the run,
  // and no two inputs may share a copy.
  let targets: CopyTarget[] | undefined;
  let tidyOutDir = async () => {};
  if (options.out !== undefined) {
    targets = await planCopyTargets(files, options.out, lang);
    tidyOutDir = await prepareOutDir(options.out, lang);
  }
  // Said, not silently ignored: the option would change nothing without a copy to write.
  if (options.overwrite === true && options.out === undefined) io.stderr.write(`${cliText(lang, "overwriteWithoutOut")}\n`);
  const reports: CliReport[] = [];
  const checked: CliReport[] = [];
  let unread = 0;
  const progress = startProgress(io, files, STAGES_PER_FILE, lang);
  const pending: string[] = [];
  const say = (text: string) => (progress.active ? pending.push(text) : io.stdout.write(text));
  const complain = (text: string) => {
    if (progress.active) pending.push(`\u0000${text}`);
    else io.stderr.write(`${text}\n`);
  };
  try {
    for (const [index, file] of files.entries()) {
      const target = targets?.[index];
      let ticks = 0;
      const onStage = () => {
        ticks++;
        progress.tick();
      };
      try {
        const outcome = await checkFile(file, { profile, lang, ...(target ? { target: target.path } : {}), overwrite: options.overwrite === true, onStage, onNotice: complain });
        ctx.exit(outcome.exitCode);
        if (outcome.exitCode === 2) {
          // The first header that looks like a form but was not read is the reason a user needs.
          const clue = outcome.report.findings.find((f) => f.code === "FORM_NOT_RECOGNISED");
          const reason = cliText(lang, "noForm", { file: outcome.report.file }) + (clue ? `${lang === "zh" ? "；" : "; "}${clue.sheet}!${clue.cell} ${clue.message}` : "");
          complain(reason);
          if (options.json) reports.push({ ...outcome.report, error: { reason: "no-form", message: reason } });
          unread++;
          continue;
        }
        reports.push(outcome.written ? { ...outcome.report, checkedCopy: outcome.written } : outcome.report);
        checked.push(outcome.report);
        if (!options.json) {
          say(formatReport(outcome.report, outcome.profile, lang));
          if (outcome.written && target?.renamed) {
            say(`${cliText(lang, "writtenRenamed", { file: outcome.written, plain: plainCopyName(file) })}\n`);
          } else if (outcome.written) say(`${cliText(lang, "written", { file: outcome.written })}\n`);
          if (files.length > 1) say("\n");
        }
      } catch (e) {
        let error: FileError;
        if (isWorkbookReadError(e)) error = { reason: e.reason, message: e.localized(lang) };
        else if (e instanceof CliError) error = { reason: e.reason, message: e.message };
        // One file's internal failure is reported with that file; the other files are still checked.
        else error = { reason: "internal", message: cliText(lang, "internal", { detail: e instanceof Error ? e.message : String(e) }) };
        complain(error.message);
        if (options.json) reports.push(failedEntry(file, options.profile, error));
        unread++;
        ctx.exit(2);
      } finally {
        // A file that failed early still advances the bar by its stages.
        for (; ticks < STAGES_PER_FILE; ticks++) progress.tick();
      }
    }
  } finally {
    await tidyOutDir();
    progress.stop();
    for (const text of pending) {
      if (text.startsWith("\u0000")) io.stderr.write(`${text.slice(1)}\n`);
      else io.stdout.write(text);
    }
  }
  // After many files or a long report, the counts a reviewer needs are at the end, where the terminal stops.
  const forms = checked.reduce((n, r) => n + r.forms.length, 0);
  if (!options.json && (files.length > 1 || forms > 5)) {
    const sum = (k: "errors" | "warnings" | "info") => checked.reduce((n, r) => n + r.summary[k], 0);
    const line = cliText(lang, "closing", { files: files.length, forms, errors: sum("errors"), warnings: sum("warnings"), info: sum("info") });
    io.stdout.write(`${line}${unread ? cliText(lang, "closingUnread", { count: unread }) : ""}\n`);
  }
  if (options.json && reports.length > 0) {
    const doc = files.length === 1 ? reports[0] : { files: reports };
    io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  }
}
