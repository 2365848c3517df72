import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  Dropdown,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { CATALOG } from "../../engine/findings/catalog";
import type { Finding } from "../../engine/findings/finding";
import type { Report } from "../../engine/report";
import { formOf, groupByRule, ruleCounts, stepIndex, type SeverityFilter as Filter } from "../group-findings";
import { useT } from "../i18n";
import { FindingItem } from "./FindingItem";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  rule: { minWidth: "0", maxWidth: "100%" },
  nav: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** A group is open by default when the whole list is short enough to read; else only the first (most severe). */
const OPEN_ALL_UP_TO = 60;

/**
 * The findings of one report, grouped by rule (one collapsible group per finding code, with its count), the groups
 * sorted by severity; filtered by severity and by rule; 上一个 / 下一个 (and F8 / Shift+F8, Alt+↓ / Alt+↑) walk
 * through them with the current one marked — inside Excel its cell is selected. The bar with the counts, filters and
 * navigation is drawn into `barSlot` (the pane's sticky top) so it stays in view while the list scrolls.
 */
export function FindingList(props: {
  report: Report;
  mode: "excel" | "file";
  onSelect?: (f: Finding) => void;
  /** Where the bar goes; rendered in place when absent. */
  barSlot?: HTMLElement | null;
  /** Whether the keyboard shortcuts act on this list (several files: the one last used). */
  active?: boolean;
  onActivate?: () => void;
  /** Extra content under a finding (review actions), by its index in report.findings. */
  renderExtra?: (f: Finding, index: number) => ReactNode;
  /** A label before the counts in the bar (the file's name when several are shown). */
  label?: string;
}) {
  const { t, lang } = useT();
  const styles = useStyles();
  const { report } = props;
  const [severity, setSeverity] = useState<Filter>("all");
  const [rule, setRule] = useState<string>("all");
  const [current, setCurrent] = useState<number | null>(null);
  const groups = useMemo(() => groupByRule(report.findings, severity, rule), [report, severity, rule]);
  const rules = useMemo(() => ruleCounts(report.findings), [report]);
  const indexOf = useMemo(() => new Map(report.findings.map((f, i) => [f, i])), [report]);
  const order = useMemo(() => groups.flatMap((g) => g.findings.map((f) => indexOf.get(f)!)), [groups, indexOf]);
  const [open, setOpen] = useState<string[]>([]);
  const listRef = useRef<HTMLElement>(null);

  // A new report or filter: every group open for a short list, else the first; no current finding carried over.
  useEffect(() => {
    setOpen(report.findings.length <= OPEN_ALL_UP_TO ? groups.map((g) => g.code) : groups.slice(0, 1).map((g) => g.code));
  }, [report, severity, rule]);
  useEffect(() => setCurrent(null), [report]);

  const { onSelect, onActivate } = props;
  const activate = useCallback(
    (index: number) => {
      const f = report.findings[index];
      if (!f) return;
      setCurrent(index);
      onActivate?.();
      setOpen((o) => (o.includes(f.code) ? o : [...o, f.code]));
      onSelect?.(f);
    },
    [report, onSelect, onActivate],
  );

  const step = useCallback(
    (dir: 1 | -1) => {
      const at = current === null ? null : order.indexOf(current);
      const next = stepIndex(at === -1 ? null : at, order.length, dir);
      if (next !== null) activate(order[next]);
    },
    [current, order, activate],
  );

  // The current finding in view once its group is open.
  useEffect(() => {
    if (current === null) return;
    const el = listRef.current?.querySelector(`[data-finding="${current}"]`);
    el?.scrollIntoView?.({ block: "center" });
  }, [current, open]);

  // F8 / Shift+F8 (as Excel's own "go to next") and Alt+↓ / Alt+↑.
  useEffect(() => {
    if (props.active === false) return;
    const onKey = (e: KeyboardEvent) => {
      const next = (e.key === "F8" && !e.shiftKey) || (e.altKey && e.key === "ArrowDown");
      const prev = (e.key === "F8" && e.shiftKey) || (e.altKey && e.key === "ArrowUp");
      if (!next && !prev) return;
      e.preventDefault();
      step(next ? 1 : -1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step, props.active]);

  const position = current === null ? 0 : order.indexOf(current) + 1;
  const title = (code: string) => CATALOG[code as Finding["code"]].title[lang];
  const bar = (
    <div className={styles.bar} data-testid="review-bar">
      {props.label ? <Caption1>{props.label}</Caption1> : null}
      <SeverityFilter value={severity} onChange={setSeverity} summary={report.summary} />
      <div className={styles.row}>
        <Dropdown
          className={styles.rule}
          size="small"
          aria-label={t("rule.label")}
          value={rule === "all" ? t("rule.all", { count: report.findings.length }) : `${title(rule)} ${rules.find((r) => r.code === rule)?.count ?? 0}`}
          selectedOptions={[rule]}
          onOptionSelect={(_, d) => d.optionValue && setRule(d.optionValue)}
          data-testid="rule-filter"
        >
          <Option value="all" text={t("rule.all", { count: report.findings.length })}>
            {t("rule.all", { count: report.findings.length })}
          </Option>
          {rules.map((r) => (
            <Option key={r.code} value={r.code} text={`${title(r.code)} ${r.count}`}>
              {`${title(r.code)} ${r.count}`}
            </Option>
          ))}
        </Dropdown>
        <span className={styles.nav}>
          <Button size="small" icon={<ArrowUpRegular />} disabled={!order.length} onClick={() => step(-1)} title={t("nav.prevHint")} aria-label={t("nav.prev")} data-testid="prev-finding" />
          <Button size="small" icon={<ArrowDownRegular />} disabled={!order.length} onClick={() => step(1)} title={t("nav.nextHint")} aria-label={t("nav.next")} data-testid="next-finding" />
          <Caption1 data-testid="finding-position">{t("nav.position", { index: position || "–", count: order.length })}</Caption1>
        </span>
      </div>
    </div>
  );

  return (
    <section data-testid="findings" ref={listRef} onFocus={props.onActivate} onClick={props.onActivate}>
      {props.barSlot ? createPortal(bar, props.barSlot) : bar}
      <Subtitle2 as="h2">{t("findings.title")}</Subtitle2>
      {report.findings.length === 0 ? (report.forms.length ? <Body1>{t("findings.none")}</Body1> : null) : groups.length === 0 ? <Body1>{t("findings.noneForFilter")}</Body1> : null}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
        {groups.map((g) => (
          <AccordionItem key={g.code} value={g.code} data-severity={g.severity}>
            <AccordionHeader size="small">
              <span className={styles.header}>
                <span data-rule={g.code} title={g.code}>
                  {title(g.code)}
                </span>
                <CounterBadge count={g.findings.length} overflowCount={9999} size="small" appearance="filled" color={g.severity === "error" ? "danger" : g.severity === "warning" ? "important" : "informative"} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {g.findings.map((f) => {
                  const index = indexOf.get(f)!;
                  const form = formOf(f, report.forms);
                  return (
                    <FindingItem key={index} finding={f} index={index} current={current === index} mode={props.mode} where={form && form.title !== f.sheet ? form.title : undefined} onActivate={activate}>
                      {props.renderExtra?.(f, index)}
                    </FindingItem>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
