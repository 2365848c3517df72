import { ProgressBar, Spinner } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { Progress } from "../use-checker";

export function ProgressView(props: { progress: Progress }) {
  const { t } = useT();
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={t(`step.${props.progress.step}`)} />
      <ProgressBar value={props.progress.value} thickness="medium" />
    </div>
  );
}
