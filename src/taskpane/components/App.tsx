import { Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import type { Lang } from "../../engine/i18n";
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from "../../engine/profile/builtin";
import { LanguageContext, paneLanguage, useT } from "../i18n";
import type { PaneHost } from "../pane-host";
import { useChecker } from "../use-checker";
import { ActionBar } from "./ActionBar";
import { CheckButton } from "./CheckButton";
import { FilePicker } from "./FilePicker";
import { Header } from "./Header";
import { NewTemplateButton } from "./NewTemplateButton";
import { NoticeBar } from "./NoticeBar";
import { ProfilePicker } from "./ProfilePicker";
import { ProgressView } from "./ProgressView";
import { WorkbookView } from "./WorkbookView";
import { SheetScope } from "./SheetScope";
import { ExportMenu } from "./ExportMenu";
import { PrintSummary } from "./PrintSummary";
import type { ValidationResult } from "../../engine/validate";
import { checkableSheets } from "../sheet-scope";
import { checkStamp } from "../stamp-action";
import { prerender, remember } from "../rendered-reports";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    boxSizing: "border-box",
    // On paper the pane's controls give way to the printable summary (PrintSummary).
    "@media print": { display: "none" },
  },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
  // Progress, notices and the findings' counts, filters and navigation stay at the top while the pane scrolls.
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
  },
  // Drawn apart from the page only when it holds something (not a bare line above an empty pane).
  stickyFilled: { boxShadow: tokens.shadow2 },
});

function Pane(props: { host: PaneHost; lang: Lang; onToggleLanguage: () => void; startupNotice?: string; spawnWorker?: () => Worker }) {
  const styles = useStyles();
  const { t } = useT();
  const checker = useChecker(props.host, props.lang, props.spawnWorker);
  // Why the pane opened in file mode inside Office (office.js too slow or blocked, Excel too old): said once.
  const [startup, setStartup] = useState(props.startupNotice);
  const busy = checker.progress !== null;
  const [barSlot, setBarSlot] = useState<HTMLDivElement | null>(null);
  // Several files: the keyboard and the sticky bar follow the file last clicked.
  const [activeKey, setActiveKey] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  // The printable summary exists only while printing (导出 → 打印摘要, or the browser's own Ctrl+P).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };
  const mode = props.host.kind;
  const exportMenu = (result: ValidationResult | null | undefined, resultsXlsx: () => Promise<Uint8Array>) =>
    result ? (
      <ExportMenu report={result.report} resultsXlsx={resultsXlsx} disabled={busy} onPrint={print} onError={checker.fail} onDone={(file) => checker.notify({ intent: "success", text: t("done.export", { file }) })} />
    ) : null;
  // The results' words follow the results' language: a language switch renders the pane's frame at once, and the
  // results (summary, form table, findings) once, when the report rendered in the new language arrives (use-checker
  // renders it in an effect) — not a second time before, in the new words with the old messages.
  const results = mode === "excel" ? checker.result : checker.entries;
  const [shown, setShown] = useState({ results, lang: props.lang });
  if (shown.results !== results) setShown({ results, lang: props.lang });
  const resultsLanguage = paneLanguage(shown.results === results ? shown.lang : props.lang);
  // New results: kept as the ones in their language, and rendered in the other one while the pane is idle, so that a
  // language switch only swaps reports (rendered-reports.ts).
  useEffect(() => {
    const list = (mode === "excel" ? [checker.result] : checker.entries.map((e) => e.result)).filter((r): r is ValidationResult => !!r);
    if (!list.length) return;
    for (const r of list) remember(r, resultsLanguage.lang);
    return prerender(list, resultsLanguage.lang === "zh" ? "en" : "zh");
  }, [results]);
  const excelStamp = useMemo(() => (checker.snapshot && !checker.snapshotActiveOnly ? checkStamp(checker.snapshot).catch(() => null) : null), [checker.snapshot, checker.snapshotActiveOnly]);
  return (
    <>
      <main
        className={styles.root}
        // File mode: workbooks dropped anywhere on the pane are checked, one result section per file.
        onDragOver={
          mode === "file"
            ? (e) => {
                if (!e.dataTransfer.types.includes("Files")) return;
                e.preventDefault();
                setDragging(true);
              }
            : undefined
        }
        onDragLeave={mode === "file" ? () => setDragging(false) : undefined}
        onDrop={
          mode === "file"
            ? (e) => {
                e.preventDefault();
                setDragging(false);
                const files = [...e.dataTransfer.files];
                if (files.length && !busy) void checker.checkFiles(files).then(() => setActiveKey(null));
              }
            : undefined
        }
      >
        <Header mode={mode} onToggleLanguage={props.onToggleLanguage} />
        {mode === "file" ? <FilePicker onFiles={(fs) => void checker.checkFiles(fs).then(() => setActiveKey(null))} disabled={busy} dragging={dragging} /> : null}
        <div className={styles.toolbar}>
          {mode === "excel" ? <CheckButton onCheck={() => void checker.check()} busy={busy} checked={checker.result !== null} /> : null}
          {mode === "excel" ? (
            <Checkbox checked={checker.activeSheetOnly} disabled={busy} onChange={(_, d) => checker.setActiveSheetOnly(d.checked === true)} label={t("scope.activeOnly")} data-testid="active-sheet-only" />
          ) : null}
          <ProfilePicker value={checker.profileId} used={checker.result?.profile ?? null} onChange={checker.setProfileId} disabled={busy} />
          <NewTemplateButton mode={mode} profile={BUILTIN_PROFILES[checker.profileId] ?? checker.result?.profile ?? BUILTIN_PROFILES[DEFAULT_PROFILE_ID]} disabled={busy} />
        </div>
        <div className={mergeClasses(styles.sticky, !!(checker.progress || checker.notice || startup || checker.result || checker.entries.length > 0) && styles.stickyFilled)} data-testid="sticky-top">
          {checker.progress ? <ProgressView progress={checker.progress} onCancel={checker.cancel} /> : null}
          {checker.notice ? <NoticeBar notice={checker.notice} onDismiss={checker.dismissNotice} /> : null}
          {startup && !checker.notice ? <NoticeBar notice={{ intent: "warning", text: t(startup) }} onDismiss={() => setStartup(undefined)} /> : null}
          <div ref={setBarSlot} />
        </div>
        <LanguageContext.Provider value={resultsLanguage}>
        {mode === "excel" && checker.result ? (
          <WorkbookView
            name={checker.result.report.file}
            several={false}
            mode={mode}
            // Only the active sheet read: the workbook's stamp cannot be compared with a part of it.
            stamp={excelStamp}
            result={checker.result}
            active
            onActivate={() => undefined}
            barSlot={barSlot}
            onSelect={(f) => void checker.select(f.sheet, f.cell)}
          onReview={(f, status, reason) => void checker.review(null, f, status, reason)}
          busy={busy}
            sheet={checker.snapshotActiveOnly && checker.snapshot ? checkableSheets(checker.snapshot)[0] : undefined}
            actions={
              <ActionBar
                mode={mode}
                busy={busy}
                overwrite={checker.overwrite}
                onOverwriteChange={checker.setOverwrite}
                onWrite={() => void checker.write()}
                onClear={() => void checker.clear()}
                onDownload={() => undefined}
                extra={exportMenu(checker.result, checker.excelResults)}
              />
            }
          />
        ) : null}
        {mode === "file"
          ? checker.entries.map((e) => (
              <WorkbookView
                key={e.key}
                name={e.name}
                several={checker.entries.length > 1}
                mode={mode}
                stamp={e.stamp ?? null}
                result={e.result}
                error={e.error}
                cancelled={e.cancelled}
                active={activeKey === e.key || (activeKey === null && e === checker.entries[0])}
                onActivate={() => setActiveKey(e.key)}
                onReview={(f, status, reason) => void checker.review(e.key, f, status, reason)}
                busy={busy}
                sheet={e.sheet}
                options={e.sheets ? <SheetScope sheets={e.sheets} value={e.sheet ?? ""} onChange={(s) => void checker.setEntrySheet(e.key, s)} disabled={busy} /> : null}
                barSlot={barSlot}
                actions={
                  // A copy of a workbook in which nothing was checked helps nobody.
                  e.result?.report.forms.length ? (
                    <ActionBar
                      mode={mode}
                      busy={busy}
                      overwrite={checker.overwrite}
                      onOverwriteChange={checker.setOverwrite}
                      onWrite={() => undefined}
                      onClear={() => undefined}
                      onDownload={() => void checker.downloadCopy(e)}
                      extra={exportMenu(e.result, () => checker.resultsOf(e.key))}
                    />
                  ) : null
                }
              />
            ))
          : null}
        </LanguageContext.Provider>
      </main>
      {printing ? (
        <PrintSummary
          reports={mode === "excel" ? (checker.result ? [checker.result.report] : []) : checker.entries.flatMap((e) => (e.result ? [e.result.report] : []))}
        />
      ) : null}
    </>
  );
}

/** The task pane: the same UI inside Excel and on a file in a plain browser; only the host differs. */
export function App(props: {
  host: PaneHost;
  initialLang: Lang;
  startupNotice?: string;
  /** The Web Worker that reads, checks and writes copies (spawn-check-worker.ts); without it, the same runs in the page. */
  spawnWorker?: () => Worker;
}) {
  const [lang, setLang] = useState<Lang>(props.initialLang);
  return (
    <LanguageContext.Provider value={paneLanguage(lang)}>
      <Pane host={props.host} lang={lang} startupNotice={props.startupNotice} spawnWorker={props.spawnWorker} onToggleLanguage={() => setLang(lang === "zh" ? "en" : "zh")} />
    </LanguageContext.Provider>
  );
}
