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
      "1 indicator has no 二级 category that could be determined and is left out of the category checks: 设备投入率",
    );
  });

  test("template fill notes after a 二级 (数量指标（必填硬性指标）) do not hide the category", () => {
    const grid = sheetOf("S", [
      ["项目名称", "测试项目"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标\n(必填硬性指标)", "营造林面积(亩)", 80000],
      [null, "质量指标\n(必填)", "苗木成活率", "≥85%"],
      [null, "时效指标\n(必填)", "项目完成时间", "2023年底"],
      ["效益指标", "社会效益\n指标\n(必填)", "受益人数(人)", 132],
      ["满意度指标", "服务对象满意度指标\n(必填)", "群众满意度", "≥90%"],
    ], ["A3:A5"]);
    const [form] = recogniseGoalTables(grid);
    expect(form.indicators.map((i) => i.secondary.category)).toEqual(["数量", "质量", "时效", "社会效益", "满意度"]);
  });

  test("an indicator whose name runs over the target cell is an indicator with no target; a note merged across ends the table", () => {
    const grid = sheetOf(
      "S",
      [
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "营造林面积(亩)", 80000],
        [null, "质量指标", "苗木成活率", "≥85%"],
        [null, "时效指标", "项目完成时间", "2023年底"],
        ["效益指标", "经济效益指标", "增加就业机会,提高农民收入。", null],
        [null, "社会效益指标", "受益人数(人)", 132],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
        ["注:本表由项目单位填报。", null, null, null],
      ],
      ["C6:D6", "A6:A7", "A9:D9"],
    );
    const [form] = recogniseGoalTables(grid);
    expect(form.indicators.map((i) => [i.name.text, i.target.cell, i.target.text])).toEqual([
      ["营造林面积(亩)", "D3", "80000"],
      ["苗木成活率", "D4", "≥85%"],
      ["项目完成时间", "D5", "2023年底"],
      ["增加就业机会,提高农民收入。", "D6", ""],
      ["受益人数(人)", "D7", "132"],
      ["群众满意度", "D8", "≥90%"],
    ]);
    const { report } = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] });
    expect(where(report.findings.filter((f) => f.severity === "error"))).toEqual(["MISSING_VALUE@S!D6"]);
  });

  test("one target column per place (福建 资金 绩效目标表): each row is one indicator per place, each place's cell checked", () => {
    const grid = sheetOf(
      "S",
      [
        ["2022年省级水利专项资金绩效目标表", null, null, null, null, null, null, null],
        ["项目名称", "省级水利专项资金", null, null, "主管部门(单位)名称", "某县水利局", null, null],
        ["资金情况(万元)", "资金总额", 30, "其中:财政拨款", 30, "其他资金", null, null],
        ["绩效\n指标", "一级指标", "二级指标", "三级指标", "指 标 解 释", "甲镇甲村", "乙乡乙村", "丙镇丙村"],
        [null, "产出指标", "数量指标", "开展小型水利工程建设(个)", "反映项目开展情况", 1, 1, 1],
        [null, null, "质量指标", "开展小型水利工程建设验收合格率", "反映工程质量", "100%", "100%", null],
        [null, null, "时效指标", "开展小型水利工程建设及时性", "反映进度", "2022年底前", "2022年底前", "2022年底前"],
        [null, "效益指标", "社会效益指标", "受益人口(人)", "反映受益情况", "≥500", "≥300", "≥800"],
        [null, "满意度指标", "服务对象满意度指标", "受益群众满意度", "反映满意程度", "≥90%", "≥90%", "≥90%"],
      ],
      ["A1:H1", "A4:A9", "B5:B7"],
    );
    const [form] = recogniseGoalTables(grid);
    expect(form.range).toBe("A1:H9");
    expect(form.indicators.map((i) => i.target.cell)).toEqual(["F5", "G5", "H5", "F6", "G6", "H6", "F7", "G7", "H7", "F8", "G8", "H8", "F9", "G9", "H9"]);
    const { report } = validateWorkbook({ name: "t.xlsx", sheets: [grid.sheet] });
    expect(report.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell, f.message])).toEqual([
      ["MISSING_VALUE", "H6", "「开展小型水利工程建设验收合格率」的年度指标值为空"],
    ]);
  });

  test("a header with places but no values under them, or a 备注 after the names, is no per-place table", () => {
    const head = ["一级指标", "二级指标", "三级指标", "甲镇甲村", "乙乡乙村"];
    const rows = (r: (string | number | null)[]) => [["项目名称", "测试"], head, ["产出指标", "数量指标", "工程数量", ...r]];
    expect(recogniseGoalTables(sheetOf("S", rows([null, null])))).toEqual([]);
    expect(recogniseGoalTables(sheetOf("S", [["项目名称", "测试"], ["一级指标", "二级指标", "三级指标", "备注", "乙乡乙村"], ["产出指标", "数量指标", "工程数量", "x", 1]]))).toEqual([]);
    expect(recogniseGoalTables(sheetOf("S", rows([1, 2]))).map((f) => f.indicators.length)).toEqual([2]);
  });

  test("a pair of header words with nothing around it is not a form; an empty sheet is nothing", () => {
    expect(recogniseGoalTables(sheetOf("S", [["绩效指标", "目标值"], ["a", "1"]]))).toEqual([]);
    expect(recogniseGoalTables(sheetOf("S", [[]]))).toEqual([]);
  });
});
