/**
 * Issue 12: the read has progress of its own. The check worker's session (check-session.ts, run here in Node as the
 * pane runs it without a Worker) says 第 k / n 个工作表 while it reads a picked file, as the file host's reader gets
 * through the worksheets (readWorkbook's onProgress), before the engine's per-form progress starts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "../../scripts/bench";
import type { WorkerReply } from "../../src/taskpane/check-protocol";
import { createSession } from "../../src/taskpane/check-session";

jest.setTimeout(120_000);

describe("the read's own progress (file mode, in the check worker)", () => {
  let bytes: Uint8Array;
  const dir = mkdtempSync(path.join(tmpdir(), "budget-check-read-progress-"));

  beforeAll(async () => {
    // 120 forms, 50 a sheet: three worksheets.
    const file = path.join(dir, "three-sheets.xlsx");
    await generate(file, 120);
    bytes = new Uint8Array(readFileSync(file));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the session says 1 / 3, 2 / 3, 3 / 3 while it reads, then the engine's forms", async () => {
    const replies: WorkerReply[] = [];
    const handle = createSession((m) => replies.push(m));
    await handle({ id: 1, op: "open", key: 0, name: "three-sheets.xlsx", bytes: bytes.slice() });
    expect(replies.at(-1)).toMatchObject({ id: 1, kind: "done" });
    const read = replies.filter((m) => m.kind === "progress" && m.step === "read").map((m) => (m.kind === "progress" ? [m.done, m.total] : null));
    expect(read).toEqual([
      [undefined, undefined],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    await handle({ id: 2, op: "validate", key: 0, profileId: "auto", lang: "zh" });
    const forms = replies.filter((m) => m.id === 2 && m.kind === "progress" && m.total).map((m) => (m.kind === "progress" ? m.total : 0));
    expect(forms.at(-1)).toBe(120);
  });
});
