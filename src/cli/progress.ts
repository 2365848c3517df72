import { statSync } from "node:fs";
import cliProgress from "cli-progress";
import type { Lang } from "../engine/i18n";
import type { CliIO } from "./io";
import { cliText } from "./strings";

/** A single workbook above this size takes seconds to read: worth a bar. */
const LARGE_FILE_BYTES = 5 * 1024 * 1024;

export interface Progress {
  tick(): void;
  stop(): void;
  /** While a bar is drawn, stdout output waits until it is gone. */
  readonly active: boolean;
}

const NONE: Progress = { tick() {}, stop() {}, active: false };

function isLarge(file: string): boolean {
  try {
    return statSync(file).size > LARGE_FILE_BYTES;
  } catch {
    return false;
  }
}

/** A bar on stderr, only when a person watches it and there is something to wait for (contract.md). */
export function startProgress(io: CliIO, files: string[], stagesPerFile: number, lang: Lang): Progress {
  if (!io.stderrIsTTY || !io.progressStream) return NONE;
  if (files.length < 2 && !files.some(isLarge)) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.progressStream,
      format: `${cliText(lang, "progress")} [{bar}] {value}/{total}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(files.length * stagesPerFile, 0);
  let stopped = false;
  return {
    tick: () => bar.increment(),
    stop: () => {
      if (!stopped) bar.stop();
      stopped = true;
    },
    active: true,
  };
}
