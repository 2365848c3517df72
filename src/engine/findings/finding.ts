import { z } from "zod";
import { FINDING_CODES } from "./catalog";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export const FindingCodeSchema = z.enum(FINDING_CODES);

const Scalar = z.union([z.number(), z.string()]);

/** A finding as the report carries it (contract.md). */
export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  related: z.array(z.string()),
  expected: Scalar.nullable().optional(),
  actual: Scalar.nullable().optional(),
  message: z.string(),
  /** Other cells showing the same finding (a rounding tail in several columns of a row): marked in the copy too. */
  also: z.array(z.string()).optional(),
  /** The form the finding belongs to: its index in the report's `forms` (added); absent for workbook-level findings. */
  form: z.number().int().nonnegative().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * What a check yields: the code, the place and the data. The message is rendered from the catalogue
 * in the report's language; severity defaults to the catalogue's.
 */
export const FindingDraftSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema.optional(),
  sheet: z.string(),
  cell: z.string(),
  related: z.array(z.string()).default([]),
  expected: Scalar.nullable().optional(),
  actual: Scalar.nullable().optional(),
  /** Template parameters (label, detail, …). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** Message variant (i18next context). */
  context: z.string().optional(),
  /** Other cells showing the same finding; marked like `cell` (added, issue 12). */
  also: z.array(z.string()).optional(),
  /** Index of the form in the report's `forms`, set by validate for the findings of a form's own checks. */
  form: z.number().int().nonnegative().optional(),
});
export type FindingDraft = z.input<typeof FindingDraftSchema>;
