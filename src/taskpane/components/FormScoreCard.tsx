import { Badge, Body1, Caption1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { formKindLabel } from "../../engine/i18n";
import { formAssumptions } from "../../engine/write-plan";
import type { FormReport } from "../../engine/report";
import { formatScore, type FormCounts } from "../group-findings";
import { useT } from "../i18n";

const useStyles = makeStyles({
  score: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  assumed: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
});

/** One recognised form: what it is, where, and — where scored — the computed score and grade against the entered. */
export function FormScoreCard(props: { form: FormReport; counts: FormCounts }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const { form } = props;
  const s = form.score;
  const mismatch = s && s.entered !== null && formatScore(s.entered) !== formatScore(s.computed);
  // A total that matches says nothing about the rows: the card names the form's own errors and warnings.
  const counts = props.counts;
  const kind = formKindLabel(lang, form);
  // What the engine assumed rather than read or computed: said on the card, as in the CLI and the results sheet.
  const assumed = formAssumptions(form, lang);
  return (
    <Card size="small" data-testid="form-card">
      <Subtitle2>{form.title || kind}</Subtitle2>
      <Caption1 data-testid="form-kind">
        {kind} · {form.sheet}!{form.range}
      </Caption1>
      {s ? (
        <div className={styles.score}>
          <Caption1>{t("card.computed")}</Caption1>
          <span className={styles.big} data-testid="computed-score">
            {formatScore(s.computed)}
          </span>
          <Badge appearance="filled" color={s.grade === s.enteredGrade || s.enteredGrade === null ? "brand" : "danger"}>
            {s.grade}
          </Badge>
          {s.entered !== null ? (
            <Body1>
              {t("summary.entered", { entered: formatScore(s.entered) })}
              {s.enteredGrade ? t("summary.enteredGrade", { grade: s.enteredGrade }) : ""}
              {mismatch ? ` ≠ ${t("card.totalDiffers")}` : ` · ${t("card.totalMatches")}`}
            </Body1>
          ) : null}
        </div>
      ) : null}
      <Caption1 data-testid="form-counts">
        {counts.errors || counts.warnings ? t("card.counts", counts) : t("card.clean")}
      </Caption1>
      {assumed.length ? (
        <div data-testid="form-assumptions">
          <Caption1>
            <strong>{t("card.assumed")}</strong>
          </Caption1>
          <ul className={styles.assumed}>
            {assumed.map((line) => (
              <li key={line}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
