import { Button, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
});

export function Header(props: { mode: "excel" | "file"; onToggleLanguage: () => void }) {
  const { t } = useT();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Title3 as="h1">{t("appTitle")}</Title3>
        <Caption1>{t(`mode.${props.mode}`)}</Caption1>
      </div>
      <Button size="small" appearance="subtle" onClick={props.onToggleLanguage} data-testid="language">
        {t("language")}
      </Button>
    </header>
  );
}
