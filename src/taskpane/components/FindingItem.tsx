import { Badge, Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, type ReactNode, type Ref } from "react";
import type { Finding } from "../../engine/findings/finding";
import { shownValues } from "../../engine/finding-values";
import { useT } from "../i18n";
import { REVIEW_ACTIONS_INSET, REVIEW_ACTIONS_WIDTH } from "./ReviewActions";

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  item: {
    position: "relative",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: "3px solid transparent",
    // 已核实 / 忽略 stay out of sight until the finding is hovered, focused (keyboard) or current.
    "& [data-review-idle]": { opacity: 0 },
    ":hover [data-review-idle]": { opacity: 1 },
    ":focus-within [data-review-idle]": { opacity: 1 },
  },
  currentActions: { "& [data-review-idle]": { opacity: 1 } },
  current: { backgroundColor: tokens.colorBrandBackground2, borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    background: "none",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  // The review buttons (ReviewActions) sit in the item's top right corner: the first line (severity, cell, form)
  // stops short of them and wraps there, at any width (issue 12: at 350 px they covered the form's name), and is
  // as tall as they are, so the message below starts under them.
  headBesideActions: {
    paddingInlineEnd: `calc(${REVIEW_ACTIONS_WIDTH} + 2 * ${REVIEW_ACTIONS_INSET} - ${tokens.spacingHorizontalS})`,
    minHeight: `calc(24px + ${REVIEW_ACTIONS_INSET} - ${tokens.spacingVerticalS})`,
  },
  extra: { paddingInline: tokens.spacingHorizontalS },
});

/**
 * One finding under its rule's heading: severity, where (sheet!cell, the form), message, 应为 / 表中为.
 * A click makes it the current finding (marked; inside Excel its cell is selected).
 */
export const FindingItem = memo(function FindingItem(props: {
  finding: Finding;
  index: number;
  current: boolean;
  mode: "excel" | "file";
  /** The form the finding lies in, as a short label. */
  where?: string;
  onActivate: (index: number) => void;
  /** Below the finding (review actions); the same function from render to render, so unchanged rows are skipped. */
  renderExtra?: (f: Finding, index: number) => ReactNode;
  /** The row's element (the windowed list measures it) and its place in the list. */
  ref?: Ref<HTMLLIElement>;
  row?: number;
}) {
  const { t } = useT();
  const styles = useStyles();
  const f = props.finding;
  const shown = shownValues(f);
  const at = `${f.sheet}!${f.cell}`;
  return (
    <li
      ref={props.ref}
      data-row-index={props.row}
      className={mergeClasses(styles.item, props.current && styles.current, props.current && styles.currentActions)}
      data-finding={props.index}
      aria-current={props.current ? "true" : undefined}
      data-current={props.current ? "true" : undefined}
    >
      <button
        type="button"
        className={styles.root}
        data-testid="finding"
        title={props.mode === "excel" ? t("findings.select", { cell: at }) : t("findings.cellOnly", { sheet: f.sheet, cell: f.cell })}
        onClick={() => props.onActivate(props.index)}
      >
        <span className={mergeClasses(styles.head, props.renderExtra ? styles.headBesideActions : undefined)} data-testid="finding-head">
          <Badge size="small" appearance="filled" color={SEVERITY_COLOR[f.severity]}>
            {t(`severity.${f.severity}`)}
          </Badge>
          {/* The stable code stays in JSON and in the tooltip; the group above is headed by the rule's title. */}
          <Caption1 title={f.code} data-code={f.code}>
            <strong>{at}</strong>
            {props.where ? ` · ${props.where}` : ""}
          </Caption1>
        </span>
        <Body1>{f.message}</Body1>
        {/* 应为 only where it corrects the cell, as the message writes it (finding-values.ts; the results sheet and CLI agree). */}
        {shown ? (
          <Caption1 data-testid="finding-values">
            {t("findings.expected", { value: shown.expected })}
            {shown.actual !== undefined ? ` · ${t("findings.actual", { value: shown.actual })}` : ""}
          </Caption1>
        ) : null}
      </button>
      {props.renderExtra ? <div className={styles.extra}>{props.renderExtra(f, props.index)}</div> : null}
    </li>
  );
});
