import { readFileSync } from "node:fs";
import type { Lang } from "../engine/i18n";
import { BUILTIN_PROFILES, builtinProfile } from "../engine/profile/builtin";
import { formatProfileIssues, parseProfileText } from "../engine/profile/load";
import type { Profile } from "../engine/profile/schema";
import { CliError } from "./errors";
import { cliText } from "./strings";

export function builtinProfileList(): string {
  return Object.keys(BUILTIN_PROFILES).join(", ");
}

/**
 * `--profile`: a built-in id or a JSON file. The single place that turns the argument into a Profile, so
 * better messages for invalid profile files can replace this function alone.
 */
export function loadProfileArg(arg: string, lang: Lang): Profile {
  const builtin = builtinProfile(arg);
  if (builtin) return builtin;
  if (!/\.json$/i.test(arg) && !/[\\/]/.test(arg)) {
    throw new CliError(cliText(lang, "unknownProfile", { name: arg, builtin: builtinProfileList() }));
  }
  let text: string;
  try {
    text = readFileSync(arg, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(cliText(lang, "unknownProfile", { name: arg, builtin: builtinProfileList() }));
    throw new CliError(cliText(lang, "profileUnreadable", { file: arg, detail: e instanceof Error ? e.message : String(e) }));
  }
  // Every problem with the path of the field it concerns, worded by the engine's profile loader.
  const parsed = parseProfileText(text, lang);
  if (!parsed.ok) {
    const lines = formatProfileIssues(parsed.issues, lang);
    // The contract's one-line reason on stderr: the problems joined, each still with its path.
    throw new CliError(cliText(lang, "profileInvalid", { file: arg, detail: lines.join(lang === "zh" ? "；" : "; ") }));
  }
  return parsed.profile;
}
