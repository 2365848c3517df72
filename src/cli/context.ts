import type { CliIO } from "./io";

/** What every command's action gets: where to write, and how to report its exit status. */
export interface CliContext {
  io: CliIO;
  /** Raise the process's exit status (the highest one set wins: 2 > 1 > 0). */
  exit(code: number): void;
}
