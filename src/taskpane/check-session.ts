/**
 * What the pane's Web Worker (check.worker.ts) does: reading a picked .xlsx (hosts/file's reader), the engine and
 * writing the checked copy (ExcelJS, loaded only when a copy or an export is made), off the UI thread, so the pane repaints, shows real progress and can be cancelled (the pane
 * terminates the worker). Without a worker (tests, a webview that refuses one) the same session runs in the page.
 *
 * It keeps each workbook it read (by the pane's key): only the report travels back to the pane, never the
 * snapshot (copying a 1,000-form snapshot across would itself block the UI for a third of a second). In Excel mode
 * the pane reads through Office.js and hands the snapshot over (`put`); the engine's result comes back whole.
 */
import type { Lang } from "../engine/i18n";
import type { NeutralReport, Report } from "../engine/report";
import { BUILTIN_PROFILES } from "../engine/profile/builtin";
import type { WorkbookSnapshot } from "../engine/snapshot";
import { validateWorkbook, type ValidationResult } from "../engine/validate";
import { planWrites } from "../engine/write-plan";
import type { Finding } from "../engine/findings/finding";
import { findingFingerprint, readReviews, reviewOf, reviewSheetCells, withReviews, type Review } from "../engine/reviews";
import { readWorkbook } from "../hosts/file/read";
import type { HostSnapshot } from "../hosts/excel/read-snapshot";
import { onlySheet, checkableSheets } from "./sheet-scope";
import { checkStamp } from "./stamp-action";
import { makeStamp, stampSheetCells, type Stamp } from "../engine/stamp";
import { sha256Hex } from "../hosts/file/stamp";
import { jobTransfer, packDetails, unpackDetails, type WorkerReply, type WorkerRequest, type WriteJob } from "./check-protocol";


type Writers = Pick<typeof import("../hosts/file/write"), "loadForCopy" | "writeLoadedCopy"> &
  Pick<typeof import("../hosts/file/results-export"), "resultsWorkbook">;

/** ExcelJS and the writers, required on first use (or preload): reading and checking never load them. */
function writers(): Writers {
  const { loadForCopy, writeLoadedCopy } = require("../hosts/file/write") as typeof import("../hosts/file/write");
  const { resultsWorkbook } = require("../hosts/file/results-export") as typeof import("../hosts/file/results-export");
  return { loadForCopy, writeLoadedCopy, resultsWorkbook };
}

/** A file loaded with ExcelJS ahead of its download (`preload`): the bytes it was loaded from, and the load. */
interface Preloaded {
  name: string;
  bytes: Uint8Array;
  workbook: Promise<import("exceljs").Workbook>;
}

/** Whether two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  // Eight bytes at a time where both are aligned (a 1.6 MB workbook: about a millisecond), the tail one by one.
  const words = a.byteOffset % 8 === 0 && b.byteOffset % 8 === 0 ? Math.floor(a.length / 8) : 0;
  if (words) {
    const x = new BigUint64Array(a.buffer, a.byteOffset, words);
    const y = new BigUint64Array(b.buffer, b.byteOffset, words);
    for (let i = 0; i < words; i++) if (x[i] !== y[i]) return false;
  }
  for (let i = words * 8; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Held {
  name: string;
  bytes?: Uint8Array;
  snapshot: WorkbookSnapshot;
  result?: ValidationResult;
  /** The validation stamp of this snapshot and result, made ahead of 下载 (`stampAhead`); its time is set at 下载. */
  stamp?: { snapshot: WorkbookSnapshot; result: ValidationResult; made: Promise<Stamp | undefined> };
}

/**
 * The stamp `stamp` would have been had it been made at `checkedAt`: the same body with that time, sealed again (as
 * makeStamp seals it). Making a stamp costs a pass over every cell (about a second on a 1,000-form workbook); this,
 * a hash of its text.
 */
export async function stampAt(stamp: Stamp, checkedAt: string): Promise<Stamp> {
  const { seal: _seal, ...rest } = stamp;
  const body = { ...rest, checkedAt };
  return { ...body, seal: await sha256Hex(JSON.stringify(body)) };
}

/**
 * The report as the pane shows it: each form's score without its per-item breakdown (30,000 items on a 1,000-form
 * workbook, most of what would be copied to the UI thread), except the items the engine judged rather than computed,
 * which the form's card names (formAssumptions). Copies, stamps and exports are made here from the whole result.
 */
function paneReport<R extends Report | NeutralReport>(report: R): R {
  return {
    ...report,
    forms: report.forms.map((f) => (f.score ? { ...f, score: { ...f.score, items: f.score.items.filter((i) => i.basis === "judged") } } : f)),
  };
}

export type Post = (m: WorkerReply, transfer?: Transferable[]) => void;

/** One session: the workbooks it holds, and the handler of the pane's requests, replying through `post`. */
export function createSession(post: Post): (m: WorkerRequest) => Promise<void> {
  const held = new Map<number, Held>();
  // The download's worker: the file loaded ahead of its download, if any.
  let preloaded: Preloaded | null = null;

  /** The workbook preloaded from exactly these bytes, taken (a write changes it), or null: then the write loads its own. */
  async function takePreloaded(name: string, bytes: Uint8Array): Promise<import("exceljs").Workbook | null> {
    const p = preloaded;
    if (!p || p.name !== name || !sameBytes(p.bytes, bytes)) return null;
    preloaded = null;
    // A load that failed (a damaged file) is done again by the write, which then says why.
    return p.workbook.catch(() => null);
  }

  /**
   * The stamp of what `h` holds now (its snapshot and its latest result), made once for them: ahead of 下载
   * (`stampAhead`) or at the first 下载. Undefined when it could not be made (the copy then goes without, as before).
   */
  function stampOf(h: Held, result: ValidationResult): Promise<Stamp | undefined> {
    if (h.stamp?.snapshot !== h.snapshot || h.stamp.result !== result) {
      h.stamp = { snapshot: h.snapshot, result, made: makeStamp(h.snapshot, result, new Date().toISOString(), sha256Hex).catch(() => undefined) };
    }
    return h.stamp.made;
  }

  function get(key: number): Held {
    const h = held.get(key);
    if (!h) throw new Error(`workbook ${key} is not open`);
    return h;
  }

  function validate(id: number, h: Held, sheet: string | undefined, profileId: string, lang: Lang): ValidationResult {
    post({ id, kind: "progress", step: "validate", done: 0 });
    const snap = sheet ? onlySheet(h.snapshot, sheet) : h.snapshot;
    const profile = profileId === "auto" ? {} : { profile: BUILTIN_PROFILES[profileId] };
    let last = 0;
    const result = validateWorkbook(snap, {
      ...profile,
      lang,
      // At most one message every 50 ms: the pane's progress moves without flooding its thread.
      onProgress: (done, total) => {
        const now = Date.now();
        if (done === total || now - last >= 50) {
          last = now;
          post({ id, kind: "progress", step: "validate", done, total });
        }
      },
    });
    h.result = result;
    return result;
  }

  async function handle(m: WorkerRequest): Promise<void> {
    const { id } = m;
    switch (m.op) {
      case "open": {
        post({ id, kind: "progress", step: "read" });
        // 正在读取 第 k / n 个工作表, as the reader gets through the worksheets (the pane's first part of the bar).
        const snapshot = await readWorkbook(m.bytes, m.name, (done, total) => post({ id, kind: "progress", step: "read", done, total }));
        held.set(m.key, { name: m.name, bytes: m.bytes, snapshot });
        const unread = (snapshot as HostSnapshot).unread ?? [];
        post({ id, kind: "done", value: { sheets: checkableSheets(snapshot), unread } });
        return;
      }
      case "put":
        held.set(m.key, { name: m.snapshot.name, snapshot: m.snapshot });
        post({ id, kind: "done", value: null });
        return;
      case "validate": {
        const h = get(m.key);
        const result = validate(id, h, m.sheet, m.profileId, m.lang);
        // File mode: the report and the rules (what the pane shows); Excel mode needs the computed values to write.
        const value = m.whole
          ? result
          : { report: paneReport(result.report), neutral: paneReport(result.neutral), profile: result.profile, outputs: [], nearMisses: [] };
        post({ id, kind: "done", value });
        return;
      }
      case "stamp": {
        const v = await checkStamp(get(m.key).snapshot);
        post({ id, kind: "done", value: v });
        return;
      }
      case "review": {
        const h = get(m.key);
        const f: Finding = m.finding;
        const key = findingFingerprint(f);
        const kept = readReviews(h.snapshot).filter((r) => r.key !== key);
        const reviews: Review[] = m.status ? [...kept, reviewOf(f, m.status, m.reason, m.at)] : kept;
        h.snapshot = withReviews(h.snapshot, reviews);
        post({ id, kind: "done", value: null });
        return;
      }
      case "copy": {
        const h = get(m.key);
        if (!h.bytes || !h.result) throw new Error("no checked workbook to copy");
        // The stamp made ahead (or now), timed now: what stampCells would give at this moment.
        const made = await stampOf(h, h.result);
        const stamp = made ? await stampAt(made, new Date().toISOString()).then(stampSheetCells, () => undefined) : undefined;
        const job: WriteJob = {
          kind: "copy",
          // A copy of the bytes moves to the download's worker; this worker keeps its own for the next copy.
          bytes: h.bytes.slice(),
          details: packDetails({
            plan: planWrites(h.snapshot, h.result, { lang: m.lang, overwrite: m.overwrite }),
            name: h.name,
            stamp,
            reviews: reviewSheetCells(readReviews(h.snapshot)),
          }),
        };
        post({ id, kind: "done", value: job }, jobTransfer(job));
        return;
      }
      case "stampAhead": {
        // While the reviewer reads the findings: the copy's stamp made ahead of 下载 (the pane ends this worker if
        // another file is picked meanwhile).
        const h = get(m.key);
        if (h.result) await stampOf(h, h.result);
        post({ id, kind: "done", value: null });
        return;
      }
      case "results": {
        const h = get(m.key);
        if (!h.result) throw new Error("no checked workbook");
        const job: WriteJob = { kind: "results", results: planWrites(h.snapshot, h.result, { lang: m.lang }).results };
        post({ id, kind: "done", value: job });
        return;
      }
      case "write": {
        post({ id, kind: "progress", step: "download" });
        const j = m.job;
        const { loadForCopy, writeLoadedCopy, resultsWorkbook } = writers();
        let bytes: Uint8Array;
        if (j.kind === "copy") {
          // Loaded ahead from these very bytes (a load still under way is waited for, never done twice): only the
          // plan is applied now. Anything else (another file, changed bytes, no preload) is loaded here, as
          // writeCheckedCopy does.
          const d = unpackDetails(j.details);
          const wb = (await takePreloaded(d.name, j.bytes)) ?? (await loadForCopy(j.bytes, d.name));
          bytes = await writeLoadedCopy(wb, d.plan, d.stamp, d.reviews);
        } else bytes = await resultsWorkbook(j.results);
        post({ id, kind: "done", value: bytes }, [bytes.buffer]);
        return;
      }
      case "preload": {
        const workbook = writers().loadForCopy(m.bytes, m.name);
        const mine: Preloaded = { name: m.name, bytes: m.bytes, workbook };
        preloaded = mine;
        const ok = await workbook.then(
          () => true,
          () => false,
        );
        // Replaced or dropped meanwhile: nothing of it is kept.
        post({ id, kind: "done", value: ok && preloaded === mine });
        return;
      }
      case "drop":
        held.clear();
        preloaded = null;
        post({ id, kind: "done", value: null });
        return;
    }
  }

  return (m: WorkerRequest) =>
    handle(m).catch((err: unknown) => {
      // The pane describes the error as it would on its own thread (describe-error.ts): name, message, reason.
      const o = err as { name?: string; message?: string; reason?: string; params?: Record<string, string | number> };
      post({ id: m.id, kind: "error", error: { name: o?.name ?? "Error", message: o?.message ?? String(err), reason: o?.reason, params: o?.params } });
    });
}
