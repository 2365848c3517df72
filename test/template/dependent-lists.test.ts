import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SEED002_PROJECTS } from "../../scripts/examples/seed002";
import { BUILTIN_PROFILES } from "../../src/engine/profile/builtin";
import { buildTemplate, TEMPLATE_LISTS_SHEET, type TemplateKind } from "../../src/engine/template";
import { writeTemplate } from "../../src/hosts/file/template-write";
import { writeCheckedCopy } from "../../src/hosts/file/write";
import { readWorkbook } from "../../src/hosts/file/read";
import { validateWorkbook } from "../../src/engine/validate";
import { planWrites } from "../../src/engine/write-plan";
import { fillSelfEvaluation } from "./fill";

/**
 * The 二级 list follows the 一级 chosen on the same row: a defined name per 一级 (the 一级 word itself) over its 二级 on a
 * very hidden lists sheet, and the 二级 cells' list is INDIRECT of the row's 一级 cell — the way that works in Excel
 * and in LibreOffice.
 */

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function names(wb: ExcelJS.Workbook): Record<string, string[]> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return Object.fromEntries(model.map((n) => [n.name, n.ranges]));
}

const CENTRAL = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["满意度指标", "服务对象满意度指标"],
};
// Shenzhen's 满意度 counts within 效益 (10/50/40): no 满意度 一级, its 二级 under 效益.
const SHENZHEN = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "满意度指标"],
};

const CASES: [TemplateKind, "central" | "shenzhen", Record<string, string[]>, { primary: string; secondary: string; first: number; last: number }][] = [
  ["self-evaluation", "central", CENTRAL, { primary: "B", secondary: "C", first: 13, last: 52 }],
  ["self-evaluation", "shenzhen", SHENZHEN, { primary: "B", secondary: "C", first: 13, last: 52 }],
  ["goal-table", "central", CENTRAL, { primary: "A", secondary: "B", first: 12, last: 51 }],
];

describe.each(CASES)("%s template (%s): the 二级 list depends on the 一级", (kind, profile, lists, at) => {
  it("has a defined name per 一级 over its 二级, and the 二级 cells' list is INDIRECT of the row's 一级", async () => {
    const wb = await load(await writeTemplate(buildTemplate(kind, BUILTIN_PROFILES[profile])));
    const primaries = Object.keys(lists);
    // The names: one per 一级 offered, each over its column of the very hidden lists sheet.
    expect(names(wb)).toEqual(
      Object.fromEntries(primaries.map((p, i) => [p, [`'${TEMPLATE_LISTS_SHEET}'!$${"ABC"[i]}$2:$${"ABC"[i]}$${lists[p].length + 1}`]])),
    );
    const sheet = wb.getWorksheet(TEMPLATE_LISTS_SHEET)!;
    expect(sheet.state).toBe("veryHidden");
    primaries.forEach((p, i) => {
      const column = sheet.getColumn(i + 1).values.slice(1);
      expect(column).toEqual([p, ...lists[p]]);
    });
    const ws = wb.worksheets[0];
    // The 一级 list offers exactly the named lists.
    expect(ws.getCell(`${at.primary}${at.first}`).dataValidation.formulae).toEqual([`"${primaries.join(",")}"`]);
    // One rule over the whole 二级 column, written for its first cell (Excel and LibreOffice shift it row by row).
    for (const row of [at.first, at.first + 1, at.last]) {
      expect(ws.getCell(`${at.secondary}${row}`).dataValidation).toMatchObject({
        type: "list",
        allowBlank: true,
        errorStyle: "stop",
        formulae: [`INDIRECT($${at.primary}${at.first})`],
      });
    }
    expect(ws.getCell(`${at.secondary}${at.first - 1}`).dataValidation).toBeUndefined();
    expect(ws.getCell(`${at.secondary}${at.last + 1}`).dataValidation).toBeUndefined();
  });
});

it("seed 002's rows can be entered through the lists: each 二级 is in the list of its 一级", () => {
  for (const project of SEED002_PROJECTS) {
    for (const ind of project.indicators) {
      const primary = ind.primary.replace(/\n?（\d+分）/, "") as keyof typeof SHENZHEN;
      expect([primary, SHENZHEN[primary]?.includes(ind.secondary)]).toEqual([primary, true]);
    }
  }
});

it("a filled template's checked copy keeps the names and the dependent list; the lists sheet adds no finding", async () => {
  const template = await writeTemplate(buildTemplate("self-evaluation", BUILTIN_PROFILES.shenzhen));
  const filled = await fillSelfEvaluation(template, SEED002_PROJECTS[1]);
  const snapshot = await readWorkbook(filled, "f.xlsx");
  const result = validateWorkbook(snapshot);
  const { report } = result;
  expect(report.findings.filter((f) => f.sheet === TEMPLATE_LISTS_SHEET)).toEqual([]);
  expect(report.forms.map((f) => f.score?.computed)).toEqual([83.32]);
  const copy = await load(await writeCheckedCopy(filled, planWrites(snapshot, result, { lang: "zh" }), "f.xlsx"));
  expect(names(copy)["效益指标"]).toEqual([`'${TEMPLATE_LISTS_SHEET}'!$B$2:$B$6`]);
  expect(copy.worksheets[0].getCell("C40").dataValidation.formulae).toEqual(["INDIRECT($B13)"]);
});

const LIBREOFFICE = ["/usr/bin/libreoffice", "/usr/bin/soffice"].find(existsSync);
const UNZIP = existsSync("/usr/bin/unzip");
(LIBREOFFICE && UNZIP ? it : it.skip)(
  "LibreOffice opens the template with its dependent list, names and protection, and resolves INDIRECT of a chosen 一级",
  async () => {
    const wb = await load(await writeTemplate(buildTemplate("self-evaluation", BUILTIN_PROFILES.central)));
    const ws = wb.worksheets[0];
    ws.getCell("B13").value = "效益指标";
    ws.getCell("B14").value = "满意度指标";
    ws.getCell("B15").value = "产出指标";
    // The validation's own formula, evaluated by LibreOffice in a probe cell: how many items, the first and the last.
    for (const r of [13, 14, 15]) ws.getCell(`K${r}`).value = { formula: `ROWS(INDIRECT($B${r}))&"|"&INDEX(INDIRECT($B${r}),1)&"|"&INDEX(INDIRECT($B${r}),ROWS(INDIRECT($B${r})))` } as ExcelJS.CellFormulaValue;
    const dir = mkdtempSync(path.join(tmpdir(), "budget-check-lo-"));
    const file = path.join(dir, "probe.xlsx");
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = spawnSync(LIBREOFFICE!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "ods", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(0);
    const content = spawnSync("unzip", ["-p", path.join(dir, "probe.ods"), "content.xml"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
    // As LibreOffice understood the file: the 二级 rule, the names, the protection (no password).
    const rule = /<table:content-validation table:name="(val\d+)" table:condition="of:cell-content-is-in-list\(INDIRECT\(\[\.\$B13\]\)\)" table:allow-empty-cell="true"/.exec(content);
    expect(rule).not.toBeNull();
    expect(content.split(`table:content-validation-name="${rule![1]}"`).length - 1).toBeGreaterThan(0);
    const named = [...content.matchAll(/<table:named-range table:name="([^"]+)"[^>]*table:cell-range-address="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(named).toEqual([
      ["产出指标", "$_budget_check_lists.$A$2:.$A$5"],
      ["效益指标", "$_budget_check_lists.$B$2:.$B$5"],
      ["满意度指标", "$_budget_check_lists.$C$2:.$C$3"],
    ]);
    expect(/<table:table table:name="项目支出绩效自评表"[^>]*>/.exec(content)![0]).toMatch(/table:protected="true"(?![^>]*protection-key)/);
    // LibreOffice's own evaluation of each probe: the chosen 一级's 二级.
    const probes = [...new Set([...content.matchAll(/<text:p>(\d\|[^<]*)<\/text:p>/g)].map((m) => m[1]))];
    expect(probes).toEqual(["4|经济效益指标|可持续影响指标", "2|满意度指标|服务对象满意度指标", "4|数量指标|成本指标"]);
  },
  150_000,
);
