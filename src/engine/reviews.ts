import { z } from "zod";
import { FindingSchema, NeutralFindingSchema, type Finding } from "./findings/finding";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * 忽略 / 已核实: a reviewer's decision on a finding, with a reason, kept in the workbook (a very hidden sheet,
 * REVIEW_SHEET) so that a re-check stays quiet about it: the finding moves from `findings` to `reviewed`, is not
 * counted, and the results sheet lists it as reviewed. A decision holds for the finding it was made on — the same
 * code, cell and values; when the values change (the cell was edited), the finding is new and is reported again.
 * Pure: the hosts only write the sheet's texts (reviewSheetCells) and read it back in their snapshot.
 */

export const REVIEW_SHEET = "_budget_check_reviews";
/** A1 of the review sheet: its mark and format version. */
export const REVIEW_SHEET_MARK = "budget-check reviews v1";

export const ReviewSchema = z.object({
  /** The finding's fingerprint (findingFingerprint). */
  key: z.string(),
  code: z.string(),
  sheet: z.string(),
  cell: z.string(),
  status: z.enum(["ignored", "verified"]),
  reason: z.string(),
  /** When it was decided (ISO 8601). */
  at: z.string(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** A finding a reviewer ignored or verified, with the decision. Report field `reviewed` (added, issue 12). */
export const ReviewedFindingSchema = FindingSchema.extend({ review: ReviewSchema.omit({ key: true, code: true, sheet: true, cell: true }) });
export type ReviewedFinding = z.infer<typeof ReviewedFindingSchema>;
/** A reviewed finding of the language-neutral report (its message rendered at the edge). */
export const NeutralReviewedFindingSchema = NeutralFindingSchema.extend({ review: ReviewSchema.omit({ key: true, code: true, sheet: true, cell: true }) });

/** What makes a finding the same one on a re-check: its code, place and values (not its message's language). */
export function findingFingerprint(f: Pick<Finding, "code" | "sheet" | "cell" | "expected" | "actual">): string {
  return JSON.stringify([f.code, f.sheet, f.cell, f.expected ?? null, f.actual ?? null]);
}

/** A decision on a finding, ready to store. */
export function reviewOf(f: Finding, status: Review["status"], reason: string, at: string): Review {
  return { key: findingFingerprint(f), code: f.code, sheet: f.sheet, cell: f.cell, status, reason: reason.trim(), at };
}

function texts(sheet: SheetSnapshot): string[] {
  if (sheet.origin.col !== 0) return [];
  const out: string[] = [];
  for (let i = 0; i < sheet.values.length; i++) {
    const v = sheet.values[i]?.[0];
    if (typeof v === "string") out[sheet.origin.row + i] = v;
  }
  return out;
}

/** The decisions a workbook carries; none when it has no review sheet (or a damaged row, which is skipped). */
export function readReviews(snapshot: WorkbookSnapshot): Review[] {
  const sheet = snapshot.sheets.find((s) => s.name === REVIEW_SHEET);
  if (!sheet) return [];
  const rows = texts(sheet);
  if (rows[0]?.trim() !== REVIEW_SHEET_MARK) return [];
  const out: Review[] = [];
  for (const row of rows.slice(1)) {
    if (!row) continue;
    try {
      const parsed = ReviewSchema.safeParse(JSON.parse(row));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // A row edited by hand into something that is no JSON: skipped, the others kept.
    }
  }
  return out;
}

/** The review sheet's column A: the mark, then one JSON text per decision (the latest per finding). */
export function reviewSheetCells(reviews: Review[]): string[] {
  const latest = new Map<string, Review>();
  for (const r of reviews) latest.set(r.key, r);
  return [REVIEW_SHEET_MARK, ...[...latest.values()].map((r) => JSON.stringify(r))];
}

/** The snapshot with its review sheet replaced by these decisions (a host then writes the same texts). */
export function withReviews(snapshot: WorkbookSnapshot, reviews: Review[]): WorkbookSnapshot {
  const cells = reviewSheetCells(reviews);
  const sheet: SheetSnapshot = { name: REVIEW_SHEET, visibility: "veryHidden", protected: false, origin: { row: 0, col: 0 }, values: cells.map((c) => [c]), merged: [] };
  return { ...snapshot, sheets: [...snapshot.sheets.filter((s) => s.name !== REVIEW_SHEET), sheet] };
}

/**
 * The report with the reviewed findings taken out of `findings` (and out of the counts) into `reviewed`. A report
 * with no decision matching is returned as it is (no `reviewed` field).
 */
export function applyReviews<R extends { findings: Reviewable[]; summary: Summary }>(report: R, reviews: Review[]): R & { reviewed?: Reviewed<R>[] } {
  type F = R["findings"][number];
  if (reviews.length === 0) return report;
  const byKey = new Map(reviews.map((r) => [r.key, r]));
  const findings: F[] = [];
  const reviewed: Reviewed<R>[] = [];
  for (const f of report.findings) {
    const r = byKey.get(findingFingerprint(f));
    if (r) reviewed.push({ ...f, review: { status: r.status, reason: r.reason, at: r.at } });
    else findings.push(f);
  }
  if (reviewed.length === 0) return report;
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return { ...report, findings, reviewed, summary: { errors: count("error"), warnings: count("warning"), info: count("info") } };
}

type Reviewable = Pick<Finding, "code" | "sheet" | "cell" | "expected" | "actual" | "severity">;
type Reviewed<R extends { findings: Reviewable[] }> = R["findings"][number] & { review: ReviewedFinding["review"] };

interface Summary {
  errors: number;
  warnings: number;
  info: number;
}
