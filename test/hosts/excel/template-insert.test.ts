import { parseCell, cellAddress } from "../../../src/engine/address";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { buildTemplate } from "../../../src/engine/template";
import type { ExcelEnvironment } from "../../../src/hosts/excel/context";
import { insertTemplate } from "../../../src/hosts/excel/template-insert";

/**
 * A recording stand-in for the part of Office.js the template insert uses (the shared in-memory Excel has no data
 * validation, merges or sheet protection): it keeps what each range was given, per sheet, applied at sync.
 */
interface Cell {
  value?: unknown;
  formula?: string;
  numFmt?: string;
  fill?: string;
  locked?: boolean;
}
interface Sheet {
  name: string;
  visibility: string;
  deleted: boolean;
  cells: Map<string, Cell>;
  merges: string[];
  validations: { address: string; rule: unknown; alert?: { style: string } }[];
  protected: boolean;
  active: boolean;
}

function fakeExcel(existing: { name: string; visibility?: string }[]) {
  const sheets: Sheet[] = existing.map((s) => ({ name: s.name, visibility: s.visibility ?? "Visible", deleted: false, cells: new Map(), merges: [], validations: [], protected: false, active: false }));
  let pending: (() => void)[] = [];
  let syncs = 0;
  const range = (sheet: Sheet, address: string) => {
    const cell = () => {
      const a = cellAddress(parseCell(address).row, parseCell(address).col);
      if (!sheet.cells.has(a)) sheet.cells.set(a, {});
      return sheet.cells.get(a)!;
    };
    const dv = {
      set rule(rule: unknown) {
        pending.push(() => sheet.validations.push({ address, rule }));
      },
      set errorAlert(alert: { style: string }) {
        pending.push(() => (sheet.validations.find((v) => v.address === address)!.alert = alert));
      },
      set prompt(_: unknown) {},
    };
    return {
      set numberFormat(v: string[][]) {
        pending.push(() => (/^[A-Z]+\d+$/.test(address) ? (cell().numFmt = v[0][0]) : undefined));
      },
      set formulas(v: string[][]) {
        pending.push(() => (cell().formula = v[0][0]));
      },
      set values(v: unknown[][]) {
        pending.push(() => (/^[A-Z]+\d+$/.test(address) ? (cell().value = v[0][0]) : v.forEach((row, i) => sheet.cells.set(`A${i + 1}`, { value: row[0] }))));
      },
      merge: () => pending.push(() => sheet.merges.push(address)),
      dataValidation: dv,
      format: {
        fill: { set color(c: string) { pending.push(() => (cell().fill = c)); } },
        font: {},
        borders: { getItem: () => ({}) },
        protection: { set locked(l: boolean) { pending.push(() => (cell().locked = l)); } },
      },
    };
  };
  const proxy = (s: Sheet) => ({
    get name() {
      return s.name;
    },
    set visibility(v: string) {
      pending.push(() => (s.visibility = v));
    },
    showGridlines: true,
    delete: () => pending.push(() => (s.deleted = true)),
    activate: () => pending.push(() => (s.active = true)),
    getRange: (a: string) => range(s, a),
    getCell: (r: number, c: number) => range(s, cellAddress(r, c)),
    protection: { protect: () => pending.push(() => (s.protected = true)) },
  });
  const worksheets = {
    items: [] as ReturnType<typeof proxy>[],
    load: () => undefined,
    add: (name: string) => {
      const s: Sheet = { name, visibility: "Visible", deleted: false, cells: new Map(), merges: [], validations: [], protected: false, active: false };
      sheets.push(s);
      return proxy(s);
    },
    getItem: (name: string) => proxy(sheets.find((s) => s.name === name && !s.deleted)!),
  };
  const context = {
    workbook: { worksheets, protection: { load: () => undefined, protected: false } },
    sync: async () => {
      syncs++;
      worksheets.items = sheets.filter((s) => !s.deleted).map(proxy);
      pending.forEach((f) => f());
      pending = [];
    },
  };
  const env: ExcelEnvironment = { run: async (batch) => { await context.sync(); return batch(context as unknown as Excel.RequestContext); }, isSetSupported: () => true };
  return { env, sheets, syncs: () => syncs };
}

test("新建模板 in Excel: the template's sheets with formulas, lists, unlocked inputs and protection; the profile and record very hidden", async () => {
  const { env, sheets } = fakeExcel([{ name: "项目支出绩效自评表" }, { name: "_budget_check_profile", visibility: "VeryHidden" }]);
  const out = await insertTemplate(env, buildTemplate("self-evaluation", BUILTIN_PROFILES.shenzhen));
  expect(out).toEqual({ sheet: "项目支出绩效自评表(2)", syncs: 2 });
  const live = sheets.filter((s) => !s.deleted);
  expect(live.map((s) => [s.name, s.visibility])).toEqual([
    ["项目支出绩效自评表", "Visible"],
    ["项目支出绩效自评表(2)", "Visible"],
    ["填表说明", "Visible"],
    ["_budget_check_profile", "VeryHidden"],
    ["_budget_check_template", "VeryHidden"],
  ]);
  const form = live[1];
  expect(form.active).toBe(true);
  expect(form.protected).toBe(true);
  expect(form.cells.get("I53")).toMatchObject({ formula: "=I5+SUM(I13:I52)", locked: true });
  expect(form.cells.get("J13")).toMatchObject({ locked: false, fill: "#FFF2CC" });
  expect(form.cells.get("B11")).toMatchObject({ value: "一级指标", locked: true });
  expect(form.merges).toContain("E11:G11");
  expect(form.validations.find((v) => v.address === "E13:E52")).toEqual({ address: "E13:E52", rule: { list: { inCellDropDown: true, source: "≥,≤,=,定性" } }, alert: expect.objectContaining({ style: "Stop" }) });
  expect(form.validations.find((v) => v.address === "G13:G52")?.alert?.style).toBe("Warning");
  expect(String(live[3].cells.get("A1")?.value)).toBe("budget-check profile v1");
  expect(String(live[4].cells.get("A1")?.value)).toBe("budget-check template v1");
});
