import { readFile } from "node:fs/promises";
import path from "node:path";
import * as validate from "../../src/engine/validate";
import { renderReport } from "../../src/engine/report";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/hosts/file";
import type { FilePaneHost } from "../../src/taskpane/pane-host";
import { useChecker } from "../../src/taskpane/use-checker";
import { createSession } from "../../src/taskpane/check-session";
import type { WorkerRequest } from "../../src/taskpane/check-protocol";

/** The pane's check worker, run in this process: the same session (check-session.ts), messages passed directly. */
function inProcessWorker(): Worker {
  const w = { onmessage: null as ((e: { data: unknown }) => void) | null, onerror: null, terminate: () => undefined, postMessage: (m: WorkerRequest) => void handle(m) };
  const handle = createSession((m) => w.onmessage?.({ data: m }));
  return w as unknown as Worker;
}

/**
 * The pane's hook (use-checker.ts) run under a minimal stand-in for React's hooks (state kept by call order, effects
 * run after a render when their dependencies changed), with the engine spied: switching the language renders the
 * report already computed again and does not run the engine; switching the rubric does.
 */
const mockReact = {
  slots: [] as unknown[],
  index: 0,
  effects: [] as (() => void | (() => void))[],
  /** What each effect returned, by slot: run when it runs again, and all at unmount. */
  cleanups: new Map<number, () => void>(),
};
jest.mock("react", () => {
  const slot = <T>(init: () => T): [T, number] => {
    const i = mockReact.index++;
    if (!(i in mockReact.slots)) mockReact.slots[i] = init();
    return [mockReact.slots[i] as T, i];
  };
  return {
    startTransition: (f: () => void) => f(),
    createContext: (value: unknown) => ({ value }),
    useContext: () => ({ lang: "zh", t: (key: string) => key }),
    useState: <T>(init: T | (() => T)) => {
      const [value, i] = slot(() => (typeof init === "function" ? (init as () => T)() : init));
      const set = (next: T | ((prev: T) => T)) => {
        mockReact.slots[i] = typeof next === "function" ? (next as (prev: T) => T)(mockReact.slots[i] as T) : next;
      };
      return [value, set];
    },
    useRef: <T>(init: T) => slot(() => ({ current: init }))[0],
    useCallback: <F>(fn: F) => (mockReact.index++, fn),
    useMemo: <T>(fn: () => T) => (mockReact.index++, fn()),
    useEffect: (effect: () => void | (() => void), deps?: unknown[]) => {
      const i = mockReact.index++;
      const prev = mockReact.slots[i] as unknown[] | undefined;
      if (!prev || !deps || deps.some((d, k) => !Object.is(d, prev[k]))) {
        mockReact.slots[i] = deps;
        mockReact.effects.push(() => {
          mockReact.cleanups.get(i)?.();
          const cleanup = effect();
          if (typeof cleanup === "function") mockReact.cleanups.set(i, cleanup);
          else mockReact.cleanups.delete(i);
        });
      }
    },
  };
});

type Lang = "zh" | "en";

/**
 * The pane closed, as React unmounts it: every effect's cleanup runs (the hook stops its timers and workers — the
 * download's worker would otherwise start loading the file ahead a second later, after this test file has ended).
 */
afterEach(() => {
  for (const cleanup of mockReact.cleanups.values()) cleanup();
  mockReact.cleanups.clear();
  mockReact.slots = [];
});

/** One render of the hook, then its effects, as React commits them. */
function render(host: FilePaneHost, lang: Lang) {
  mockReact.index = 0;
  mockReact.effects = [];
  const checker = useChecker(host, lang, inProcessWorker);
  for (const effect of mockReact.effects.splice(0)) effect();
  return checker;
}

let snapshot: WorkbookSnapshot;
let bytes: Uint8Array;
beforeAll(async () => {
  const file = "seed002-self-evaluation.xlsx";
  bytes = new Uint8Array(await readFile(path.join(__dirname, "../../examples", file)));
  snapshot = await readWorkbook(bytes, file);
});

/** Until the pane's (in-page) check session has answered what was asked of it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

test("switching the language re-renders the report already computed and does not run the engine", async () => {
  const runs = [jest.spyOn(validate, "validateWorkbook"), jest.spyOn(validate, "checkWorkbook")];
  const engineRuns = () => runs.reduce((n, s) => n + s.mock.calls.length, 0);
  // File mode reads and checks in the pane's check worker (here its session in this process).
  const host: FilePaneHost = { kind: "file" };
  const file = { name: snapshot.name, arrayBuffer: async () => bytes.slice().buffer } as unknown as File;

  const pane = render(host, "zh");
  await pane.checkFiles([file]);
  let state = render(host, "zh");
  expect(engineRuns()).toBe(1);
  const zh = state.entries[0].result!.report;
  expect(zh.findings.length).toBeGreaterThan(0);

  render(host, "en");
  state = render(host, "en");
  expect(engineRuns()).toBe(1);
  const en = state.entries[0].result!.report;
  expect(en).toEqual(renderReport(state.entries[0].result!.neutral, "en"));
  // The pane's report leaves out each score's per-item breakdown (check-session.ts); the findings are the engine's.
  const direct = validate.validateWorkbook(snapshot, { lang: "en" }).report;
  expect(en.findings).toEqual(direct.findings);
  expect(en.summary).toEqual(direct.summary);
  expect(en.forms.map((f) => [f.title, f.score?.computed])).toEqual(direct.forms.map((f) => [f.title, f.score?.computed]));
  expect(en.findings.map((f) => f.message)).not.toEqual(zh.findings.map((f) => f.message));
  expect(en.findings.map((f) => [f.code, f.cell])).toEqual(zh.findings.map((f) => [f.code, f.cell]));

  // and back: the same zh report as the first run gave
  render(host, "zh");
  state = render(host, "zh");
  expect(state.entries[0].result!.report).toEqual(zh);
  expect(engineRuns()).toBe(2); // the one call above, made by this test

  // A change of rubric does run the engine again (the spy counts the pane's runs).
  state.setProfileId("central");
  render(host, "zh");
  await settle();
  expect(engineRuns()).toBeGreaterThan(2);
});
