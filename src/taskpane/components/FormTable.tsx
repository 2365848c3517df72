import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { memo, startTransition, useEffect, useMemo, useState } from "react";
import type { Finding } from "../../engine/findings/finding";
import type { FormReport } from "../../engine/report";
import { countsByForm, formatScore } from "../group-findings";
import { useT } from "../i18n";

/** Above this many forms the pane shows one compact row per form instead of a card each (a department's workbook). */
export const COMPACT_AFTER_FORMS = 12;
/** Rows shown at first; forms with errors or warnings come first, so what needs a look is never cut off. */
const FIRST_ROWS = 200;
/**
 * Rows drawn at a time: the first ones with the results, the others in the next moments (each step a transition, so
 * React yields), so that drawing and laying out a 200-row table is not one long task on the UI thread.
 */
const ROWS_A_STEP = 50;

const useStyles = makeStyles({
  table: { tableLayout: "auto", fontSize: tokens.fontSizeBase200 },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  num: { textAlign: "end", whiteSpace: "nowrap" },
});


export function FormTable(props: { forms: FormReport[]; findings: Finding[] }) {
  const { t } = useT();
  const styles = useStyles();
  const rows = useMemo(() => {
    const counts = countsByForm(props.forms, props.findings);
    return props.forms.map((form, index) => ({ form, index, ...counts[index] })).sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.index - b.index);
  }, [props.forms, props.findings]);
  const [drawn, setDrawn] = useState(ROWS_A_STEP);
  const wanted = Math.min(rows.length, FIRST_ROWS);
  useEffect(() => {
    if (drawn >= wanted) return;
    const id = setTimeout(() => startTransition(() => setDrawn((n) => n + ROWS_A_STEP)), 0);
    return () => clearTimeout(id);
  }, [drawn, wanted]);
  const shown = rows.slice(0, Math.min(drawn, FIRST_ROWS));
  return (
    <>
      <Table size="extra-small" className={styles.table} data-testid="form-table" aria-label={t("table.label")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("table.form")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t("card.computed")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t("table.counts")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map(({ form, index, errors, warnings }) => {
            const s = form.score;
            const differs = !!s && s.entered !== null && formatScore(s.entered) !== formatScore(s.computed);
            return (
              <FormRow
                key={index}
                where={`${form.sheet}!${form.range}`}
                name={form.title || form.sheet}
                score={s ? `${formatScore(s.computed)}${differs ? ` ≠ ${formatScore(s.entered)}` : ""} ${s.grade}` : "—"}
                differs={differs}
                errors={errors}
                warnings={warnings}
              />
            );
          })}
        </TableBody>
      </Table>
      {rows.length > FIRST_ROWS ? <Caption1 data-testid="form-table-more">{t("table.more", { count: rows.length - FIRST_ROWS })}</Caption1> : null}
    </>
  );
}

/** One form's row, as text: the same text in another language's report (a language switch) renders nothing again. */
const FormRow = memo(function FormRow(props: { where: string; name: string; score: string; differs: boolean; errors: number; warnings: number }) {
  const styles = useStyles();
  return (
    <TableRow data-testid="form-row">
      <TableCell title={props.where}>{props.name}</TableCell>
      <TableCell className={`${styles.num} ${props.differs ? styles.bad : ""}`}>{props.score}</TableCell>
      <TableCell className={`${styles.num} ${props.errors ? styles.bad : ""}`}>{`${props.errors} · ${props.warnings}`}</TableCell>
    </TableRow>
  );
});
