import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../engine/i18n";
import { BUILTIN_PROFILES } from "../engine/profile/builtin";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { renderResult, validateWorkbook, type ValidationResult } from "../engine/validate";
import { planWrites } from "../engine/write-plan";
import type { Finding } from "../engine/findings/finding";
import { findingFingerprint, readReviews, reviewOf, reviewSheetCells, withReviews, type Review } from "../engine/reviews";
import type { HostSnapshot } from "../hosts/excel/read-snapshot";
import { describeError } from "./describe-error";
import { useT } from "./i18n";
import { checkedCopyName, type PaneHost, type PickedFile } from "./pane-host";
import { onlySheet } from "./sheet-scope";
import { STAMP_WORDS, stampCells, stampExcelAfterWrite } from "./stamp-action";

/** "auto": the rules the workbook carries (a department's template), else the default; or a built-in profile id. */
export const AUTO_PROFILE = "auto";

export type Step = "read" | "validate" | "write" | "clear" | "download";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** One file of the file mode: its result, or why it could not be read. */
export interface FileEntry {
  key: number;
  name: string;
  file?: PickedFile;
  snapshot?: WorkbookSnapshot;
  result?: ValidationResult;
  error?: string;
  /** Only this sheet is checked; the whole workbook when absent. */
  sheet?: string;
}

export interface Progress {
  step: Step;
  /** 0–1 for the progress bar; undefined for an indeterminate one. */
  value?: number;
}

/** Let React paint the progress before a long synchronous step (the engine runs on the UI thread). */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The pane's whole workflow: read → validate → show, write or download, clear, select. */
export function useChecker(host: PaneHost, lang: Lang) {
  const { t } = useT();
  const [profileId, setProfileId] = useState<string>(AUTO_PROFILE);
  // Off unless the user ticks it: a filled cell is flagged, not overwritten (architecture.md, data safety).
  const [overwrite, setOverwrite] = useState(false);
  // Excel: check only the worksheet the user is on (read only that sheet).
  const [activeSheetOnly, setActiveSheetOnly] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const file = useRef<PickedFile | null>(null);
  // File mode: every file picked or dropped at once, each with its own result (or why it could not be read).
  const [entries, setEntries] = useState<FileEntry[]>([]);

  const validate = useCallback(
    (snap: WorkbookSnapshot) => validateWorkbook(snap, { ...(profileId === AUTO_PROFILE ? {} : { profile: BUILTIN_PROFILES[profileId] }), lang }),
    [profileId, lang],
  );

  /** A file's result: the whole workbook, or only the sheet chosen for it. */
  const validateEntry = useCallback((e: FileEntry) => (e.snapshot ? validate(e.sheet ? onlySheet(e.snapshot, e.sheet) : e.snapshot) : undefined), [validate]);

  // The rubric changed: re-run the engine on the workbook already read (no new read).
  useEffect(() => {
    if (snapshot) setResult(validate(snapshot));
    setEntries((es) => es.map((e) => (e.snapshot ? { ...e, result: validateEntry(e) } : e)));
    // Only this: a new snapshot is validated where it is read.
  }, [profileId]);

  // The language changed: the results already computed are rendered again in it; the engine does not run.
  useEffect(() => {
    setResult((r) => r && renderResult(r, lang));
    setEntries((es) => es.map((e) => (e.result ? { ...e, result: renderResult(e.result, lang) } : e)));
  }, [lang]);

  const lastError = useRef<string | undefined>(undefined);
  const fail = useCallback((e: unknown) => setNotice({ intent: "error", text: describeError(e, t, lang) }), [t, lang]);

  const runCheck = useCallback(
    async (read: () => Promise<WorkbookSnapshot>, opts: { quiet?: boolean } = {}): Promise<{ snap: WorkbookSnapshot; res: ValidationResult } | null> => {
      if (!opts.quiet) setNotice(null);
      try {
        setProgress({ step: "read", value: 0.2 });
        await paint();
        const snap = await read();
        // Values too far out for Excel to read with the rest (a stray entry at XFD1048576): said, never hidden.
        const unread = (snap as HostSnapshot).unread ?? [];
        if (unread.length) {
          const text = unread.map((u) => t("notice.unread", { sheet: u.sheet, areas: u.areas.slice(0, 3).join("、") + (u.areas.length > 3 ? "…" : "") })).join(" ");
          setNotice({ intent: "warning", text });
        }
        setProgress({ step: "validate", value: 0.6 });
        await paint();
        const res = validate(snap);
        if (!opts.quiet) {
          setSnapshot(snap);
          setResult(res);
        }
        return { snap, res };
      } catch (e) {
        // Several files: the one that cannot be read says why in its own section; the others are checked.
        lastError.current = describeError(e, t, lang);
        if (!opts.quiet) fail(e);
        return null;
      } finally {
        setProgress(null);
      }
    },
    [validate, fail, t, lang],
  );

  const check = useCallback(async () => {
    if (host.kind === "excel") await runCheck(() => host.read({ activeSheetOnly }));
    else if (file.current) await runCheck(() => host.read(file.current!));
  }, [host, runCheck, activeSheetOnly]);

  // Excel: ticking or unticking 只校验当前工作表 checks again with the new scope when there is a result to replace.
  const scopeChanged = useRef(false);
  useEffect(() => {
    if (!scopeChanged.current) {
      scopeChanged.current = true;
      return;
    }
    if (host.kind === "excel" && result) void check();
  }, [activeSheetOnly]);

  /** File mode: check only one sheet of a file ("" for the whole workbook), without reading it again. */
  const setEntrySheet = useCallback(
    (key: number, sheet: string) => {
      setEntries((es) =>
        es.map((e) => {
          if (e.key !== key || !e.snapshot) return e;
          const next = { ...e, sheet: sheet || undefined };
          return { ...next, result: validateEntry(next) };
        }),
      );
    },
    [validateEntry],
  );

  /**
   * File mode: check every file picked or dropped, one after the other, each into its own result section. Any file
   * is handed to the reader, which says what it is when it is no .xlsx (an .xls: save it as .xlsx), as the CLI does.
   */
  const checkFiles = useCallback(
    async (picked: File[]) => {
      if (host.kind !== "file" || picked.length === 0) return;
      setNotice(null);
      setSnapshot(null);
      setResult(null);
      setEntries([]);
      file.current = null;
      const out: FileEntry[] = [];
      for (const [i, f] of picked.entries()) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        const one = { name: f.name, bytes };
        const checked = await runCheck(() => host.read(one), picked.length > 1 ? { quiet: true } : {});
        if (checked) {
          out.push({ key: i, name: f.name, file: one, snapshot: checked.snap, result: checked.res });
        } else if (picked.length > 1) {
          out.push({ key: i, name: f.name, error: lastError.current });
        }
        setEntries([...out]);
      }
      // The first readable file is the one the single-file state (stamp status, download) speaks of.
      const first = out.find((e) => e.snapshot && e.result);
      if (first) {
        file.current = first.file!;
        setSnapshot(first.snapshot!);
        setResult(first.result!);
      }
    },
    [host, runCheck],
  );

  const checkFile = useCallback((picked: File) => checkFiles([picked]), [checkFiles]);

  /** Excel: read again first, so a cell the user filled since the check is compared, never overwritten. */
  const write = useCallback(async () => {
    if (host.kind !== "excel") return;
    const fresh = await runCheck(() => host.read({ activeSheetOnly }));
    if (!fresh) return;
    try {
      setProgress({ step: "write" });
      const plan = planWrites(fresh.snap, fresh.res, { lang, overwrite });
      const outcome = await host.write(plan);
      const parts = [t("done.write")];
      // The validation stamp of the workbook as it now stands (src/taskpane/stamp-action.ts); a failure is said, not fatal.
      // Only the active sheet read: no stamp, which would speak for the whole workbook.
      const stampFailure = activeSheetOnly
        ? null
        : await stampExcelAfterWrite(host.stamp, fresh.snap, fresh.res, plan, outcome.skippedValues).then(
            () => null,
            (e: unknown) => STAMP_WORDS[lang].stampFailed.replace("{{detail}}", e instanceof Error ? e.message : String(e)),
          );
      if (outcome.notes === "notes") parts.push(t("done.write.notes"));
      if (outcome.notes === "comments") parts.push(t(outcome.commentsIncomplete ? "done.write.commentsIncomplete" : "done.write.comments"));
      if (outcome.notes === "results-sheet") parts.push(t("done.write.resultsOnly"));
      if (outcome.keptUserNotes.length) parts.push(t("done.write.keptNotes", { count: outcome.keptUserNotes.length }));
      if (outcome.skippedValues.length) {
        const cells = outcome.skippedValues.slice(0, 5).join("、") + (outcome.skippedValues.length > 5 ? "…" : "");
        parts.push(t("done.write.skippedValues", { count: outcome.skippedValues.length, cells }));
      }
      if (outcome.keptGradients.length) parts.push(t("done.write.keptGradients", { count: outcome.keptGradients.length }));
      if (stampFailure) parts.push(stampFailure);
      const warn = outcome.commentsIncomplete || outcome.skippedValues.length > 0 || stampFailure !== null;
      setNotice({ intent: warn ? "warning" : "success", text: parts.join(" ") });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }, [host, runCheck, lang, overwrite, t, fail, activeSheetOnly]);

  const clear = useCallback(async () => {
    if (host.kind !== "excel") return;
    setNotice(null);
    try {
      setProgress({ step: "clear" });
      const out = await host.clear();
      const parts = out.restored || out.notesRemoved || out.valuesRestored ? [t("done.clear", { count: out.restored })] : out.stampRemoved ? [] : [t("done.clear.none")];
      if (out.valuesRestored) parts.push(t("done.clear.values", { count: out.valuesRestored }));
      if (out.valuesKept) parts.push(t("done.clear.valuesKept", { count: out.valuesKept }));
      if (out.stampRemoved) parts.push(t("done.clear.stamp"));
      setNotice({ intent: "success", text: parts.join(" ") });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }, [host, t, fail]);

  /** The checked copy of a file (the first one when no entry is named). */
  const downloadCopy = useCallback(
    async (entry?: FileEntry) => {
      const target = entry ?? entries.find((e) => e.snapshot && e.result);
      if (host.kind !== "file" || !target?.file || !target.snapshot || !target.result) return;
      setNotice(null);
      try {
        setProgress({ step: "download" });
        await paint();
        const stamp = await stampCells(target.snapshot, target.result).catch(() => undefined);
        const reviews = readReviews(target.snapshot);
        const bytes = await host.checkedCopy(target.file, planWrites(target.snapshot, target.result, { lang, overwrite }), stamp, reviews.length ? reviewSheetCells(reviews) : undefined);
        const name = checkedCopyName(target.file.name);
        download(bytes, name);
        setNotice({ intent: "success", text: t("done.download", { file: name }) });
      } catch (e) {
        fail(e);
      } finally {
        setProgress(null);
      }
    },
    [host, entries, lang, overwrite, t, fail],
  );

  /**
   * 忽略 / 已核实 (or take a decision back: `status` null) on a finding of the workbook (Excel) or of a file: kept in
   * the workbook's review sheet — written at once in Excel, in the checked copy in file mode — and the workbook
   * checked again from what was read, so the finding is listed as reviewed and no longer counted.
   */
  const review = useCallback(
    async (entryKey: number | null, f: Finding, status: Review["status"] | null, reason = "") => {
      const key = findingFingerprint(f);
      const next = (snap: WorkbookSnapshot) => {
        const kept = readReviews(snap).filter((r) => r.key !== key);
        return status ? [...kept, reviewOf(f, status, reason, new Date().toISOString())] : kept;
      };
      try {
        if (host.kind === "excel") {
          if (!snapshot) return;
          const reviews = next(snapshot);
          await host.review(reviewSheetCells(reviews));
          const snap = withReviews(snapshot, reviews);
          setSnapshot(snap);
          setResult(validate(snap));
        } else {
          setEntries((es) =>
            es.map((e) => {
              if (e.key !== entryKey || !e.snapshot) return e;
              const updated = { ...e, snapshot: withReviews(e.snapshot, next(e.snapshot)) };
              return { ...updated, result: validateEntry(updated) };
            }),
          );
        }
      } catch (e) {
        fail(e);
      }
    },
    [host, snapshot, validate, validateEntry, fail],
  );

  const select = useCallback(
    async (sheet: string, cell: string) => {
      if (host.kind !== "excel") return;
      try {
        await host.select(sheet, cell);
      } catch (e) {
        fail(e);
      }
    },
    [host, fail],
  );

  return {
    profileId,
    setProfileId,
    overwrite,
    setOverwrite,
    activeSheetOnly,
    setActiveSheetOnly,
    setEntrySheet,
    progress,
    result,
    /** The snapshot last read (its validation stamp, if any, is compared by StampStatus). */
    snapshot,
    notice,
    dismissNotice: () => setNotice(null),
    notify: setNotice,
    fail,
    hasFile: () => file.current !== null,
    /** File mode: one entry per file picked or dropped. */
    entries,
    check,
    checkFile,
    checkFiles,
    write,
    clear,
    downloadCopy,
    review,
    select,
  };
}

export type Checker = ReturnType<typeof useChecker>;
