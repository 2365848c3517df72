import { readFile } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import { CATALOG } from "../engine/findings/catalog";
import { formKindLabel, te, type Lang } from "../engine/i18n";
import type { NearMiss } from "../engine/forms/near-miss";
import { RESULTS_SHEET_NAMES, validateWorkbook, type ValidationResult } from "../engine/validate";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { isWorkbookReadError, WorkbookReadError } from "../hosts/file/errors";
import { readWorkbook } from "../hosts/file/read";
import type { CliContext } from "./context";
import { builtinProfileList, loadProfileArg } from "./profile-arg";
import { defaultLang } from "./strings";

/** Words of `budget-check explain`: why each sheet was, or was not, read as a form. */
const WORDS = {
  zh: {
    description: "说明每张工作表为何被识别或未被识别为某种表（表头、匹配到的列、结论）",
    filesArg: "要说明的 .xlsx 文件",
    profileOption: "评分规则：内置名称（{{builtin}}）或 .json 文件路径（其中的表头词表也用于识别）",
    langOption: "语言：zh 或 en",
    sheet: "工作表「{{name}}」",
    hidden: "（隐藏）",
    veryHidden: "深度隐藏，未读取（budget-check 的评分规则表等）",
    results: "budget-check 写入的校验结果表，未读取",
    form: "识别为{{kind}} {{range}}{{title}}",
    near: "第 {{row}} 行（{{cell}}）像一张{{kind}}，但未能识别：找到 {{found}}；缺少 {{missing}}",
    nearLayout: "第 {{row}} 行（{{cell}}）像一张{{kind}}（找到 {{found}}），但表格结构未能识别",
    nearBlank: "第 {{row}} 行（{{cell}}）像一张{{kind}}的表头（找到 {{found}}），但表头下还没有填写任何指标",
    nothing: "没有找到任何表的表头词",
    verdict: "结论：识别到 {{forms}} 张表；{{misses}} 处表头未能识别",
    verdictNone: "结论：没有识别到任何表。{{hint}}",
    hintNear: "请对照上面列出的缺少的列检查表头文字，或在评分规则中补充本地表式的用词（见 README「增加一种表式」）",
    hintBlank: "表头已找到：填写指标行后再校验",
    hintNothing: "budget-check 按表头文字识别：项目支出绩效自评表、项目绩效目标表、部门预算表、部门整体支出绩效评分表",
    sep: "、",
  },
  en: {
    description: "explain why each sheet was or was not recognised as a form (header rows, columns matched, verdict)",
    filesArg: ".xlsx files to explain",
    profileOption: "scoring rules: a built-in name ({{builtin}}) or a .json file (its header words are used in recognising too)",
    langOption: "language: zh or en",
    sheet: "Sheet “{{name}}”",
    hidden: " (hidden)",
    veryHidden: "very hidden, not read (budget-check's profile sheet and the like)",
    results: "budget-check's own results sheet, not read",
    form: "recognised as a {{kind}} {{range}}{{title}}",
    near: "row {{row}} ({{cell}}) looks like a {{kind}} but was not recognised: found {{found}}; missing {{missing}}",
    nearLayout: "row {{row}} ({{cell}}) looks like a {{kind}} (found {{found}}) but its layout was not recognised",
    nearBlank: "row {{row}} ({{cell}}) looks like the header of a {{kind}} (found {{found}}) but no indicator is filled in under it yet",
    nothing: "no header words of any form found",
    verdict: "Verdict: {{forms}} form(s) recognised; {{misses}} header row(s) not recognised",
    verdictNone: "Verdict: no form recognised. {{hint}}",
    hintNear: "Compare the header words with the missing columns listed above, or add your template's words to a profile (README, “adding a layout”)",
    hintBlank: "The header was found: fill in the indicator rows, then check again",
    hintNothing: "budget-check recognises forms by their header words: project self-evaluations, goal tables, department budget tables, department evaluations",
    sep: ", ",
  },
} satisfies Record<Lang, Record<string, string>>;

function say(lang: Lang, key: keyof (typeof WORDS)["zh"], params: Record<string, string | number> = {}): string {
  return WORDS[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ""));
}

function nearLine(m: NearMiss, lang: Lang): string {
  const row = Number(/\d+/.exec(m.cell)?.[0] ?? 0);
  const params = { row, cell: m.cell, kind: te(lang, `kind.${m.kind}`), found: m.found.join(WORDS[lang].sep), missing: m.missing.join(WORDS[lang].sep) };
  return say(lang, m.blank ? "nearBlank" : m.missing.length ? "near" : "nearLayout", params);
}

/** The explanation of one workbook, sheet by sheet, as lines of text. */
export function explainLines(snapshot: WorkbookSnapshot, result: ValidationResult, lang: Lang): string[] {
  const lines = [snapshot.name];
  // What was not read of a sheet (cells past the grid, merges, uncomputed formulas, forms on a very hidden sheet).
  const notRead = (sheet: string) =>
    result.report.findings.filter((f) => f.sheet === sheet && CATALOG[f.code].tags.includes("#read")).map((f) => `  ! ${f.cell} ${f.message}`);
  for (const sheet of snapshot.sheets) {
    lines.push(say(lang, "sheet", { name: sheet.name }) + (sheet.visibility === "hidden" ? say(lang, "hidden") : ""));
    if (sheet.visibility === "veryHidden") {
      lines.push(`  ${say(lang, "veryHidden")}`, ...notRead(sheet.name));
      continue;
    }
    if (RESULTS_SHEET_NAMES.includes(sheet.name)) {
      lines.push(`  ${say(lang, "results")}`);
      continue;
    }
    const forms = result.report.forms.filter((f) => f.sheet === sheet.name);
    const misses = result.nearMisses.filter((m) => m.sheet === sheet.name);
    for (const f of forms) {
      const kind = formKindLabel(lang, f);
      lines.push(`  ✓ ${say(lang, "form", { kind, range: f.range, title: f.title && f.title !== kind ? `「${f.title}」` : "" })}`);
    }
    for (const m of misses) lines.push(`  ✗ ${nearLine(m, lang)}`);
    if (!forms.length && !misses.length) lines.push(`  · ${say(lang, "nothing")}`);
    lines.push(...notRead(sheet.name));
  }
  const forms = result.report.forms.length;
  const misses = result.nearMisses.length;
  const hint = !misses ? "hintNothing" : result.nearMisses.every((m) => m.blank) ? "hintBlank" : "hintNear";
  lines.push(forms ? say(lang, "verdict", { forms, misses }) : say(lang, "verdictNone", { hint: say(lang, hint) }));
  return lines;
}

/** `budget-check explain <file.xlsx>... [--profile …] [--lang zh|en]`: exit 0 when read, 2 when a file cannot be. */
export function registerExplainCommand(program: Command, ctx: CliContext): void {
  const uiLang = defaultLang(ctx.io.env);
  program
    .command("explain")
    .description(say(uiLang, "description"))
    .argument("<files...>", say(uiLang, "filesArg"))
    .option("--profile <name|file.json>", say(uiLang, "profileOption", { builtin: builtinProfileList() }))
    .addOption(new Option("--lang <lang>", say(uiLang, "langOption")).choices(["zh", "en"]).default(uiLang))
    .action(async (files: string[], options: { profile?: string; lang: Lang }) => {
      const lang = options.lang;
      const profile = options.profile ? loadProfileArg(options.profile, lang) : undefined;
      for (const file of files) {
        try {
          const bytes = await readFile(file).catch(() => {
            throw new WorkbookReadError("not-found", { file });
          });
          const snapshot = await readWorkbook(new Uint8Array(bytes), path.basename(file));
          const result = validateWorkbook(snapshot, { ...(profile ? { profile } : {}), lang });
          ctx.io.stdout.write(`${explainLines(snapshot, result, lang).join("\n")}\n`);
        } catch (e) {
          if (!isWorkbookReadError(e)) throw e;
          ctx.io.stderr.write(`${e.localized(lang)}\n`);
          ctx.exit(2);
        }
      }
    });
}
