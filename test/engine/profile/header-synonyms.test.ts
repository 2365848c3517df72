import { validateWorkbook } from "../../../src/engine/validate";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { ProfileSchema } from "../../../src/engine/profile/schema";
import { WorkbookSnapshotSchema } from "../../../src/engine/snapshot";

/** A template whose header words budget-check does not know: 考核指标 for 三级指标, 完成情况 for 实际完成值. */
const rows = [
  ["一级指标", "二级指标", "考核指标", "年度指标值", "完成情况", "分值", "得分", "偏差原因分析及改进措施"],
  ["产出指标（50分）", "数量指标", "培训人次", "≥100人次", "120人次", 50, 50, null],
  ["效益指标（30分）", "社会效益指标", "群众知晓率", "≥90%", "95%", 30, 30, null],
  ["满意度指标（10分）", "服务对象满意度指标", "学员满意度", "≥90%", "86%", 10, 9, "部分学员认为课时偏少"],
  ["总分", null, null, null, null, 90, 89, null],
];
const snapshot = WorkbookSnapshotSchema.parse({ name: "t.xlsx", sheets: [{ name: "自评", origin: { row: 0, col: 0 }, values: rows }] });

test("without the template's words the form is not read, and the report says which columns are missing", () => {
  const { report } = validateWorkbook(snapshot);
  expect(report.forms).toEqual([]);
  expect(report.findings.map((f) => [f.code, f.cell])).toEqual([["FORM_NOT_RECOGNISED", "A1"]]);
});

test("a profile's headerSynonyms teach the recogniser the template's words without code", () => {
  const profile = ProfileSchema.parse({
    ...BUILTIN_PROFILES.shenzhen,
    id: "county",
    headerSynonyms: { 考核指标: "三级指标", "完成情况\n": "实际完成值" },
  });
  const { report } = validateWorkbook(snapshot, { profile });
  expect(report.forms.map((f) => [f.kind, f.range])).toEqual([["self-evaluation", "A1:H5"]]);
  const items = report.forms[0].score!.items.map((i) => [i.label, i.computed]);
  expect(items).toEqual([
    ["培训人次", 50],
    ["群众知晓率", 30],
    ["学员满意度", 9.56], // 86 / 90 × 10
  ]);
  expect(report.findings.filter((f) => f.code === "FORM_NOT_RECOGNISED")).toEqual([]);
});
