import path from "node:path";
import { Command, Option } from "commander";
import type { Lang } from "../engine/i18n";
import { fillTemplate } from "../engine/text/fill";
import { readStamp, verifyStamp, type Verification } from "../engine/stamp";
import { isWorkbookReadError } from "../hosts/file/errors";
import { openWorkbook } from "../hosts/file/read";
import { sha256Hex } from "../hosts/file/stamp";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { readWorkbookFile } from "./files";
import { defaultLang } from "./strings";

/**
 * `budget-check verify <file.xlsx> [--json] [--lang]`: is a checked copy unchanged since budget-check checked it?
 * Exit 0 unchanged; 1 changed (the cells are listed) or the stamp itself was edited; 2 no stamp, or unreadable.
 */

const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    description: "核对校验副本自校验以来是否改动过（按其中的校验印记），列出改动的单元格",
    fileArg: "带有校验印记的 .xlsx 文件（budget-check validate --out 写出的校验副本）",
    jsonOption: "以 JSON 输出",
    langOption: "语言：zh 或 en",
    checked: "{{file}}：{{when}} 按评分规则 {{profile}}（版本 {{version}}）校验，{{forms}} 张表{{scores}}；{{errors}} 个错误，{{warnings}} 个警告，{{info}} 个提示；读取了 {{cells}} 个单元格",
    unchanged: "未改动：校验时读取的每个单元格都与印记一致",
    changed: "已改动：{{count}} 个单元格与校验时不同",
    stampEdited: "印记本身被改动过（其内容与封记不符），其中的时间、得分和计数不可信",
    change_changed: "改动",
    change_added: "新填",
    change_removed: "清空",
    more: "……另有 {{count}} 个",
    none: "{{file}} 没有校验印记（不是 budget-check 写出的校验副本，或印记被删除）",
    damaged: "{{file}} 的校验印记已损坏，无法核对",
  },
  en: {
    description: "tell whether a checked copy is unchanged since it was checked (by its validation stamp), and which cells changed",
    fileArg: "an .xlsx carrying a validation stamp (a checked copy written by budget-check validate --out)",
    jsonOption: "print JSON",
    langOption: "language: zh or en",
    checked: "{{file}}: checked {{when}} by the scoring rules {{profile}} (version {{version}}), {{forms}} {{forms|form|forms}}{{scores}}; {{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{info}} info; {{cells}} {{cells|cell|cells}} read",
    unchanged: "Unchanged: every cell the check read is as the stamp records it",
    changed: "Changed: {{count}} {{count|cell differs|cells differ}} from when it was checked",
    stampEdited: "The stamp itself was edited (its content does not match its seal): its time, scores and counts cannot be trusted",
    change_changed: "changed",
    change_added: "filled",
    change_removed: "cleared",
    more: "… and {{count}} more",
    none: "{{file}} carries no validation stamp (not a checked copy written by budget-check, or the stamp was removed)",
    damaged: "The validation stamp of {{file}} is damaged and cannot be compared",
  },
};

function w(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return fillTemplate(WORDS[lang][key], params);
}

const LISTED = 50;

function human(file: string, v: Verification, lang: Lang): string {
  const s = v.stamp;
  const scores = s.forms.filter((f) => f.computed !== null).map((f) => f.computed!.toFixed(2));
  const lines = [
    w(lang, "checked", {
      file,
      when: s.checkedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC"),
      profile: s.profile.id,
      version: s.profile.version,
      forms: s.forms.length,
      scores: scores.length ? `（${scores.join(" / ")}）` : "",
      errors: s.summary.errors,
      warnings: s.summary.warnings,
      info: s.summary.info,
      cells: s.cellCount,
    }),
  ];
  if (!v.stampIntact) lines.push(w(lang, "stampEdited"));
  lines.push(v.unchanged ? w(lang, "unchanged") : w(lang, "changed", { count: v.changes.length }));
  for (const c of v.changes.slice(0, LISTED)) lines.push(`  ${c.sheet}!${c.cell} ${w(lang, `change_${c.change}`)}`);
  if (v.changes.length > LISTED) lines.push(`  ${w(lang, "more", { count: v.changes.length - LISTED })}`);
  return `${lines.join("\n")}\n`;
}

async function verify(file: string, o: { json?: boolean; lang: Lang }, ctx: CliContext): Promise<void> {
  const lang = o.lang;
  let snapshot;
  try {
    ({ snapshot } = await openWorkbook(await readWorkbookFile(file), path.basename(file)));
  } catch (e) {
    if (isWorkbookReadError(e)) throw new CliError(e.localized(lang));
    throw e;
  }
  const read = readStamp(snapshot);
  if (!read.ok) throw new CliError(w(lang, read.reason === "none" ? "none" : "damaged", { file: path.basename(file) }));
  const v = await verifyStamp(snapshot, read.stamp, sha256Hex);
  if (o.json) {
    const { cells: _cells, seal: _seal, ...stamp } = v.stamp;
    ctx.io.stdout.write(`${JSON.stringify({ file: path.basename(file), unchanged: v.unchanged, stampIntact: v.stampIntact, stamp, changes: v.changes }, null, 2)}\n`);
  } else ctx.io.stdout.write(human(path.basename(file), v, lang));
  ctx.exit(v.unchanged && v.stampIntact ? 0 : 1);
}

export function registerVerifyCommand(program: Command, ctx: CliContext): void {
  const ui = defaultLang(ctx.io.env);
  program
    .command("verify")
    .description(w(ui, "description"))
    .argument("<file.xlsx>", w(ui, "fileArg"))
    .option("--json", w(ui, "jsonOption"))
    .addOption(new Option("--lang <lang>", w(ui, "langOption")).choices(["zh", "en"]).default(ui))
    .action(async (file: string, o: { json?: boolean; lang: Lang }) => verify(file, o, ctx));
}
