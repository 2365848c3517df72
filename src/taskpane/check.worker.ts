/** The pane's Web Worker: the session of check-session.ts, replying by postMessage (the pane terminates it to cancel). */
import { createSession } from "./check-session";
import type { WorkerReply, WorkerRequest } from "./check-protocol";

const handle = createSession((m: WorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer));

self.onmessage = (e: MessageEvent<WorkerRequest>) => void handle(e.data);
