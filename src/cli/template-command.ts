import { readFile } from "node:fs/promises";
import path from "node:path";
import { Argument, Command, Option } from "commander";
import type { Lang } from "../engine/i18n";
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, builtinProfile } from "../engine/profile/builtin";
import { formatProfileIssues, parseProfileText } from "../engine/profile/load";
import { buildTemplate, TemplateKindSchema, type TemplateKind } from "../engine/template";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { TargetExistsError, writeAtomically } from "./files";
import { defaultLang, systemReason } from "./strings";

/**
 * `budget-check template <self-evaluation|goal-table> [--profile <id|file>] [--out <file.xlsx>] [--rows <n>]`: a
 * template ready to fill, made from the profile's rules and carrying them (src/engine/template describes it, the
 * file host writes it).
 */

const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    description: "生成可填写的模板（表头、资金、指标行与下拉列表、公式、保护、填表说明，内嵌评分规则）",
    kindArg: "模板类型：self-evaluation（项目支出绩效自评表）或 goal-table（项目绩效目标表）",
    profileOption: "评分规则：内置名称（{{builtin}}）或 .json 文件；默认 {{default}}",
    outOption: "模板文件路径（.xlsx）；默认 <类型>-<规则>.template.xlsx",
    rowsOption: "指标行数（1–500，默认 40）",
    langOption: "语言：zh 或 en",
    written: "已生成模板 {{file}}（{{id}} 第 {{version}} 版，评分规则「{{name}}」，{{rows}} 个指标行）",
    exists: "{{file}} 已存在，未覆盖；请用 --out 指定其他文件名",
    notXlsx: "--out 应为 .xlsx 文件：{{file}}",
    badRows: "--rows 应为 1 到 500 之间的整数：{{value}}",
    badKind: "未知的模板类型「{{kind}}」：可选 self-evaluation（项目支出绩效自评表）或 goal-table（项目绩效目标表）",
    unknown: "未知的评分规则「{{name}}」：内置规则有 {{builtin}}，也可以给出 .json 文件路径",
    unreadable: "无法读取评分规则文件 {{file}}：{{detail}}",
    invalid: "评分规则 {{file}} 无效：{{detail}}",
    writeFailed: "无法写入 {{file}}：{{detail}}",
  },
  en: {
    description: "make a template ready to fill (header, funds, indicator rows with lists, formulas, protection, instructions; the scoring rules embedded)",
    kindArg: "template: self-evaluation or goal-table",
    profileOption: "scoring rules: a built-in name ({{builtin}}) or a .json file; default {{default}}",
    outOption: "the template's path (.xlsx); default <kind>-<profile>.template.xlsx",
    rowsOption: "indicator rows (1–500, default 40)",
    langOption: "language: zh or en",
    written: "Template written to {{file}} ({{id}} version {{version}}, scoring rules “{{name}}”, {{rows}} indicator rows)",
    exists: "{{file}} already exists and was not overwritten; choose another name with --out",
    notXlsx: "--out must be an .xlsx file: {{file}}",
    badRows: "--rows must be a whole number from 1 to 500: {{value}}",
    badKind: "Unknown template kind “{{kind}}”: choose self-evaluation (项目支出绩效自评表, the self-evaluation form) or goal-table (项目绩效目标表, the goal table)",
    unknown: "Unknown scoring rules “{{name}}”: the built-in ones are {{builtin}}, or give a .json file",
    unreadable: "Cannot read the scoring rules file {{file}}: {{detail}}",
    invalid: "The scoring rules {{file}} are not valid: {{detail}}",
    writeFailed: "Cannot write {{file}}: {{detail}}",
  },
};

function w(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return WORDS[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ""));
}

async function profileOf(arg: string, lang: Lang) {
  const builtin = builtinProfile(arg);
  if (builtin) return { profile: builtin, text: JSON.stringify(builtin) };
  let text: string;
  try {
    text = await readFile(arg, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") throw new CliError(w(lang, "unknown", { name: arg, builtin: Object.keys(BUILTIN_PROFILES).join(", ") }));
    throw new CliError(w(lang, "unreadable", { file: arg, detail: systemReason(e, lang) }));
  }
  const r = parseProfileText(text, lang);
  if (!r.ok) throw new CliError(w(lang, "invalid", { file: arg, detail: formatProfileIssues(r.issues, lang).join(lang === "zh" ? "；" : "; ") }));
  return { profile: r.profile, text };
}

interface TemplateOptions {
  profile: string;
  out?: string;
  rows?: string;
  lang: Lang;
}

async function makeTemplate(kindArg: string, o: TemplateOptions, ctx: CliContext): Promise<void> {
  const lang = o.lang;
  // Checked here rather than by commander's choices: its message names neither the kinds' meaning nor speaks Chinese.
  const parsed = TemplateKindSchema.safeParse(kindArg);
  if (!parsed.success) throw new CliError(w(lang, "badKind", { kind: kindArg }));
  const kind: TemplateKind = parsed.data;
  const rows = o.rows === undefined ? undefined : Number(o.rows);
  if (rows !== undefined && !(Number.isInteger(rows) && rows >= 1 && rows <= 500)) throw new CliError(w(lang, "badRows", { value: o.rows! }));
  const { profile, text } = await profileOf(o.profile, lang);
  const target = o.out ?? `${kind}-${profile.id}.template.xlsx`;
  if (!/\.xlsx$/i.test(target)) throw new CliError(w(lang, "notXlsx", { file: target }));
  const layout = buildTemplate(kind, profile, { profileJson: text, ...(rows ? { rows } : {}) });
  // ExcelJS writes the template: required here, so other commands never load it.
  const { writeTemplate } = require("../hosts/file/template-write") as typeof import("../hosts/file/template-write");
  const bytes = await writeTemplate(layout);
  await writeAtomically(target, bytes, (e) => new CliError(w(lang, "writeFailed", { file: target, detail: systemReason(e, lang) })), { noOverwrite: true }).catch((e: unknown) => {
    throw e instanceof TargetExistsError ? new CliError(w(lang, "exists", { file: target })) : e;
  });
  const first = layout.meta.indicatorRows;
  ctx.io.stdout.write(
    `${w(lang, "written", { file: path.normalize(target), id: layout.meta.templateId, version: layout.meta.version, name: profile.name[lang], rows: first.last - first.first + 1 })}\n`,
  );
}

export function registerTemplateCommand(program: Command, ctx: CliContext): void {
  const ui = defaultLang(ctx.io.env);
  program
    .command("template")
    .description(w(ui, "description"))
    .addArgument(new Argument("<kind>", w(ui, "kindArg")))
    .addOption(new Option("--profile <id|file>", w(ui, "profileOption", { builtin: Object.keys(BUILTIN_PROFILES).join(", "), default: DEFAULT_PROFILE_ID })).default(DEFAULT_PROFILE_ID))
    .option("--out <file.xlsx>", w(ui, "outOption"))
    .option("--rows <n>", w(ui, "rowsOption"))
    .addOption(new Option("--lang <lang>", w(ui, "langOption")).choices(["zh", "en"]).default(ui))
    .action(async (kind: string, o: TemplateOptions) => makeTemplate(kind, o, ctx));
}
