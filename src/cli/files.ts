import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { detailKey, WorkbookReadError } from "../hosts/file/errors";

/**
 * A workbook's bytes from disk, every failure as a WorkbookReadError the callers already localise — one reader
 * for validate, verify and profile, so a directory, a missing file and an unreadable one read the same everywhere.
 */
export async function readWorkbookFile(file: string): Promise<Uint8Array> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new WorkbookReadError("not-xlsx", { file: path.basename(file) });
    return new Uint8Array(await readFile(file));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("not-found", { file });
    throw new WorkbookReadError("unreadable", { file, detail: detailKey(e) });
  }
}

export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} exists`);
  }
}

/**
 * Nothing appears at the target until the copy is complete: the bytes go to a temporary file next to it, then one
 * rename. With noOverwrite, an existing target is refused (TargetExistsError) without a check-then-write race: an
 * empty placeholder is created exclusively first and the rename replaces it. Any failure removes the temporary file
 * and reaches `failed`, which turns it into the command's own localised error.
 */
export async function writeAtomically(
  target: string,
  bytes: Uint8Array | string,
  failed: (e: unknown) => Error,
  options: { noOverwrite?: boolean } = {},
): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  let placeholder = false;
  try {
    await writeFile(tmp, bytes, { flag: "wx" });
    if (options.noOverwrite) {
      await writeFile(target, new Uint8Array(0), { flag: "wx" }).catch((e: NodeJS.ErrnoException) => {
        throw e.code === "EEXIST" ? new TargetExistsError(target) : e;
      });
      placeholder = true;
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    // A placeholder left behind would read as an empty workbook and block the next try.
    if (placeholder) await unlink(target).catch(() => undefined);
    throw e instanceof TargetExistsError ? e : failed(e);
  }
}
