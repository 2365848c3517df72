/**
 * The pane's handle on its worker (check.worker.ts): one request at a time or several, each a promise; progress
 * messages go to the request's callback. `cancel()` terminates the worker (whatever it was reading or checking
 * stops at once), rejects what was pending with CheckCancelled, and the next request starts a fresh worker.
 * Without `spawn` (tests, or no Worker to be had) the same session (check-session.ts) runs in the page.
 */
import { WorkbookReadError, type ReadErrorReason } from "../hosts/file/errors";
import type { WorkerReply, WorkerRequest } from "./check-protocol";

/** Distributive Omit, so each request keeps its own fields. */
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;
export type ProgressMessage = Extract<WorkerReply, { kind: "progress" }>;

export class CheckCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "CheckCancelled";
  }
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  onProgress?: (p: ProgressMessage) => void;
}

/** What the client talks to: a Worker, or the session run in the page. */
interface Port {
  postMessage(m: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export class CheckClient {
  constructor(private readonly spawnWorker?: () => Worker) {}

  private worker: Port | null = null;
  private next = 1;
  private pending = new Map<number, Pending>();
  /** Bumped by cancel(): the workbooks the old worker held are gone. */
  generation = 0;

  private spawn(): Port {
    if (this.worker) return this.worker;
    const deliver = (m: WorkerReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.kind === "progress") p.onProgress?.(m);
      else {
        this.pending.delete(m.id);
        if (m.kind === "done") p.resolve(m.value);
        else p.reject(revive(m.error));
      }
    };
    let port: Port | null = null;
    try {
      if (this.spawnWorker) {
        const w = this.spawnWorker();
        w.onmessage = (e: MessageEvent<WorkerReply>) => deliver(e.data);
        w.onerror = (e) => {
          const err = new Error(e.message || "worker failed");
          for (const p of this.pending.values()) p.reject(err);
          this.pending.clear();
        };
        port = w;
      }
    } catch {
      port = null;
    }
    if (!port) port = inPage(deliver);
    this.worker = port;
    return port;
  }

  request<T>(req: Request, onProgress?: (p: ProgressMessage) => void, transfer: Transferable[] = []): Promise<T> {
    // (A worker gets the bytes moved, `transfer`; the session in the page shares them.)
    const w = this.spawn();
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      w.postMessage({ ...req, id }, transfer);
    });
  }

  /**
   * Start the worker before the first check: its script (ExcelJS and the engine) is fetched and compiled while the user
   * is still choosing a file, not after (on the 1,000-form workbook that is part of the first results' wait).
   * Only a real worker: the in-page session stays loaded on first use.
   */
  warm(): void {
    if (this.spawnWorker) this.spawn();
  }

  /** Stop whatever the worker is doing; what it held is dropped. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.generation++;
    for (const p of this.pending.values()) p.reject(new CheckCancelled());
    this.pending.clear();
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }
}

/** The session in the page (no worker): loaded on first use; after terminate() its replies are dropped. */
function inPage(deliver: (m: WorkerReply) => void): Port {
  let live = true;
  const session = import(/* webpackChunkName: "file-host" */ "./check-session.js").then(({ createSession }) => createSession((m) => live && deliver(m)));
  return {
    postMessage: (m) => void session.then((handle) => (live ? handle(m) : undefined)),
    terminate: () => {
      live = false;
    },
  };
}

/** An error from the worker as the pane knows it: the file host's read errors keep their localised message. */
function revive(e: { name: string; message: string; reason?: string; params?: Record<string, string | number> }): Error {
  if (e.name === "WorkbookReadError" && e.reason && e.params) return new WorkbookReadError(e.reason as ReadErrorReason, e.params);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
