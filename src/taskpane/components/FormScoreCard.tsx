import { Badge, Body1, Caption1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { te } from "../../engine/i18n";
import type { FormReport } from "../../engine/report";
import { formatScore } from "../group-findings";
import { useT } from "../i18n";

const useStyles = makeStyles({
  score: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
});

/** One recognised form: what it is, where, and — where scored — the computed score and grade against the entered. */
export function FormScoreCard(props: { form: FormReport }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const { form } = props;
  const s = form.score;
  const mismatch = s && s.entered !== null && formatScore(s.entered) !== formatScore(s.computed);
  return (
    <Card size="small" data-testid="form-card">
      <Subtitle2>{form.title || te(lang, `kind.${form.kind}`)}</Subtitle2>
      <Caption1>
        {te(lang, `kind.${form.kind}`)} · {form.sheet}!{form.range}
      </Caption1>
      {s ? (
        <div className={styles.score}>
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
              {mismatch ? " ≠" : " ✓"}
            </Body1>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
