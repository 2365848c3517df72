import { parentPort } from "node:worker_threads";
import { runSummaryJob, type SummaryJob } from "./job";

/** A roll-up worker: one file at a time, as the main thread sends them. */
parentPort?.on("message", (job: SummaryJob) => {
  void runSummaryJob(job).then((result) => parentPort!.postMessage(result));
});
