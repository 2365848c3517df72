import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { processIO, type CliIO } from "./io";
import { cliText, defaultLang } from "./strings";
import { registerValidateCommand } from "./validate-command";
import { registerProfileCommand } from "./profile-command";
import { langOfArgv, usageErrorText } from "./usage-errors";
import { localiseHelp } from "./help-text";
import { registerExplainCommand } from "./explain-command";
import { registerTemplateCommand } from "./template-command";
import { registerVerifyCommand } from "./verify-command";

function version(): string {
  // src/cli and lib/cli both sit two levels below the package root.
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

/** The program with every command registered. A new command is one `register…Command(program, ctx)` line. */
export function createProgram(ctx: CliContext): Command {
  const lang = defaultLang(ctx.io.env);
  const program = new Command("budget-check").description(cliText(lang, "description"));
  // Help, version and usage words in the user's language, for every command (set before any is added).
  localiseHelp(program, lang, version());
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      // Usage errors are printed by runCli, in the user's language (commander's own are English).
      outputError: () => undefined,
    });
  registerValidateCommand(program, ctx);
  registerProfileCommand(program, ctx);
  registerExplainCommand(program, ctx);
  registerTemplateCommand(program, ctx);
  registerVerifyCommand(program, ctx);
  return program;
}

/**
 * Run the CLI on `argv` (without "node script") and resolve to the exit status: 0 no errors, 1 errors found,
 * 2 input unreadable / no recognised form / bad usage. Never throws and never prints a stack trace
 * (set BUDGET_CHECK_DEBUG=1 to see one for an internal error).
 */
export async function runCli(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code = 0;
  // A valid --lang on the command line decides the language of help and usage words too (`validate --help --lang en`).
  const asked = langOfArgv(argv, defaultLang(io.env));
  const uiIO = asked === defaultLang(io.env) ? io : { ...io, env: { ...io.env, LANG: asked === "en" ? "en_US.UTF-8" : "zh_CN.UTF-8" } };
  const ctx: CliContext = { io: uiIO, exit: (c) => (code = Math.max(code, c)) };
  const program = createProgram(ctx);
  // commander's help() exits with process.exitCode when one is set: a status left by earlier work in the same
  // process (a test runner's, an embedding tool's) would turn `help validate` into a failure. Cleared for the parse,
  // given back after.
  const outerExitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successful exits; anything else commander rejects is a usage error.
      if (e.exitCode === 0) return 0;
      // Help shown for a bare `budget-check` (or `profile`) is already on the screen: nothing to add.
      if (e.code !== "commander.help" && e.code !== "commander.executeSubCommandAsync") {
        io.stderr.write(`${usageErrorText(e, langOfArgv(argv, defaultLang(io.env)))}\n`);
      }
      return 2;
    }
    if (e instanceof CliError) {
      io.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    const lang = defaultLang(io.env);
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr.write(`${cliText(lang, "internal", { detail })}\n`);
    if (io.env?.BUDGET_CHECK_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  } finally {
    process.exitCode = outerExitCode;
  }
}

function main(): void {
  const io = processIO();
  // `budget-check … | head` closes stdout early; that is not an error worth a trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

// Run when executed directly (tsx src/cli/main.ts, node lib/cli/main.js) or through bin/budget-check.js,
// which only requires this module; stay inert when imported by tests or the bench.
const entry = require.main?.filename ?? "";
if (require.main === module || /[\\/]bin[\\/]budget-check(\.js)?$/.test(entry)) main();
