import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useT } from "../i18n";
import type { Notice } from "../use-checker";

/** Every outcome the user must know about — above all a failure — is shown here, never only logged. */
export function NoticeBar(props: { notice: Notice; onDismiss: () => void }) {
  const { t } = useT();
  return (
    <MessageBar intent={props.notice.intent} data-testid="notice">
      <MessageBarBody>
        {props.notice.intent === "error" ? <MessageBarTitle>{t("error.title")}</MessageBarTitle> : null}
        {props.notice.text}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label="dismiss" icon={<DismissRegular />} onClick={props.onDismiss} />} />
    </MessageBar>
  );
}
