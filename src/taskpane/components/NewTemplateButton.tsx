import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Profile } from "../../engine/profile/schema";
import type { TemplateKind } from "../../engine/template/layout";
import { useT } from "../i18n";
import { TEMPLATE_WORDS, newTemplate } from "../template-action";

/** 新建模板 / New template: a menu of the two templates, made from the chosen scoring rules. */
export function NewTemplateButton(props: { mode: "excel" | "file"; profile: Profile; disabled: boolean }) {
  const { lang } = useT();
  const words = TEMPLATE_WORDS[lang];
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const make = async (kind: TemplateKind) => {
    setBusy(true);
    try {
      const out = await newTemplate(props.mode, kind, props.profile);
      setMessage({ intent: "success", text: out.kind === "inserted" ? words.inserted.replace("{{sheet}}", out.sheet) : words.downloaded.replace("{{file}}", out.file) });
    } catch (e) {
      setMessage({ intent: "error", text: words.failed.replace("{{detail}}", e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<DocumentAddRegular />} disabled={props.disabled || busy} data-testid="new-template">
            {words.button}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {(["self-evaluation", "goal-table"] as const).map((k) => (
              <MenuItem key={k} onClick={() => void make(k)} data-testid={`new-template-${k}`}>
                {words[k]}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {message ? (
        <MessageBar intent={message.intent} data-testid="new-template-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
