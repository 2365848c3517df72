import { Button } from "@fluentui/react-components";
import { CheckmarkStarburstRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";

export function CheckButton(props: { onCheck: () => void; busy: boolean; checked: boolean }) {
  const { t } = useT();
  return (
    <Button appearance="primary" icon={<CheckmarkStarburstRegular />} disabled={props.busy} onClick={props.onCheck} data-testid="check">
      {props.checked ? t("recheck") : t("check")}
    </Button>
  );
}
