import { planWrites } from "../../../src/engine/write-plan";
import { SheetGrid } from "../../../src/engine/sheet-grid";
import { recogniseBudgetTables } from "../../../src/engine/forms/budget-table/recognise";
import { validateWorkbook } from "../../../src/engine/validate";
import { budgetFindings, seed001Snapshot, sheetOf } from "./helpers";

describe("seed 001 department budget (表1–表8, 表11)", () => {
  it("recognises every table with its kind, unit and hierarchy", async () => {
    const s = await seed001Snapshot();
    const kinds = s.sheets
      .filter((x) => !x.name.startsWith("表11"))
      .map((x) => recogniseBudgetTables(new SheetGrid(x)).map((t) => [t.sheet, t.role, t.fund, t.unit.name, t.year, t.blocks.map((b) => `${b.side}:${b.hierarchy}`).join(",")]));
    expect(kinds).toEqual([
      [["表1 收支总表", "balance", "all", "万元", "2022", "income:indent,expense:indent"]],
      [["表2 收入总表", "income", "all", "万元", null, "single:none"]],
      [["表3 支出总表", "expense", "all", "万元", "2022", "single:none"]],
      [["表4 基本支出总表", "basic", "all", "万元", null, "single:indent"]],
      [["表5 项目支出总表", "project", "all", "万元", "2022", "single:indent"]],
      [["表6 政府预算拨款收支总表", "balance", "government", "万元", "2022", "income:indent,expense:indent"]],
      [["表7 一般公共预算支出表", "function", "general", "万元", null, "single:code"]],
      [["表8 三公经费支出表", "sangong", "general", "万元", null, "single:none"]],
    ]);
  });

  it("reads 收入总表's column tree: 收入总计 from 一般公共预算 小计 and the other sources; 小计 from its four kinds", async () => {
    const s = await seed001Snapshot();
    const [t] = recogniseBudgetTables(new SheetGrid(sheetOf(s, "表2 收入总表")));
    const b = t.blocks[0];
    const labels = (cols: number[]) => cols.map((c) => b.columns[c].label);
    expect(b.columnSums.map((x) => [b.columns[x.total].label, labels(x.parts)])).toEqual([
      ["小计", ["基本支出拨款", "履职类项目拨款", "财政专项资金拨款", "政府投资项目拨款"]],
      ["收入总计", ["小计", "政府性基金预算拨款", "国有资本经营预算拨款", "财政专户管理资金", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入", "上年结余、结转"]],
    ]);
  });

  it("has no error, one rounding tail on 商品和服务支出 (73 vs 74), and the seed's own tail in 表7's unit row", async () => {
    const findings = budgetFindings(await seed001Snapshot());
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell, f.actual, f.expected])).toEqual([
      ["ROUNDING_TAIL", "warning", "表4 基本支出总表", "B15", 73, 74],
      // 表7: 751 + 151 + 34 + 402 = 1,338 基本支出 under a unit row printing 1,337 (项目支出 761 vs 762): a real tail of the seed.
      ["ROUNDING_TAIL", "warning", "表7 一般公共预算支出表", "E5", 1337, 1338],
    ]);
    expect(findings[0].related).toEqual(["B16:B27", "C15", "C16:C27", "D15", "D16:D27"]);
    expect(findings[0].message).toBe("「商品和服务支出（总计）」为 73，各分项之和为 74，差额在四舍五入允许范围（±6.5）内，属尾数误差（同一行另有 2 列同样存在尾数误差：C15（小计）、D15（一般公共预算拨款））");
    // The other columns are named and marked: the plan colours and notes C15 and D15 as it does B15.
    expect(findings[0].also).toEqual(["C15", "D15"]);
    const snap = await seed001Snapshot();
    const result = validateWorkbook(snap);
    const plan = planWrites(snap, result);
    const warned = plan.fills.filter((g) => g.sheet === "表4 基本支出总表" && g.color === "#FFEB9C").flatMap((g) => g.cells);
    expect(warned).toEqual(expect.arrayContaining(["B15", "C15", "D15"]));
    expect(plan.notes.find((n) => n.sheet === "表4 基本支出总表" && n.cell === "D15")?.text).toContain("ROUNDING_TAIL");
    // 表11 is a 部门整体支出绩效目标表, not a project's goal table.
    const t11 = result.report.forms.find((f) => f.sheet === "表11 整体支出绩效目标表")!;
    expect(t11.variant).toBe("department");
    expect(plan.results.rows.some((r) => r.values[1] === "深圳市科技交流服务中心")).toBe(true);
    const all = validateWorkbook(await seed001Snapshot()).report;
    expect(all.findings.filter((f) => f.severity === "error" && f.sheet !== "表11 整体支出绩效目标表")).toEqual([]);
  });

  it("speaks English too", async () => {
    const en = validateWorkbook(await seed001Snapshot(), { lang: "en" }).report.findings.find((f) => f.code === "ROUNDING_TAIL");
    expect(en?.message).toBe(
      "“商品和服务支出（总计）” shows 73 while its parts sum to 74; the difference is within the rounding envelope (±6.5), a rounding tail (2 more columns of the row show the same: C15（小计）、D15（一般公共预算拨款）)",
    );
  });
});
