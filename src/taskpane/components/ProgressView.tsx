import { Button, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import type { Progress } from "../use-checker";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between", minWidth: 0 },
  label: { minWidth: 0, overflowWrap: "anywhere" },
  file: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** What the pane is doing (per form while checking), its progress and 取消 while reading or checking. */
export function ProgressView(props: { progress: Progress; onCancel?: () => void }) {
  const { t } = useT();
  const styles = useStyles();
  const p = props.progress;
  const label =
    p.step === "validate" && p.forms ? t("step.validateForms", p.forms) : p.step === "read" && p.sheets ? t("step.readSheets", p.sheets) : t(`step.${p.step}`);
  return (
    <div role="status" aria-live="polite" data-testid="progress" data-step={p.step} data-value={p.value}>
      <div className={styles.row}>
        <Spinner className={styles.label} size="tiny" labelPosition="after" label={label} data-testid="progress-label" />
        {p.cancellable && props.onCancel ? (
          <Button size="small" appearance="secondary" icon={<DismissRegular />} onClick={props.onCancel} data-testid="cancel-check">
            {t("step.cancel")}
          </Button>
        ) : null}
      </div>
      {p.file ? <div className={styles.file}>{t("step.file", p.file)}</div> : null}
      <ProgressBar value={p.value} thickness="medium" />
    </div>
  );
}
