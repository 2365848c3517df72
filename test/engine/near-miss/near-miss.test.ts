import { validateWorkbook } from "../../../src/engine/validate";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";

type Row = (string | number | null)[];
function check(rows: Row[], lang: "zh" | "en" = "zh") {
  const snapshot = WorkbookSnapshotSchema.parse({ name: "t.xlsx", sheets: [{ name: "自评", origin: { row: 0, col: 0 }, values: rows }] });
  return validateWorkbook(snapshot, { lang }).report;
}

test("a self-evaluation header without 分值 is reported with what was found and what is missing", () => {
  const report = check([
    ["项目支出绩效自评表", null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50],
  ]);
  expect(report.forms).toEqual([]);
  const f = report.findings.filter((x) => x.code === "FORM_NOT_RECOGNISED");
  expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["自评", "A2", "warning"]]);
  expect(f[0].message).toBe(
    "这里像一张项目支出绩效自评表，但未能识别，未作校验：找到 一级指标、二级指标、三级指标、年度指标值、实际完成值、得分，缺少 分值",
  );
  // and nothing pretends the header words are bad amounts
  expect(report.findings.filter((x) => x.code === "NOT_A_NUMBER")).toEqual([]);
});

test("the message is localised", () => {
  const report = check(
    [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50],
    ],
    "en",
  );
  expect(report.findings.find((x) => x.code === "FORM_NOT_RECOGNISED")?.message).toBe(
    "This looks like a project self-evaluation but was not recognised and not checked: found 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 得分, missing 分值",
  );
});

test("a recognised form's own header rows are not reported", () => {
  const report = check([
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标（50分）", "数量指标", "培训人次", "≥100人次", "120人次", 50, 50, null],
    ["效益指标（30分）", "社会效益指标", "群众知晓率", "≥90%", "95%", 30, 30, null],
    ["满意度指标（10分）", "服务对象满意度指标", "学员满意度", "≥90%", "96%", 10, 10, null],
    ["总分", null, null, null, null, 90, 90, null],
  ]);
  expect(report.forms.map((f) => f.kind)).toEqual(["self-evaluation"]);
  expect(report.findings.filter((x) => x.code === "FORM_NOT_RECOGNISED")).toEqual([]);
});

test("ordinary tables with one or two of the words are not reported", () => {
  const report = check([
    ["序号", "项目名称", "得分", "备注"],
    [1, "办公楼维修", 90, null],
  ]);
  expect(report.findings).toEqual([]);
});

describe("a header with nothing filled in under it is said to be blank, not unrecognised", () => {
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  const blankMessage = (report: ReturnType<typeof check>) => report.findings.filter((x) => x.code === "FORM_NOT_RECOGNISED").map((x) => [x.cell, x.message]);

  test("a header and empty rows down to the 总分 row (a template not filled in yet)", () => {
    const report = check([
      ["项目支出绩效自评表", null, null, null, null, null, null],
      header,
      [null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      ["总分", "总分", "总分", "总分", "总分", 100, null],
    ]);
    expect(blankMessage(report)).toEqual([
      ["A2", "这里像一张项目支出绩效自评表的表头（找到 一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分），但表头下还没有填写任何指标，未作校验"],
    ]);
    expect(check([header], "en").findings.map((x) => x.message)).toEqual([
      "This looks like the header of a project self-evaluation (found 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分) but no indicator is filled in under it yet; not checked",
    ]);
  });

  test("the second row of a two-row header is header words, not a filled row", () => {
    const report = check([
      ["一级指标", "二级指标", "三级指标", "年度指标值", null, "实际完成值", "分值", "得分"],
      [null, null, null, "指标性质", "指标值", null, null, null],
    ]);
    expect(blankMessage(report).map(([, m]) => m.includes("表头下还没有填写任何指标"))).toEqual([true]);
  });

  test("a row with an indicator under the header is a layout not read, whatever rows are blank before it", () => {
    const report = check([
      header,
      [null, null, null, null, null, null, null],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "五十", "五十"],
    ]);
    const messages = blankMessage(report).map(([, m]) => m);
    expect(messages.some((m) => m.includes("表头下还没有填写任何指标"))).toBe(false);
  });
});
