import { Badge, Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../engine/findings/finding";
import { CATALOG } from "../../engine/findings/catalog";
import { shownValues } from "../../engine/finding-values";
import { useT } from "../i18n";

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    font: "inherit",
    color: "inherit",
  },
  clickable: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  head: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
});

/** One finding: severity, cell, message, expected value. Inside Excel, a click selects the cell. */
export function FindingItem(props: { finding: Finding; onSelect?: (f: Finding) => void }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const f = props.finding;
  // The catalogue's title is the headline; the stable code stays in JSON and in the tooltip.
  const title = CATALOG[f.code].title[lang];
  const shown = shownValues(f);
  const body = (
    <>
      <span className={styles.head}>
        <Badge size="small" appearance="filled" color={SEVERITY_COLOR[f.severity]}>
          {t(`severity.${f.severity}`)}
        </Badge>
        <Caption1 title={f.code} data-code={f.code}>
          <strong>{f.cell}</strong> · {title}
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
    </>
  );
  if (!props.onSelect) {
    return (
      <li className={styles.root} data-testid="finding" title={t("findings.cellOnly", { sheet: f.sheet, cell: f.cell })}>
        {body}
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.root, styles.clickable)}
        data-testid="finding"
        title={t("findings.select", { cell: `${f.sheet}!${f.cell}` })}
        onClick={() => props.onSelect!(f)}
      >
        {body}
      </button>
    </li>
  );
}
