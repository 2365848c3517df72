import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites } from "../../../src/engine/write-plan";
import { applyWritePlan } from "../../../src/hosts/excel/apply-plan";
import { readSnapshot } from "../../../src/hosts/excel/read-snapshot";
import { FakeExcel, getCell, newSheet, newWorkbook, putCell } from "./fake-excel";

/** The whole Excel-mode round: read, check, plan, write — as the pane runs it. */
async function checkAndWrite(excel: FakeExcel): Promise<void> {
  const snapshot = await readSnapshot(excel.env());
  const result = validateWorkbook(snapshot);
  await applyWritePlan(excel.env(), planWrites(snapshot, result));
}

describe("Excel host: a user's own sheet named 校验结果", () => {
  it("is never deleted; budget-check's sheet is 校验结果(2), and only that one is replaced on the next run", async () => {
    const own = newSheet("校验结果");
    putCell(own, "A1", { value: "处室复核意见" });
    putCell(own, "B2", { value: "已核对，无误" });
    const data = newSheet("自评表");
    putCell(data, "A1", { value: "项目名称" });
    const excel = new FakeExcel(newWorkbook("own.xlsx", [data, own]));

    await checkAndWrite(excel);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["自评表", "校验结果", "校验结果(2)"]);
    expect(getCell(excel.sheet("校验结果"), "B2")?.value).toBe("已核对，无误");
    expect(getCell(excel.sheet("校验结果(2)"), "A1")?.value).toBe("budget-check 校验结果");

    await checkAndWrite(excel);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["自评表", "校验结果", "校验结果(2)"]);
    expect(getCell(excel.sheet("校验结果"), "A1")?.value).toBe("处室复核意见");
  });
});
