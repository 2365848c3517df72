import { Divider, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Finding } from "../../engine/findings/finding";
import type { WorkbookSnapshot } from "../../engine/snapshot";
import type { ValidationResult } from "../../engine/validate";
import { FindingList } from "./FindingList";
import { StampStatus } from "./StampStatus";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  several: { borderTop: `2px solid ${tokens.colorNeutralStroke1}`, paddingTop: tokens.spacingVerticalM },
});

/**
 * One workbook's results: its summary and form cards, its actions, its findings. In file mode with several files,
 * one such section per file, headed by the file's name; a file that could not be read says why.
 */
export function WorkbookView(props: {
  name: string;
  /** Several files are shown: head the section with the file's name. */
  several: boolean;
  mode: "excel" | "file";
  snapshot?: WorkbookSnapshot | null;
  result?: ValidationResult | null;
  error?: string;
  actions?: ReactNode;
  barSlot?: HTMLElement | null;
  active: boolean;
  onActivate: () => void;
  onSelect?: (f: Finding) => void;
  renderExtra?: (f: Finding, index: number) => ReactNode;
  /** Between the summary and the actions (the sheet chooser). */
  options?: ReactNode;
  /** Only this sheet was checked. */
  sheet?: string;
}) {
  const styles = useStyles();
  return (
    <section className={props.several ? `${styles.root} ${styles.several}` : styles.root} data-testid="workbook" data-file={props.name}>
      {props.several ? <Subtitle1 as="h2">{props.name}</Subtitle1> : null}
      {props.error ? (
        <MessageBar intent="error" data-testid="workbook-error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.result ? (
        <>
          <Summary report={props.result.report} sheet={props.sheet} />
          <StampStatus snapshot={props.snapshot ?? null} />
          {props.options}
          {props.actions}
          <Divider />
          <FindingList
            report={props.result.report}
            mode={props.mode}
            barSlot={props.active ? props.barSlot : undefined}
            active={props.active}
            onActivate={props.onActivate}
            onSelect={props.onSelect}
            renderExtra={props.renderExtra}
            label={props.several ? props.name : undefined}
          />
        </>
      ) : null}
    </section>
  );
}
