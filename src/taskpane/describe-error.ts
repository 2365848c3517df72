import type { TFunction } from "i18next";
import type { Lang } from "../engine/i18n";
import { ExcelHostError } from "../hosts/excel/errors";

/** A failure as the user reads it: localised by code, never a raw stack or a console line. */
export function describeError(e: unknown, t: TFunction, lang: Lang): string {
  if (e instanceof ExcelHostError) {
    const { reason, detail, ...rest } = e.params;
    if (reason === undefined) return t(`error.${e.code}`, rest);
    // Office's own message text is not for users (Microsoft's guidance): the reason is said in the pane's words,
    // with Office's error code for whoever supports the user.
    const said = t(`reason.${reason}`, { defaultValue: t("reason.unknown") });
    return t(`error.${e.code}`, { ...rest, reason: detail ? t("reason.detail", { reason: said, detail }) : said });
  }
  // The file host's read errors carry their own localised one-line message.
  if (e instanceof Error && typeof (e as Error & { localized?: unknown }).localized === "function") {
    return (e as Error & { localized(l: Lang): string }).localized(lang);
  }
  return t("error.unexpected", { reason: e instanceof Error ? e.message : String(e) });
}
