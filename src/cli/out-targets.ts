import { constants } from "node:fs";
import { access, mkdir, realpath, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../engine/i18n";
import { CliError } from "./errors";
import { cliText, systemReason } from "./strings";

/**
 * Where `--out` puts each input's checked copy, decided for the whole run before any file is read or written:
 *
 * - a copy's path is never an input of the same run, whatever the order (`validate x/a.xlsx x/a.checked.xlsx
 *   --out x` would write a.xlsx's copy over the second input): the run stops up front, nothing read or written;
 * - two inputs that would get the same copy name (a.xlsx from two folders, x.xlsx and x.xlsm) each get their own
 *   copy: the later one is named `<name>(2).checked.xlsx`, and the run says so.
 */

export interface CopyTarget {
  path: string;
  /** The plain name `<name>.checked.xlsx` was taken by another input of the run. */
  renamed: boolean;
}

/** Identity of a path as the file system sees it: symlinks resolved, and device + inode when the file exists. */
async function identity(p: string): Promise<{ real: string; inode?: string }> {
  const abs = path.resolve(p);
  let real = abs;
  try {
    real = await realpath(abs);
  } catch {
    // Not there (yet): resolve the directory, which may itself be a link, and keep the name.
    try {
      real = path.join(await realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      real = abs;
    }
  }
  try {
    const s = await stat(abs);
    return { real, inode: `${s.dev}:${s.ino}` };
  } catch {
    return { real };
  }
}

/** Case-folded: on Windows and macOS A.checked.xlsx and a.checked.xlsx are one file. */
function key(p: string): string {
  return p.toLowerCase();
}

function copyName(file: string, n: number): string {
  const base = path.basename(file).replace(/\.[^.]*$/, "");
  return n === 1 ? `${base}.checked.xlsx` : `${base}(${n}).checked.xlsx`;
}

/** `<name>.checked.xlsx`: the copy's name when no other input of the run claims it. */
export function plainCopyName(file: string): string {
  return copyName(file, 1);
}

/** The copy path of each input (same order), or a CliError when one would be an input of the run. */
export async function planCopyTargets(files: string[], outDir: string, lang: Lang): Promise<CopyTarget[]> {
  const inputs = await Promise.all(files.map(identity));
  const inputPaths = new Map(inputs.map((id, i) => [key(id.real), files[i]]));
  const inputInodes = new Map(inputs.flatMap((id, i) => (id.inode ? [[id.inode, files[i]] as const] : [])));
  const taken = new Set<string>();
  const targets: CopyTarget[] = [];
  for (const file of files) {
    for (let n = 1; ; n++) {
      const target = path.join(outDir, copyName(file, n));
      const id = await identity(target);
      const input = inputPaths.get(key(id.real)) ?? (id.inode ? inputInodes.get(id.inode) : undefined);
      if (input !== undefined) throw new CliError(cliText(lang, "outputIsInput", { file: target, input }));
      if (taken.has(key(id.real))) continue;
      taken.add(key(id.real));
      targets.push({ path: target, renamed: n > 1 });
      break;
    }
  }
  return targets;
}

/**
 * Check that `--out` can be a directory budget-check writes into, before any input is read: its nearest existing
 * ancestor must be a directory we may write in, and the missing levels are made now, one at a time (Node's
 * recursive mkdir spins forever on some paths: /proc/nope). Throws a CliError with a one-line reason. Returns
 * `tidy()`: at the end of the run it removes the directories made here that stayed empty, so a run whose inputs
 * all failed leaves nothing behind.
 */
export async function prepareOutDir(outDir: string, lang: Lang): Promise<() => Promise<void>> {
  const abs = path.resolve(outDir);
  const missing: string[] = [];
  let existing = abs;
  for (;;) {
    try {
      const s = await stat(existing);
      if (!s.isDirectory()) throw new CliError(cliText(lang, "outNotDirectory", { dir: outDir, path: existing }));
      break;
    } catch (e) {
      if (e instanceof CliError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      // ENOTDIR: a file further up the path; walking up finds it and names it.
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new CliError(cliText(lang, "outUnusable", { dir: outDir, detail: systemReason(e, lang) }));
      const parent = path.dirname(existing);
      if (parent === existing) throw new CliError(cliText(lang, "outUnusable", { dir: outDir, detail: systemReason(e, lang) }));
      missing.unshift(existing);
      existing = parent;
    }
  }
  try {
    await access(existing, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw new CliError(cliText(lang, "outUnusable", { dir: outDir, detail: systemReason(e, lang) }));
  }
  // A directory that cannot be made (/proc/nope) is found now, not after every input has been checked.
  const made: string[] = [];
  const tidy = async () => {
    for (const dir of [...made].reverse()) {
      // rmdir removes only an empty directory: one holding a copy (or anything else) stays, and so do its parents.
      if (!(await rmdir(dir).then(() => true, () => false))) break;
    }
  };
  for (const dir of missing) {
    try {
      await mkdir(dir);
      made.push(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
      await tidy();
      throw new CliError(cliText(lang, "outUnusable", { dir: outDir, detail: systemReason(e, lang) }));
    }
  }
  return tidy;
}
