/** Where the CLI writes: the process's streams in use, string collectors in tests. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Progress bars only when a person is watching stderr. */
  stderrIsTTY?: boolean;
  /** The raw stderr stream for cli-progress (it needs cursor control); absent in tests. */
  progressStream?: NodeJS.WritableStream;
  env?: Record<string, string | undefined>;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    progressStream: process.stderr,
    env: process.env,
  };
}
