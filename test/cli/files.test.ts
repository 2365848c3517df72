import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookFile, TargetExistsError, writeAtomically } from "../../src/cli/files";
import { WorkbookReadError } from "../../src/hosts/file/errors";

const failed = (e: unknown) => new Error(`failed: ${(e as NodeJS.ErrnoException).code}`);

describe("the CLI's file helpers (shared by validate, verify, profile, template and summary)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "bc-files-"));
  });

  it("writes the whole copy and leaves no temporary file", async () => {
    const target = path.join(dir, "a.xlsx");
    await writeAtomically(target, new Uint8Array([1, 2, 3]), failed);
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  it("replaces an existing file unless told not to; with noOverwrite the old file stays untouched", async () => {
    const target = path.join(dir, "a.xlsx");
    writeFileSync(target, "old");
    await expect(writeAtomically(target, "new", failed, { noOverwrite: true })).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
    await writeAtomically(target, "new", failed);
    expect(readFileSync(target, "utf8")).toBe("new");
  });

  it("turns a failure into the command's own error and leaves nothing behind", async () => {
    const target = path.join(dir, "missing-folder", "a.xlsx");
    await expect(writeAtomically(target, "x", failed)).rejects.toThrow("failed: ENOENT");
    // A rename onto a non-empty folder fails after the temporary file was written: it is removed again.
    const folder = path.join(dir, "b.xlsx");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "inside"), "");
    await expect(writeAtomically(folder, "x", failed)).rejects.toThrow(/^failed: /);
    expect(readdirSync(dir).sort()).toEqual(["b.xlsx"]);
  });

  it("reads a workbook's bytes, and names a missing file, a folder and a file it cannot read", async () => {
    const file = path.join(dir, "a.xlsx");
    writeFileSync(file, new Uint8Array([80, 75]));
    expect([...(await readWorkbookFile(file))]).toEqual([80, 75]);
    await expect(readWorkbookFile(path.join(dir, "nope.xlsx"))).rejects.toMatchObject({ reason: "not-found" });
    await expect(readWorkbookFile(dir)).rejects.toMatchObject({ reason: "not-xlsx" });
    await expect(readWorkbookFile(path.join(file, "below-a-file.xlsx"))).rejects.toBeInstanceOf(WorkbookReadError);
  });
});
