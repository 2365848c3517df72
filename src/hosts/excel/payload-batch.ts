import { PAYLOAD_BUDGET_BYTES } from "./context";

/**
 * What one queued action costs on the wire beyond its own data, as Microsoft's office.js client serialises it
 * (measured in test/hosts/excel/request-size.test.ts with @microsoft/office-js 1.1.110 against a stub executor):
 * the object path to the cell (workbook → worksheets → getItem → getRange → format → fill), the keep-reference
 * and instantiate actions, and the property or method. Per action the real client sent: a fill probe ~745 bytes,
 * a value probe ~450, a note probe ~640, a value write with its number format ~550, a comment ~320 with its text; the old flat guess
 * of 200 undercounted a whole write about 4×. Each figure below is rounded up.
 */
export const ACTION_OVERHEAD_BYTES = 800;
const OVERHEAD_BY_KIND: Record<string, number> = {
  "probe-fill": 800,
  "probe-value": 550,
  "probe-note": 700,
  value: 650,
  note: 600,
  comment: 300,
  "delete-note": 500,
  "delete-comment": 500,
};
/** The action's own data (addresses, texts, values) is sent as JSON once, plus escaping; counted with a margin. */
export const DATA_FACTOR = 1.2;

const encoder = new TextEncoder();

/** Estimated bytes of an action that sends `data` (Chinese text is 3 bytes a character on the wire). */
export function payloadBytes(data: unknown): number {
  const kind = (data as { kind?: unknown } | null)?.kind;
  const overhead = typeof kind === "string" ? (OVERHEAD_BY_KIND[kind] ?? ACTION_OVERHEAD_BYTES) : ACTION_OVERHEAD_BYTES;
  return Math.ceil(encoder.encode(JSON.stringify(data) ?? "").length * DATA_FACTOR) + overhead;
}

/**
 * Queues writes into as few `context.sync()` calls as possible: one, unless the queued request would pass the
 * payload budget (Excel on the web refuses requests over 5 MB); then it syncs and starts a new request.
 */
export class PayloadBatch {
  private pending = 0;
  syncs = 0;
  bytes = 0;
  /** The largest estimated request sent. */
  largest = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET_BYTES,
  ) {}

  /** The estimate of what is queued and not yet sent. */
  get pendingBytes(): number {
    return this.pending;
  }

  /** Call before queueing an action that sends `data`. */
  async reserve(data: unknown): Promise<void> {
    const size = payloadBytes(data);
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    this.pending += size;
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.largest = Math.max(this.largest, this.pending);
    await this.context.sync();
    this.syncs++;
    this.pending = 0;
  }
}
