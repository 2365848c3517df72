/** The messages between the pane and its worker (check.worker.ts): structured-cloneable data only. */
import type { Lang } from "../engine/i18n";
import type { Finding } from "../engine/findings/finding";
import type { Review } from "../engine/reviews";
import type { WorkbookSnapshot } from "../engine/snapshot";
import type { Verification } from "../engine/stamp";
import type { WritePlan } from "../engine/write-plan";

/**
 * What a download writes, made by the worker that holds the workbook (`copy`, `results`) and written by a worker of
 * its own (`write`): 取消 while 正在生成… ends only that one, and the checked workbooks stay open in the other.
 * The copy's details (CopyDetails) travel as UTF-8 JSON bytes, moved rather than copied: the pane's thread, which
 * passes the job on, never unpacks a 1,000-form plan and stamp (tens of thousands of values, a long task).
 */
export type WriteJob = { kind: "copy"; bytes: Uint8Array; details: Uint8Array } | { kind: "results"; results: WritePlan["results"] };

/** The checked copy's plan, the file's name, the validation stamp's and the review sheet's texts. */
export interface CopyDetails {
  plan: WritePlan;
  name: string;
  stamp?: string[];
  reviews: string[];
}

export function packDetails(d: CopyDetails): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(d));
}

export function unpackDetails(bytes: Uint8Array): CopyDetails {
  return JSON.parse(new TextDecoder().decode(bytes)) as CopyDetails;
}

/** What a job moves (transfers) rather than copies. */
export function jobTransfer(job: WriteJob): Transferable[] {
  return job.kind === "copy" ? [job.bytes.buffer, job.details.buffer] : [];
}

export type WorkerRequest = { id: number } & (
  | { op: "open"; key: number; name: string; bytes: Uint8Array }
  | { op: "put"; key: number; snapshot: WorkbookSnapshot }
  /** `whole`: also the computed values (Excel mode writes them); else only the report and the rules. */
  | { op: "validate"; key: number; sheet?: string; profileId: string; lang: Lang; whole?: boolean }
  | { op: "stamp"; key: number }
  | { op: "review"; key: number; finding: Finding; status: Review["status"] | null; reason: string; at: string }
  /** The checked copy's WriteJob (the workbook's bytes copied, the plan, the stamp and the reviews). */
  | { op: "copy"; key: number; lang: Lang; overwrite: boolean }
  /** Make the checked copy's validation stamp ahead of 下载 (the `copy` that follows sets its time). */
  | { op: "stampAhead"; key: number }
  /** The results sheet's WriteJob. */
  | { op: "results"; key: number; lang: Lang }
  /** Write a WriteJob into .xlsx bytes (in the download's own worker). */
  | { op: "write"; job: WriteJob }
  /**
   * In the download's worker, while the reviewer reads the findings: load a checked file with ExcelJS ahead of its
   * download (the writers too), so that 下载 only applies the plan and saves. Used only by a `write` of these very
   * bytes, once; a newer preload replaces it, `drop` lets it go.
   */
  | { op: "preload"; name: string; bytes: Uint8Array }
  | { op: "drop" }
);

export type WorkerStep = "read" | "validate" | "download";

export type WorkerReply =
  | { id: number; kind: "progress"; step: WorkerStep; done?: number; total?: number }
  | { id: number; kind: "done"; value: unknown }
  | { id: number; kind: "error"; error: { name: string; message: string; reason?: string; params?: Record<string, string | number> } };

export interface Opened {
  sheets: string[];
  unread: { sheet: string; areas: string[] }[];
}

export type { Verification };
