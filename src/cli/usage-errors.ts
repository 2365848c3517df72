import type { CommanderError } from "commander";
import type { Lang } from "../engine/i18n";

/**
 * commander's usage errors ("error: unknown option '--foo'", "argument 'xx' is invalid. Allowed choices are zh,
 * en.") in the user's language, one line: commander itself only speaks English.
 */

const WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    "commander.unknownOption": "未知的选项 {{a}}（用 --help 查看可用的选项）",
    "commander.invalidArgument": "选项 {{a}} 的值「{{b}}」无效，可选的值：{{c}}",
    "commander.missingArgument": "缺少参数 <{{a}}>（用 --help 查看用法）",
    "commander.optionMissingArgument": "选项 {{a}} 后面缺少取值",
    "commander.missingMandatoryOptionValue": "缺少必需的选项 {{a}}",
    "commander.unknownCommand": "未知的命令「{{a}}」（用 --help 查看可用的命令）",
    "commander.excessArguments": "参数过多（用 --help 查看用法）",
    other: "命令行参数有误（用 --help 查看用法）",
  },
  en: {
    "commander.unknownOption": "Unknown option {{a}} (see --help for the options)",
    "commander.invalidArgument": "Option {{a}}: “{{b}}” is not a valid value; choose one of {{c}}",
    "commander.missingArgument": "Missing argument <{{a}}> (see --help)",
    "commander.optionMissingArgument": "Option {{a}} needs a value",
    "commander.missingMandatoryOptionValue": "Missing required option {{a}}",
    "commander.unknownCommand": "Unknown command “{{a}}” (see --help for the commands)",
    "commander.excessArguments": "Too many arguments (see --help)",
    other: "Invalid command line (see --help)",
  },
};

/** The quoted words of commander's message, in order: the option or argument, the value, … */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

export function usageErrorText(e: CommanderError, lang: Lang): string {
  const words = WORDS[lang];
  const q = quoted(e.message).map((w) => w.replace(/\s*<[^>]*>$/, "").replace(/^-- /, ""));
  let params: Record<string, string> = { a: q[0] ?? "", b: q[1] ?? "", c: "" };
  if (e.code === "commander.invalidArgument") {
    const choices = /Allowed choices are (.*?)\.?$/.exec(e.message)?.[1];
    if (!choices) return words.other;
    params = { ...params, c: choices };
  }
  const template = words[e.code];
  if (!template || (template.includes("{{a}}") && !params.a)) return words.other;
  return template.replace(/\{\{(\w)\}\}/g, (_, k: string) => params[k] ?? "");
}

/** The language a command line asks for (a valid --lang wins), else the environment's. */
export function langOfArgv(argv: string[], fallback: Lang): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "zh" || v === "en") return v;
  }
  return fallback;
}
