import { readWorkbook } from "../../../src/hosts/file";
import { validateWorkbook } from "../../../src/engine/validate";
import { example } from "../../../scripts/examples/seed004";
import { DATA_SHEET, EVAL_SHEET, counted, itemsByLabel, seed004With, validateDept, where } from "./helpers";

/** The 分数 seed 004 publishes for each 三级 item (its 评分表), total 97.95, 优. */
const PUBLISHED: Record<string, number> = {
  预算编制合理性: 5,
  预算编制规范性: 5,
  绩效目标完整性: 3,
  绩效指标明确性: 7,
  政府采购执行情况: 1.95,
  财务合规性: 3,
  预决算信息公开: 3,
  项目实施程序: 2,
  项目监管: 2,
  资产管理安全性: 2,
  固定资产利用率: 1,
  财政供养人员控制率: 1,
  编外人员控制率: 0,
  管理制度健全性: 2,
  公用经费控制率: 6,
  预算执行率: 6,
  重点工作完成情况: 8,
  项目完成及时性: 6,
  "社会效益、经济效益、生态效益及可持续影响等": 25,
  群众信访办理情况: 3,
  公众或服务对象满意度: 6,
};
const COMPUTED = ["政府采购执行情况", "固定资产利用率", "财政供养人员控制率", "编外人员控制率", "公用经费控制率", "项目完成及时性", "公众或服务对象满意度"];

describe("seed 004 部门整体支出绩效评分表 under the Shenzhen profile", () => {
  it("reproduces 97.95 and 优 from the saved workbook, every item as published", async () => {
    const wb = await example.build();
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { report } = validateWorkbook(await readWorkbook(bytes, example.file));
    expect(report.profile).toBe("shenzhen");
    const forms = report.forms.filter((f) => f.kind === "department-evaluation");
    expect(forms).toHaveLength(1);
    const form = forms[0];
    expect(form.sheet).toBe(EVAL_SHEET);
    expect(form.range).toBe("A1:G27");
    expect(form.score).toMatchObject({ computed: 97.95, entered: 97.95, grade: "优", enteredGrade: "优" });
    expect(counted(form)).toEqual(PUBLISHED);
  });

  it("computes the formula items from the 基础数据 and marks the others judged", async () => {
    const { form } = await validateDept(seed004With());
    const items = itemsByLabel(form);
    for (const label of Object.keys(PUBLISHED)) {
      expect([label, items[label].basis]).toEqual([label, COMPUTED.includes(label) ? "computed" : "judged"]);
    }
    expect(items["政府采购执行情况"]).toMatchObject({ cell: "G9", weight: 2, computed: 1.95, entered: 1.95 });
    expect(items["编外人员控制率"]).toMatchObject({ cell: "G17", computed: 0 });
    expect(items["固定资产利用率"]).toMatchObject({ cell: "G15", computed: 1 });
    expect(items["公用经费控制率"]).toMatchObject({ cell: "G19", computed: 6 });
    // No quarterly progress in the data: 预算执行率 counts at its entered 6 and the report says why.
    expect(items["预算执行率"]).toMatchObject({ cell: "G20", computed: null, entered: 6, basis: "judged" });
    expect(form!.notes.join("\n")).toContain("「预算执行率」缺少基础数据 一季度支出进度、二季度支出进度、三季度支出进度、四季度支出进度");
  });

  it("finds the stated 编外人员控制率 15.00% that its own figures put at 13.04%, and nothing else but the 78.67% rounding slip", async () => {
    const { report } = await validateDept(seed004With());
    expect(where(report.findings)).toEqual([`CROSS_TABLE_MISMATCH@${DATA_SHEET}!A21`, `CROSS_TABLE_MISMATCH@${DATA_SHEET}!A22`]);
    const [staff, costs] = report.findings;
    expect(staff).toMatchObject({ severity: "error", expected: 13.04, actual: 15, related: ["B7", "B6"] });
    expect(staff.message).toBe("文中写「编外人员控制率」为 15.00%，按基础数据计算应为 13.04%（编外人员数 / (在编人数 + 编外人员数) = 3 / (20 + 3)）");
    // 313,869.54 / 399,015.91 = 78.6609%: the report's 78.67% is one hundredth off.
    expect(costs).toMatchObject({ expected: 78.66, actual: 78.67, related: ["B13", "B12"] });
    expect(costs.message).toContain("「公用经费控制率」为 78.67%");
  });

  it("gives the same results in English", async () => {
    const { report, form } = await validateDept(seed004With(), { lang: "en" });
    expect(form!.score!.computed).toBe(97.95);
    expect(report.findings[0].message).toBe(
      "The text states “编外人员控制率” as 15.00%, but the data items give 13.04% (编外人员数 / (在编人数 + 编外人员数) = 3 / (20 + 3))",
    );
  });
});
