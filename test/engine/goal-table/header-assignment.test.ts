import { recogniseGoalTables } from "../../../src/engine/forms/goal-table/recognise";
import { sheetOf } from "./helpers";

/**
 * The indicator header is read as an assignment: each role its best column. A generic word (绩效指标 as a label
 * column) loses to a specific one (指标内容), the year's columns beat the long-term ones printed beside them, and the
 * long-term columns are neither label nor data columns.
 */
describe("goal-table header assignment", () => {
  test("a merged 「绩效指标」 label column left of 一级指标 does not take the 三级 role from 「指标内容」", () => {
    const grid = sheetOf(
      "S",
      [
        ["绩效目标表"],
        ["项目名称", "薄弱学校改造"],
        ["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
        [null, "产出指标", "数量指标", "学校改造覆盖率", "100%"],
        [null, null, "时效指标", "项目按计划完成率", "100%"],
        [null, "效益指标", "社会公众或服务对象满意度指标", "学生家长满意度", "≥90%"],
      ],
      ["A3:A6", "B4:B5"],
    );
    const [form] = recogniseGoalTables(grid);
    expect(form.header).toMatchObject({ nameCell: "D3", targetCell: "E3", secondaryColumn: true });
    expect(form.indicators.map((i) => [i.name.cell, i.primary.cell, i.secondary.text, i.secondary.category])).toEqual([
      ["D4", "B4", "数量指标", "数量"],
      ["D5", "B4", "时效指标", "时效"],
      ["D6", "B6", "社会公众或服务对象满意度指标", "满意度"],
    ]);
  });

  test("「绩效指标」 still names the indicators when no column says 三级指标 / 指标内容", () => {
    const grid = sheetOf("S", [
      ["项目绩效目标表"],
      ["项目名称", "测试项目"],
      ["一级指标", "二级指标", "绩效指标", "指标目标值"],
      ["产出指标", "数量指标", "举办活动场次", "≥3场"],
    ]);
    const [form] = recogniseGoalTables(grid);
    expect(form.header.nameCell).toBe("C3");
    expect(form.indicators[0].name.text).toBe("举办活动场次");
  });

  test("二级/三级/指标值 (年度) are read, the empty (长期) columns beside them are stepped over", () => {
    const grid = sheetOf("S", [
      ["项目支出绩效目标表"],
      ["项目名称", "基础设施建设"],
      ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
      ["产出指标", "数量指标", null, null, "数量指标", "重点建设工程安排数量", 2],
      ["满意度指标", "服务对象满意度指标", null, null, "服务对象满意度指标", "学生、家长、社会满意度", "≥90%"],
    ]);
    const [form] = recogniseGoalTables(grid);
    expect(form.header).toMatchObject({ nameCell: "F3", targetCell: "G3", targetLabel: "指标值(年度)" });
    expect(form.indicators.map((i) => [i.name.cell, i.target.cell, i.primary.cell, i.secondary.cell])).toEqual([
      ["F4", "G4", "A4", "E4"],
      ["F5", "G5", "A5", "E5"],
    ]);
  });

  test("Hunan 2023 words: 项目支出名称, 年度本级预算金额 「250万」 under 单位:万元, target header 指标值及单位", () => {
    const grid = sheetOf(
      "S",
      [
        ["2023年项目支出绩效目标申报表"],
        ["填报单位:(盖章) 单位:万元"],
        ["项目支出名称", "雾炮车降尘抑尘服务", null, "预算部门", "环境卫生管理处"],
        ["年度本级 预算金额", "250万", null, "该项目支出上级资金", 0],
        ["本年度 绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
        [null, "产出指标", "成本指标", "控制在预算成本内", "250万", "计划标准"],
      ],
      ["A5:A6"],
    );
    const [form] = recogniseGoalTables(grid);
    expect(form.range).toBe("A1:F6");
    expect(form.unit).toBe("万元");
    expect(form.projectName?.value.text).toBe("雾炮车降尘抑尘服务");
    expect(form.funds.currentYear).toMatchObject({ label: "年度本级预算金额", value: { cell: "B4", value: "250万" } });
    expect(form.header).toMatchObject({ nameCell: "D5", targetCell: "E5", sourceCell: null });
  });

  test("a per-indicator 分值 column (乌海 2021) keeps a goal table; a 得分 column makes the row another form's", () => {
    const rows = (extra: string) => [
      ["项目绩效目标表"],
      ["项目名称", "再生资源回收市场管理经费"],
      ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位", "分值", extra],
      ["产出指标", "数量指标", "出差人数", "=", 8, null, 4, null],
    ];
    const [form] = recogniseGoalTables(sheetOf("S", rows("备注")));
    expect(form.header).toMatchObject({ nameCell: "C3", targetCell: "E3" });
    expect(form.range).toBe("A1:H4");
    expect(recogniseGoalTables(sheetOf("S", rows("得分")))).toEqual([]);
  });

  test("a header over two rows: 年度指标值 over 指标性质 | 指标值 | 度量单位 — the value column is the target", () => {
    const grid = sheetOf(
      "S",
      [
        ["项目绩效目标表"],
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", null, null],
        [null, null, null, "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "举办培训场次", "≥", 3, "场"],
        [null, "时效指标", "培训完成时间", "定性", "2023年12月", null],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "A5:A6"],
    );
    const [form] = recogniseGoalTables(grid);
    expect(form.header).toMatchObject({ row: 3, nameCell: "C4", targetCell: "E4" });
    expect(form.range).toBe("A1:F6");
    expect(form.indicators.map((i) => [i.name.text, i.target.cell, i.primary.text, i.secondary.text])).toEqual([
      ["举办培训场次", "E5", "产出指标", "数量指标"],
      ["培训完成时间", "E6", "产出指标", "时效指标"],
    ]);
  });
});

describe("goal-table header words of real templates", () => {
  test("上海 财政项目支出绩效目标申报表: 年度(/项目)指标值 is the target column, 成本指标 a 一级 of its own", () => {
    const grid = sheetOf(
      "S",
      [
        ["财政项目支出绩效目标申报表"],
        ["项目名称", "拆违经费"],
        ["绩效\n指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"],
        [null, "成本指标", "经济成本指标", "成本控制合理性", "合理"],
        [null, "产出指标", "数量指标", "完成年度拆违计划", "=100.00(%)"],
      ],
      ["A3:A5"],
    );
    const [form] = recogniseGoalTables(grid);
    expect(form.header).toMatchObject({ nameCell: "D3", targetCell: "E3" });
    expect(form.indicators.map((i) => [i.name.text, i.primary.text, i.target.text])).toEqual([
      ["成本控制合理性", "成本指标", "合理"],
      ["完成年度拆违计划", "产出指标", "=100.00(%)"],
    ]);
  });
});
