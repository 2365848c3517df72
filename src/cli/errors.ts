/**
 * A failure the CLI reports as one localised line on stderr with exit status 2 (contract.md): the message is
 * already in the user's language, so nothing upstream adds a stack trace or a prefix.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    /** For `--json`'s error entry: what kind of failure (write-failed, profile-invalid, …). */
    readonly reason = "failed",
  ) {
    super(message);
    this.name = "CliError";
  }
}
