import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import type { Lang } from "../engine/i18n";
import { BUILTIN_PROFILES, builtinProfile } from "../engine/profile/builtin";
import { planEmbedProfile, readEmbeddedProfile, embeddedProfileText } from "../engine/profile/embedded";
import { ProfileLoadError, formatProfileIssues, parseProfileText } from "../engine/profile/load";
import { isWorkbookReadError } from "../hosts/file/errors";
import { readWorkbook } from "../hosts/file/read";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { readWorkbookFile, writeAtomically } from "./files";
import { prepareOutDir } from "./out-targets";
import { defaultLang, systemReason } from "./strings";

/**
 * `budget-check profile embed <file.xlsx> <profile> --out <dir>`: a copy of the workbook carrying the profile,
 * so every copy of a department's template is checked by its rules without --profile.
 * `budget-check profile show <file.xlsx>`: the profile a workbook carries. `profile check <profile>`: validate one.
 */

const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    group: "评分规则：写入工作簿、查看工作簿中的评分规则、检查评分规则文件",
    embed: "把评分规则写入工作簿的副本（隐藏工作表 {{sheet}}），该模板的每个副本都按此规则校验",
    show: "显示工作簿中内嵌的评分规则",
    check: "检查评分规则文件是否有效",
    fileArg: ".xlsx 工作簿",
    profileArg: "评分规则：内置名称（{{builtin}}）或 .json 文件",
    outOption: "副本写入的目录（文件名不变）；原文件不会被修改",
    langOption: "语言：zh 或 en",
    embedded: "已将评分规则「{{name}}」（{{id}}）写入 {{file}}",
    none: "{{file}} 中没有内嵌评分规则",
    valid: "评分规则「{{name}}」（{{id}}）有效",
    invalid: "评分规则 {{file}} 无效：",
    embeddedInvalid: "{{file}} 中内嵌的评分规则无效：",
    unknown: "未知的评分规则「{{name}}」：内置规则有 {{builtin}}，也可以给出 .json 文件路径",
    unreadable: "无法读取评分规则文件 {{file}}：{{detail}}",
    sameAsInput: "副本 {{file}} 会覆盖原文件，已停止；请用 --out 指定其他目录",
    writeFailed: "无法写入 {{file}}：{{detail}}",
  },
  en: {
    group: "scoring rules: embed them in a workbook, show a workbook's, check a rules file",
    embed: "write a copy of the workbook carrying the scoring rules (hidden sheet {{sheet}}); every copy of that template is then checked by them",
    show: "print the scoring rules a workbook carries",
    check: "check that a scoring rules file is valid",
    fileArg: ".xlsx workbook",
    profileArg: "scoring rules: a built-in name ({{builtin}}) or a .json file",
    outOption: "directory for the copy (same file name); the input is never modified",
    langOption: "language: zh or en",
    embedded: "Scoring rules “{{name}}” ({{id}}) written into {{file}}",
    none: "{{file}} carries no scoring rules",
    valid: "Scoring rules “{{name}}” ({{id}}) are valid",
    invalid: "The scoring rules {{file}} are not valid:",
    embeddedInvalid: "The scoring rules embedded in {{file}} are not valid:",
    unknown: "Unknown scoring rules “{{name}}”: the built-in ones are {{builtin}}, or give a .json file",
    unreadable: "Cannot read the scoring rules file {{file}}: {{detail}}",
    sameAsInput: "The copy {{file}} would overwrite the input; stopped (choose another directory with --out)",
    writeFailed: "Cannot write {{file}}: {{detail}}",
  },
};

function w(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return WORDS[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** The profile's JSON text: a built-in's, or a file's as written. */
async function profileText(arg: string, lang: Lang): Promise<string> {
  const builtin = builtinProfile(arg);
  if (builtin) return JSON.stringify(builtin);
  try {
    return await readFile(arg, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !/\.json$/i.test(arg)) throw new CliError(w(lang, "unknown", { name: arg, builtin: Object.keys(BUILTIN_PROFILES).join(", ") }));
    throw new CliError(w(lang, "unreadable", { file: arg, detail: e instanceof Error ? e.message : String(e) }));
  }
}

function issuesError(head: string, lines: string[]): CliError {
  return new CliError([head, ...lines.map((l) => `  ${l}`)].join("\n"));
}

async function embed(file: string, profileArg: string, outDir: string, lang: Lang, ctx: CliContext): Promise<void> {
  const text = await profileText(profileArg, lang);
  let planned: ReturnType<typeof planEmbedProfile>;
  try {
    planned = planEmbedProfile(text, lang);
  } catch (e) {
    if (e instanceof ProfileLoadError) throw issuesError(w(lang, "invalid", { file: profileArg }), formatProfileIssues(e.issues, lang));
    throw e;
  }
  const target = path.join(outDir, path.basename(file));
  if (path.resolve(target) === path.resolve(file)) throw new CliError(w(lang, "sameAsInput", { file: target }));
  const bytes = await readWorkbookFile(file);
  // ExcelJS writes the copy: required here, so other commands never load it.
  const { embedProfileInWorkbook } = require("../hosts/file/embed-profile") as typeof import("../hosts/file/embed-profile");
  const copy = await embedProfileInWorkbook(bytes, planned.plan, path.basename(file));
  // One level at a time, with a one-line reason: Node's recursive mkdir spins forever on some paths (/proc/nope).
  await prepareOutDir(outDir, lang);
  await writeAtomically(target, copy, (e) => new CliError(w(lang, "writeFailed", { file: target, detail: systemReason(e, lang) })));
  ctx.io.stdout.write(`${w(lang, "embedded", { name: planned.profile.name[lang], id: planned.profile.id, file: target })}\n`);
}

async function show(file: string, lang: Lang, ctx: CliContext): Promise<void> {
  const snapshot = await readWorkbook(await readWorkbookFile(file), path.basename(file));
  const r = readEmbeddedProfile(snapshot, lang);
  if (r === null) {
    ctx.io.stderr.write(`${w(lang, "none", { file })}\n`);
    ctx.exit(1);
    return;
  }
  if (!r.ok) throw issuesError(w(lang, "embeddedInvalid", { file }), formatProfileIssues(r.issues, lang));
  ctx.io.stdout.write(`${JSON.stringify(JSON.parse(embeddedProfileText(snapshot)!), null, 2)}\n`);
}

async function check(profileArg: string, lang: Lang, ctx: CliContext): Promise<void> {
  const r = parseProfileText(await profileText(profileArg, lang), lang);
  if (!r.ok) throw issuesError(w(lang, "invalid", { file: profileArg }), formatProfileIssues(r.issues, lang));
  ctx.io.stdout.write(`${w(lang, "valid", { name: r.profile.name[lang], id: r.profile.id })}\n`);
}

/** Turns read errors into the CLI's one-line messages (exit 2). */
async function guarded(lang: Lang, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (isWorkbookReadError(e)) throw new CliError(e.localized(lang));
    throw e;
  }
}

export function registerProfileCommand(program: Command, ctx: CliContext): void {
  const ui = defaultLang(ctx.io.env);
  const builtin = Object.keys(BUILTIN_PROFILES).join(", ");
  const langOption = () => new Option("--lang <lang>", w(ui, "langOption")).choices(["zh", "en"]).default(ui);
  const profile = program.command("profile").description(w(ui, "group"));
  profile
    .command("embed")
    .description(w(ui, "embed", { sheet: "_budget_check_profile" }))
    .argument("<file.xlsx>", w(ui, "fileArg"))
    .argument("<profile>", w(ui, "profileArg", { builtin }))
    .requiredOption("--out <dir>", w(ui, "outOption"))
    .addOption(langOption())
    .action(async (file: string, profileArg: string, o: { out: string; lang: Lang }) => guarded(o.lang, () => embed(file, profileArg, o.out, o.lang, ctx)));
  profile
    .command("show")
    .description(w(ui, "show"))
    .argument("<file.xlsx>", w(ui, "fileArg"))
    .addOption(langOption())
    .action(async (file: string, o: { lang: Lang }) => guarded(o.lang, () => show(file, o.lang, ctx)));
  profile
    .command("check")
    .description(w(ui, "check"))
    .argument("<profile>", w(ui, "profileArg", { builtin }))
    .addOption(langOption())
    .action(async (profileArg: string, o: { lang: Lang }) => guarded(o.lang, () => check(profileArg, o.lang, ctx)));
}
