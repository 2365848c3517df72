import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Report } from "../../../src/engine/report";
import type { CellValue, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import type { Profile } from "../../../src/engine/profile/schema";
import { readWorkbook } from "../../../src/hosts/file";
import { EXAMPLES } from "../../../scripts/make-examples";
import { fixtureSnapshot, loadRealFixtures } from "../../fixtures/real/load";

/**
 * Exported and hand-typed workbooks hold amounts as text: "1,234.50", " 28.00 ", full-width "２８．００". Read as the
 * numbers they spell, they change no form, score or finding. Number cells with a percentage format and formula cells
 * stay as they are (a rate typed as text is another matter); integer texts are left alone (they are codes: 2010101).
 */
const FULL = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const STYLES: Record<string, (n: number, decimals: number) => string> = {
  thousands: (n, d) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: Math.max(d, 10) }),
  padded: (n, d) => ` ${n.toFixed(d)} `,
  "full-width": (n, d) => FULL(n.toFixed(d)),
};

function retype(snap: WorkbookSnapshot, style: (n: number, decimals: number) => string): WorkbookSnapshot {
  return {
    ...snap,
    sheets: snap.sheets.map((sh) => ({
      ...sh,
      values: sh.values.map((row, r) =>
        row.map((v, c): CellValue => {
          if (sh.formulas?.[r]?.[c]) return v;
          if (typeof v === "string") {
            const m = /^\s*(-?\d+)\.(\d+)\s*$/.exec(v);
            return m ? style(Number(v), m[2].length) : v;
          }
          if (typeof v !== "number" || /%/.test(sh.numberFormats?.[r]?.[c] ?? "")) return v;
          const fixed = /\.(0+)$/.exec(sh.numberFormats?.[r]?.[c] ?? "");
          return style(v, fixed ? fixed[1].length : (String(v).split(".")[1]?.length ?? 0));
        }),
      ),
    })),
  };
}

const view = (report: Report) => ({
  forms: report.forms.map((f) => [f.kind, f.sheet, f.range, f.score?.computed ?? null]),
  findings: report.findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${f.sheet}!${f.cell}`).sort(),
});

const cases: { name: string; snapshot: () => Promise<WorkbookSnapshot>; profile?: Profile }[] = [
  ...EXAMPLES.map((e) => ({
    name: `example ${e.file}`,
    snapshot: async () => readWorkbook(new Uint8Array(await readFile(path.join(__dirname, "../../../examples", e.file))), e.file),
  })),
  ...loadRealFixtures().map((fx) => ({ name: `corpus ${fx.id}`, snapshot: async () => fixtureSnapshot(fx), profile: BUILTIN_PROFILES[fx.profile ?? "shenzhen"] })),
];

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it.each(Object.keys(STYLES))("amounts typed as text (%s) change nothing", async (style) => {
    const base = await c.snapshot();
    const opts = c.profile ? { profile: c.profile } : {};
    const before = view(validateWorkbook(base, opts).report);
    expect(view(validateWorkbook(retype(base, STYLES[style]), opts).report)).toEqual(before);
  });
});
