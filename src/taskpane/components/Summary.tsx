import { memo } from "react";
import { Badge, Body1, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../engine/report";
import { useT } from "../i18n";
import { countsByForm } from "../group-findings";
import { FormScoreCard } from "./FormScoreCard";
import { COMPACT_AFTER_FORMS, FormTable } from "./FormTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export const Summary = memo(function Summary(props: { report: Report; /** Only this sheet was checked. */ sheet?: string }) {
  const { t } = useT();
  const styles = useStyles();
  const { report } = props;
  const compact = report.forms.length > COMPACT_AFTER_FORMS;
  const counts = compact ? [] : countsByForm(report.forms, report.findings);
  return (
    <section className={styles.root} data-testid="summary">
      <Subtitle2 as="h2">{t("summary.title")}</Subtitle2>
      <Caption1>{t("summary.file", { file: report.file })}</Caption1>
      {props.sheet ? <Caption1 data-testid="summary-scope">{t("summary.onlySheet", { sheet: props.sheet })}</Caption1> : null}
      <div className={styles.counts}>
        <Badge appearance="tint" color="danger">{`${t("severity.error")} ${report.summary.errors}`}</Badge>
        <Badge appearance="tint" color="warning">{`${t("severity.warning")} ${report.summary.warnings}`}</Badge>
        <Badge appearance="tint" color="informative">{`${t("severity.info")} ${report.summary.info}`}</Badge>
        {report.reviewed?.length ? <Badge appearance="tint" color="success" data-testid="summary-reviewed">{t("summary.reviewed", { count: report.reviewed.length })}</Badge> : null}
      </div>
      {report.forms.length ? (
        <Body1>{t("summary.forms", { count: report.forms.length })}</Body1>
      ) : (
        // Nothing was checked: say so as a warning, never as a clean result.
        <MessageBar intent="warning" data-testid="no-forms">
          <MessageBarBody>{t("summary.noForms")}</MessageBarBody>
        </MessageBar>
      )}
      {compact ? (
        // A department's workbook of hundreds of forms: one compact row each, those needing a look first.
        <FormTable forms={report.forms} findings={report.findings} />
      ) : (
        report.forms.map((f, i) => <FormScoreCard key={`${f.sheet}!${f.range}`} form={f} counts={counts[i]} />)
      )}
    </section>
  );
});
