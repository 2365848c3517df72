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

interface Name {
  name: string;
  formula: string;
  deleted: boolean;
}

function fakeExcel(existing: { name: string; visibility?: string }[], existingNames: { name: string; formula: string }[] = []) {
  const definedNames: Name[] = existingNames.map((n) => ({ ...n, deleted: false }));
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
        pending.push(() => (/^[A-Z]+\d+$/.test(address) ? (cell().value = v[0][0]) : v.forEach((row, i) => sheet.cells.set(`${address.match(/^[A-Z]+/)![0]}${parseCell(address.split(":")[0]).row + 1 + i}`, { value: row[0] }))));
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
    workbook: {
      worksheets,
      protection: { load: () => undefined, protected: false },
      names: {
        load: () => undefined,
        get items() {
          return definedNames.filter((n) => !n.deleted).map((n) => ({ name: n.name, formula: n.formula, delete: () => pending.push(() => (n.deleted = true)) }));
        },
        add: (name: string, formula: string) => pending.push(() => definedNames.push({ name, formula, deleted: false })),
      },
    },
    sync: async () => {
      syncs++;
      worksheets.items = sheets.filter((s) => !s.deleted).map(proxy);
      pending.forEach((f) => f());
      pending = [];
    },
  };
  const env: ExcelEnvironment = { run: async (batch) => { await context.sync(); return batch(context as unknown as Excel.RequestContext); }, isSetSupported: () => true };
  return { env, sheets, names: () => definedNames.filter((n) => !n.deleted).map((n) => [n.name, n.formula]), syncs: () => syncs };
}

test("新建模板 in Excel: the template's sheets with formulas, lists, unlocked inputs and protection; the profile and record very hidden", async () => {
  const { env, sheets, names } = fakeExcel([{ name: "项目支出绩效自评表" }, { name: "_budget_check_profile", visibility: "VeryHidden" }]);
  const out = await insertTemplate(env, buildTemplate("self-evaluation", BUILTIN_PROFILES.shenzhen));
  expect(out).toEqual({ sheet: "项目支出绩效自评表(2)", syncs: 2 });
  const live = sheets.filter((s) => !s.deleted);
  expect(live.map((s) => [s.name, s.visibility])).toEqual([
    ["项目支出绩效自评表", "Visible"],
    ["项目支出绩效自评表(2)", "Visible"],
    ["填表说明", "Visible"],
    ["_budget_check_profile", "VeryHidden"],
    ["_budget_check_template", "VeryHidden"],
    ["_budget_check_lists", "VeryHidden"],
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
  // The 二级 list follows the 一级: a name per 一级 over its 二级 on the lists sheet, INDIRECT of the row's 一级.
  expect(form.validations.find((v) => v.address === "C13:C52")?.rule).toEqual({ list: { inCellDropDown: true, source: "=INDIRECT($B13)" } });
  expect(names()).toEqual([
    ["产出指标", "='_budget_check_lists'!$A$2:$A$5"],
    ["效益指标", "='_budget_check_lists'!$B$2:$B$6"],
  ]);
  expect(live[5].cells.get("B1")?.value).toBe("效益指标");
  expect(live[5].cells.get("B6")?.value).toBe("满意度指标");
});

test("新建模板 again: our lists and names are replaced; a name of the user's own is kept and the 二级 list is then the whole list", async () => {
  const again = fakeExcel([{ name: "_budget_check_lists", visibility: "VeryHidden" }], [
    { name: "产出指标", formula: "='_budget_check_lists'!$A$2:$A$9" },
    { name: "效益指标", formula: "='_budget_check_lists'!$B$2:$B$9" },
    { name: "预算", formula: "=Sheet1!$A$1" },
  ]);
  await insertTemplate(again.env, buildTemplate("goal-table", BUILTIN_PROFILES.central));
  expect(again.names()).toEqual([
    ["预算", "=Sheet1!$A$1"],
    ["产出指标", "='_budget_check_lists'!$A$2:$A$5"],
    ["效益指标", "='_budget_check_lists'!$B$2:$B$5"],
    ["满意度指标", "='_budget_check_lists'!$C$2:$C$3"],
  ]);
  expect(again.sheets.filter((s) => !s.deleted && s.name === "_budget_check_lists")).toHaveLength(1);
  expect(again.sheets.find((s) => !s.deleted && s.name === "项目绩效目标表")!.validations.find((v) => v.address === "B12:B51")?.rule).toEqual({ list: { inCellDropDown: true, source: "=INDIRECT($A12)" } });

  const own = fakeExcel([], [{ name: "产出指标", formula: "=预算!$C$3" }]);
  await insertTemplate(own.env, buildTemplate("goal-table", BUILTIN_PROFILES.central));
  expect(own.names()).toEqual([["产出指标", "=预算!$C$3"]]);
  expect(own.sheets.map((s) => s.name)).not.toContain("_budget_check_lists");
  const rule = own.sheets.find((s) => s.name === "项目绩效目标表")!.validations.find((v) => v.address === "B12:B51")?.rule as { list: { source: string } };
  expect(rule.list.source).toBe("数量指标,质量指标,时效指标,成本指标,经济效益指标,社会效益指标,生态效益指标,可持续影响指标,满意度指标,服务对象满意度指标");
});
