import { runCli } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, as a user would from a terminal that is not a TTY (no progress bar). */
export async function cli(argv: string[], env: Record<string, string | undefined> = { LANG: "zh_CN.UTF-8" }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stderrIsTTY: false,
    env,
  });
  return { code, stdout, stderr };
}

/** The contract's "one-line reason, never a stack trace". */
export function expectOneLineReason(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
}
