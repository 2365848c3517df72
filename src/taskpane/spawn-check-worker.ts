/**
 * The pane's Web Worker (check.worker.ts). Only the pane's entry (index.tsx) and the e2e harness import this:
 * webpack 5 bundles the worker and its imports (ExcelJS, the engine) as their own chunk from this very expression.
 */
export function spawnCheckWorker(): Worker {
  // @ts-ignore TS1343: import.meta is what webpack reads here; tsc checks this file as CommonJS (node16).
  return new Worker(new URL("./check.worker.ts", import.meta.url), { name: "budget-check" });
}
