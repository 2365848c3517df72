import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../../engine/i18n";
import { fillTemplate } from "../../engine/text/fill";
import { buildSummary, type FileSummary, type UnreadableFile } from "../../engine/summary/model";
import type { CliContext } from "../context";
import { CliError } from "../errors";
import { writeAtomically } from "../files";
import { loadProfileArg } from "../profile-arg";
import { planCopyTargets, prepareOutDir } from "../out-targets";
import { systemReason } from "../strings";
import { summaryHtml } from "./html";
import { shownPath, type SummaryJob, type SummaryJobResult } from "./job";
import { runPool } from "./pool";

/**
 * `budget-check validate <dir|files…> --summary <summary.xlsx> [--out <dir>]`: every workbook checked on worker
 * threads (one file at a time per core, a progress line per file on stderr), then one summary workbook and, beside
 * it, a self-contained HTML report (<summary>.html). One unreadable file never stops the batch: it is listed with
 * its reason. Exit status as for validate: 0 no errors, 1 errors found, 2 some file could not be read or checked.
 */

const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    progress: "[{{n}}/{{total}}] {{file}}：{{forms}} 张表，{{errors}} 个错误，{{warnings}} 个警告",
    progressBad: "[{{n}}/{{total}}] {{file}}：无法校验 — {{message}}",
    done: "已校验 {{checked}} 个文件（{{forms}} 张表，{{errors}} 个错误，{{warnings}} 个警告），{{unreadable}} 个无法读取；汇总：{{summary}}，报告：{{html}}",
    notXlsx: "--summary 应为 .xlsx 文件：{{file}}",
    sameAsInput: "汇总 {{file}} 会覆盖本次的一个输入文件，已停止",
    noFiles: "{{dir}} 中没有 .xlsx 文件",
    writeFailed: "无法写入 {{file}}：{{detail}}",
  },
  en: {
    progress: "[{{n}}/{{total}}] {{file}}: {{forms}} {{forms|form|forms}}, {{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}",
    progressBad: "[{{n}}/{{total}}] {{file}}: not checked — {{message}}",
    done: "Checked {{checked}} {{checked|file|files}} ({{forms}} {{forms|form|forms}}, {{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}), {{unreadable}} could not be read; summary: {{summary}}, report: {{html}}",
    notXlsx: "--summary must be an .xlsx file: {{file}}",
    sameAsInput: "The summary {{file}} would overwrite an input of this run; stopped",
    noFiles: "{{dir}} holds no .xlsx files",
    writeFailed: "Cannot write {{file}}: {{detail}}",
  },
};

function w(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return fillTemplate(WORDS[lang][key], params);
}

export const SUMMARY_OPTION: Record<Lang, string> = {
  zh: "汇总：校验所有文件（可给目录），写出一份汇总工作簿和同名的 .html 报告；与 --out 一起使用时汇总中链接到各校验副本",
  en: "roll-up: check every file (directories too) and write one summary workbook and an .html report beside it; with --out, the summary links each checked copy",
};

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Directories become their workbooks (recursively, sorted; checked copies and Excel's ~$ lock files left out). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true });
    const found: string[] = [];
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) found.push(...(await walk(p)));
      else if (WORKBOOK.test(e.name) && !/\.checked(\(\d+\))?\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) found.push(p);
    }
    return found;
  };
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (s?.isDirectory()) out.push(...(await walk(input)));
    // A missing or odd path stays in the list: the batch reports it as unreadable, with its reason.
    else out.push(input);
  }
  return out;
}

function writeFailed(target: string, lang: Lang): (e: unknown) => CliError {
  return (e) => new CliError(w(lang, "writeFailed", { file: target, detail: systemReason(e, lang) }), 2, "write-failed");
}

export interface SummaryOptions {
  summary: string;
  out?: string;
  profile?: string;
  overwrite?: boolean;
  lang: Lang;
  /** Worker threads (default: one per core); tests set it. */
  workers?: number;
}

export async function runSummary(inputs: string[], options: SummaryOptions, ctx: CliContext): Promise<void> {
  const { io } = ctx;
  const lang = options.lang;
  if (!/\.xlsx$/i.test(options.summary)) throw new CliError(w(lang, "notXlsx", { file: options.summary }));
  // A bad --profile stops the run before any file is read (one reason, not one per file).
  if (options.profile !== undefined) loadProfileArg(options.profile, lang);
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new CliError(w(lang, "noFiles", { dir: inputs.join(", ") }));
  const summaryPath = path.resolve(options.summary);
  const htmlPath = summaryPath.replace(/\.xlsx$/i, ".html");
  if (files.some((f) => path.resolve(f) === summaryPath)) throw new CliError(w(lang, "sameAsInput", { file: options.summary }));
  let tidy = async () => {};
  let targets: (string | undefined)[] = files.map(() => undefined);
  if (options.out !== undefined) {
    targets = (await planCopyTargets(files, options.out, lang)).map((t) => t.path);
    tidy = await prepareOutDir(options.out, lang);
  }
  const summaryDir = path.dirname(summaryPath);
  const jobs: SummaryJob[] = files.map((file, index) => ({
    index,
    file,
    ...(targets[index] ? { target: targets[index] } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    overwrite: options.overwrite === true,
    lang,
    summaryDir,
  }));
  const results: SummaryJobResult[] = new Array(files.length);
  let done = 0;
  try {
    await runPool(jobs, {
      ...(options.workers ? { workers: options.workers } : {}),
      onResult: (r) => {
        results[r.index] = r;
        done++;
        const file = files[r.index];
        for (const n of r.notices) io.stderr.write(`${n}\n`);
        if (r.ok) {
          const errors = r.summary.findings.filter((f) => f[1] === "error").length;
          const warnings = r.summary.findings.filter((f) => f[1] === "warning").length;
          io.stderr.write(`${w(lang, "progress", { n: done, total: files.length, file, forms: r.summary.forms.length, errors, warnings })}\n`);
        } else io.stderr.write(`${w(lang, "progressBad", { n: done, total: files.length, file, message: r.error.message })}\n`);
      },
    });
  } finally {
    await tidy();
  }
  const checked: FileSummary[] = [];
  const unreadable: UnreadableFile[] = [];
  let exit: 0 | 1 | 2 = 0;
  for (const r of results) {
    if (r.ok) {
      checked.push(r.summary);
      exit = Math.max(exit, r.exitCode) as 0 | 1 | 2;
    } else {
      unreadable.push({ file: shownPath(files[r.index], summaryDir), reason: r.error.reason, message: r.error.message });
      exit = 2;
    }
  }
  const model = buildSummary(checked, unreadable, lang);
  // ExcelJS writes the workbook: required here, so a run without a roll-up never loads it.
  const { writeSummaryWorkbook } = require("../../hosts/file/summary-write") as typeof import("../../hosts/file/summary-write");
  await writeAtomically(summaryPath, await writeSummaryWorkbook(model, lang), writeFailed(summaryPath, lang));
  await writeAtomically(htmlPath, summaryHtml(model, lang, new Date()), writeFailed(htmlPath, lang));
  const totals = model.byUnit.reduce((s, u) => ({ errors: s.errors + u.errors, warnings: s.warnings + u.warnings }), { errors: 0, warnings: 0 });
  io.stdout.write(
    `${w(lang, "done", { checked: checked.length, forms: model.rows.length, errors: totals.errors, warnings: totals.warnings, unreadable: unreadable.length, summary: options.summary, html: path.relative(process.cwd(), htmlPath) || htmlPath })}\n`,
  );
  ctx.exit(exit);
}
