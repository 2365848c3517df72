import { Badge, Body1, Button, Caption1, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { createContext, memo, useContext, useState } from "react";
import type { Finding } from "../../engine/findings/finding";
import type { Review } from "../../engine/reviews";
import type { ReviewedFinding } from "../../engine/reviews";
import { useT } from "../i18n";

/**
 * The width of the 已核实 / 忽略 pair over a finding's corner: fixed (each button half, whatever the language), so
 * the finding's first line (FindingItem) can stop short of it and wrap there instead of running under the buttons.
 */
export const REVIEW_ACTIONS_WIDTH = "128px";
/** How far from the finding's top and right edges the pair sits. */
export const REVIEW_ACTIONS_INSET = tokens.spacingHorizontalXS;

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  editing: { paddingBottom: tokens.spacingVerticalS },
  // Over the finding's top right corner, shown on hover, focus or for the current finding (FindingItem).
  idle: {
    position: "absolute",
    top: REVIEW_ACTIONS_INSET,
    right: REVIEW_ACTIONS_INSET,
    width: REVIEW_ACTIONS_WIDTH,
    boxSizing: "border-box",
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    transitionProperty: "opacity",
    transitionDuration: tokens.durationFaster,
  },
  // No colour transitions (Fluent's buttons fade background, border and colour): every rendered finding has this
  // pair, and the busy flag switching on and off at a download's start and end disables and enables all of them at
  // once, which started a transition on each (a couple of hundred), restyled every frame on the UI thread.
  idleButton: { flex: "1 1 0", minWidth: 0, paddingInline: tokens.spacingHorizontalXS, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", transitionProperty: "none" },
  reason: { flexGrow: 1, minWidth: "120px" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/**
 * Whether the review buttons are disabled (the pane is busy: checking, writing a download). Given by context, not
 * as a prop through the finding list: the busy flag switching on and off at a download's start and end then
 * re-renders these buttons only, not the (memoised) list and its rows around them.
 */
export const ReviewsDisabled = createContext(false);

/**
 * 忽略 / 已核实 on a finding: two small buttons in its top right corner, beside (never over) its first line, shown when the finding is hovered, focused or
 * current (reachable with Tab); the reviewer says which and why (a reason is required), then confirms.
 */
export const ReviewActions = memo(function ReviewActions(props: { finding: Finding; onReview: (f: Finding, status: Review["status"], reason: string) => void; disabled?: boolean }) {
  const { t } = useT();
  const disabled = useContext(ReviewsDisabled) || !!props.disabled;
  const styles = useStyles();
  const [status, setStatus] = useState<Review["status"] | null>(null);
  const [reason, setReason] = useState("");
  if (!status) {
    return (
      <span className={styles.idle} data-review-idle="">
        <Button className={styles.idleButton} size="small" appearance="subtle" disabled={disabled} onClick={() => setStatus("verified")} data-testid="review-verify">
          {t("review.verify")}
        </Button>
        <Button className={styles.idleButton} size="small" appearance="subtle" disabled={disabled} onClick={() => setStatus("ignored")} data-testid="review-ignore">
          {t("review.ignore")}
        </Button>
      </span>
    );
  }
  const confirm = () => {
    if (!reason.trim()) return;
    props.onReview(props.finding, status, reason.trim());
    setStatus(null);
    setReason("");
  };
  return (
    <span className={mergeClasses(styles.row, styles.editing)}>
      <Input
        className={styles.reason}
        size="small"
        autoFocus
        value={reason}
        placeholder={t(status === "verified" ? "review.reasonVerified" : "review.reasonIgnored")}
        onChange={(_, d) => setReason(d.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") confirm();
          if (e.key === "Escape") setStatus(null);
        }}
        data-testid="review-reason"
      />
      <Button size="small" appearance="primary" disabled={!reason.trim() || disabled} onClick={confirm} data-testid="review-confirm">
        {t(status === "verified" ? "review.verify" : "review.ignore")}
      </Button>
      <Button size="small" appearance="subtle" onClick={() => setStatus(null)}>
        {t("review.cancel")}
      </Button>
    </span>
  );
});

/** The findings a reviewer ignored or verified: not counted, listed with the decision and a way to take it back. */
export function ReviewedList(props: { reviewed: ReviewedFinding[]; onUndo: (f: ReviewedFinding) => void; disabled: boolean }) {
  const { t } = useT();
  const styles = useStyles();
  if (!props.reviewed.length) return null;
  return (
    <section data-testid="reviewed">
      <Body1>
        <strong>{t("review.title", { count: props.reviewed.length })}</strong>
      </Body1>
      <ul className={styles.list}>
        {props.reviewed.map((f) => (
          <li key={`${f.code}|${f.sheet}|${f.cell}`} className={styles.item} data-reviewed={f.code}>
            <span className={styles.row}>
              <Badge size="small" appearance="tint" color={f.review.status === "verified" ? "success" : "subtle"}>
                {t(`review.${f.review.status}`)}
              </Badge>
              <Caption1 title={f.code}>
                <strong>{`${f.sheet}!${f.cell}`}</strong>
              </Caption1>
              <Button size="small" appearance="transparent" disabled={props.disabled} onClick={() => props.onUndo(f)} data-testid="review-undo">
                {t("review.undo")}
              </Button>
            </span>
            <Caption1>{f.message}</Caption1>
            <Caption1 data-testid="review-reason-shown">{t("review.reasonShown", { reason: f.review.reason })}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
