import {
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
import { ArrowDownRegular, ArrowUpRegular, ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { CATALOG } from "../../engine/findings/catalog";
import type { Finding } from "../../engine/findings/finding";
import type { Report } from "../../engine/report";
import { formLocator, groupByRule, ruleCounts, stepIndex, type RuleGroup, type SeverityFilter as Filter } from "../group-findings";
import { useT } from "../i18n";
import { useVirtualRows } from "../virtual-rows";
import { FindingItem } from "./FindingItem";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  rule: { minWidth: "0", maxWidth: "100%" },
  nav: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  group: { listStyle: "none" },
  groupButton: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    width: "100%",
    minHeight: "32px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    color: "inherit",
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
});

/** Above this many rows (group headings and findings) only the rows in view are rendered. */
export const VIRTUALISE_FROM = 120;

/** One row of the flat list: a rule's heading, or a finding (by its index in report.findings). */
type Row = { kind: "group"; group: RuleGroup } | { kind: "finding"; index: number; finding: Finding };

/** A group is open by default when the whole list is short enough to read; else only the first (most severe). */
const OPEN_ALL_UP_TO = 60;

/**
 * The findings of one report, grouped by rule (one collapsible group per finding code, with its count), the groups
 * sorted by severity — one flat list of headings and findings, of which only the rows in view are rendered when it
 * is long (a 1,000-form workbook's 3,700 findings); filtered by severity and by rule; 上一个 / 下一个 (and F8 / Shift+F8, Alt+↓ / Alt+↑) walk
 * through them with the current one marked — inside Excel its cell is selected. The bar with the counts, filters and
 * navigation is drawn into `barSlot` (the pane's sticky top) so it stays in view while the list scrolls.
 */
export const FindingList = memo(function FindingList(props: {
  report: Report;
  /**
   * What the report was rendered from (the result's language-neutral report): a language switch renders the same one
   * again, so the open groups and the current finding stay; a new check or a review starts afresh.
   */
  source?: object;
  mode: "excel" | "file";
  onSelect?: (f: Finding) => void;
  /** Where the bar goes; rendered in place when absent. */
  barSlot?: HTMLElement | null;
  /** Whether the keyboard shortcuts act on this list (several files: the one last used). */
  active?: boolean;
  onActivate?: () => void;
  /** Extra content under a finding (review actions), by its index in report.findings. Keep it the same function
   * from render to render (with the callbacks above): the list and its rows are memoised on their props. */
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
  // A new report or filter: every group open for a short list, else the first; no current finding carried over.
  // The same report in another language is not new (findings keep their order and codes across languages). Set while
  // rendering (not in an effect after it): the first drawing of a big result already has its first group open, in
  // the one render React slices, instead of a second, unsliced render right after.
  const source = props.source ?? report;
  const opened = () => (report.findings.length <= OPEN_ALL_UP_TO ? groups.map((g) => g.code) : groups.slice(0, 1).map((g) => g.code));
  const [open, setOpen] = useState<string[]>(opened);
  const [openFor, setOpenFor] = useState({ source, severity, rule });
  if (openFor.source !== source || openFor.severity !== severity || openFor.rule !== rule) {
    setOpenFor({ source, severity, rule });
    setOpen(opened());
    if (openFor.source !== source) setCurrent(null);
  }
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const g of groups) {
      out.push({ kind: "group", group: g });
      if (open.includes(g.code)) for (const f of g.findings) out.push({ kind: "finding", index: indexOf.get(f)!, finding: f });
    }
    return out;
  }, [groups, open, indexOf]);
  const keys = useMemo(() => rows.map((r) => (r.kind === "group" ? `g:${r.group.code}` : `f:${r.index}`)), [rows]);
  const estimate = useCallback((i: number) => (rows[i]?.kind === "group" ? 33 : 84), [rows]);
  const virtual = useVirtualRows(listRef, keys, estimate, rows.length > VIRTUALISE_FROM);

  // The form a finding lies in, found once per finding (a row renders again on every scroll step and F8).
  const where = useMemo(() => formLocator(report.forms), [report]);

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

  // The current finding in view once its group is open (rendered first when the list is windowed).
  const { scrollTo } = virtual;
  useEffect(() => {
    if (current === null) return;
    const i = keys.indexOf(`f:${current}`);
    if (i >= 0) scrollTo(i);
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

  const toggle = (code: string) => setOpen((o) => (o.includes(code) ? o.filter((c) => c !== code) : [...o, code]));
  return (
    <section data-testid="findings" data-virtual={rows.length > VIRTUALISE_FROM ? "true" : undefined} onFocus={props.onActivate} onClick={props.onActivate}>
      {props.barSlot ? createPortal(bar, props.barSlot) : bar}
      <Subtitle2 as="h2">{t("findings.title")}</Subtitle2>
      {report.findings.length === 0 ? (report.forms.length ? <Body1>{t("findings.none")}</Body1> : null) : groups.length === 0 ? <Body1>{t("findings.noneForFilter")}</Body1> : null}
      <ul className={styles.list} ref={listRef} data-testid="finding-rows" data-rows={rows.length}>
        {virtual.before ? <li aria-hidden style={{ height: virtual.before }} /> : null}
        {rows.slice(virtual.start, virtual.end).map((r, k) => {
          const i = virtual.start + k;
          if (r.kind === "group") {
            const g = r.group;
            const expanded = open.includes(g.code);
            return (
              <li key={keys[i]} ref={virtual.measure(keys[i])} data-row-index={i} className={styles.group} data-severity={g.severity}>
                <button type="button" className={styles.groupButton} aria-expanded={expanded} onClick={() => toggle(g.code)} data-testid="rule-group">
                  {expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
                  <span className={styles.header}>
                    <span data-rule={g.code} title={g.code}>
                      {title(g.code)}
                    </span>
                    <CounterBadge count={g.findings.length} overflowCount={9999} size="small" appearance="filled" color={g.severity === "error" ? "danger" : g.severity === "warning" ? "important" : "informative"} />
                  </span>
                </button>
              </li>
            );
          }
          const f = r.finding;
          const form = where(f);
          return (
            <FindingItem
              key={keys[i]}
              ref={virtual.measure(keys[i])}
              row={i}
              finding={f}
              index={r.index}
              current={current === r.index}
              mode={props.mode}
              where={form && form.title !== f.sheet ? form.title : undefined}
              onActivate={activate}
              renderExtra={props.renderExtra}
            />
          );
        })}
        {virtual.after ? <li aria-hidden style={{ height: virtual.after }} /> : null}
      </ul>
    </section>
  );
});
