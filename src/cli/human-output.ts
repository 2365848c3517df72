import type { Finding } from "../engine/findings/finding";
import { formKindLabel, type Lang } from "../engine/i18n";
import { shownValues } from "../engine/finding-values";
import { roundHalfAway } from "../engine/numbers";
import type { Profile } from "../engine/profile/schema";
import type { Report } from "../engine/report";
import { cliText } from "./strings";

function score(v: number | null | undefined): string {
  return v === null || v === undefined ? "—" : roundHalfAway(v, 2).toFixed(2);
}

function formLines(report: Report, lang: Lang): string[] {
  const lines = [cliText(lang, "formsFound", { count: report.forms.length })];
  for (const f of report.forms) {
    const kind = formKindLabel(lang, f);
    // A title that only repeats the form kind ("部门整体支出绩效评分表") adds nothing.
    const title = f.title && f.title !== kind ? `「${f.title}」` : "";
    let line = `  ${f.sheet}!${f.range}  ${kind}${title}`;
    if (f.score) {
      const s = f.score;
      line += `  ${cliText(lang, "computed")} ${score(s.computed)}  ${cliText(lang, "entered")} ${score(s.entered)}  ${cliText(lang, "grade")} ${s.grade}`;
      if (s.enteredGrade && s.enteredGrade !== s.grade) line += ` (${s.enteredGrade})`;
    }
    lines.push(line);
    // What the recogniser inferred (e.g. 二级指标 from the names) is for the reviewer to see, not only in --json.
    for (const note of f.notes) lines.push(`      · ${note}`);
  }
  return lines;
}

function findingLine(f: Finding, lang: Lang): string {
  // 应为 only where it corrects the cell, written as the message writes it (finding-values.ts, as in the pane).
  const shown = shownValues(f);
  const expected = shown ? `  [${cliText(lang, "expected")} ${shown.expected}]` : "";
  return `    ${f.cell.padEnd(6)} ${cliText(lang, f.severity).padEnd(lang === "zh" ? 2 : 7)} ${f.code}  ${f.message.replace(/\s*[\r\n]+\s*/g, " ")}${expected}`;
}

/** The human summary of one workbook: forms with their scores, the counts, the findings grouped by sheet. */
export function formatReport(report: Report, profile: Profile, lang: Lang): string {
  const lines = [`${report.file}  (${cliText(lang, "profileLine", { profile: profile.name[lang] })})`];
  lines.push(...formLines(report, lang));
  lines.push(cliText(lang, "summary", report.summary));
  if (report.findings.length === 0) {
    lines.push(`  ${cliText(lang, "noFindings")}`);
  } else {
    let sheet: string | undefined;
    for (const f of report.findings) {
      if (f.sheet !== sheet) {
        sheet = f.sheet;
        lines.push(`  ${sheet}`);
      }
      lines.push(findingLine(f, lang));
    }
  }
  return `${lines.join("\n")}\n`;
}
