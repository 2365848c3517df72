import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, EraserRegular, TableEditRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useT } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface ActionBarProps {
  mode: "excel" | "file";
  busy: boolean;
  /** Replace entered scores that differ from the computed ones (old value kept in the note). */
  overwrite: boolean;
  onOverwriteChange: (on: boolean) => void;
  onWrite: () => void;
  onClear: () => void;
  onDownload: () => void;
  /** Beside the buttons (导出). */
  extra?: ReactNode;
}

/** Inside Excel: write or clear. In file mode: download the checked copy. Either way, overwriting is opt-in. */
export function ActionBar(props: ActionBarProps) {
  const { t } = useT();
  const styles = useStyles();
  const overwrite = (
    <Checkbox
      checked={props.overwrite}
      disabled={props.busy}
      onChange={(_, d) => props.onOverwriteChange(d.checked === true)}
      label={t("action.overwrite")}
      data-testid="overwrite"
    />
  );
  if (props.mode === "file") {
    return (
      <div className={styles.root}>
        <div className={styles.buttons}>
          <Button icon={<ArrowDownloadRegular />} disabled={props.busy} onClick={props.onDownload} data-testid="download">
            {t("action.download")}
          </Button>
          {props.extra}
        </div>
        {overwrite}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button icon={<TableEditRegular />} disabled={props.busy} onClick={props.onWrite} data-testid="write">
          {t("action.write")}
        </Button>
        <Button icon={<EraserRegular />} disabled={props.busy} onClick={props.onClear} data-testid="clear">
          {t("action.clear")}
        </Button>
        {props.extra}
      </div>
      {overwrite}
    </div>
  );
}
