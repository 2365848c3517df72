import ExcelJS from "exceljs";
import { snapshotOf } from "../../../src/hosts/file";
import { validateWorkbook } from "../../../src/engine/validate";
import { recogniseGoalTables } from "../../../src/engine/forms/goal-table/recognise";
import { layoutGoalTable, setGoalTableColumns } from "../../../scripts/examples/goal-table-layout";
import { seed000 } from "../../../scripts/examples/seed000";
import { seed003 } from "../../../scripts/examples/seed003";
import { buildSeed002, innovation } from "../../../scripts/examples/seed002";
import { layoutSelfEvaluation, setSelfEvaluationColumns } from "../../../scripts/examples/self-evaluation-layout";
import { clone, sheetOf, validateGoals, where } from "./helpers";

describe("goal-table layouts and bad input", () => {
  test("two goal tables on one sheet are two forms, each with its own block and indicators", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("目标表");
    setGoalTableColumns(ws);
    const next = layoutGoalTable(ws, 1, seed000);
    layoutGoalTable(ws, next + 2, seed003);
    const { report } = validateWorkbook(await snapshotOf(wb, "two.xlsx"));
    expect(report.forms.map((f) => [f.title, f.range])).toEqual([
      ["科技交流与合作", "A1:E57"],
      ["科学技术普及", "A60:E238"],
    ]);
    // Each table's findings stay on its own cells: seed 000's two warnings, seed 003's from row 60 down.
    expect(where(report.findings, ["MISSING_INDICATOR_CATEGORY"])).toEqual(["MISSING_INDICATOR_CATEGORY@目标表!A16", "MISSING_INDICATOR_CATEGORY@目标表!A75"]);
    expect(report.summary.errors).toBe(0);
  });

  test("a goal table below a self-evaluation on the same sheet: both are found, neither reads the other", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("合并");
    setSelfEvaluationColumns(ws);
    const next = layoutSelfEvaluation(ws, 1, innovation);
    const d = clone(seed000);
    layoutGoalTable(ws, next + 2, d);
    const { report } = validateWorkbook(await snapshotOf(wb, "mixed.xlsx"));
    expect(report.forms.map((f) => f.kind)).toEqual(["self-evaluation", "goal-table"]);
    const goal = report.forms[1];
    expect(goal.range).toBe(`A${next + 2}:E${next + 58}`);
    expect(goal.title).toBe("科技交流与合作");
  });

  test("self-evaluations (seed 002) are not claimed as goal tables", async () => {
    const { report } = validateWorkbook(await snapshotOf(await buildSeed002(), "seed002.xlsx"));
    expect(report.forms.map((f) => f.kind)).toEqual(["self-evaluation", "self-evaluation", "self-evaluation"]);
  });

  test("text where an amount belongs is NOT_A_NUMBER, and the sums it would feed are skipped", async () => {
    const d = clone(seed000) as unknown as { total: string };
    d.total = "三百三十五万";
    const { report } = await validateGoals([d as unknown as typeof seed000]);
    expect(where(report.findings, ["NOT_A_NUMBER", "SUM_MISMATCH"])).toEqual(["NOT_A_NUMBER@目标表1!B8"]);
    expect(report.findings[0].message).toBe("「项目总金额」应填写金额或数值，表中为「三百三十五万」");
  });

  test("headers typed with line breaks, full-width marks and a required-star are still read", () => {
    const grid = sheetOf("S", [
      ["项目绩效目标表"],
      ["项目名称", "测试项目"],
      ["一级\n指标", "二级指标", "＊绩效\n指标", "指标\n目标值", "目标值\n来源"],
      ["产出指标", "数量指标", "举办培训场次", "≥3场", "工作计划"],
      ["产出指标", "质量指标", "举办培训完成率", "100%", "工作计划"],
      ["产出指标", "时效指标", "举办培训及时性", "2024年12月前", "工作计划"],
      ["产出指标", null, "培训人均成本", "≤500元", "工作计划"],
      ["效益指标", "社会效益指标", "培训覆盖面", "不适用", null],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "问卷"],
    ]);
    const [form] = recogniseGoalTables(grid);
    expect(form.title).toBe("测试项目");
    expect(form.indicators.map((i) => [i.secondary.category, i.secondary.basis])).toEqual([
      ["数量", "printed"],
      ["质量", "printed"],
      ["时效", "printed"],
      ["成本", "name"],
      ["社会效益", "printed"],
      ["满意度", "printed"],
    ]);
    const { report } = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] });
    // 不适用 is not an indicator: nothing to measure or to source, and no 效益 either. The inferred 成本 counts.
    expect(report.findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      ["MISSING_INDICATOR_CATEGORY", "A8", "「效益指标」下缺少效益类指标（应至少有经济效益、社会效益、生态效益、可持续影响之一）"],
    ]);
    expect(report.forms[0].notes).toEqual(["表中未列二级指标的 1 个指标，已按指标名称推断二级指标：成本 1 个"]);
  });

  test("a source merged over several rows is present on each of them", () => {
    const grid = sheetOf(
      "S",
      [
        ["项目名称", "测试项目"],
        ["二级指标", "绩效指标", "指标目标值", "目标值来源"],
        ["数量", "举办培训场次", "3场", "工作计划"],
        ["质量", "举办培训完成率", "100%", null],
        ["时效", "举办培训及时性", "及时", null],
      ],
      ["D3:D5"],
    );
    const { report } = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] });
    expect(where(report.findings, ["MISSING_VALUE"])).toEqual([]);
  });

  test("an indicator the table prints no 二级 for and whose name and target do not tell is reported, not guessed", () => {
    const grid = sheetOf("S", [
      ["项目名称", "测试项目"],
      ["绩效指标", "指标目标值"],
      ["举办培训场次", "3场"],
      ["设备投入率", "=100%"],
    ]);
    const { report } = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] }, { lang: "en" });
    expect(report.forms[0].notes[1]).toBe(
      "1 indicators have no 二级 category that could be determined and are left out of the category checks: 设备投入率",
    );
  });

  test("a pair of header words with nothing around it is not a form; an empty sheet is nothing", () => {
    expect(recogniseGoalTables(sheetOf("S", [["绩效指标", "目标值"], ["a", "1"]]))).toEqual([]);
    expect(recogniseGoalTables(sheetOf("S", [[]]))).toEqual([]);
  });
});
