import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useT } from "../i18n";

/** File mode: check the whole workbook or one sheet of it (the engine gets the snapshot narrowed to that sheet). */
export function SheetScope(props: { sheets: string[]; value: string; onChange: (sheet: string) => void; disabled: boolean }) {
  const { t } = useT();
  if (props.sheets.length < 2) return null;
  const label = (s: string) => (s === "" ? t("scope.all") : s);
  return (
    <Field label={t("scope.label")} size="small">
      <Dropdown size="small" value={label(props.value)} selectedOptions={[props.value]} disabled={props.disabled} onOptionSelect={(_, d) => d.optionValue !== undefined && props.onChange(d.optionValue)} data-testid="sheet-scope">
        {["", ...props.sheets].map((s) => (
          <Option key={s || "\u0000all"} value={s} text={label(s)}>
            {label(s)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
