import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { runCli } from "../../src/cli/main";
import { loadWorkbook } from "../../src/hosts/file/workbook-io";

/**
 * Runs one damaged workbook through `budget-check validate <file> --json --out <dir>` in this worker thread (the fuzz
 * test terminates the thread if a case hangs) and reports what a user would see, and what happened to the files.
 */
export interface FuzzCase {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface FuzzResult {
  id: number;
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  inputUnchanged: boolean;
  /** Files left in the --out directory. */
  outFiles: string[];
  /** The checked copy, when one was written, loads again (null: none written). */
  copyLoads: boolean | null;
}

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const root = mkdtempSync(path.join(tmpdir(), "budget-check-fuzz-"));

async function runCase(c: FuzzCase): Promise<FuzzResult> {
  const dir = mkdtempSync(path.join(root, `case-${c.id}-`));
  const input = path.join(dir, c.name);
  const out = path.join(dir, "out");
  writeFileSync(input, c.bytes);
  const before = sha(c.bytes);
  let stdout = "";
  let stderr = "";
  const started = Date.now();
  const code = await runCli(["validate", input, "--json", "--out", out], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stderrIsTTY: false,
    env: { LANG: "zh_CN.UTF-8" },
  });
  const ms = Date.now() - started;
  let outFiles: string[] = [];
  try {
    outFiles = readdirSync(out);
  } catch {
    outFiles = [];
  }
  const copy = outFiles.find((f) => f.endsWith(".checked.xlsx"));
  let copyLoads: boolean | null = null;
  if (copy) {
    try {
      await loadWorkbook(new Uint8Array(readFileSync(path.join(out, copy))), copy);
      copyLoads = true;
    } catch {
      copyLoads = false;
    }
  }
  return { id: c.id, code, stdout, stderr, ms, inputUnchanged: sha(new Uint8Array(readFileSync(input))) === before, outFiles, copyLoads };
}

parentPort?.on("message", (c: FuzzCase) => {
  void runCase(c).then((r) => parentPort!.postMessage(r));
});
