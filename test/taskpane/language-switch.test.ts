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
import { renderHook, unmount } from "./react-stand-in";

/** The pane's check worker, run in this process: the same session (check-session.ts), messages passed directly. */
function inProcessWorker(): Worker {
  const w = { onmessage: null as ((e: { data: unknown }) => void) | null, onerror: null, terminate: () => undefined, postMessage: (m: WorkerRequest) => void handle(m) };
  const handle = createSession((m) => w.onmessage?.({ data: m }));
  return w as unknown as Worker;
}

/**
 * The pane's hook (use-checker.ts) run under a minimal stand-in for React's hooks (react-stand-in.ts), with the engine
 * spied: switching the language renders the report already computed again and does not run the engine; switching the
 * rubric does.
 */
jest.mock("react", () => jest.requireActual<typeof import("./react-stand-in")>("./react-stand-in").standInReact());

// The pane closed after each test: the download worker's load ahead would otherwise start after this file has ended.
afterEach(unmount);

function render(host: FilePaneHost, lang: "zh" | "en") {
  return renderHook(() => useChecker(host, lang, inProcessWorker));
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
