import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import { useT } from "../i18n";
import { checkStamp, describeVerification } from "../stamp-action";

/** Whether the workbook just read is unchanged since the check its stamp records; nothing when it carries none. */
export function StampStatus(props: { snapshot: WorkbookSnapshot | null }) {
  const { lang } = useT();
  const [status, setStatus] = useState<{ intent: "success" | "warning"; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    setStatus(null);
    if (props.snapshot) {
      void checkStamp(props.snapshot)
        .then((v) => live && setStatus(v ? describeVerification(v, lang) : null))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [props.snapshot, lang]);
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} data-testid="stamp-status">
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
