import ExcelJS from "exceljs";
import { BUILTIN_PROFILES } from "../../../src/engine/profile/builtin";
import { validateWorkbook } from "../../../src/engine/validate";
import { snapshotOf } from "../../../src/hosts/file";
import { planWrites } from "../../../src/engine/write-plan";
import { DATA_SHEET, EVAL_SHEET, counted, itemsByLabel, seed004With, validateDept, where } from "./helpers";

const NO_NOTES = { notes: [] as string[] };
/** Findings on the item rows (the 综合评分 row G26 follows from them and is tested on its own). */
const onItems = (fs: Parameters<typeof where>[0]) => where(fs).filter((w) => !w.endsWith("!G26"));

describe("item scores against the rubric", () => {
  it("flags an entered score that differs from the computed one, at the item's cell, with the rate behind it", async () => {
    const { report, form } = await validateDept(seed004With({ ...NO_NOTES, scores: { 固定资产利用率: 0.7 } }));
    expect(where(report.findings)).toEqual([`SCORE_MISMATCH@${EVAL_SHEET}!G15`]);
    expect(report.findings[0]).toMatchObject({ expected: 1, actual: 0.7, related: [`'${DATA_SHEET}'!B9`, `'${DATA_SHEET}'!B8`] });
    expect(report.findings[0].message).toBe("「固定资产利用率」按评分规则应得 1 分，表中填写 0.70 分（固定资产利用率 98.22%）");
    // The total counts the item at the rules' 1, so the entered 97.95 stands.
    expect(form!.score!.computed).toBe(97.95);
  });

  it("accepts a 政府采购 score between the formula part and the full score, with a note for the reviewer", async () => {
    const { report, form } = await validateDept(seed004With({ ...NO_NOTES, scores: { 政府采购执行情况: 1.5 }, total: 97.5 }));
    expect(where(report.findings)).toEqual([`NEEDS_REVIEW@${EVAL_SHEET}!G9`]);
    expect(report.findings[0]).toMatchObject({ severity: "info", expected: 1.95, actual: 1.5 });
    expect(report.findings[0].message).toContain("公式部分得 0.95 分（政府采购执行率 95.15%）");
    expect(itemsByLabel(form)["政府采购执行情况"]).toMatchObject({ computed: 1.5, entered: 1.5, basis: "judged" });
    expect(form!.score!.computed).toBe(97.5);
  });

  it.each([0.9, 2])("rejects a 政府采购 score of %p, outside [0.95, 1.95]", async (entered) => {
    const { report, form } = await validateDept(seed004With({ ...NO_NOTES, scores: { 政府采购执行情况: entered } }));
    expect(where(report.findings)).toEqual([`SCORE_MISMATCH@${EVAL_SHEET}!G9`]);
    expect(report.findings[0]).toMatchObject({ expected: 1.95, actual: entered });
    expect(report.findings[0].message).toContain("应得 0.95 至 1.95 分");
    expect(form!.score!.computed).toBe(97.95);
  });

  it("checks a judged item only for 0 ≤ 分数 ≤ 分值, and counts it as entered", async () => {
    const ok = await validateDept(seed004With({ ...NO_NOTES, scores: { 管理制度健全性: 1.5 }, total: 97.45 }));
    expect(ok.report.findings).toEqual([]);
    expect(ok.form!.score!.computed).toBe(97.45);

    const over = await validateDept(seed004With({ ...NO_NOTES, scores: { 管理制度健全性: 4 } }));
    expect(onItems(over.report.findings)).toEqual([`SCORE_EXCEEDS_WEIGHT@${EVAL_SHEET}!G18`]);
    expect(over.report.findings.find((f) => f.code === "SCORE_EXCEEDS_WEIGHT")).toMatchObject({ expected: 3, actual: 4 });
    // An out-of-range judgement enters the total clamped to its weight.
    expect(itemsByLabel(over.form)["管理制度健全性"]).toMatchObject({ computed: null, entered: 4, basis: "judged" });
    expect(over.form!.score!.computed).toBe(98.95);

    const negative = await validateDept(seed004With({ ...NO_NOTES, scores: { 管理制度健全性: -1 } }));
    expect(onItems(negative.report.findings)).toEqual([`SCORE_MISMATCH@${EVAL_SHEET}!G18`]);

    const empty = await validateDept(seed004With({ ...NO_NOTES, scores: { 管理制度健全性: null } }));
    expect(onItems(empty.report.findings)).toEqual([`MISSING_VALUE@${EVAL_SHEET}!G18`]);

    const text = await validateDept(seed004With({ ...NO_NOTES, scores: { 管理制度健全性: "满分" } }));
    expect(onItems(text.report.findings)).toEqual([`NOT_A_NUMBER@${EVAL_SHEET}!G18`]);
  });

  it("computes 预算执行率 once the quarterly progress is in the data block", async () => {
    const quarters = [
      { label: "一季度支出进度", value: 0.2, numFmt: "0.00%" },
      { label: "二季度支出进度", value: 0.45, numFmt: "0.00%" },
      { label: "三季度支出进度", value: 0.7, numFmt: "0.00%" },
      { label: "四季度支出进度", value: 0.9876, numFmt: "0.00%" },
    ];
    const { report, form } = await validateDept(seed004With({ ...NO_NOTES, addData: quarters }));
    // 0.2/25% + 0.45/50% + 0.7/75% + 0.9876/100% + (0.8 + 0.9 + 0.9333 + 0.9876) / 4 × 2 = 5.43
    expect(itemsByLabel(form)["预算执行率"]).toMatchObject({ computed: 5.43, entered: 6, basis: "computed" });
    expect(where(report.findings)).toEqual([`SCORE_MISMATCH@${EVAL_SHEET}!G20`, `SCORE_MISMATCH@${EVAL_SHEET}!G26`]);
    expect(form!.notes.join()).not.toContain("预算执行率");
  });

  it("reports a data item without a usable number and scores its items as judged", async () => {
    const { report, form } = await validateDept(seed004With({ ...NO_NOTES, data: { 在用固定资产: "约十三万", 固定资产总额: null } }));
    expect(where(report.findings)).toEqual([`MISSING_VALUE@${DATA_SHEET}!B8`, `NOT_A_NUMBER@${DATA_SHEET}!B9`]);
    expect(itemsByLabel(form)["固定资产利用率"]).toMatchObject({ computed: null, entered: 1, basis: "judged" });
    expect(form!.score!.computed).toBe(97.95);
  });
});

describe("weights, total and grade", () => {
  it("checks the 20/20/60 groups and each item's weight against the rubric", async () => {
    const { report } = await validateDept(seed004With({ ...NO_NOTES, weights: { 预算编制合理性: 6 } }));
    expect(where(report.findings, ["WEIGHT_SUM_MISMATCH"])).toEqual([`WEIGHT_SUM_MISMATCH@${EVAL_SHEET}!A5`, `WEIGHT_SUM_MISMATCH@${EVAL_SHEET}!D5`]);
    const [group, item] = report.findings.filter((f) => f.code === "WEIGHT_SUM_MISMATCH");
    expect(group).toMatchObject({ expected: 20, actual: 21 });
    expect(group.message).toBe("「部门决策」下各指标分值合计为 21，应为 20");
    expect(item).toMatchObject({ expected: 5, actual: 6 });
  });

  it("flags a 综合评分 and a 评分等级 that do not follow the items", async () => {
    const { report } = await validateDept(seed004With({ ...NO_NOTES, total: 98.95, grade: "良" }));
    expect(where(report.findings)).toEqual([`SCORE_MISMATCH@${EVAL_SHEET}!G26`, `GRADE_MISMATCH@${EVAL_SHEET}!G27`]);
    expect(report.findings[0]).toMatchObject({ expected: 97.95, actual: 98.95 });
    expect(report.findings[1]).toMatchObject({ expected: "优", actual: "良" });
  });

  it("grades by the profile's bands", async () => {
    const low = await validateDept(seed004With({ ...NO_NOTES, scores: { "社会效益、经济效益、生态效益及可持续影响等": 10 }, total: 82.95, grade: "良" }));
    expect(low.report.findings).toEqual([]);
    expect(low.form!.score).toMatchObject({ computed: 82.95, grade: "良" });
  });

  it("writes computed scores, the total and the grade into empty cells only", async () => {
    const d = seed004With({ ...NO_NOTES, scores: { 编外人员控制率: null, 公用经费控制率: null, 预算执行率: null }, total: null, grade: null });
    const result = await validateDept(d);
    const plan = planWrites(result.snapshot, result);
    expect(plan.values.filter((v) => v.sheet === EVAL_SHEET)).toEqual([
      { sheet: EVAL_SHEET, cell: "G17", value: 0, numberFormat: "0.00" },
      { sheet: EVAL_SHEET, cell: "G19", value: 6, numberFormat: "0.00" },
      { sheet: EVAL_SHEET, cell: "G26", value: 91.95, numberFormat: "0.00" },
      { sheet: EVAL_SHEET, cell: "G27", value: "优" },
    ]);
    // The judged 预算执行率 left empty is a missing value, not a zero the engine invents.
    expect(where(result.report.findings)).toEqual([`MISSING_VALUE@${EVAL_SHEET}!G20`]);
  });
});

describe("profiles", () => {
  it("without a department rubric (central) every item counts as entered", async () => {
    const { report, form } = await validateDept(seed004With(), { profile: BUILTIN_PROFILES.central });
    expect(report.profile).toBe("central");
    expect(form!.score).toMatchObject({ computed: 97.95, grade: "优" });
    expect(Object.values(itemsByLabel(form)).every((i) => i.basis === "judged")).toBe(true);
    expect(report.findings).toEqual([]);
    expect(counted(form)["政府采购执行情况"]).toBe(1.95);
  });
});

describe("recognition", () => {
  it("does not take a self-evaluation indicator table for the department table", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]);
    ws.addRow(["部门决策", "数量指标", "活动场次", "≥5场", "5场", 10, 10]);
    ws.addRow(["部门决策", "质量指标", "合格率", "100%", "100%", 10, 10]);
    ws.addRow(["部门决策", "时效指标", "及时性", "及时", "及时", 10, 10]);
    const { report } = validateWorkbook(await snapshotOf(wb, "x.xlsx"));
    expect(report.forms.filter((f) => f.kind === "department-evaluation")).toEqual([]);
  });

  it("reads a data block on the table's own sheet and a one-row header without 指标说明 / 评分标准", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("评分");
    // Header words typed with spaces and line breaks, as templates often have them.
    ws.addRow(["一级指标", "二级指标", "三 级\n指 标", "分　值", "得分", "", "数据项", "数值"]);
    ws.addRow(["部门管理（20分）", "资产管理", "固定资产利用率", 1, 1, "", "固定资产总额（元）", 100]);
    ws.addRow(["部门管理（20分）", "人员管理", "财政供养人员控制率", 1, 1, "", "在用固定资产（元）", 50]);
    ws.addRow(["部门管理（20分）", "人员管理", "编外人员控制率", 1, 1, "", "编外人员数", "2人"]);
    ws.addRow(["综合评分", "", "", "", 3, "", "在编人数", "18人"]);
    ws.addRow(["", "", "", "", "", "", "核定编制数", "20"]);
    const { report } = validateWorkbook(await snapshotOf(wb, "x.xlsx"));
    const form = report.forms.find((f) => f.kind === "department-evaluation");
    expect(form?.range).toBe("A1:E5");
    // 50% in use → 0; 18 of 20 → 1; 2 / (18 + 2) = 10% → 0.5.
    expect(counted(form)).toEqual({ 固定资产利用率: 0, 财政供养人员控制率: 1, 编外人员控制率: 0.5 });
    // The 一级 printed as 20 holds 3 points here: the group is flagged, not the total against 100.
    expect(where(report.findings)).toEqual(["WEIGHT_SUM_MISMATCH@评分!A2", "SCORE_MISMATCH@评分!E2", "SCORE_MISMATCH@评分!E4", "SCORE_MISMATCH@评分!E5"]);
  });
});
