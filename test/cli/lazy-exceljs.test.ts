import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Checking a workbook reads it without ExcelJS (src/hosts/file/xlsx-reader.ts); ExcelJS, a second of loading on a
 * slow machine, is required only when a checked copy (or another workbook) is written.
 */
const ROOT = path.join(__dirname, "../..");

function exceljsModulesAfter(args: string[]): { code: number; loaded: number; stderr: string } {
  const script = `
    const { runCli } = require(${JSON.stringify(path.join(ROOT, "src/cli/main.ts"))});
    const loaded = () => Object.keys(require.cache).filter((k) => /node_modules[\\\\/]exceljs[\\\\/]/.test(k)).length;
    runCli(${JSON.stringify(args)}, { stdout: { write: () => undefined }, stderr: { write: () => undefined }, stderrIsTTY: false, env: {} })
      .then((code) => process.stdout.write(JSON.stringify({ code, loaded: loaded() })));`;
  const r = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", script], { cwd: ROOT, encoding: "utf8" });
  const out = JSON.parse(r.stdout || "{}") as { code?: number; loaded?: number };
  return { code: out.code ?? -1, loaded: out.loaded ?? -1, stderr: r.stderr };
}

jest.setTimeout(120_000);

it("validate --json reads and checks a workbook without loading ExcelJS; --out loads it to write the copy", () => {
  const file = path.join(ROOT, "examples/seed002-self-evaluation.xlsx");
  const json = exceljsModulesAfter(["validate", file, "--json"]);
  expect(json).toEqual({ code: 0, loaded: 0, stderr: "" });
  const out = exceljsModulesAfter(["validate", file, "--json", "--out", path.join(tmpdir(), `budget-check-lazy-${process.pid}`)]);
  expect(out.code).toBe(0);
  expect(out.loaded).toBeGreaterThan(0);
});
