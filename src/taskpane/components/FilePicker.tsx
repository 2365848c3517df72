import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useT } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/** File mode: the browser's file chooser behind a Fluent button; the file never leaves the machine. */
export function FilePicker(props: { onFile: (file: File) => void; disabled: boolean }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Body1>{t("pickHint")}</Body1>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) props.onFile(f);
        }}
      />
      <Button appearance="primary" icon={<DocumentTableRegular />} disabled={props.disabled} onClick={() => input.current?.click()}>
        {t("pickFile")}
      </Button>
    </section>
  );
}
