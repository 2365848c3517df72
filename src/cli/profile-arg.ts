import { readFileSync } from "node:fs";
import type { Lang } from "../engine/i18n";
import { BUILTIN_PROFILES } from "../engine/profile/builtin";
import { ProfileSchema, type Profile } from "../engine/profile/schema";
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
  const builtin = BUILTIN_PROFILES[arg];
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
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(cliText(lang, "profileInvalid", { file: arg, detail: e instanceof Error ? e.message : String(e) }));
  }
  const parsed = ProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new CliError(cliText(lang, "profileInvalid", { file: arg, detail: `${where}${issue.message}` }));
  }
  return parsed.data;
}
