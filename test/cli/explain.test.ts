import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bytesOf } from "../hosts/file/workbooks";
import { cli, expectOneLineReason } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "budget-check-explain-"));

/** A self-evaluation whose template dropped the 分值 column: the recogniser cannot score it. */
async function withoutWeightColumn(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.addRow(["项目支出绩效自评表"]);
  ws.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"]);
  ws.addRow(["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50]);
  wb.addWorksheet("说明").addRow(["填表说明：请按实际填写"]);
  const p = path.join(dir, "no-weight.xlsx");
  writeFileSync(p, await bytesOf(wb));
  return p;
}

test("validate: a workbook whose only form is not recognised exits 2 and says what was found and what is missing", async () => {
  const p = await withoutWeightColumn();
  const run = await cli(["validate", p]);
  expect(run.code).toBe(2);
  expectOneLineReason(run.stderr);
  expect(run.stderr).toBe(
    "no-weight.xlsx 中没有识别到 budget-check 支持的表（如项目支出绩效自评表）；自评表!A2 这里像一张项目支出绩效自评表，但未能识别，未作校验：找到 一级指标、二级指标、三级指标、年度指标值、实际完成值、得分，缺少 分值\n",
  );
});

test("explain: per sheet, the forms recognised, the header rows not recognised and a verdict", async () => {
  const p = await withoutWeightColumn();
  const zh = await cli(["explain", p]);
  expect(zh.code).toBe(0);
  expect(zh.stdout).toBe(
    [
      "no-weight.xlsx",
      "工作表「自评表」",
      "  ✗ 第 2 行（A2）像一张项目支出绩效自评表，但未能识别：找到 一级指标、二级指标、三级指标、年度指标值、实际完成值、得分；缺少 分值",
      "工作表「说明」",
      "  · 没有找到任何表的表头词",
      "结论：没有识别到任何表。请对照上面列出的缺少的列检查表头文字，或在评分规则中补充本地表式的用词（见 README「增加一种表式」）",
      "",
    ].join("\n"),
  );
  const en = await cli(["explain", p, "--lang", "en"]);
  expect(en.stdout).toContain("row 2 (A2) looks like a project self-evaluation but was not recognised: found 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 得分; missing 分值");
});

test("explain: a header with nothing filled in under it is said to be blank, with what to do", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.addRow(["项目支出绩效自评表"]);
  ws.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]);
  ws.addRow([]);
  ws.addRow(["总分", null, null, null, null, 100, null]);
  const p = path.join(dir, "blank.xlsx");
  writeFileSync(p, await bytesOf(wb));
  const zh = await cli(["explain", p]);
  expect(zh.stdout.split("\n").slice(2, 4)).toEqual([
    "  ✗ 第 2 行（A2）像一张项目支出绩效自评表的表头（找到 一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分），但表头下还没有填写任何指标",
    "结论：没有识别到任何表。表头已找到：填写指标行后再校验",
  ]);
  const en = await cli(["explain", p, "--lang", "en"]);
  expect(en.stdout).toContain("Verdict: no form recognised. The header was found: fill in the indicator rows, then check again");
});

test("explain: a recognised example names its forms and ranges", async () => {
  const run = await cli(["explain", path.join(__dirname, "../../examples/seed002-self-evaluation.xlsx")]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("工作表「自评表1」\n  ✓ 识别为项目支出绩效自评表 A1:I50「科技创新与交流」");
  expect(run.stdout).toContain("结论：识别到 3 张表；0 处表头未能识别");
});

test("explain: an unreadable file exits 2 with the reader's one-line reason", async () => {
  const p = path.join(dir, "bad.xlsx");
  writeFileSync(p, "not a workbook");
  const run = await cli(["explain", p]);
  expect(run.code).toBe(2);
  expectOneLineReason(run.stderr);
});
