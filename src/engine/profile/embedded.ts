import type { Lang } from "../i18n";
import type { WorkbookSnapshot } from "../snapshot";
import { ProfileLoadError, formatProfileIssues, parseProfileText, type ProfileLoadResult } from "./load";
import type { Profile } from "./schema";

/**
 * A profile embedded in a workbook: a department ships its rules inside the template it distributes, so every
 * copy is checked by them. It lives in a very hidden sheet (users cannot unhide it from Excel's menu; ExcelJS and
 * Office.js both read and write it): A1 holds a marker, A2… the profile's JSON, split over cells because a cell
 * holds at most 32,767 characters.
 */
export const EMBEDDED_PROFILE_SHEET = "_budget_check_profile";
export const EMBEDDED_PROFILE_MARKER = "budget-check profile v1";
/** Below Excel's 32,767-character cell limit, with room to move a split to a safe character. */
export const EMBED_CHUNK_CHARS = 32000;

/** What a host writes: a very hidden sheet with these texts in column A, from A1 down, written as text. */
export interface EmbedPlan {
  sheetName: string;
  visibility: "veryHidden";
  cells: string[];
}

/**
 * Split the JSON so that no cell looks like something Excel would convert when the text is typed or assigned
 * through Office.js `values`: every chunk starts with `{`, `[` or `"` — never `=`, `+`, `-`, `@` (a formula) or a
 * digit (a number that would lose its zeros).
 */
export function chunkJson(json: string, size: number = EMBED_CHUNK_CHARS): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + size, json.length);
    if (end < json.length) {
      let safe = end;
      while (safe > start + 1 && !'{["'.includes(json[safe])) safe--;
      if (safe > start + 1) end = safe;
    }
    out.push(json.slice(start, end));
    start = end;
  }
  return out;
}

/**
 * Plan the sheet that embeds a profile. `profileJson` is the profile as the department wrote it (validated
 * first, so a broken profile is never shipped in a template); it is stored minified, otherwise unchanged.
 */
export function planEmbedProfile(profileJson: string, lang: Lang = "zh", chunkSize = EMBED_CHUNK_CHARS): { plan: EmbedPlan; profile: Profile } {
  const r = parseProfileText(profileJson, lang);
  if (!r.ok) throw new ProfileLoadError(formatProfileIssues(r.issues, lang).join("\n"), r.issues);
  const minified = JSON.stringify(JSON.parse(profileJson.replace(/^\uFEFF/, "")));
  return {
    plan: { sheetName: EMBEDDED_PROFILE_SHEET, visibility: "veryHidden", cells: [EMBEDDED_PROFILE_MARKER, ...chunkJson(minified, chunkSize)] },
    profile: r.profile,
  };
}

/** The embedded profile's JSON text, or null when the workbook has none. */
export function embeddedProfileText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.name === EMBEDDED_PROFILE_SHEET);
  if (!sheet || sheet.origin.col > 0) return null;
  const column = sheet.values.map((row) => row[0]);
  const cells = Array.from({ length: sheet.origin.row }, () => null as unknown).concat(column);
  if (String(cells[0] ?? "").trim() !== EMBEDDED_PROFILE_MARKER) return null;
  const text = cells
    .slice(1)
    .map((v) => (v === null || v === undefined ? "" : String(v)))
    .join("");
  return text.trim() ? text : null;
}

/** Read and validate the embedded profile; null when the workbook carries none. */
export function readEmbeddedProfile(snapshot: WorkbookSnapshot, lang: Lang = "zh"): ProfileLoadResult | null {
  const text = embeddedProfileText(snapshot);
  return text === null ? null : parseProfileText(text, lang);
}

/**
 * The profile a workbook carries, or undefined. A workbook whose embedded profile is broken is not checked by
 * other rules in silence: this throws ProfileLoadError with a localised message naming each problem.
 */
export function embeddedProfile(snapshot: WorkbookSnapshot, lang: Lang = "zh"): Profile | undefined {
  const r = readEmbeddedProfile(snapshot, lang);
  if (r === null) return undefined;
  if (r.ok) return r.profile;
  const head = lang === "zh" ? `工作簿内嵌的评分规则（${EMBEDDED_PROFILE_SHEET}）无效：` : `The scoring rules embedded in the workbook (${EMBEDDED_PROFILE_SHEET}) are invalid:`;
  throw new ProfileLoadError([head, ...formatProfileIssues(r.issues, lang)].join("\n"), r.issues);
}
