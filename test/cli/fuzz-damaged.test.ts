import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import JSZip from "jszip";
import { corpusWorkbook } from "../../scripts/make-corpus";
import { loadRealFixtures } from "../fixtures/real/load";
import { bytesOf } from "../hosts/file/workbooks";
import { makeZip, type ZipEntry } from "../hosts/file/zip";
import type { FuzzCase, FuzzResult } from "./fuzz-worker";

/**
 * Damaged real workbooks (issue 15): the examples and corpus workbooks with bytes flipped, cut short, zip parts dropped
 * or doubled and their XML corrupted, each run through `validate --json --out` on a worker thread. Whatever the
 * damage: no crash, no hang, no stack trace or internal error, the input never changed, no partial output (a copy is
 * complete and loads again, or there is none, and nothing else is left in --out), and stdout is the JSON report.
 * Fixed seed (test/setup/fast-check.ts); FC_SEED / FC_RUNS explore further.
 */
jest.setTimeout(300_000);

const RUNS = Number(process.env.FC_RUNS ?? 300);
/** A single case that takes longer than this is a hang (the largest seed workbook reads in well under a second). */
const CASE_LIMIT_MS = 30_000;

interface Seed {
  name: string;
  entries: ZipEntry[];
}

async function entriesOf(name: string, bytes: Uint8Array): Promise<Seed> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: ZipEntry[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) entries.push({ name: f.name, data: await f.async("uint8array"), deflate: true });
  return { name, entries };
}

/** What a fuzzed case does to its seed: parts dropped, doubled or their XML edited, then the zip's bytes damaged. */
const HOSTILE_SNIPPETS = [
  "<",
  "&",
  '"',
  "]]>",
  "\u0000",
  '<c r="XFE1"><v>1</v></c>',
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<mergeCell ref="A1:C3"/><mergeCell ref="B2:D4"/>',
  '<c r="Z1"><f>SUM(A1:XFD1048576)</f></c>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  "x".repeat(5000),
];
const HOSTILE_VALUES = ["XFE1", "A0", "", "ZZZZ1", "A1:XFD1048576", "预算[1]", "History", "'x'", "-1", "1048577", "A1:A1:A1", "&amp;"];

const xmlEdit = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), snippet: fc.nat({ max: HOSTILE_SNIPPETS.length - 1 }) }),
  fc.record({ kind: fc.constant("attr" as const), nth: fc.nat(), value: fc.nat({ max: HOSTILE_VALUES.length - 1 }) }),
);
const partOp = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant("xml" as const), entry: fc.nat(), edit: xmlEdit }),
);
const byteOp = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
const plan = fc.record({
  seed: fc.nat(),
  parts: fc.array(partOp, { maxLength: 3 }),
  bytes: fc.array(byteOp, { maxLength: 3 }),
});
type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

function editXml(text: string, edit: Plan["parts"][number] & { kind: "xml" }): string {
  const e = edit.edit;
  if (e.kind === "cut") {
    const at = e.at % Math.max(1, text.length);
    return text.slice(0, at) + text.slice(at + e.length);
  }
  if (e.kind === "insert") {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + HOSTILE_SNIPPETS[e.snippet] + text.slice(at);
  }
  const attrs = [...text.matchAll(/\s(?:r|ref|name|sqref)="[^"]*"/g)];
  if (attrs.length === 0) return text;
  const m = attrs[e.nth % attrs.length];
  const key = m[0].slice(0, m[0].indexOf("="));
  return text.slice(0, m.index) + `${key}="${HOSTILE_VALUES[e.value]}"` + text.slice(m.index + m[0].length);
}

function damage(seeds: Seed[], p: Plan): Uint8Array {
  const seed = seeds[p.seed % seeds.length];
  let entries = [...seed.entries];
  for (const op of p.parts) {
    if (entries.length === 0) break;
    const i = op.entry % entries.length;
    if (op.kind === "drop") entries.splice(i, 1);
    else if (op.kind === "duplicate") entries.splice(i, 0, entries[i]);
    else {
      const e = entries[i];
      const text = Buffer.from(e.data as Uint8Array).toString("utf8");
      entries[i] = { ...e, data: new Uint8Array(Buffer.from(editXml(text, op), "utf8")) };
    }
  }
  let bytes = makeZip(entries);
  for (const op of p.bytes) {
    if (op.kind === "flip") {
      bytes = bytes.slice();
      bytes[op.at % bytes.length] ^= op.xor;
    } else bytes = bytes.slice(0, op.at % (bytes.length + 1));
  }
  entries = [];
  return bytes;
}

/** One worker thread running the cases; a case that hangs terminates it, and the next case gets a new one. */
class Runner {
  private worker: Worker | null = null;

  private start(): Worker {
    const ts = path.join(__dirname, "fuzz-worker.ts");
    return new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(ts)});`, { eval: true });
  }

  run(c: FuzzCase): Promise<FuzzResult | "hang" | "crash"> {
    const worker = (this.worker ??= this.start());
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cleanup();
        void worker.terminate();
        this.worker = null;
        resolve("hang");
      }, CASE_LIMIT_MS);
      const onMessage = (r: FuzzResult) => {
        if (r.id !== c.id) return;
        cleanup();
        resolve(r);
      };
      const onError = () => {
        cleanup();
        this.worker = null;
        resolve("crash");
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(c);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
  }
}

describe("fuzz: damaged real workbooks through validate --json --out", () => {
  const runner = new Runner();
  const seeds: Seed[] = [];

  beforeAll(async () => {
    const examples = path.join(__dirname, "..", "..", "examples");
    for (const f of readdirSync(examples)
      .filter((n) => n.endsWith(".xlsx"))
      .sort()) {
      seeds.push(await entriesOf(f, new Uint8Array(readFileSync(path.join(examples, f)))));
    }
    // A few corpus workbooks of each kind, in their printed layouts.
    for (const fx of loadRealFixtures().filter((_, i) => i % 3 === 0)) seeds.push(await entriesOf(`${fx.id}.xlsx`, await bytesOf(corpusWorkbook(fx))));
  });
  afterAll(() => runner.stop());

  it(`${RUNS} damaged workbooks: no crash, hang, stack trace, changed input or partial output`, async () => {
    let id = 0;
    const codes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const bytes = damage(seeds, p);
        const name = `case${++id}.xlsx`;
        const r = await runner.run({ id, name, bytes });
        const where = `${JSON.stringify(p)} → `;
        if (r === "hang" || r === "crash") throw new Error(`${where}${r}`);
        codes[r.code] = (codes[r.code] ?? 0) + 1;
        // The exit status is one of the three the CLI promises; internal errors are bugs.
        expect([0, 1, 2]).toContain(r.code);
        expect(`${where}${r.stderr}`).not.toMatch(/^\s+at |内部错误|internal error|Error:|TypeError|RangeError/m);
        expect(r.inputUnchanged).toBe(true);
        // stdout is the JSON report of the one file (with its reason when it could not be checked), nothing else.
        const report = JSON.parse(r.stdout) as { file: string; error?: { reason: string } };
        expect(report.file).toBe(name);
        // No partial output: a complete copy that loads again when the file was checked, else nothing at all.
        if (r.code === 2) expect(r.outFiles).toEqual([]);
        else {
          expect(r.outFiles).toEqual([name.replace(/\.xlsx$/, ".checked.xlsx")]);
          expect(r.copyLoads).toBe(true);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // The damage reached every outcome: some files still checked, some refused.
    expect(codes[2]).toBeGreaterThan(0);
    expect((codes[0] ?? 0) + (codes[1] ?? 0)).toBeGreaterThan(0);
  });
});
