import ExcelJS from "exceljs";
import shenzhenJson from "../../../src/engine/profile/builtin/shenzhen.json";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { EMBEDDED_PROFILE_MARKER, EMBEDDED_PROFILE_SHEET, embeddedProfile, embeddedProfileText, planEmbedProfile } from "../../../src/engine/profile/embedded";
import { ProfileLoadError } from "../../../src/engine/profile/load";
import type { WorkbookSnapshot } from "../../../src/engine/snapshot";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { readWorkbook, writeCheckedCopy } from "../../../src/hosts/file";
import { embedProfileInWorkbook } from "../../../src/hosts/file/embed-profile";
import { example } from "../../../scripts/examples/seed004";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A department's own rules: the Shenzhen ones with letter grades (A ≥ 98, B ≥ 90 …) and its own id. */
function departmentProfile(): string {
  const p = clone(shenzhenJson) as Record<string, unknown>;
  p.id = "sz-kexie-2020";
  p.name = { zh: "市科协 2020 部门评分规则", en: "Science association 2020 rules" };
  p.grades = [
    { min: 98, grade: "A" },
    { min: 90, grade: "B" },
    { min: 0, grade: "C" },
  ];
  return JSON.stringify(p, null, 2);
}

function snapshotWith(cells: (string | number | null)[], visibility: "veryHidden" | "visible" = "veryHidden"): WorkbookSnapshot {
  return {
    name: "t.xlsx",
    sheets: [
      { name: "Sheet1", visibility: "visible", protected: false, origin: { row: 0, col: 0 }, values: [["x"]], merged: [] },
      { name: EMBEDDED_PROFILE_SHEET, visibility, protected: false, origin: { row: 0, col: 0 }, values: cells.map((c) => [c]), merged: [] },
    ],
  };
}

async function seedBytes(): Promise<Uint8Array> {
  const wb = await example.build();
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("planning the embedded profile", () => {
  it("splits the minified JSON over column A so that no chunk could turn into a number or a formula", () => {
    const text = departmentProfile();
    const { plan, profile } = planEmbedProfile(text, "zh", 200);
    expect(profile.id).toBe("sz-kexie-2020");
    expect(plan).toMatchObject({ sheetName: "_budget_check_profile", visibility: "veryHidden" });
    expect(plan.cells[0]).toBe(EMBEDDED_PROFILE_MARKER);
    const chunks = plan.cells.slice(1);
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(200);
      expect('{["').toContain(c[0]);
    }
    expect(chunks.join("")).toBe(JSON.stringify(JSON.parse(text)));
  });

  it("refuses to embed an invalid profile, naming the problem", () => {
    const bad = JSON.parse(departmentProfile()) as Record<string, unknown>;
    bad.negativeIndicator = "steep";
    expect(() => planEmbedProfile(JSON.stringify(bad), "en")).toThrow(/^negativeIndicator: Invalid option/);
  });
});

describe("reading the embedded profile from a snapshot", () => {
  it("joins the chunks after the marker; no sheet or no marker means no profile", () => {
    const { plan } = planEmbedProfile(departmentProfile(), "zh", 500);
    expect(embeddedProfile(snapshotWith(plan.cells))?.id).toBe("sz-kexie-2020");
    expect(embeddedProfile({ name: "t", sheets: [snapshotWith([]).sheets[0]] })).toBeUndefined();
    expect(embeddedProfileText(snapshotWith(["something else", "{}"]))).toBeNull();
  });

  it("a broken embedded profile stops the check with a localised message instead of silently using other rules", () => {
    const snapshot = snapshotWith([EMBEDDED_PROFILE_MARKER, '{"id":"x"}']);
    expect(() => validateWorkbook(snapshot, { lang: "en" })).toThrow(ProfileLoadError);
    expect(() => embeddedProfile(snapshot, "zh")).toThrow(/^工作簿内嵌的评分规则（_budget_check_profile）无效：\nname: 无效输入/);
  });
});

describe("a department template carrying its profile (file host)", () => {
  it("is scored by the embedded profile without --profile; an explicit profile still wins", async () => {
    const { plan } = planEmbedProfile(departmentProfile());
    const bytes = await embedProfileInWorkbook(await seedBytes(), plan, example.file);
    const snapshot = await readWorkbook(bytes, example.file);
    expect(snapshot.sheets.find((s) => s.name === EMBEDDED_PROFILE_SHEET)?.visibility).toBe("veryHidden");

    const embedded = validateWorkbook(snapshot);
    expect(embedded.report.profile).toBe("sz-kexie-2020");
    const form = embedded.report.forms.find((f) => f.kind === "department-evaluation")!;
    expect(form.score).toMatchObject({ computed: 97.95, grade: "B", enteredGrade: "优" });
    expect(embedded.report.findings.filter((f) => f.code === "GRADE_MISMATCH").map((f) => f.cell)).toEqual(["G27"]);
    // The profile's sheet is not a form and is never read as one.
    expect(embedded.report.forms.every((f) => f.sheet !== EMBEDDED_PROFILE_SHEET)).toBe(true);

    const explicit = validateWorkbook(snapshot, { profile: BUILTIN_PROFILES.shenzhen });
    expect(explicit.report.profile).toBe("shenzhen");
    expect(explicit.report.forms[0].score?.grade).toBe("优");
  });

  it("survives the checked copy, still very hidden, and replaces an older one when embedded again", async () => {
    const { plan } = planEmbedProfile(departmentProfile());
    const original = await embedProfileInWorkbook(await seedBytes(), plan, example.file);
    const snapshot = await readWorkbook(original, example.file);
    const result = validateWorkbook(snapshot);
    const copy = await writeCheckedCopy(original, planWrites(snapshot, result), example.file);

    const again = await readWorkbook(copy, "copy.xlsx");
    expect(embeddedProfileText(again)).toBe(embeddedProfileText(snapshot));
    expect(validateWorkbook(again).report.profile).toBe("sz-kexie-2020");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy as unknown as ArrayBuffer);
    expect(wb.getWorksheet(EMBEDDED_PROFILE_SHEET)?.state).toBe("veryHidden");

    const central = planEmbedProfile(JSON.stringify(BUILTIN_PROFILES.central)).plan;
    const replaced = await readWorkbook(await embedProfileInWorkbook(copy, central), "x.xlsx");
    expect(replaced.sheets.filter((s) => s.name === EMBEDDED_PROFILE_SHEET)).toHaveLength(1);
    expect(embeddedProfile(replaced)?.id).toBe("central");
  });

  it("keeps a profile longer than one cell can hold", async () => {
    const big = JSON.parse(departmentProfile()) as { departmentRubric: { dataItems: { id: string; names: string[] }[] } };
    for (let i = 0; i < 400; i++) big.departmentRubric.dataItems.push({ id: `附加数据项${i}`, names: Array.from({ length: 8 }, (_, k) => `附加数据项${i}的别名${k}（用于测试很长的评分规则）`) });
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(2 * 32767);
    const { plan } = planEmbedProfile(text);
    expect(plan.cells.length).toBeGreaterThanOrEqual(4);
    const snapshot = await readWorkbook(await embedProfileInWorkbook(await seedBytes(), plan), "big.xlsx");
    expect(embeddedProfileText(snapshot)).toBe(text);
    expect(embeddedProfile(snapshot)?.departmentRubric?.dataItems).toHaveLength(418);
  });
});
