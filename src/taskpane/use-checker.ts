import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../engine/i18n";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { ValidationResult } from "../engine/validate";
import { planWrites } from "../engine/write-plan";
import type { Finding } from "../engine/findings/finding";
import { findingFingerprint, readReviews, reviewOf, reviewSheetCells, withReviews, type Review } from "../engine/reviews";
import type { HostSnapshot } from "../hosts/excel/read-snapshot";
import { CheckCancelled, CheckClient, type ProgressMessage } from "./check-client";
import { jobTransfer, type Opened, type Verification, type WriteJob } from "./check-protocol";
import { describeError } from "./describe-error";
import { resultIn } from "./rendered-reports";
import { useT } from "./i18n";
import { checkedCopyName, type PaneHost } from "./pane-host";
import { STAMP_WORDS, stampExcelAfterWrite } from "./stamp-action";

/** "auto": the rules the workbook carries (a department's template), else the default; or a built-in profile id. */
export const AUTO_PROFILE = "auto";

/** How long after a check's results are shown the download's worker starts loading the file ahead (preloadFor). */
const PRELOAD_DELAY_MS = 1_000;

export type Step = "read" | "validate" | "write" | "clear" | "download" | "export";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/**
 * One file of the file mode: its result, or why it could not be read. The workbook itself stays in the pane's
 * worker (check.worker.ts), under `key`; the pane holds the report (with the rules) and the sheets' names.
 */
export interface FileEntry {
  key: number;
  name: string;
  /** The checkable sheets (the sheet chooser). */
  sheets?: string[];
  result?: ValidationResult;
  /** The workbook's validation stamp compared with what was read (null: it carries none). */
  stamp?: Promise<Verification | null>;
  error?: string;
  /** Only this sheet is checked; the whole workbook when absent. */
  sheet?: string;
  /** Several files were being checked and 取消 came before this one was done: not checked (已取消). */
  cancelled?: boolean;
}

export interface Progress {
  step: Step;
  /** 0–1 for the progress bar; undefined for an indeterminate one. */
  value?: number;
  /** While checking: form `done` of `total`. */
  forms?: { done: number; total: number };
  /** While reading a file: worksheet `done` of `total` read (check.worker.ts, the reader's onProgress). */
  sheets?: { done: number; total: number };
  /** Several files: which one is being read or checked. */
  file?: { index: number; count: number; name: string };
  /** 取消 is offered (reading and checking: the worker is terminated; writing a download: its own worker is). */
  cancellable?: boolean;
}

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
export function useChecker(host: PaneHost, lang: Lang, spawnWorker?: () => Worker) {
  const { t } = useT();
  const [profileId, setProfileId] = useState<string>(AUTO_PROFILE);
  // Off unless the user ticks it: a filled cell is flagged, not overwritten (architecture.md, data safety).
  const [overwrite, setOverwrite] = useState(false);
  // Excel: check only the worksheet the user is on (read only that sheet).
  const [activeSheetOnly, setActiveSheetOnly] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  // Excel mode: the snapshot read through Office.js (on this thread: Office.js proxies cannot move to a worker).
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  // Excel: whether the snapshot shown was read with 只校验当前工作表. Not the box itself: between a tick and the new
  // read's result, the result on screen is still the whole workbook's and must not be labelled as one sheet's.
  const [snapshotActiveOnly, setSnapshotActiveOnly] = useState(false);
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // File mode: every file picked or dropped at once, each with its own result (or why it could not be read).
  const [entries, setEntries] = useState<FileEntry[]>([]);
  // Reading, the engine and the checked copy run in a Web Worker: the pane stays responsive and can cancel.
  const client = useRef<CheckClient | null>(null);
  if (!client.current) client.current = new CheckClient(spawnWorker);
  const worker = client.current;
  // Each check has a number; a cancelled or superseded one drops what it still receives.
  const run = useRef(0);
  // Downloads (the checked copy, the results .xlsx) are written in a worker of their own, so that 取消 while
  // 正在生成… ends only the writing: the checked workbooks stay open in the check worker.
  const writerRef = useRef<CheckClient | null>(null);
  if (!writerRef.current) writerRef.current = new CheckClient(spawnWorker);
  const writer = writerRef.current;
  // The download being written (its number; bumped by 取消), or none.
  const writing = useRef<number | null>(null);
  const writeRun = useRef(0);
  // After a check, the download's worker loads the first checked file with ExcelJS while the reviewer reads the
  // findings (check-session.ts, `preload`): 下载 then only applies the plan and saves. The timer that starts it.
  const preloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Meanwhile the check worker makes the copy's validation stamp (a pass over every cell): the request, while it runs.
  const stamping = useRef<Promise<unknown> | null>(null);
  useEffect(() => {
    worker.warm();
    return () => {
      if (preloadTimer.current) clearTimeout(preloadTimer.current);
      worker.cancel();
      writer.cancel();
    };
  }, [worker, writer]);

  // File mode: the files picked (by key), so that a workbook the check worker lost to a 取消 can be opened again,
  // and in which of the worker's lives (CheckClient.generation) each was opened.
  const files = useRef(new Map<number, File>());
  const openIn = useRef(new Map<number, number>());
  // Several files being checked: the files and the entries done so far (取消 keeps these).
  const batch = useRef<{ picked: File[]; out: FileEntry[] } | null>(null);

  /**
   * Let go of the file loaded ahead of its download (a new pick, a check cancelled): its worker is ended, which stops
   * a load under way at once and frees it, so it never holds up the new check. A download being written keeps its
   * worker; only the preloaded file is dropped there.
   */
  const dropPreload = useCallback(() => {
    if (preloadTimer.current) clearTimeout(preloadTimer.current);
    preloadTimer.current = null;
    if (writing.current !== null) void writer.request({ op: "drop" }).catch(() => undefined);
    else writer.cancel();
    // A stamp still being made ahead would hold up the next request to the check worker: that worker starts afresh.
    if (stamping.current) {
      stamping.current = null;
      worker.cancel();
      worker.warm();
    }
  }, [writer, worker]);

  /**
   * A check is shown: a moment later (the results drawn first), the download's worker loads the picked file `key`
   * with ExcelJS, as it is read again from the disk. Not while a download is being written (it loads its own), nor
   * once another file has been picked.
   */
  const preloadFor = useCallback(
    (key: number) => {
      if (preloadTimer.current) clearTimeout(preloadTimer.current);
      preloadTimer.current = setTimeout(() => {
        preloadTimer.current = null;
        const f = files.current.get(key);
        if (!f || writing.current !== null) return;
        if (openIn.current.get(key) === worker.generation) {
          const made = worker.request({ op: "stampAhead", key }).catch(() => undefined);
          stamping.current = made;
          void made.then(() => {
            if (stamping.current === made) stamping.current = null;
          });
        }
        writer.warm();
        void f
          .arrayBuffer()
          .then((buffer) => {
            if (files.current.get(key) !== f || writing.current !== null) return;
            const bytes = new Uint8Array(buffer);
            return writer.request({ op: "preload", name: f.name, bytes }, undefined, [bytes.buffer]);
          })
          .catch(() => undefined);
      }, PRELOAD_DELAY_MS);
    },
    [writer, worker],
  );

  const fileLabel = useRef<Progress["file"]>(undefined);
  // Excel: the read in progress, aborted by 取消 (hosts/excel/read-snapshot.ts sends no further round trip).
  const readAbort = useRef<AbortController | null>(null);
  const onProgress = useCallback((p: ProgressMessage) => {
    const file = fileLabel.current;
    if (p.step === "validate") {
      const forms = p.total ? { done: p.done ?? 0, total: p.total } : undefined;
      setProgress({ step: "validate", value: forms ? 0.3 + 0.7 * (forms.done / forms.total) : 0.3, forms, file, cancellable: true });
    } else if (p.step === "read") {
      // The read fills the bar's first 30 %, sheet by sheet, when the worker can count them; else it is indeterminate.
      const sheets = p.total ? { done: p.done ?? 0, total: p.total } : undefined;
      setProgress({ step: "read", value: sheets ? 0.3 * (sheets.done / sheets.total) : undefined, sheets, file, cancellable: true });
    }
  }, []);

  /** The engine on a workbook the worker holds; Excel mode gets the computed values too (它写入它们). */
  const validateKey = useCallback(
    (key: number, sheet: string | undefined, whole = false) =>
      worker.request<ValidationResult>({ op: "validate", key, sheet, profileId, lang, whole }, onProgress),
    [worker, profileId, lang, onProgress],
  );

  /**
   * File mode: the workbook open and checked in the worker's current life. A 取消 during a check of several files
   * ends the worker (and what it held) but keeps the files already checked on screen: the first thing done with
   * one of them afterwards reads it again from the picked file.
   */
  const ensureOpen = useCallback(
    async (key: number, sheet?: string) => {
      if (openIn.current.get(key) === worker.generation) return;
      const f = files.current.get(key);
      if (!f) throw new Error(`workbook ${key} is not open`);
      const bytes = new Uint8Array(await f.arrayBuffer());
      const generation = worker.generation;
      await worker.request<Opened>({ op: "open", key, name: f.name, bytes }, undefined, [bytes.buffer]);
      await worker.request({ op: "validate", key, sheet, profileId, lang });
      openIn.current.set(key, generation);
    },
    [worker, profileId, lang],
  );

  /** Excel: hand the snapshot read on this thread to the worker and check it there. */
  const validateSnapshot = useCallback(
    async (snap: WorkbookSnapshot) => {
      await worker.request({ op: "put", key: 0, snapshot: snap });
      return validateKey(0, undefined, true);
    },
    [worker, validateKey],
  );

  // The rubric changed: re-run the engine (in the worker) on the workbooks already read (no new read).
  useEffect(() => {
    const mine = run.current;
    void (async () => {
      try {
        if (snapshot) {
          const res = await validateSnapshot(snapshot);
          if (run.current === mine) setResult(res);
        }
        for (const e of entries) {
          if (!e.result) continue;
          await ensureOpen(e.key, e.sheet);
          const res = await validateKey(e.key, e.sheet);
          if (run.current !== mine) return;
          setEntries((es) => es.map((x) => (x.key === e.key ? { ...x, result: res } : x)));
        }
      } catch (e) {
        if (!(e instanceof CheckCancelled)) setNotice({ intent: "error", text: describeError(e, t, lang) });
      } finally {
        if (run.current === mine) setProgress(null);
      }
    })();
    // Only this: a new workbook is validated where it is read.
  }, [profileId]);

  // The language changed: the results already computed are rendered again in it (or taken as rendered ahead, in idle
  // time: rendered-reports.ts); the engine does not run.
  useEffect(() => {
    setResult((r) => r && resultIn(r, lang));
    setEntries((es) => es.map((e) => (e.result ? { ...e, result: resultIn(e.result, lang) } : e)));
  }, [lang]);

  const fail = useCallback((e: unknown) => setNotice({ intent: "error", text: describeError(e, t, lang) }), [t, lang]);

  /**
   * 取消: the worker stops at once; the pane is back to ready, with nothing half-shown. Several files: those already
   * checked keep their results, the others are marked 已取消. A download being written: only its writing stops,
   * nothing is offered, the results stay.
   */
  const cancel = useCallback(() => {
    if (writing.current !== null) {
      writing.current = null;
      writeRun.current++;
      // Its worker ends, with the file it had loaded ahead: the next 下载 loads it again.
      writer.cancel();
      setProgress(null);
      setNotice({ intent: "info", text: t("notice.downloadCancelled") });
      return;
    }
    run.current++;
    readAbort.current?.abort(new CheckCancelled());
    readAbort.current = null;
    worker.cancel();
    worker.warm();
    // (A stamp made ahead ended with that worker.)
    stamping.current = null;
    setProgress(null);
    const b = batch.current;
    batch.current = null;
    if (b && b.picked.length > 1) {
      const done = new Set(b.out.map((e) => e.key));
      const rest: FileEntry[] = b.picked.flatMap((f, i) => (done.has(i) ? [] : [{ key: i, name: f.name, cancelled: true }]));
      setEntries([...b.out, ...rest].sort((x, y) => x.key - y.key));
      setNotice({ intent: "info", text: t("notice.cancelledSome", { done: b.out.length, count: b.picked.length }) });
      return;
    }
    dropPreload();
    setSnapshot(null);
    setResult(null);
    setEntries([]);
    setNotice({ intent: "info", text: t("notice.cancelled") });
  }, [worker, writer, t, dropPreload]);

  /**
   * Excel: read through Office.js here, check in the worker. Null when it failed (said) or was cancelled. 取消 aborts
   * `signal`: a read in several round trips (a large workbook in blocks) sends no further one.
   */
  const runCheck = useCallback(
    async (read: (signal: AbortSignal) => Promise<WorkbookSnapshot>, activeOnly: boolean): Promise<{ snap: WorkbookSnapshot; res: ValidationResult } | null> => {
      const mine = ++run.current;
      setNotice(null);
      fileLabel.current = undefined;
      readAbort.current?.abort(new CheckCancelled());
      const abort = new AbortController();
      readAbort.current = abort;
      try {
        setProgress({ step: "read", cancellable: true });
        const snap = await read(abort.signal);
        if (run.current !== mine) return null;
        // Values too far out for Excel to read with the rest (a stray entry at XFD1048576): said, never hidden.
        const unread = (snap as HostSnapshot).unread ?? [];
        if (unread.length) {
          const text = unread.map((u) => t("notice.unread", { sheet: u.sheet, areas: u.areas.slice(0, 3).join("、") + (u.areas.length > 3 ? "…" : "") })).join(" ");
          setNotice({ intent: "warning", text });
        }
        setProgress({ step: "validate", value: 0.3, cancellable: true });
        const res = await validateSnapshot(snap);
        if (run.current !== mine) return null;
        setSnapshot(snap);
        setSnapshotActiveOnly(activeOnly);
        setResult(res);
        return { snap, res };
      } catch (e) {
        if (!(e instanceof CheckCancelled) && run.current === mine) fail(e);
        return null;
      } finally {
        if (run.current === mine) setProgress(null);
      }
    },
    [validateSnapshot, fail, t],
  );

  const check = useCallback(async () => {
    if (host.kind === "excel") await runCheck((signal) => host.read({ activeSheetOnly, signal }), activeSheetOnly);
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
    async (key: number, sheet: string) => {
      const mine = ++run.current;
      fileLabel.current = undefined;
      setEntries((es) => es.map((e) => (e.key === key ? { ...e, sheet: sheet || undefined } : e)));
      try {
        await ensureOpen(key);
        const res = await validateKey(key, sheet || undefined);
        if (run.current === mine) setEntries((es) => es.map((e) => (e.key === key ? { ...e, result: res } : e)));
      } catch (e) {
        if (!(e instanceof CheckCancelled) && run.current === mine) fail(e);
      } finally {
        if (run.current === mine) setProgress(null);
      }
    },
    [validateKey, ensureOpen, fail],
  );

  /**
   * File mode: check every file picked or dropped, one after the other, each into its own result section. Any file
   * is handed to the reader, which says what it is when it is no .xlsx (an .xls: save it as .xlsx), as the CLI does.
   * Reading and checking happen in the worker; the pane shows which file, and which form, it is at.
   */
  const checkFiles = useCallback(
    async (picked: File[]) => {
      if (host.kind !== "file" || picked.length === 0) return;
      const mine = ++run.current;
      setNotice(null);
      setSnapshot(null);
      setResult(null);
      setEntries([]);
      const out: FileEntry[] = [];
      // The file loaded ahead for the last check's download is of no use now, and must not take CPU from this one.
      dropPreload();
      files.current = new Map(picked.map((f, i) => [i, f]));
      openIn.current.clear();
      batch.current = { picked, out };
      try {
        await worker.request({ op: "drop" });
        for (const [i, f] of picked.entries()) {
          fileLabel.current = picked.length > 1 ? { index: i + 1, count: picked.length, name: f.name } : undefined;
          setProgress({ step: "read", file: fileLabel.current, cancellable: true });
          try {
            const bytes = new Uint8Array(await f.arrayBuffer());
            const generation = worker.generation;
            const opened = await worker.request<Opened>({ op: "open", key: i, name: f.name, bytes }, onProgress, [bytes.buffer]);
            if (run.current !== mine) return;
            openIn.current.set(i, generation);
            if (opened.unread.length && picked.length === 1) {
              const text = opened.unread.map((u) => t("notice.unread", { sheet: u.sheet, areas: u.areas.slice(0, 3).join("、") + (u.areas.length > 3 ? "…" : "") })).join(" ");
              setNotice({ intent: "warning", text });
            }
            const res = await validateKey(i, undefined);
            if (run.current !== mine) return;
            out.push({ key: i, name: f.name, sheets: opened.sheets, result: res, stamp: worker.request<Verification | null>({ op: "stamp", key: i }).catch(() => null) });
          } catch (e) {
            if (e instanceof CheckCancelled || run.current !== mine) return;
            // Several files: the one that cannot be read says why in its own section; the others are checked.
            if (picked.length > 1) out.push({ key: i, name: f.name, error: describeError(e, t, lang) });
            else fail(e);
          }
          // Rendered as a transition: React yields between components, so drawing a 1,000-form result does not
          // hold the UI thread in one long task.
          const shown = [...out];
          startTransition(() => setEntries(shown));
        }
      } finally {
        fileLabel.current = undefined;
        if (batch.current?.out === out) batch.current = null;
        if (run.current === mine) setProgress(null);
        // A download is likely next: its worker loads ExcelJS and the (first) checked file now, not when 下载 is clicked.
        const first = out.find((e) => e.result);
        if (run.current === mine && first) preloadFor(first.key);
      }
    },
    [host, worker, onProgress, validateKey, fail, t, lang, dropPreload, preloadFor],
  );

  const checkFile = useCallback((picked: File) => checkFiles([picked]), [checkFiles]);

  /** Excel: read again first, so a cell the user filled since the check is compared, never overwritten. */
  const write = useCallback(async () => {
    if (host.kind !== "excel") return;
    const fresh = await runCheck((signal) => host.read({ activeSheetOnly, signal }), activeSheetOnly);
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

  /**
   * A download written in its own worker (`make` gives what to write): 取消 while 正在生成… ends that worker; nothing
   * half-written is offered (CheckCancelled instead of bytes), and the checked workbooks stay as they were.
   */
  const written = useCallback(
    async (step: "download" | "export", make: () => Promise<WriteJob>): Promise<Uint8Array> => {
      const mine = ++writeRun.current;
      writing.current = mine;
      // A load ahead not yet started waits: the download's worker has this one to write first.
      if (preloadTimer.current) clearTimeout(preloadTimer.current);
      preloadTimer.current = null;
      setProgress({ step, cancellable: true });
      try {
        const job = await make();
        if (writeRun.current !== mine) throw new CheckCancelled();
        const bytes = await writer.request<Uint8Array>({ op: "write", job }, undefined, jobTransfer(job));
        if (writeRun.current !== mine) throw new CheckCancelled();
        return bytes;
      } finally {
        if (writeRun.current === mine) {
          writing.current = null;
          setProgress(null);
        }
      }
    },
    [writer],
  );

  /** The checked copy of a file (the first one when no entry is named): made in the check worker, written in its own. */
  const downloadCopy = useCallback(
    async (entry?: FileEntry) => {
      const target = entry ?? entries.find((e) => e.result);
      if (host.kind !== "file" || !target?.result) return;
      setNotice(null);
      try {
        const bytes = await written("download", async () => {
          await ensureOpen(target.key, target.sheet);
          return worker.request<WriteJob>({ op: "copy", key: target.key, lang, overwrite });
        });
        const name = checkedCopyName(target.name);
        download(bytes, name);
        setNotice({ intent: "success", text: t("done.download", { file: name }) });
      } catch (e) {
        if (!(e instanceof CheckCancelled)) fail(e);
      }
    },
    [host, worker, entries, lang, overwrite, t, fail, written, ensureOpen],
  );

  /** File mode: the results sheet as an .xlsx (导出); CheckCancelled when 取消 came first. */
  const resultsOf = useCallback(
    (key: number) =>
      written("export", async () => {
        await ensureOpen(key, entries.find((e) => e.key === key)?.sheet);
        return worker.request<WriteJob>({ op: "results", key, lang });
      }),
    [worker, written, ensureOpen, entries, lang],
  );

  /** Excel mode: the results sheet of the snapshot read here, written in the download's worker. */
  const excelResults = useCallback(
    () =>
      written("export", async () => {
        if (!snapshot || !result) throw new Error("no result");
        return { kind: "results", results: planWrites(snapshot, result, { lang }).results };
      }),
    [written, snapshot, result, lang],
  );

  /**
   * 忽略 / 已核实 (or take a decision back: `status` null) on a finding of the workbook (Excel) or of a file: kept in
   * the workbook's review sheet — written at once in Excel, in the checked copy in file mode — and the workbook
   * checked again from what was read, so the finding is listed as reviewed and no longer counted.
   */
  const review = useCallback(
    async (entryKey: number | null, f: Finding, status: Review["status"] | null, reason = "") => {
      const key = findingFingerprint(f);
      const at = new Date().toISOString();
      try {
        if (host.kind === "excel") {
          if (!snapshot) return;
          const kept = readReviews(snapshot).filter((r) => r.key !== key);
          const reviews = status ? [...kept, reviewOf(f, status, reason, at)] : kept;
          await host.review(reviewSheetCells(reviews));
          const snap = withReviews(snapshot, reviews);
          setSnapshot(snap);
          setResult(await validateSnapshot(snap));
        } else if (entryKey !== null) {
          await ensureOpen(entryKey, entries.find((e) => e.key === entryKey)?.sheet);
          await worker.request({ op: "review", key: entryKey, finding: f, status, reason, at });
          const entry = entries.find((e) => e.key === entryKey);
          const res = await validateKey(entryKey, entry?.sheet);
          setEntries((es) => es.map((e) => (e.key === entryKey ? { ...e, result: res } : e)));
        }
      } catch (e) {
        if (!(e instanceof CheckCancelled)) fail(e);
      } finally {
        setProgress(null);
      }
    },
    [host, worker, snapshot, entries, validateSnapshot, validateKey, ensureOpen, fail],
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
    /** Excel: the snapshot shown was read with 只校验当前工作表 (what its result speaks for). */
    snapshotActiveOnly,
    setEntrySheet,
    progress,
    result,
    /** The snapshot last read (its validation stamp, if any, is compared by StampStatus). */
    snapshot,
    notice,
    dismissNotice: () => setNotice(null),
    notify: setNotice,
    fail,
    cancel,
    resultsOf,
    excelResults,
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
