import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, EraserRegular, TableEditRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";

const useStyles = makeStyles({ root: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" } });

/** Inside Excel: write or clear. In file mode: download the checked copy. */
export function ActionBar(props: { mode: "excel" | "file"; busy: boolean; onWrite: () => void; onClear: () => void; onDownload: () => void }) {
  const { t } = useT();
  const styles = useStyles();
  if (props.mode === "file") {
    return (
      <div className={styles.root}>
        <Button icon={<ArrowDownloadRegular />} disabled={props.busy} onClick={props.onDownload} data-testid="download">
          {t("action.download")}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Button icon={<TableEditRegular />} disabled={props.busy} onClick={props.onWrite} data-testid="write">
        {t("action.write")}
      </Button>
      <Button icon={<EraserRegular />} disabled={props.busy} onClick={props.onClear} data-testid="clear">
        {t("action.clear")}
      </Button>
    </div>
  );
}
