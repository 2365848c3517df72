import { z } from "zod";
import { cellAddress, parseCell, qualified } from "../address";
import { chunkJson } from "../profile/embedded";
import type { Profile } from "../profile/schema";
import { FormKindSchema } from "../report";
import { isOwnResultsSheet } from "../results-sheet";
import type { WorkbookSnapshot } from "../snapshot";
import type { ValidationResult } from "../validate";

/**
 * The validation stamp: what a check read and what it found, stored in the checked copy (very hidden sheet
 * STAMP_SHEET) so that `budget-check verify` can tell whether the workbook is unchanged since it was checked, and
 * which cells changed. It is a record, not a signature: anyone with budget-check can stamp a workbook (README).
 *
 * Every cell the check read (every non-empty cell of the sheets it reads: not very hidden ones, not its own results
 * sheet) is fingerprinted from its value, formula and number format; the stamp keeps each cell's fingerprint and a
 * SHA-256 digest over all of them, and a seal (SHA-256 of the stamp's own content) that shows whether the stamp
 * itself was edited. SHA-256 comes from the host (Web Crypto), so the engine stays synchronous and pure.
 */
export const STAMP_SHEET = "_budget_check_stamp";
export const STAMP_MARKER = "budget-check stamp v1";

export type Sha256 = (text: string) => Promise<string>;

export const StampSchema = z.object({
  v: z.literal(1),
  checkedAt: z.string(),
  file: z.string(),
  profile: z.object({ id: z.string(), version: z.string() }),
  forms: z.array(
    z.object({
      kind: FormKindSchema,
      sheet: z.string(),
      range: z.string(),
      title: z.string(),
      computed: z.number().nullable(),
      entered: z.number().nullable(),
      grade: z.string().nullable(),
    }),
  ),
  summary: z.object({ errors: z.number().int(), warnings: z.number().int(), info: z.number().int() }),
  cellCount: z.number().int(),
  /** sha256 hex over every read cell's "sheet!A1=fingerprint" line, in sheet, row, column order. */
  digest: z.string(),
  /** Per sheet: "A1=fingerprint;B2=…" for every non-empty cell the check read. */
  cells: z.record(z.string(), z.string()),
  /** sha256 hex of the stamp's JSON without this field. */
  seal: z.string(),
});
export type Stamp = z.infer<typeof StampSchema>;

/** cyrb53 (public domain, bryc): a fast 53-bit string hash; a fingerprint, not a cryptographic digest. */
export function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The profile's version: a fingerprint of its rules (a profile has no version number of its own). */
export function profileVersion(profile: Profile): string {
  return cyrb53(JSON.stringify(profile));
}

/** Each read cell's fingerprint, by sheet then address in row-major order. */
export function cellFingerprints(snapshot: WorkbookSnapshot): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const sheet of snapshot.sheets) {
    if (sheet.visibility === "veryHidden" || isOwnResultsSheet(sheet)) continue;
    const cells = new Map<string, string>();
    sheet.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const formula = sheet.formulas?.[i]?.[j] ?? null;
        if ((value === null || value === "") && !formula) return;
        const format = sheet.numberFormats?.[i]?.[j] ?? null;
        cells.set(cellAddress(sheet.origin.row + i, sheet.origin.col + j), cyrb53(JSON.stringify([value, formula, format])));
      }),
    );
    out.set(sheet.name, cells);
  }
  return out;
}

function listing(prints: Map<string, Map<string, string>>): string {
  const lines: string[] = [];
  for (const [sheet, cells] of prints) for (const [a, h] of cells) lines.push(`${sheet}!${a}=${h}`);
  return lines.join("\n");
}

const encodeCells = (cells: Map<string, string>) => [...cells].map(([a, h]) => `${a}=${h}`).join(";");

function decodeCells(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out.set(part.slice(0, i), part.slice(i + 1));
  }
  return out;
}

/** The stamp of a check: what it read (the snapshot), by which rules, and what it found. */
export async function makeStamp(snapshot: WorkbookSnapshot, result: Pick<ValidationResult, "report" | "profile">, checkedAt: string, sha256: Sha256): Promise<Stamp> {
  const prints = cellFingerprints(snapshot);
  const body: Omit<Stamp, "seal"> = {
    v: 1,
    checkedAt,
    file: result.report.file,
    profile: { id: result.profile.id, version: profileVersion(result.profile) },
    forms: result.report.forms.map((f) => ({
      kind: f.kind,
      sheet: f.sheet,
      range: f.range,
      title: f.title,
      computed: f.score?.computed ?? null,
      entered: f.score?.entered ?? null,
      grade: f.score?.grade ?? null,
    })),
    summary: result.report.summary,
    cellCount: [...prints.values()].reduce((n, c) => n + c.size, 0),
    digest: await sha256(listing(prints)),
    cells: Object.fromEntries([...prints].map(([sheet, cells]) => [sheet, encodeCells(cells)])),
  };
  return { ...body, seal: await sha256(JSON.stringify(body)) };
}

/**
 * The workbook as it stands after a host wrote a plan's values (Excel's 写入 leaves them in the workbook, so its stamp
 * records them): each planned value put into its cell, except those the host reports it did not write.
 */
export function withWrittenValues(
  snapshot: WorkbookSnapshot,
  values: { sheet: string; cell: string; value: string | number; numberFormat?: string | undefined }[],
  notWritten: string[] = [],
): WorkbookSnapshot {
  const skip = new Set(notWritten);
  const sheets = snapshot.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]), numberFormats: s.numberFormats?.map((r) => [...r]) }));
  for (const v of values) {
    if (skip.has(qualified(v.sheet, v.cell)) || skip.has(`${v.sheet}!${v.cell}`)) continue;
    const s = sheets.find((x) => x.name === v.sheet);
    if (!s) continue;
    const c = parseCell(v.cell);
    const i = c.row - s.origin.row;
    const j = c.col - s.origin.col;
    if (i < 0 || j < 0 || i >= s.values.length || j >= (s.values[i]?.length ?? 0)) continue;
    s.values[i][j] = v.value;
    if (v.numberFormat && s.numberFormats) s.numberFormats[i][j] = v.numberFormat;
  }
  return { ...snapshot, sheets };
}

/** The texts of the stamp sheet, column A from A1: the marker, then the JSON in chunks (as the embedded profile). */
export function stampSheetCells(stamp: Stamp): string[] {
  return [STAMP_MARKER, ...chunkJson(JSON.stringify(stamp))];
}

export type StampRead = { ok: true; stamp: Stamp } | { ok: false; reason: "none" | "damaged" };

export function readStamp(snapshot: WorkbookSnapshot): StampRead {
  const sheet = snapshot.sheets.find((s) => s.name === STAMP_SHEET);
  if (!sheet || sheet.origin.col > 0) return { ok: false, reason: "none" };
  const cells = Array.from({ length: sheet.origin.row }, () => null as unknown).concat(sheet.values.map((row) => row[0]));
  if (String(cells[0] ?? "").trim() !== STAMP_MARKER) return { ok: false, reason: "none" };
  try {
    const r = StampSchema.safeParse(JSON.parse(cells.slice(1).map((v) => (v === null || v === undefined ? "" : String(v))).join("")));
    return r.success ? { ok: true, stamp: r.data } : { ok: false, reason: "damaged" };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}

export interface CellChange {
  sheet: string;
  cell: string;
  change: "changed" | "added" | "removed";
}

export interface Verification {
  stamp: Stamp;
  /** The stamp's own content is as it was written (its seal matches). */
  stampIntact: boolean;
  /** Every cell the check read is as it was, and nothing was added. */
  unchanged: boolean;
  changes: CellChange[];
}

/** Compare a workbook with the stamp it carries. */
export async function verifyStamp(snapshot: WorkbookSnapshot, stamp: Stamp, sha256: Sha256): Promise<Verification> {
  const { seal, ...body } = stamp;
  const stampIntact = (await sha256(JSON.stringify(body))) === seal;
  const prints = cellFingerprints(snapshot);
  const digest = await sha256(listing(prints));
  const changes: CellChange[] = [];
  if (digest !== stamp.digest || !stampIntact) {
    const sheets = new Set([...Object.keys(stamp.cells), ...prints.keys()]);
    for (const sheet of sheets) {
      const before = decodeCells(stamp.cells[sheet] ?? "");
      const now = prints.get(sheet) ?? new Map<string, string>();
      for (const [a, h] of now) {
        const was = before.get(a);
        if (was === undefined) changes.push({ sheet, cell: a, change: "added" });
        else if (was !== h) changes.push({ sheet, cell: a, change: "changed" });
      }
      for (const a of before.keys()) if (!now.has(a)) changes.push({ sheet, cell: a, change: "removed" });
    }
    const order = [...sheets];
    changes.sort((x, y) => {
      const p = parseCell(x.cell);
      const q = parseCell(y.cell);
      return order.indexOf(x.sheet) - order.indexOf(y.sheet) || p.row - q.row || p.col - q.col;
    });
  }
  return { stamp, stampIntact, unchanged: digest === stamp.digest && changes.length === 0, changes };
}
