import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useT } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

/**
 * File mode: the browser's file chooser behind a Fluent button (several files at once; .xls offered too, so the
 * reader can say to save it as .xlsx), and the drop zone's hint; files never leave the machine.
 */
export function FilePicker(props: { onFiles: (files: File[]) => void; disabled: boolean; dragging?: boolean }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.root, props.dragging && styles.dragging)} data-testid="drop-zone">
      <Body1>{t("pickHint")}</Body1>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xls,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) props.onFiles(files);
        }}
      />
      <Button appearance="primary" icon={<DocumentTableRegular />} disabled={props.disabled} onClick={() => input.current?.click()}>
        {t("pickFile")}
      </Button>
      <Caption1>{t("dropHint")}</Caption1>
    </section>
  );
}
