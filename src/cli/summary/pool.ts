import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { runSummaryJob, type SummaryJob, type SummaryJobResult } from "./job";

/**
 * Runs the roll-up's files on worker threads, one file at a time per worker, as many workers as cores (never more
 * than files). Results arrive in completion order through `onResult`. If a worker cannot start (a sandbox without
 * threads), the remaining files are checked in this thread: the batch never stops for it.
 */
export interface PoolOptions {
  workers?: number;
  onResult: (result: SummaryJobResult) => void;
}

function startWorker(): Worker {
  const js = path.join(__dirname, "worker.js");
  if (existsSync(js)) return new Worker(js);
  // Running from the TypeScript sources (tsx, jest): the worker compiles its modules with tsx as well.
  const ts = path.join(__dirname, "worker.ts");
  return new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(ts)});`, { eval: true });
}

export async function runPool(jobs: SummaryJob[], options: PoolOptions): Promise<{ workers: number }> {
  const queue = [...jobs];
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), jobs.length));
  let inProcess = false;
  const drainHere = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) options.onResult(await runSummaryJob(job));
  };
  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = startWorker();
      } catch {
        inProcess = true;
        void drainHere().then(resolve);
        return;
      }
      let current: SummaryJob | undefined;
      const next = () => {
        current = queue.shift();
        if (!current) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(current);
      };
      worker.on("message", (result: SummaryJobResult) => {
        options.onResult(result);
        next();
      });
      worker.on("error", () => {
        // The worker died (it could not start, or ran out of memory on one file): that file is checked here,
        // then this lane goes on in-process.
        inProcess = true;
        const failed = current;
        current = undefined;
        void (async () => {
          if (failed) options.onResult(await runSummaryJob(failed));
          await drainHere();
          resolve();
        })();
      });
      next();
    });
  await Promise.all(Array.from({ length: count }, lane));
  return { workers: inProcess ? 0 : count };
}
