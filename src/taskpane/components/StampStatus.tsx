import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Verification } from "../../engine/stamp";
import { useT } from "../i18n";
import { describeVerification } from "../stamp-action";

/** Whether the workbook just read is unchanged since the check its stamp records; nothing when it carries none. */
export function StampStatus(props: { verification: Promise<Verification | null> | null }) {
  const { lang } = useT();
  const [status, setStatus] = useState<{ intent: "success" | "warning"; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    setStatus(null);
    if (props.verification) {
      void props.verification
        .then((v) => live && setStatus(v ? describeVerification(v, lang) : null))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [props.verification, lang]);
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} data-testid="stamp-status">
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
