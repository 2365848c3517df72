import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, CounterBadge, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding } from "../../engine/findings/finding";
import type { Report } from "../../engine/report";
import { groupFindings, type SeverityFilter as Filter } from "../group-findings";
import { useT } from "../i18n";
import { FindingItem } from "./FindingItem";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Findings grouped by sheet and form, filterable by severity. */
export function FindingList(props: { report: Report; onSelect?: (f: Finding) => void }) {
  const { t } = useT();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>("all");
  const groups = useMemo(() => groupFindings(props.report.findings, props.report.forms, filter), [props.report, filter]);
  return (
    <section data-testid="findings">
      <Subtitle2 as="h2">{t("findings.title")}</Subtitle2>
      <SeverityFilter value={filter} onChange={setFilter} summary={props.report.summary} />
      {props.report.findings.length === 0 ? (props.report.forms.length ? <Body1>{t("findings.none")}</Body1> : null) : groups.length === 0 ? <Body1>{t("findings.noneForFilter")}</Body1> : null}
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)} key={filter}>
        {groups.map((g) => (
          <AccordionItem key={g.key} value={g.key}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                {g.sheet} · {g.form ? g.form.title || g.form.range : t("findings.otherCells")}
                <CounterBadge count={g.findings.length} size="small" appearance="ghost" />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {g.findings.map((f, i) => (
                  <FindingItem key={`${f.code}-${f.cell}-${i}`} finding={f} onSelect={props.onSelect} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
