import { readFile } from "node:fs/promises";
import path from "node:path";
import * as validate from "../../src/engine/validate";
import { renderReport } from "../../src/engine/report";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/hosts/file";
import type { FilePaneHost } from "../../src/taskpane/pane-host";
import { useChecker } from "../../src/taskpane/use-checker";

/**
 * The pane's hook (use-checker.ts) run under a minimal stand-in for React's hooks (state kept by call order, effects
 * run after a render when their dependencies changed), with the engine spied: switching the language renders the
 * report already computed again and does not run the engine; switching the rubric does.
 */
const mockReact = {
  slots: [] as unknown[],
  index: 0,
  effects: [] as (() => void)[],
};
jest.mock("react", () => {
  const slot = <T>(init: () => T): [T, number] => {
    const i = mockReact.index++;
    if (!(i in mockReact.slots)) mockReact.slots[i] = init();
    return [mockReact.slots[i] as T, i];
  };
  return {
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
    useEffect: (effect: () => void, deps?: unknown[]) => {
      const i = mockReact.index++;
      const prev = mockReact.slots[i] as unknown[] | undefined;
      if (!prev || !deps || deps.some((d, k) => !Object.is(d, prev[k]))) {
        mockReact.slots[i] = deps;
        mockReact.effects.push(effect);
      }
    },
  };
});

type Lang = "zh" | "en";

/** One render of the hook, then its effects, as React commits them. */
function render(host: FilePaneHost, lang: Lang) {
  mockReact.index = 0;
  mockReact.effects = [];
  const checker = useChecker(host, lang);
  for (const effect of mockReact.effects.splice(0)) effect();
  return checker;
}

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  const file = "seed002-self-evaluation.xlsx";
  snapshot = await readWorkbook(new Uint8Array(await readFile(path.join(__dirname, "../../examples", file))), file);
});

test("switching the language re-renders the report already computed and does not run the engine", async () => {
  const runs = [jest.spyOn(validate, "validateWorkbook"), jest.spyOn(validate, "checkWorkbook")];
  const engineRuns = () => runs.reduce((n, s) => n + s.mock.calls.length, 0);
  const host: FilePaneHost = { kind: "file", read: async () => snapshot, checkedCopy: async () => new Uint8Array() };
  const file = { name: snapshot.name, arrayBuffer: async () => new ArrayBuffer(0) } as unknown as File;

  const pane = render(host, "zh");
  await pane.checkFiles([file]);
  let state = render(host, "zh");
  expect(engineRuns()).toBe(1);
  const zh = state.result!.report;
  expect(zh.findings.length).toBeGreaterThan(0);
  expect(state.entries.map((e) => e.result?.report)).toEqual([zh]);

  render(host, "en");
  state = render(host, "en");
  expect(engineRuns()).toBe(1);
  const en = state.result!.report;
  expect(en).toEqual(renderReport(state.result!.neutral, "en"));
  expect(en).toEqual(validate.validateWorkbook(snapshot, { lang: "en" }).report);
  expect(en.findings.map((f) => f.message)).not.toEqual(zh.findings.map((f) => f.message));
  expect(en.findings.map((f) => [f.code, f.cell])).toEqual(zh.findings.map((f) => [f.code, f.cell]));
  expect(state.entries[0].result!.report).toEqual(en);

  // and back: the same zh report as the first run gave
  render(host, "zh");
  state = render(host, "zh");
  expect(state.result!.report).toEqual(zh);
  expect(engineRuns()).toBe(2); // the one call above, made by this test

  // A change of rubric does run the engine again (the spy counts the pane's runs).
  state.setProfileId("central");
  render(host, "zh");
  expect(engineRuns()).toBeGreaterThan(2);
});
