import { z } from "zod";
import { FindingSchema, NeutralFindingSchema } from "./findings/finding";
import { TextParamSchema, TextRefSchema } from "./findings/text";
import { renderFinding, renderText, type Lang } from "./i18n";
import { NeutralReviewedFindingSchema, ReviewedFindingSchema } from "./reviews";

export const FormKindSchema = z.enum(["self-evaluation", "goal-table", "budget-table", "department-evaluation"]);
export type FormKind = z.infer<typeof FormKindSchema>;

export const ScoreItemSchema = z.object({
  /** The cell holding the entered score, or where the computed one is written. */
  cell: z.string(),
  label: z.string(),
  weight: z.number().nullable(),
  computed: z.number().nullable(),
  entered: z.number().nullable(),
  /** computed: by the rules; judged: a reviewer's judgement the rules cannot compute (entered score used). */
  basis: z.enum(["computed", "judged"]).default("computed"),
});
export type ScoreItem = z.infer<typeof ScoreItemSchema>;

export const FormScoreSchema = z.object({
  computed: z.number(),
  entered: z.number().nullable(),
  grade: z.string(),
  enteredGrade: z.string().nullable(),
  items: z.array(ScoreItemSchema),
});
export type FormScore = z.infer<typeof FormScoreSchema>;

export const FormReportSchema = z.object({
  kind: FormKindSchema,
  sheet: z.string(),
  range: z.string(),
  title: z.string(),
  score: FormScoreSchema.optional(),
  /** A kind's variant where it has one: a goal table is "project" or "department" (部门整体支出绩效目标表). Added, issue 12. */
  variant: z.string().optional(),
  /** What the recogniser had to infer or assume ("二级指标 inferred from the indicator names"). */
  notes: z.array(z.string()).default([]),
});
export type FormReport = z.infer<typeof FormReportSchema>;

export const ReportSchema = z.object({
  file: z.string(),
  profile: z.string(),
  forms: z.array(FormReportSchema),
  findings: z.array(FindingSchema),
  summary: z.object({ errors: z.number().int(), warnings: z.number().int(), info: z.number().int() }),
  /**
   * Findings a reviewer ignored or verified (忽略 / 已核实, kept in the workbook's _budget_check_reviews sheet): not
   * in `findings`, not counted. Absent when there are none. Added, issue 12.
   */
  reviewed: z.array(ReviewedFindingSchema).optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** A value the engine computed for a cell: written into the cell in the checked copy when it is empty. */
export const CellOutputSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  value: z.union([z.number(), z.string()]),
  numberFormat: z.string().optional(),
});
export type CellOutput = z.infer<typeof CellOutputSchema>;

/**
 * The engine's report before it is put into words (validate.ts checkWorkbook): findings with codes and parameters,
 * forms with notes (and, where the form prints none, a title) as language-neutral text. `renderReport` gives the
 * contract's report in a language; switching language renders again, it never runs the engine again.
 */
export const NeutralFormReportSchema = FormReportSchema.extend({
  title: z.union([z.string(), TextRefSchema]),
  notes: z.array(TextParamSchema).default([]),
});
export type NeutralFormReport = z.infer<typeof NeutralFormReportSchema>;

export const NeutralReportSchema = ReportSchema.extend({
  forms: z.array(NeutralFormReportSchema),
  findings: z.array(NeutralFindingSchema),
  reviewed: z.array(NeutralReviewedFindingSchema).optional(),
});
export type NeutralReport = z.infer<typeof NeutralReportSchema>;

/** The report in a language (contract.md): every message, note and kind title rendered by the one renderer. Pure. */
export function renderReport(report: NeutralReport, lang: Lang): Report {
  return {
    file: report.file,
    profile: report.profile,
    forms: report.forms.map((f) => ({
      kind: f.kind,
      sheet: f.sheet,
      range: f.range,
      title: typeof f.title === "string" ? f.title : renderText(lang, f.title),
      ...(f.variant !== undefined ? { variant: f.variant } : {}),
      ...(f.score ? { score: f.score } : {}),
      notes: f.notes.map((n) => renderText(lang, n)),
    })),
    findings: report.findings.map((f) => renderFinding(f, lang)),
    summary: report.summary,
    ...(report.reviewed ? { reviewed: report.reviewed.map(({ review, ...f }) => ({ ...renderFinding(f, lang), review })) } : {}),
  };
}
