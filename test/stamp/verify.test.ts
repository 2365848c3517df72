import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { STAMP_SHEET } from "../../src/engine/stamp";
import { saveWorkbook } from "../../src/hosts/file/workbook-io";
import { cli, expectOneLineReason } from "../cli/run";

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "budget-check-stamp-"));
const input = path.join(dir, "seed002.xlsx");
const copy = path.join(dir, "out", "seed002.checked.xlsx");

beforeAll(async () => {
  writeFileSync(input, readFileSync(path.join(ROOT, "examples", "seed002-self-evaluation.xlsx")));
  expect((await cli(["validate", input, "--out", path.join(dir, "out")])).code).toBe(0);
}, 60_000);

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copy);
  change(wb);
  const out = path.join(dir, file);
  writeFileSync(out, await saveWorkbook(wb));
  return out;
}

test("an untouched checked copy verifies: when, rules, scores, counts, cells read", async () => {
  const run = await cli(["verify", copy]);
  expect(run.code).toBe(0);
  const [head, verdict] = run.stdout.trimEnd().split("\n");
  expect(head).toMatch(/^seed002\.checked\.xlsx：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC 按评分规则 shenzhen（版本 [0-9a-z]+）校验，3 张表（99\.96 \/ 83\.32 \/ 100\.00）；0 个错误，4 个警告，\d+ 个提示；读取了 \d+ 个单元格$/);
  expect(verdict).toBe("未改动：校验时读取的每个单元格都与印记一致");
  const json = JSON.parse((await cli(["verify", copy, "--json"])).stdout);
  expect(json).toMatchObject({ unchanged: true, stampIntact: true, changes: [], stamp: { profile: { id: "shenzhen" }, summary: { errors: 0, warnings: 4 } } });
  expect(json.stamp.forms.map((f: { computed: number }) => f.computed)).toEqual([99.96, 83.32, 100]);
  expect(json.stamp.digest).toMatch(/^[0-9a-f]{64}$/);
});

test("one cell changed after checking is reported by its address", async () => {
  const edited = await edit("edited.xlsx", (wb) => (wb.getWorksheet("自评表2")!.getCell("F12").value = "4"));
  const run = await cli(["verify", edited]);
  expect(run.code).toBe(1);
  expect(run.stdout.trimEnd().split("\n").slice(1)).toEqual(["已改动：1 个单元格与校验时不同", "  自评表2!F12 改动"]);
  const json = JSON.parse((await cli(["verify", edited, "--json"])).stdout);
  expect(json.changes).toEqual([{ sheet: "自评表2", cell: "F12", change: "changed" }]);
});

test("a cell filled or cleared is reported too", async () => {
  const edited = await edit("filled.xlsx", (wb) => {
    wb.getWorksheet("自评表1")!.getCell("I60").value = "补充说明";
    wb.getWorksheet("自评表3")!.getCell("H12").value = null;
  });
  const json = JSON.parse((await cli(["verify", edited, "--json", "--lang", "en"])).stdout);
  expect(json.changes).toEqual([
    { sheet: "自评表1", cell: "I60", change: "added" },
    { sheet: "自评表3", cell: "H12", change: "removed" },
  ]);
});

test("a stamp whose scores were edited is not trusted", async () => {
  const edited = await edit("forged.xlsx", (wb) => {
    const ws = wb.getWorksheet(STAMP_SHEET)!;
    ws.getCell("A2").value = String(ws.getCell("A2").value).replace('"errors":0', '"errors":0 ').replace("99.96", "100");
  });
  const run = await cli(["verify", edited]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("印记本身被改动过");
});

test("a workbook without a stamp: exit 2 with a one-line reason", async () => {
  const run = await cli(["verify", input]);
  expect(run.code).toBe(2);
  expectOneLineReason(run.stderr);
  expect(run.stderr).toBe("seed002.xlsx 没有校验印记（不是 budget-check 写出的校验副本，或印记被删除）\n");
});
