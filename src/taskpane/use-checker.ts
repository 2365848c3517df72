import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../engine/i18n";
import { BUILTIN_PROFILES } from "../engine/profile/builtin";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { validateWorkbook, type ValidationResult } from "../engine/validate";
import { planWrites } from "../engine/write-plan";
import type { HostSnapshot } from "../hosts/excel/read-snapshot";
import { describeError } from "./describe-error";
import { useT } from "./i18n";
import { checkedCopyName, type PaneHost, type PickedFile } from "./pane-host";
import { STAMP_WORDS, stampCells, stampExcelAfterWrite } from "./stamp-action";

/** "auto": the rules the workbook carries (a department's template), else the default; or a built-in profile id. */
export const AUTO_PROFILE = "auto";

export type Step = "read" | "validate" | "write" | "clear" | "download";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
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
  const [progress, setProgress] = useState<Progress | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const file = useRef<PickedFile | null>(null);

  const validate = useCallback(
    (snap: WorkbookSnapshot) => validateWorkbook(snap, { ...(profileId === AUTO_PROFILE ? {} : { profile: BUILTIN_PROFILES[profileId] }), lang }),
    [profileId, lang],
  );

  // The language or the rubric changed: re-run the engine on the workbook already read (no new read).
  useEffect(() => {
    if (snapshot) setResult(validate(snapshot));
    // Only these two: a new snapshot is validated where it is read.
  }, [profileId, lang]);

  const fail = useCallback((e: unknown) => setNotice({ intent: "error", text: describeError(e, t, lang) }), [t, lang]);

  const runCheck = useCallback(
    async (read: () => Promise<WorkbookSnapshot>): Promise<{ snap: WorkbookSnapshot; res: ValidationResult } | null> => {
      setNotice(null);
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
        setSnapshot(snap);
        setResult(res);
        return { snap, res };
      } catch (e) {
        fail(e);
        return null;
      } finally {
        setProgress(null);
      }
    },
    [validate, fail, t],
  );

  const check = useCallback(async () => {
    if (host.kind === "excel") await runCheck(() => host.read());
    else if (file.current) await runCheck(() => host.read(file.current!));
  }, [host, runCheck]);

  const checkFile = useCallback(
    async (picked: File) => {
      if (host.kind !== "file") return;
      if (!/\.xlsx$/i.test(picked.name)) {
        setNotice({ intent: "error", text: t("error.notXlsx") });
        return;
      }
      const bytes = new Uint8Array(await picked.arrayBuffer());
      file.current = { name: picked.name, bytes };
      setSnapshot(null);
      setResult(null);
      await runCheck(() => host.read({ name: picked.name, bytes }));
    },
    [host, runCheck, t],
  );

  /** Excel: read again first, so a cell the user filled since the check is compared, never overwritten. */
  const write = useCallback(async () => {
    if (host.kind !== "excel") return;
    const fresh = await runCheck(() => host.read());
    if (!fresh) return;
    try {
      setProgress({ step: "write" });
      const plan = planWrites(fresh.snap, fresh.res, { lang, overwrite });
      const outcome = await host.write(plan);
      const parts = [t("done.write")];
      // The validation stamp of the workbook as it now stands (src/taskpane/stamp-action.ts); a failure is said, not fatal.
      const stampFailure = await stampExcelAfterWrite(host.stamp, fresh.snap, fresh.res, plan, outcome.skippedValues).then(
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
  }, [host, runCheck, lang, overwrite, t, fail]);

  const clear = useCallback(async () => {
    if (host.kind !== "excel") return;
    setNotice(null);
    try {
      setProgress({ step: "clear" });
      const out = await host.clear();
      const parts = out.restored || out.notesRemoved || out.valuesRestored ? [t("done.clear", { count: out.restored })] : [t("done.clear.none")];
      if (out.valuesRestored) parts.push(t("done.clear.values", { count: out.valuesRestored }));
      if (out.valuesKept) parts.push(t("done.clear.valuesKept", { count: out.valuesKept }));
      setNotice({ intent: "success", text: parts.join(" ") });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }, [host, t, fail]);

  const downloadCopy = useCallback(async () => {
    if (host.kind !== "file" || !file.current || !snapshot || !result) return;
    setNotice(null);
    try {
      setProgress({ step: "download" });
      await paint();
      const stamp = await stampCells(snapshot, result).catch(() => undefined);
      const bytes = await host.checkedCopy(file.current, planWrites(snapshot, result, { lang, overwrite }), stamp);
      const name = checkedCopyName(file.current.name);
      download(bytes, name);
      setNotice({ intent: "success", text: t("done.download", { file: name }) });
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
    }
  }, [host, snapshot, result, lang, overwrite, t, fail]);

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
    progress,
    result,
    /** The snapshot last read (its validation stamp, if any, is compared by StampStatus). */
    snapshot,
    notice,
    dismissNotice: () => setNotice(null),
    hasFile: () => file.current !== null,
    check,
    checkFile,
    write,
    clear,
    downloadCopy,
    select,
  };
}

export type Checker = ReturnType<typeof useChecker>;
