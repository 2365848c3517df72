import { Dropdown, Field, Option } from "@fluentui/react-components";
import { BUILTIN_PROFILES } from "../../engine/profile/builtin";
import type { Profile } from "../../engine/profile/schema";
import { useT } from "../i18n";
import { AUTO_PROFILE } from "../use-checker";

/**
 * The rubric profile (scoring rules). "Auto" uses the rules the workbook carries (a department embeds them in its
 * template), else the default; a built-in profile overrides both. Changing it re-checks the workbook already read.
 */
export function ProfilePicker(props: { value: string; used: Profile | null; onChange: (id: string) => void; disabled: boolean }) {
  const { t, lang } = useT();
  const name = (id: string) => (id === AUTO_PROFILE ? t("profile.auto", { name: props.used ? props.used.name[lang] : t("profile.autoHint") }) : BUILTIN_PROFILES[id].name[lang]);
  return (
    <Field label={t("profile")}>
      <Dropdown
        value={name(props.value)}
        selectedOptions={[props.value]}
        disabled={props.disabled}
        onOptionSelect={(_, data) => data.optionValue && props.onChange(data.optionValue)}
        data-testid="profile"
      >
        {[AUTO_PROFILE, ...Object.keys(BUILTIN_PROFILES)].map((id) => (
          <Option key={id} value={id} text={name(id)}>
            {name(id)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
