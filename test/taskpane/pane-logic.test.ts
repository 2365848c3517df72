import type { Finding } from "../../src/engine/findings/finding";
import type { FormReport } from "../../src/engine/report";
import { ExcelHostError } from "../../src/hosts/excel/errors";
import { describeError } from "../../src/taskpane/describe-error";
import { groupByRule, groupFindings, stepIndex } from "../../src/taskpane/group-findings";
import { PANE_STRINGS, createPaneI18n, langFrom } from "../../src/taskpane/i18n";
import { checkedCopyName } from "../../src/taskpane/pane-host";

const form = (sheet: string, range: string, title: string): FormReport => ({ kind: "self-evaluation", sheet, range, title, notes: [] });
const finding = (sheet: string, cell: string, severity: Finding["severity"]): Finding => ({ code: "SCORE_MISMATCH", severity, sheet, cell, related: [], message: "m" });

describe("pane logic", () => {
  const forms = [form("自评表1", "A1:I50", "科技创新与交流"), form("自评表1", "A60:I90", "第二张")];
  const findings = [finding("自评表1", "H9", "error"), finding("自评表1", "H70", "info"), finding("自评表1", "K3", "warning"), finding("自评表2", "C5:C9", "error")];

  it("groups findings by sheet and by the form that holds the cell; the rest under no form", () => {
    const groups = groupFindings(findings, forms, "all");
    expect(groups.map((g) => [g.sheet, g.form?.title ?? null, g.findings.map((f) => f.cell)])).toEqual([
      ["自评表1", "科技创新与交流", ["H9"]],
      ["自评表1", "第二张", ["H70"]],
      ["自评表1", null, ["K3"]],
      ["自评表2", null, ["C5:C9"]],
    ]);
    expect(groupFindings(findings, forms, "error").flatMap((g) => g.findings.map((f) => f.cell))).toEqual(["H9", "C5:C9"]);
  });

  it("groups findings by rule, errors first, then the larger group; filters by severity and by rule", () => {
    const f = (code: Finding["code"], severity: Finding["severity"], cell: string): Finding => ({ code, severity, sheet: "S", cell, related: [], message: "m" });
    const list = [f("OVERACHIEVEMENT", "info", "A1"), f("UNPAIRED_INDICATOR", "warning", "A2"), f("SUM_MISMATCH", "error", "A3"), f("TARGET_NOT_MEASURABLE", "warning", "A4"), f("TARGET_NOT_MEASURABLE", "warning", "A5")];
    expect(groupByRule(list, "all").map((g) => [g.code, g.findings.map((x) => x.cell)])).toEqual([
      ["SUM_MISMATCH", ["A3"]],
      ["TARGET_NOT_MEASURABLE", ["A4", "A5"]],
      ["UNPAIRED_INDICATOR", ["A2"]],
      ["OVERACHIEVEMENT", ["A1"]],
    ]);
    expect(groupByRule(list, "warning", "UNPAIRED_INDICATOR").map((g) => g.code)).toEqual(["UNPAIRED_INDICATOR"]);
  });

  it("steps to the next and previous finding, wrapping, from none to the first or the last", () => {
    expect([stepIndex(null, 5, 1), stepIndex(null, 5, -1), stepIndex(4, 5, 1), stepIndex(0, 5, -1), stepIndex(2, 5, 1), stepIndex(null, 0, 1)]).toEqual([0, 4, 0, 4, 3, null]);
  });

  it("follows Office's display language: Chinese unless it is English", () => {
    expect([langFrom("zh-CN"), langFrom("zh-TW"), langFrom("en-US"), langFrom("fr-FR"), langFrom(undefined)]).toEqual(["zh", "zh", "en", "zh", "zh"]);
  });

  it("has every pane string in both languages", () => {
    expect(Object.keys(PANE_STRINGS.en).sort()).toEqual(Object.keys(PANE_STRINGS.zh).sort());
  });

  it("localises host errors for the user, never a bare code", () => {
    const zh = createPaneI18n("zh").t;
    const en = createPaneI18n("en").t;
    const e = new ExcelHostError("protected-sheet", { sheet: "自评表1" });
    expect(describeError(e, zh, "zh")).toBe("工作表「自评表1」受保护，未写入任何内容。请先撤消工作表保护（审阅 → 撤消工作表保护）再试。");
    expect(describeError(e, en, "en")).toContain("“自评表1” is protected; nothing was written");
    const fileError = Object.assign(new Error("x"), { localized: (l: string) => (l === "zh" ? "文件已损坏" : "damaged") });
    expect(describeError(fileError, zh, "zh")).toBe("文件已损坏");
    expect(describeError(new Error("boom"), zh, "zh")).toBe("发生意外错误：boom");
  });

  it("names the checked copy as the CLI does", () => {
    expect(checkedCopyName("项目自评.XLSX")).toBe("项目自评.checked.xlsx");
  });
});
