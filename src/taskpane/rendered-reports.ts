import type { Finding } from "../engine/findings/finding";
import { renderFinding, type Lang } from "../engine/i18n";
import { renderReport, type NeutralReport, type Report } from "../engine/report";
import type { ValidationResult } from "../engine/validate";

/**
 * The pane's reports per language, kept for as long as their language-neutral report lives: a language switch
 * (use-checker.ts) takes the report in the other language from here — rendered beforehand, in idle time, by
 * prerender() — instead of rendering 3,700 messages between the click and the repaint; switching back gives the very
 * report shown before, so the memoised parts of the pane render nothing again. Rendering is pure (renderReport), so a
 * kept report is the one renderReport would give.
 */
const RENDERED = new WeakMap<NeutralReport, Partial<Record<Lang, Report>>>();

function renderedOf(neutral: NeutralReport): Partial<Record<Lang, Report>> {
  let byLang = RENDERED.get(neutral);
  if (!byLang) RENDERED.set(neutral, (byLang = {}));
  return byLang;
}

/** The result with its report in `lang` (as engine/validate.ts renderResult), kept or rendered now. */
export function resultIn(result: ValidationResult, lang: Lang): ValidationResult {
  const byLang = renderedOf(result.neutral);
  const report = (byLang[lang] ??= renderReport(result.neutral, lang));
  return report === result.report ? result : { ...result, report };
}

/**
 * Keep a result's report as the one in `lang` — if it is (its first message is the one `lang` gives and not the one
 * the other language gives; a check that finished after a switch may be in the other language): switching back then
 * shows this same object.
 */
export function remember(result: ValidationResult, lang: Lang): void {
  const byLang = renderedOf(result.neutral);
  if (byLang[lang]) return;
  const first = result.neutral.findings[0];
  const shown = result.report.findings[0]?.message;
  if (!first || shown === undefined) return;
  if (renderFinding(first, lang).message !== shown || renderFinding(first, lang === "zh" ? "en" : "zh").message === shown) return;
  byLang[lang] = result.report;
}

type Schedule = (step: (deadline?: { timeRemaining(): number }) => void) => () => void;

/** When the page is idle (requestIdleCallback), else soon (setTimeout): the returned function cancels. */
const whenIdle: Schedule = (step) => {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(step, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(step, 0);
  return () => clearTimeout(id);
};

/**
 * Render the results' reports in `lang` ahead of a switch, a hundred findings at a time while the page is idle, so
 * no main-thread task of its own grows long. Returns a function that stops it (the results changed).
 */
export function prerender(results: ValidationResult[], lang: Lang, schedule: Schedule = whenIdle): () => void {
  const jobs = results.map((r) => ({ neutral: r.neutral, base: null as Report | null, findings: [] as Finding[] }));
  let cancel: (() => void) | null = null;
  const step = (deadline?: { timeRemaining(): number }) => {
    // At most 20 ms a slice, whatever the idle time left: no task of its own on the long-task list's scale.
    const until = performance.now() + Math.min(20, Math.max(4, deadline?.timeRemaining() ?? 8));
    while (jobs.length && performance.now() < until) {
      const job = jobs[0];
      const byLang = renderedOf(job.neutral);
      if (byLang[lang]) {
        jobs.shift();
        continue;
      }
      // As renderReport, the findings apart: the same object, built in steps.
      job.base ??= renderReport({ ...job.neutral, findings: [] }, lang);
      const end = Math.min(job.neutral.findings.length, job.findings.length + 100);
      for (let i = job.findings.length; i < end; i++) job.findings.push(renderFinding(job.neutral.findings[i], lang));
      if (job.findings.length === job.neutral.findings.length) {
        byLang[lang] = { ...job.base, findings: job.findings };
        jobs.shift();
      }
    }
    cancel = jobs.length ? schedule(step) : null;
  };
  cancel = jobs.length ? schedule(step) : null;
  return () => cancel?.();
}
