import { SheetGrid } from "../../../src/engine/sheet-grid";
import { recogniseBudgetTables } from "../../../src/engine/forms/budget-table/recognise";
import { validateWorkbook } from "../../../src/engine/validate";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";
import { sheet, workbook } from "./helpers";

/**
 * A real 项目支出绩效自评表 (池州市贵池区棠溪镇人民政府, 委托业务项目, 2022年度), typed from its published text
 * (http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2, a copy of the 附件): 项目名称 and 项目资金（万元）
 * rows that look like a budget table's label column, then 绩效指标 rows full of text. The budget-table reader must not claim
 * it, and whatever else reads it, no NOT_A_NUMBER may appear on its header or label words.
 */
const SELF_EVALUATION = sheet(
  "自评表",
  [
    ["附件:", null, null, null, null, null, null, null, null],
    ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
    ["(2022年度)", null, null, null, null, null, null, null, null],
    ["项目名称", null, "委托业务项目", null, null, null, null, null, null],
    ["主管部门", null, "219-池州市贵池区棠溪镇人民政府", null, null, "实施单位", "219001-池州市贵池区棠溪镇人民政府", null, null],
    ["项目资金\n(万元)", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额:", null, 0, 0, 0, 10, 0, 0],
    [null, "其中:本年财政拨款", null, 90, 89.974, 89.974, null, null, null],
    [null, "上年结转资金", null, null, null, null, null, null, null],
    [null, "其他资金", null, null, null, null, null, null, null],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
    [
      null,
      "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。",
      null,
      null,
      null,
      "本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。",
      null,
      null,
      null,
    ],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8, null],
    [null, null, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8, null],
    [null, null, null, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, null],
    [null, null, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, null],
    [null, null, "成本指标", "项目总成本", "≤90万元", 90, 8, 8, null],
    [null, null, null, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, null],
    [null, "效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, null],
    [null, null, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, null],
  ],
  ["A2:I2", "A3:I3", "A4:B4", "C4:I4", "A5:B5", "C5:E5", "G5:I5", "A6:A10", "B6:C6", "B7:C7", "B8:C8", "B9:C9", "B10:C10", "A11:A12", "B11:E11", "F11:I11", "B12:E12", "F12:I12", "A13:A21", "B14:B19", "B20:B21", "C15:C16", "C18:C19"],
);

/** The same sheet with the scoring columns dropped (an unscored variant the self-evaluation reader may not claim). */
const UNSCORED = sheet(
  "自评表（无分值）",
  SELF_EVALUATION.values.map((r) => [...r.slice(0, 6), r[8]] as (string | number | null)[]),
  [],
);

function grid(s: ReturnType<typeof sheet>) {
  return new SheetGrid(WorkbookSnapshotSchema.parse(workbook(s)).sheets[0]);
}

describe("a real sheet that holds no budget table", () => {
  const cases = [SELF_EVALUATION, UNSCORED].map((s) => [s.name, s] as const);
  it.each(cases)("the budget-table reader does not claim %s", (_name, s) => {
    expect(recogniseBudgetTables(grid(s)).map((t) => t.range)).toEqual([]);
  });

  it.each(cases)("no NOT_A_NUMBER anywhere in %s", (_name, s) => {
    const { report } = validateWorkbook(WorkbookSnapshotSchema.parse(workbook(s)));
    expect(report.findings.filter((f) => f.code === "NOT_A_NUMBER").map((f) => f.cell)).toEqual([]);
    expect(report.forms.filter((f) => f.kind === "budget-table")).toEqual([]);
  });
});
