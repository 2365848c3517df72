import { Tab, TabList } from "@fluentui/react-components";
import type { Report } from "../../engine/report";
import type { SeverityFilter as Filter } from "../group-findings";
import { useT } from "../i18n";

export function SeverityFilter(props: { value: Filter; onChange: (f: Filter) => void; summary: Report["summary"] }) {
  const { t } = useT();
  const total = props.summary.errors + props.summary.warnings + props.summary.info;
  return (
    <TabList size="small" selectedValue={props.value} onTabSelect={(_, d) => props.onChange(d.value as Filter)} aria-label={t("filter.label")}>
      <Tab value="all">{`${t("filter.all")} ${total}`}</Tab>
      <Tab value="error">{`${t("severity.error")} ${props.summary.errors}`}</Tab>
      <Tab value="warning">{`${t("severity.warning")} ${props.summary.warnings}`}</Tab>
      <Tab value="info">{`${t("severity.info")} ${props.summary.info}`}</Tab>
    </TabList>
  );
}
