import { makeStyles } from "@fluentui/react-components";
import { CATALOG } from "../../engine/findings/catalog";
import { shownValues } from "../../engine/finding-values";
import { formKindLabel } from "../../engine/i18n";
import { BUILTIN_PROFILES } from "../../engine/profile/builtin";
import type { Report } from "../../engine/report";
import { countsByForm, formatScore, groupByRule } from "../group-findings";
import { useT } from "../i18n";

const useStyles = makeStyles({
  // Only on paper: the pane's screen is hidden by the print stylesheet and this summary printed instead.
  root: {
    display: "none",
    "@media print": { display: "block", color: "#000", fontSize: "10pt", fontFamily: "inherit" },
  },
  table: { borderCollapse: "collapse", width: "100%", marginBottom: "8pt", "& th, & td": { border: "0.5pt solid #888", padding: "2pt 4pt", textAlign: "left", verticalAlign: "top" } },
  report: { "@media print": { breakAfter: "page" } },
});

/**
 * The printable summary (导出 → 打印摘要): per workbook, the counts, the forms with their scores and the findings
 * by rule with 应为 / 表中为 — plain tables that read on paper, never the pane's buttons and filters.
 */
export function PrintSummary(props: { reports: Report[] }) {
  const { t, lang } = useT();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="print-summary">
      {props.reports.map((report) => (
        <section key={report.file} className={styles.report}>
          <h1>{t("print.title")}</h1>
          <p>
            {t("summary.file", { file: report.file })} · {t("print.profile", { profile: BUILTIN_PROFILES[report.profile]?.name[lang] ?? report.profile })} · {t("print.when", { when: new Date().toLocaleString(lang === "zh" ? "zh-CN" : "en-GB") })}
          </p>
          <p>
            <strong>{t("summary.counts", report.summary)}</strong>
          </p>
          {report.forms.length ? (
            <table className={styles.table}>
              <thead>
                <tr>
                  <th>{t("print.form")}</th>
                  <th>{t("print.where")}</th>
                  <th>{t("card.computed")}</th>
                  <th>{t("print.entered")}</th>
                  <th>{t("print.grade")}</th>
                  <th>{t("print.counts")}</th>
                </tr>
              </thead>
              <tbody>
                {countsByForm(report.forms, report.findings).map((c, i) => {
                  const f = report.forms[i];
                  return (
                    <tr key={`${f.sheet}!${f.range}`}>
                      <td>{f.title || formKindLabel(lang, f)}</td>
                      <td>{`${f.sheet}!${f.range}`}</td>
                      <td>{formatScore(f.score?.computed)}</td>
                      <td>{formatScore(f.score?.entered)}</td>
                      <td>{f.score?.grade ?? ""}</td>
                      <td>{`${c.errors} / ${c.warnings}`}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p>{t("summary.noForms")}</p>
          )}
          {groupByRule(report.findings, "all").map((g) => (
            <div key={g.code}>
              <h3>{`${CATALOG[g.code].title[lang]}（${g.findings.length}）`}</h3>
              <table className={styles.table}>
                <tbody>
                  {g.findings.map((f, i) => {
                    const shown = shownValues(f);
                    return (
                      <tr key={i}>
                        <td>{t(`severity.${f.severity}`)}</td>
                        <td>{`${f.sheet}!${f.cell}`}</td>
                        <td>{f.message}</td>
                        <td>{shown ? `${t("findings.expected", { value: shown.expected })}${shown.actual !== undefined ? ` · ${t("findings.actual", { value: shown.actual })}` : ""}` : ""}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
