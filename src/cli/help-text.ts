import { Help, type Argument, type Command, type Option } from "commander";
import type { Lang } from "../engine/i18n";

/**
 * commander's help in the user's language: its headings ("Usage:", "Options:"), the built-in help option, help
 * command and version option, "[options]" in usages and "(choices: …, default: …)" after a description. commander
 * itself only speaks English; set on the program before any command is added, every command inherits it.
 */
const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    "Usage:": "用法：",
    "Options:": "选项：",
    "Arguments:": "参数：",
    "Commands:": "命令：",
    "Global Options:": "全局选项：",
    "[options]": "[选项]",
    "[command]": "[命令]",
    help: "显示帮助",
    helpCommand: "显示某个命令的帮助",
    helpCommandArg: "命令",
    version: "显示版本号",
    choices: "可选",
    default: "默认",
    open: "（",
    close: "）",
    sep: "；",
    listSep: "、",
  },
  en: {
    "Usage:": "Usage:",
    "Options:": "Options:",
    "Arguments:": "Arguments:",
    "Commands:": "Commands:",
    "Global Options:": "Global options:",
    "[options]": "[options]",
    "[command]": "[command]",
    help: "show help",
    helpCommand: "show help for a command",
    helpCommandArg: "command",
    version: "show the version number",
    choices: "choices",
    default: "default",
    open: " (",
    close: ")",
    sep: "; ",
    listSep: ", ",
  },
};

/** "(可选：zh、en；默认：zh)" after a description, for an option or argument with choices or a default. */
function extra(w: Record<string, string>, item: Option | Argument, showDefault: boolean): string {
  const parts: string[] = [];
  if (item.argChoices) parts.push(`${w.choices}${w.open === "（" ? "：" : ": "}${item.argChoices.join(w.listSep)}`);
  if (showDefault && item.defaultValue !== undefined) {
    parts.push(`${w.default}${w.open === "（" ? "：" : ": "}${item.defaultValueDescription ?? String(item.defaultValue)}`);
  }
  return parts.length ? `${w.open}${parts.join(w.sep)}${w.close}` : "";
}

/** East Asian wide characters (CJK, full-width punctuation): two terminal columns each. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

export function localiseHelp(program: Command, lang: Lang, version: string): void {
  const w = WORDS[lang];
  const words = (usage: string) => usage.replace("[options]", w["[options]"]).replace("[command]", w["[command]"]);
  program
    .version(version, "-V, --version", w.version)
    .helpOption("-h, --help", w.help)
    .helpCommand(`help [${w.helpCommandArg}]`, w.helpCommand)
    .configureHelp({
      styleTitle: (title: string) => w[title] ?? title,
      commandUsage(this: Help, cmd: Command): string {
        return words(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command): string {
        return words(Help.prototype.subcommandTerm.call(this, cmd));
      },
      // Chinese characters take two columns on a terminal: counted so, the columns of the help line up.
      displayWidth(this: Help, str: string): number {
        const plain = Help.prototype.displayWidth.call(this, str);
        return plain + (str.match(WIDE) ?? []).length;
      },
      // commander wraps only at spaces; Chinese text has none, so a line may also break between two characters.
      boxWrap(this: Help, str: string, width: number): string {
        if (width < this.minWidthToWrap) return str;
        const chunk = new RegExp(`\\s*(?:${WIDE.source}[，。；：、）」]?|[^\\s${WIDE.source.slice(1, -1)}]+)`, "g");
        return str
          .split(/\r\n|\n/)
          .map((line) => {
            const lines: string[] = [];
            let current = "";
            for (const piece of line.match(chunk) ?? []) {
              if (current && this.displayWidth(current + piece) > width) {
                lines.push(current);
                current = piece.trimStart();
              } else current += piece;
            }
            lines.push(current);
            return lines.join("\n");
          })
          .join("\n");
      },
      optionDescription: (option: Option) => {
        // As commander: a default is shown for options taking a value, not for plain flags.
        const showDefault = option.required || option.optional;
        return `${option.description ?? ""}${extra(w, option, showDefault)}`;
      },
      argumentDescription: (argument: Argument) => `${argument.description ?? ""}${extra(w, argument, true)}`,
    });
}
