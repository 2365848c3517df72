import { cellAddress } from "../address";
import { chunkJson, planEmbedProfile } from "../profile/embedded";
import type { Profile } from "../profile/schema";
import type { WorkbookSnapshot } from "../snapshot";
import { goalTableSheet, DEFAULT_GOAL_ROWS } from "./goal-table";
import { instructionsSheet } from "./instructions";
import { TemplateMetaSchema, type TemplateKind, type TemplateLayout, type TemplateMeta } from "./layout";
import { selfEvaluationSheet, DEFAULT_INDICATOR_ROWS } from "./self-evaluation";
import { secondaryByPrimary } from "./vocabulary";

export * from "./layout";
export { INSTRUCTIONS_SHEET } from "./instructions";
export { SELF_EVALUATION_SHEET } from "./self-evaluation";
export { GOAL_TABLE_SHEET } from "./goal-table";

/**
 * The current layout version of each template. Raise it whenever a template's structure changes: a workbook made
 * from an older version is then reported (TEMPLATE_CHANGED) so the department knows it came from an old template.
 */
export const TEMPLATE_VERSIONS: Record<TemplateKind, number> = { "self-evaluation": 1, "goal-table": 1 };

/** The template's record, kept in a very hidden sheet of every workbook made from it. */
export const TEMPLATE_META_SHEET = "_budget_check_template";
export const TEMPLATE_META_MARKER = "budget-check template v1";
/** The named lists of the dependent validations (二级 per 一级), very hidden too. */
export const TEMPLATE_LISTS_SHEET = "_budget_check_lists";

export function templateId(kind: TemplateKind, profile: Profile): string {
  return `budget-check/${kind}/${profile.id}`;
}

export interface TemplateOptions {
  /** Indicator rows to offer (default 40). */
  rows?: number;
  /** The profile as its JSON text (a department's file); a built-in profile is embedded as its parsed JSON. */
  profileJson?: string;
}

/**
 * The whole template as data: the form sheet, 填表说明, the embedded profile, the template's own record and the
 * named 二级 lists per 一级.
 */
export function buildTemplate(kind: TemplateKind, profile: Profile, options: TemplateOptions = {}): TemplateLayout {
  const version = TEMPLATE_VERSIONS[kind];
  const id = templateId(kind, profile);
  const rows = Math.max(1, Math.min(500, Math.floor(options.rows ?? (kind === "self-evaluation" ? DEFAULT_INDICATOR_ROWS : DEFAULT_GOAL_ROWS))));
  const form = kind === "self-evaluation" ? selfEvaluationSheet(profile, rows) : goalTableSheet(profile, rows);
  const meta: TemplateMeta = {
    templateId: id,
    version,
    kind,
    profileId: profile.id,
    sheet: form.sheet.name,
    anchors: form.sheet.cells
      .filter((c) => c.anchor && typeof c.value === "string")
      .map((c) => ({ cell: cellAddress(c.row, c.col), text: String(c.value), role: c.anchor! })),
    indicatorRows: form.indicatorRows,
  };
  const { plan } = planEmbedProfile(options.profileJson ?? JSON.stringify(profile));
  return {
    kind,
    meta,
    sheets: [form.sheet, instructionsSheet(kind, profile, id, version)],
    hidden: [
      { sheetName: plan.sheetName, cells: plan.cells },
      { sheetName: TEMPLATE_META_SHEET, cells: [TEMPLATE_META_MARKER, ...chunkJson(JSON.stringify(meta))] },
    ],
    lists: { sheetName: TEMPLATE_LISTS_SHEET, lists: secondaryByPrimary(profile) },
  };
}

/** The template record a workbook carries, or null (not made from a template, or the record is unreadable). */
export function readTemplateMeta(snapshot: WorkbookSnapshot): TemplateMeta | null {
  const sheet = snapshot.sheets.find((s) => s.name === TEMPLATE_META_SHEET);
  if (!sheet || sheet.origin.col > 0) return null;
  const cells = Array.from({ length: sheet.origin.row }, () => null as unknown).concat(sheet.values.map((row) => row[0]));
  if (String(cells[0] ?? "").trim() !== TEMPLATE_META_MARKER) return null;
  const text = cells
    .slice(1)
    .map((v) => (v === null || v === undefined ? "" : String(v)))
    .join("");
  try {
    const r = TemplateMetaSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
