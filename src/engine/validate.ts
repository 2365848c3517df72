import { parseRange, parseCell } from "./address";
import { codeSelected, runChecks } from "./checks/run-checks";
import { resolveClaims, type Claim } from "./forms/compete";
import { neutralFinding, type FindingDraft, type NeutralFinding } from "./findings/finding";
import { FORM_MODULES, WORKBOOK_CHECKS } from "./forms/registry";
import { evaluateRecognised, recogniseWith, type EngineContext, type RecognisedForm } from "./forms/form-module";
import { findNearMisses, nearMissFinding, type NearMiss } from "./forms/near-miss";
import type { Lang } from "./i18n";
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from "./profile/builtin";
import { embeddedProfile } from "./profile/embedded";
import type { Profile } from "./profile/schema";
import { renderReport, type CellOutput, type NeutralFormReport, type NeutralReport, type Report } from "./report";
import { isOwnResultsSheet } from "./results-sheet";
import { applyReviews, readReviews } from "./reviews";
import { SheetGrid } from "./sheet-grid";
import { templateDrift } from "./template/drift";
import { readNoticeFindings } from "./read-notices";
import { veryHiddenFormFindings } from "./hidden-sheets";
import type { WorkbookSnapshot } from "./snapshot";

/** Names of the sheet budget-check writes; only its own (isOwnResultsSheet) is skipped, never a user's sheet of that name. */
export { RESULTS_SHEET_NAMES } from "./results-sheet";

export interface ValidateOptions {
  profile?: Profile;
  /**
   * The language of the report validateWorkbook renders, and of the error thrown for broken rules embedded in the
   * workbook. The engine's findings themselves do not depend on it (checkWorkbook).
   */
  lang?: Lang;
  /** Called after each recognised form is evaluated (the pane's worker reports 第 k / n 张表); no effect on the result. */
  onProgress?: (done: number, total: number) => void;
}

/** What the engine found, in no language: render it with renderResult (or renderReport) at the edge. */
export interface EngineResult {
  /** The report with codes, parameters and notes as language-neutral text (report.ts). */
  neutral: NeutralReport;
  /** The rules the workbook was scored by: the explicit one, else the workbook's embedded one, else the default. */
  profile: Profile;
  /** Computed values for cells (scores, rates, totals), written where the cell is empty. */
  outputs: CellOutput[];
  /** Header rows that look like a form kind's but that no recogniser read (also reported as FORM_NOT_RECOGNISED). */
  nearMisses: NearMiss[];
}

/** The engine's result with its report rendered in one language (contract.md): what hosts, CLI and pane show. */
export interface ValidationResult extends EngineResult {
  report: Report;
}

/**
 * Recognise every form of the workbook. Where two recognisers claim overlapping cells, the claim with the stronger
 * evidence keeps them (forms/compete.ts); on equal evidence the module earlier in the registry does.
 */
export function recogniseForms(grids: SheetGrid[], ctx: EngineContext): RecognisedForm[] {
  const claims: (Claim & { recognised: RecognisedForm })[] = [];
  FORM_MODULES.forEach((module, priority) => {
    for (const grid of grids) {
      for (const { recognised, evidence } of recogniseWith(module, grid, ctx)) {
        claims.push({ recognised, sheet: recognised.place.sheet, box: parseRange(recognised.place.range), evidence, priority });
      }
    }
  });
  const accepted = resolveClaims(claims);
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  accepted.sort((a, b) => (sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)!) || a.box.top - b.box.top || a.box.left - b.box.left);
  return accepted.map((c) => c.recognised);
}

function findingOrder(grids: SheetGrid[]) {
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  // Each address parsed once, not at every comparison (thousands of findings, a dozen comparisons each).
  const cells = new Map<string, { row: number; col: number }>();
  const at = (cell: string) => {
    let p = cells.get(cell);
    if (!p) cells.set(cell, (p = parseCell(cell.split(":")[0])));
    return p;
  };
  return (a: NeutralFinding, b: NeutralFinding): number => {
    const s = (sheetOrder.get(a.sheet) ?? 999) - (sheetOrder.get(b.sheet) ?? 999);
    if (s) return s;
    const p = at(a.cell);
    const q = at(b.cell);
    return p.row - q.row || p.col - q.col;
  };
}

/** The whole engine and the report in options.lang (zh by default): checkWorkbook, then renderResult. Pure. */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): ValidationResult {
  return renderResult(checkWorkbook(snapshot, options), options.lang ?? "zh");
}

/** The engine's result in a language: its report rendered, nothing checked again (a language switch is this only). */
export function renderResult(result: EngineResult, lang: Lang): ValidationResult {
  return { ...result, report: renderReport(result.neutral, lang) };
}

/** The whole engine: snapshot in, language-neutral report and computed cell values out. Pure. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions = {}): EngineResult {
  const lang = options.lang ?? "zh";
  // A profile the workbook carries (a department's template) wins over the default; an explicit one wins over both.
  const profile = options.profile ?? embeddedProfile(snapshot, lang) ?? BUILTIN_PROFILES[DEFAULT_PROFILE_ID];
  const grids = snapshot.sheets
    .filter((s) => s.visibility !== "veryHidden" && !isOwnResultsSheet(s))
    .map((s) => new SheetGrid(s, profile.headerSynonyms));
  const ctx: EngineContext = { profile, grids };

  const recognised = recogniseForms(grids, ctx);
  const drafts: FindingDraft[] = [];
  const forms: NeutralFormReport[] = [];
  const outputs: CellOutput[] = [];
  for (const r of recognised) {
    const ev = evaluateRecognised(r, ctx);
    // Findings name their form: a finding may sit outside the form's range (基础数据 of a department evaluation).
    const form = forms.length;
    for (const f of ev.findings) drafts.push({ ...f, form });
    outputs.push(...(ev.outputs ?? []));
    forms.push({
      kind: r.place.kind,
      sheet: r.place.sheet,
      range: r.place.range,
      title: r.place.title,
      ...(r.place.variant ? { variant: r.place.variant } : {}),
      ...(ev.score ? { score: ev.score } : {}),
      notes: r.place.notes ?? [],
    });
    options.onProgress?.(forms.length, recognised.length);
  }
  const first = grids[0];
  const site = { sheet: first?.name ?? "", cell: first ? first.address(first.top, first.left) : "A1" };
  drafts.push(...runChecks(WORKBOOK_CHECKS, [recognised, ctx], { profile, site }));
  // A workbook made from a budget-check template whose structure was changed since (TEMPLATE_CHANGED).
  drafts.push(...templateDrift(snapshot));
  // What the host could not read, and forms on very hidden sheets: said in the report, never silent (issue 15).
  drafts.push(...readNoticeFindings(snapshot.notices ?? []));
  drafts.push(...veryHiddenFormFindings(snapshot, profile, (grid) => recogniseForms([grid], { ...ctx, grids: [grid] })));
  // A header no recogniser claimed is said, not hidden: otherwise an unread form looks like a clean one.
  const nearMisses = findNearMisses(grids, recognised.map((r) => r.place));
  for (const miss of nearMisses) drafts.push(nearMissFinding(miss));

  const seen = new Set<string>();
  const findings = drafts
    // A profile's pick/skip also holds for the findings no check raises (FORM_NOT_RECOGNISED, TEMPLATE_CHANGED).
    .filter((d) => codeSelected(profile.checks, d.code))
    .map(neutralFinding)
    .filter((f) => {
      const key = `${f.code}|${f.sheet}|${f.cell}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(findingOrder(grids));

  const summary = {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
  // Findings a reviewer ignored or verified in this workbook (its review sheet) are listed as reviewed, not counted.
  const neutral = applyReviews({ file: snapshot.name, profile: profile.id, forms, findings, summary }, readReviews(snapshot));
  return { neutral, profile, outputs, nearMisses };
}
