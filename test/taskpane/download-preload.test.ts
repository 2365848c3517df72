/**
 * Issue 12, the download: the pane's download worker loads the checked file with ExcelJS ahead (`preload`, while the
 * reviewer reads the findings), so that 下载 only applies the plan and saves. The sessions of check-session.ts run
 * here in this process, as the pane runs them without a Worker: one checks and makes the WriteJob, one writes it.
 *
 * What must hold: the copy written from the preloaded workbook is the copy written without it, part for part; the
 * preloaded workbook serves only a write of the very bytes it was loaded from, once; a drop lets it go.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import * as write from "../../src/hosts/file/write";
import * as stamps from "../../src/engine/stamp";
import { readWorkbook } from "../../src/hosts/file/read";
import { sha256Hex } from "../../src/hosts/file/stamp";
import { validateWorkbook } from "../../src/engine/validate";
import type { Finding } from "../../src/engine/findings/finding";
import { unpackDetails, type CopyDetails, type WorkerReply, type WorkerRequest, type WriteJob } from "../../src/taskpane/check-protocol";
import { createSession, sameBytes, stampAt } from "../../src/taskpane/check-session";

jest.setTimeout(120_000);

const NAME = "seed002-self-evaluation.xlsx";
const original = new Uint8Array(readFileSync(path.join(__dirname, "../../examples", NAME)));

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** A session and a way to ask it something, as CheckClient does: the reply's value, or its error thrown. */
function session(): <T>(req: Request) => Promise<T> {
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const handle = createSession((m: WorkerReply) => {
    if (m.kind === "progress") return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.kind === "done") w?.resolve(m.value);
    else w?.reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
  });
  return <T>(req: Request) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      void handle({ ...req, id } as WorkerRequest);
    });
}

/** The checked copy's WriteJob of `bytes`, as the check worker makes it for 下载 (stamp and plan included). */
async function jobOf(bytes: Uint8Array, name = NAME): Promise<Extract<WriteJob, { kind: "copy" }>> {
  const ask = session();
  await ask({ op: "open", key: 0, name, bytes: bytes.slice() });
  await ask({ op: "validate", key: 0, profileId: "auto", lang: "zh" });
  return ask({ op: "copy", key: 0, lang: "zh", overwrite: false });
}

/** Every part of an .xlsx, inflated, by name: what the copy holds, without the zip's own dates. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out[name] = await f.async("string");
  return out;
}

/** A job's own copy of its bytes (the pane moves them to the download's worker). */
const copyOf = (job: Extract<WriteJob, { kind: "copy" }>): Extract<WriteJob, { kind: "copy" }> => ({ ...job, bytes: job.bytes.slice(), details: job.details.slice() });

/** The copy as writeCheckedCopy writes it in one go (load and write), from a job's bytes and details. */
const written = (job: Extract<WriteJob, { kind: "copy" }>): Promise<Uint8Array> => {
  const d: CopyDetails = unpackDetails(job.details);
  return write.writeCheckedCopy(job.bytes.slice(), d.plan, d.name, d.stamp, d.reviews);
};

let job: Extract<WriteJob, { kind: "copy" }>;
let expected: Record<string, string>;
let loads: jest.SpyInstance;

beforeAll(async () => {
  job = await jobOf(original);
  // The plan does write something here: fills, notes, the results sheet.
  const { plan } = unpackDetails(job.details);
  expect(plan.notes.length + plan.fills.length).toBeGreaterThan(0);
  // The copy as 下载 wrote it before any preload: loaded and written in one go.
  expected = await parts(await written(job));
});

beforeEach(() => {
  loads = jest.spyOn(write, "loadForCopy");
});
afterEach(() => loads.mockRestore());

describe("the download's worker loads the file ahead (preload)", () => {
  it("writes from the preloaded workbook the very copy it writes without it, loading the file once", async () => {
    const writer = session();
    await expect(writer({ op: "preload", name: NAME, bytes: original.slice() })).resolves.toBe(true);
    expect(loads).toHaveBeenCalledTimes(1);
    const copy = await writer<Uint8Array>({ op: "write", job: copyOf(job) });
    // Not loaded again: the click only applied the plan and saved.
    expect(loads).toHaveBeenCalledTimes(1);
    const got = await parts(copy);
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    expect(got).toEqual(expected);
  });

  it("a 下载 that comes while the load is still under way waits for it: the file is loaded once", async () => {
    const writer = session();
    const preload = writer({ op: "preload", name: NAME, bytes: original.slice() });
    const copy = await writer<Uint8Array>({ op: "write", job: copyOf(job) });
    await preload;
    expect(loads).toHaveBeenCalledTimes(1);
    expect(await parts(copy)).toEqual(expected);
  });

  it("uses it once: a second 下载 loads the file afresh and writes the same copy (the first write changed the workbook)", async () => {
    const writer = session();
    await writer({ op: "preload", name: NAME, bytes: original.slice() });
    const first = await writer<Uint8Array>({ op: "write", job: copyOf(job) });
    const second = await writer<Uint8Array>({ op: "write", job: copyOf(job) });
    expect(loads).toHaveBeenCalledTimes(2);
    expect(await parts(first)).toEqual(expected);
    expect(await parts(second)).toEqual(expected);
  });

  it("never serves other bytes under the same name: a changed file is loaded from its own bytes", async () => {
    // The checked copy checked again, under the original's name: other bytes (marks, stamp, results sheet).
    const changed = await written(job);
    expect(sameBytes(changed, original)).toBe(false);
    const changedJob = await jobOf(changed);
    const own = await parts(await written(changedJob));
    loads.mockClear();

    const writer = session();
    await writer({ op: "preload", name: NAME, bytes: original.slice() });
    const copy = await writer<Uint8Array>({ op: "write", job: copyOf(changedJob) });
    expect(loads).toHaveBeenCalledTimes(2);
    expect(await parts(copy)).toEqual(own);
    // The preloaded original is still there for its own bytes.
    expect(await parts(await writer<Uint8Array>({ op: "write", job: copyOf(job) }))).toEqual(expected);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it("never serves the same bytes under another name (the copy's errors and names are the file's own)", async () => {
    const writer = session();
    await writer({ op: "preload", name: "other.xlsx", bytes: original.slice() });
    expect(await parts(await writer<Uint8Array>({ op: "write", job: copyOf(job) }))).toEqual(expected);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it("a newer preload replaces the older one, and drop lets it go", async () => {
    const writer = session();
    const older = writer({ op: "preload", name: "other.xlsx", bytes: original.slice() });
    await writer({ op: "preload", name: NAME, bytes: original.slice() });
    // The older one says it was not kept.
    await expect(older).resolves.toBe(false);
    await writer({ op: "drop" });
    expect(await parts(await writer<Uint8Array>({ op: "write", job: copyOf(job) }))).toEqual(expected);
    expect(loads).toHaveBeenCalledTimes(3);
  });

  it("a file that cannot be loaded: the preload says so, and 下载 says why as before", async () => {
    const broken = original.slice(0, 2000);
    const writer = session();
    await expect(writer({ op: "preload", name: NAME, bytes: broken.slice() })).resolves.toBe(false);
    const err = await writer({ op: "write", job: { ...copyOf(job), bytes: broken.slice() } }).catch((e: Error) => e);
    expect(err).toMatchObject({ name: "WorkbookReadError" });
  });

  it("compares bytes exactly, aligned or not", () => {
    const a = new Uint8Array(1003).map((_, i) => i % 251);
    const b = a.slice();
    expect(sameBytes(a, b)).toBe(true);
    b[1000] ^= 1;
    expect(sameBytes(a, b)).toBe(false);
    b[1000] ^= 1;
    b[5] ^= 1;
    expect(sameBytes(a, b)).toBe(false);
    // A view at an odd offset is compared byte by byte.
    const shifted = new Uint8Array(1004);
    shifted.set(a, 1);
    expect(sameBytes(a, shifted.subarray(1))).toBe(true);
    expect(sameBytes(a, a.subarray(1))).toBe(false);
  });
});

describe("the check worker makes the copy's validation stamp ahead (stampAhead)", () => {
  /** The stamp a copy job carries, read back from its sheet's texts. */
  const stampIn = (j: Extract<WriteJob, { kind: "copy" }>): stamps.Stamp => {
    const { stamp } = unpackDetails(j.details);
    expect(stamp?.[0]).toBe(stamps.STAMP_MARKER);
    return JSON.parse(stamp!.slice(1).join("")) as stamps.Stamp;
  };

  it("re-timing a stamp gives the very stamp makeStamp makes at that time (content, key order, seal)", async () => {
    const snapshot = await readWorkbook(original.slice(), NAME);
    const result = validateWorkbook(snapshot, { lang: "zh" });
    const early = await stamps.makeStamp(snapshot, result, "2026-01-01T00:00:00.000Z", sha256Hex);
    const late = await stamps.makeStamp(snapshot, result, "2026-12-03T18:00:00.000Z", sha256Hex);
    expect(JSON.stringify(await stampAt(early, "2026-12-03T18:00:00.000Z"))).toBe(JSON.stringify(late));
  });

  it("下载 after it: the stamp is not made again, and is timed at 下载, as one made then", async () => {
    const made = jest.spyOn(stamps, "makeStamp");
    try {
      const ask = session();
      await ask({ op: "open", key: 0, name: NAME, bytes: original.slice() });
      await ask({ op: "validate", key: 0, profileId: "auto", lang: "zh" });
      await ask({ op: "stampAhead", key: 0 });
      expect(made).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const clicked = new Date().toISOString();
      const j = await ask<Extract<WriteJob, { kind: "copy" }>>({ op: "copy", key: 0, lang: "zh", overwrite: false });
      expect(made).toHaveBeenCalledTimes(1);
      const stamp = stampIn(j);
      expect(stamp.checkedAt >= clicked).toBe(true);
      // What stampCells gave at that moment, before this change.
      const snapshot = await readWorkbook(original.slice(), NAME);
      const fresh = await stamps.makeStamp(snapshot, validateWorkbook(snapshot, { lang: "zh" }), stamp.checkedAt, sha256Hex);
      expect(unpackDetails(j.details).stamp).toEqual(stamps.stampSheetCells(fresh));

      // A review changes what the workbook holds: the next copy's stamp is made afresh, of the new state.
      const before = made.mock.calls.length;
      const finding: Finding = validateWorkbook(snapshot, { lang: "zh" }).report.findings[0];
      await ask({ op: "review", key: 0, finding, status: "ignored", reason: "已知", at: "2026-12-03T18:00:00.000Z" });
      await ask({ op: "validate", key: 0, profileId: "auto", lang: "zh" });
      const again = await ask<Extract<WriteJob, { kind: "copy" }>>({ op: "copy", key: 0, lang: "zh", overwrite: false });
      expect(made).toHaveBeenCalledTimes(before + 1);
      expect(stampIn(again).summary).not.toEqual(stamp.summary);
    } finally {
      made.mockRestore();
    }
  });
});
