import { PAYLOAD_BUDGET_BYTES } from "./context";

/** Office.js frames every queued action with object paths and ids; count a margin for each. */
const ACTION_OVERHEAD_BYTES = 200;

const encoder = new TextEncoder();

/** UTF-8 size of what an action sends (Chinese text is 3 bytes a character on the wire). */
export function payloadBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? "").length + ACTION_OVERHEAD_BYTES;
}

/**
 * Queues writes into as few `context.sync()` calls as possible: one, unless the queued request would pass the
 * payload budget (Excel on the web refuses requests over 5 MB); then it syncs and starts a new request.
 */
export class PayloadBatch {
  private pending = 0;
  syncs = 0;
  bytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET_BYTES,
  ) {}

  /** Call before queueing an action that sends `data`. */
  async reserve(data: unknown): Promise<void> {
    const size = payloadBytes(data);
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    this.pending += size;
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
}
