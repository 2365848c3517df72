import { Divider, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { startTransition, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Finding } from "../../engine/findings/finding";
import type { Verification } from "../../engine/stamp";
import type { ValidationResult } from "../../engine/validate";
import type { Review } from "../../engine/reviews";
import { FindingList, VIRTUALISE_FROM } from "./FindingList";
import { ReviewActions, ReviewedList, ReviewsDisabled } from "./ReviewActions";
import { StampStatus } from "./StampStatus";
import { Summary } from "./Summary";
import { useT } from "../i18n";

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
  /** The workbook's validation stamp compared with what was read (null: none to compare). */
  stamp?: Promise<Verification | null> | null;
  result?: ValidationResult | null;
  error?: string;
  /** Several files were being checked and 取消 came before this one was done. */
  cancelled?: boolean;
  actions?: ReactNode;
  barSlot?: HTMLElement | null;
  active: boolean;
  onActivate: () => void;
  onSelect?: (f: Finding) => void;
  /** 忽略 / 已核实 on a finding, or a decision taken back (status null). */
  onReview?: (f: Finding, status: Review["status"] | null, reason?: string) => void;
  busy?: boolean;
  /** Between the summary and the actions (the sheet chooser). */
  options?: ReactNode;
  /** Only this sheet was checked. */
  sheet?: string;
}) {
  const styles = useStyles();
  const { t } = useT();
  // The finding list is memoised: its callbacks stay the same functions while the pane renders around it (a language
  // switch, progress, notices), calling the pane's latest ones.
  const onActivate = useStable(props.onActivate);
  const onSelect = useStable(props.onSelect);
  const onReview = useStable(props.onReview);
  const busy = !!props.busy;
  // The review buttons of every rendered finding (a hundred pairs in a long list) follow the busy flag a moment
  // later, in a render React can slice, so that 下载 (and its end) draws the progress and the pane's buttons at once
  // without them (they only open the reason's input; its confirmation follows the same flag).
  const reviewsDisabled = useDeferredValue(busy);
  // A big result (a windowed finding list) is drawn in two steps: the summary and the form table first, the finding
  // list in a later task, once the first has been laid out and painted, so that the first drawing of a 1,000-form
  // result is not one long task (React's commit, Fluent's style rules and the layout of both at once).
  const big = (props.result?.report.findings.length ?? 0) > VIRTUALISE_FROM;
  const [listShown, setListShown] = useState(!big);
  useEffect(() => {
    if (listShown || !big) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setListShown(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [listShown, big]);
  // The same function while busy switches (the buttons read it from ReviewsDisabled): the list is not drawn again.
  const renderExtra = useMemo(() => (onReview ? (f: Finding) => <ReviewActions finding={f} onReview={onReview} /> : undefined), [onReview]);
  return (
    <section className={props.several ? `${styles.root} ${styles.several}` : styles.root} data-testid="workbook" data-file={props.name}>
      {props.several ? <Subtitle1 as="h2">{props.name}</Subtitle1> : null}
      {props.error ? (
        <MessageBar intent="error" data-testid="workbook-error">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.cancelled ? (
        <MessageBar intent="warning" data-testid="workbook-cancelled">
          <MessageBarBody>{t("workbook.cancelled")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.result ? (
        <ReviewsDisabled.Provider value={reviewsDisabled}>
          <Summary report={props.result.report} sheet={props.sheet} />
          <StampStatus verification={props.stamp ?? null} />
          {props.options}
          {props.actions}
          <Divider />
          {listShown || !big ? (
            <FindingList
              report={props.result.report}
              source={props.result.neutral}
              mode={props.mode}
              barSlot={props.active ? props.barSlot : undefined}
              active={props.active}
              onActivate={onActivate}
              onSelect={onSelect}
              renderExtra={renderExtra}
              label={props.several ? props.name : undefined}
            />
          ) : null}
          {props.onReview ? <ReviewedList reviewed={props.result.report.reviewed ?? []} disabled={busy} onUndo={(f) => props.onReview!(f, null)} /> : null}
        </ReviewsDisabled.Provider>
      ) : null}
    </section>
  );
}

/** The same function for the component's life (undefined while `fn` is), calling the latest `fn`. */
function useStable<A extends unknown[], R>(fn: ((...args: A) => R) | undefined): ((...args: A) => R) | undefined {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  const stable = useCallback((...args: A) => latest.current!(...args), []);
  return fn ? stable : undefined;
}
