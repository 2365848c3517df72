/**
 * Issue 12, the download, in the pane's hook (use-checker.ts): a moment after a file's results are shown, the
 * download's worker is given the picked file to load with ExcelJS ahead (`preload`), and 下载 is written from it. A new
 * pick or 取消 ends that worker at once (a load under way stops, its memory goes), so the new check never waits for
 * it; a 下载 clicked before the load ahead has started loads the file itself, once.
 *
 * The hook runs under a minimal stand-in for React's hooks (react-stand-in.ts); its workers are the
 * sessions of check-session.ts run in this process, each recorded: what it was asked, and whether it was ended.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as write from "../../src/hosts/file/write";
import type { FilePaneHost } from "../../src/taskpane/pane-host";
import { useChecker } from "../../src/taskpane/use-checker";
import { createSession, sameBytes } from "../../src/taskpane/check-session";
import type { WorkerRequest } from "../../src/taskpane/check-protocol";
import { renderHook, unmount } from "./react-stand-in";

jest.setTimeout(120_000);

interface Spawned {
  asked: WorkerRequest[];
  ended: boolean;
}
const spawned: Spawned[] = [];

/** A worker of the pane, run in this process: once ended it neither reads nor answers. */
function inProcessWorker(): Worker {
  const rec: Spawned = { asked: [], ended: false };
  spawned.push(rec);
  const w = {
    onmessage: null as ((e: { data: unknown }) => void) | null,
    onerror: null,
    terminate: () => {
      rec.ended = true;
    },
    postMessage: (m: WorkerRequest) => {
      if (rec.ended) return;
      rec.asked.push(m);
      void handle(m);
    },
  };
  const handle = createSession((m) => {
    if (!rec.ended) w.onmessage?.({ data: m });
  });
  return w as unknown as Worker;
}

jest.mock("react", () => jest.requireActual<typeof import("./react-stand-in")>("./react-stand-in").standInReact());

const host: FilePaneHost = { kind: "file" };

function render() {
  return renderHook(() => useChecker(host, "zh", inProcessWorker));
}

function picked(name: string): { file: File; bytes: Uint8Array } {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../examples", name)));
  return { file: { name, arrayBuffer: async () => bytes.slice().buffer } as unknown as File, bytes };
}

async function until(ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const preloadsOf = (w: Spawned) => w.asked.filter((m): m is Extract<WorkerRequest, { op: "preload" }> => m.op === "preload");
/** The worker that was given a file to load ahead (the download's worker), the latest one. */
const preloader = () => spawned.filter((w) => preloadsOf(w).length > 0).at(-1);

// What 下载 hands the browser (use-checker.ts's download(): a Blob URL on a clicked link).
const downloads: { name: string; blob: Blob }[] = [];
let lastBlob: Blob | null = null;
let loads: jest.SpyInstance;

beforeAll(() => {
  // download() lets the Blob URL go a minute later: that timer must not keep the test process alive.
  const setTimer = globalThis.setTimeout;
  jest.spyOn(globalThis, "setTimeout").mockImplementation(((f: () => void, ms?: number) => setTimer(f, ms).unref()) as unknown as typeof setTimeout);
  const g = globalThis as unknown as { document: unknown };
  g.document = {
    createElement: () => {
      const a = { href: "", download: "", click: () => downloads.push({ name: a.download, blob: lastBlob! }), remove: () => undefined };
      return a;
    },
    body: { appendChild: () => undefined },
  };
  jest.spyOn(URL, "createObjectURL").mockImplementation((b: Blob | MediaSource) => {
    lastBlob = b as Blob;
    return "blob:test";
  });
  jest.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
});

beforeEach(() => {
  spawned.length = 0;
  downloads.length = 0;
  loads = jest.spyOn(write, "loadForCopy");
});
afterEach(() => {
  loads.mockRestore();
  // The pane closed: its timers stop, its workers end.
  unmount();
  for (const w of spawned) w.ended = true;
});

describe("the pane loads the checked file for its download ahead", () => {
  const a = picked("seed002-self-evaluation.xlsx");
  const b = picked("seed003-goal-table.xlsx");

  it("after the results, the download's worker loads the picked file; 下载 then loads nothing more", async () => {
    const pane = render();
    await pane.checkFiles([a.file]);
    // Not at once: the results are drawn first.
    expect(preloader()).toBeUndefined();
    await until(() => loads.mock.calls.length === 1);
    const writer = preloader()!;
    const [preload] = preloadsOf(writer);
    expect(preload.name).toBe("seed002-self-evaluation.xlsx");
    expect(sameBytes(preload.bytes, a.bytes)).toBe(true);
    // Only the download's worker loads it: the check worker was never asked to; it makes the copy's stamp ahead.
    expect(spawned.filter((w) => preloadsOf(w).length > 0)).toHaveLength(1);
    expect(spawned[0].asked.map((m) => m.op)).toEqual(["drop", "open", "validate", "stamp", "stampAhead"]);
    await loads.mock.results[0].value;

    await render().downloadCopy();
    expect(downloads.map((d) => d.name)).toEqual(["seed002-self-evaluation.checked.xlsx"]);
    expect(writer.asked.map((m) => m.op)).toEqual(["preload", "write"]);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(render().notice).toEqual({ intent: "success", text: "done.download" });
  });

  it("a new pick ends the worker holding the old file at once, before the new file is read; the new one is loaded ahead in turn", async () => {
    const pane = render();
    await pane.checkFiles([a.file]);
    await until(() => preloader() !== undefined);
    const old = preloader()!;
    const checking = render().checkFiles([b.file]);
    // Ended as the pick is made, not after the check.
    expect(old.ended).toBe(true);
    await checking;
    await until(() => preloader() !== old);
    const next = preloader()!;
    expect(preloadsOf(next).map((p) => p.name)).toEqual(["seed003-goal-table.xlsx"]);
    expect(sameBytes(preloadsOf(next)[0].bytes, b.bytes)).toBe(true);
    expect(old.asked.map((m) => m.op)).toEqual(["preload"]);
  });

  it("取消 lets it go too", async () => {
    await render().checkFiles([a.file]);
    await until(() => preloader() !== undefined);
    render().cancel();
    expect(preloader()!.ended).toBe(true);
  });

  it("a 下载 clicked before the load ahead started: the write loads the file itself, once, and no load ahead follows", async () => {
    await render().checkFiles([a.file]);
    await render().downloadCopy();
    expect(downloads).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(preloader()).toBeUndefined();
    expect(loads).toHaveBeenCalledTimes(1);
  });
});
