import { z } from "zod";
import type { Finding } from "./findings/finding";
import { CATALOG } from "./findings/catalog";
import { formKindLabel, type Lang } from "./i18n";
import { parseCell } from "./address";
import { SheetGrid } from "./sheet-grid";
import type { WorkbookSnapshot } from "./snapshot";
import type { ValidationResult } from "./validate";
import type { FormReport } from "./report";
import { shownValues } from "./finding-values";
import { RESULTS_SHEET_TITLES, ownResultsSheets, resultsSheetName } from "./results-sheet";
import { fillTemplate } from "./text/fill";

/**
 * What a host must change in the workbook, as data. Planning is pure; applying is each host's only job.
 * Fills are grouped by sheet and colour so a host can colour many cells in one call.
 */
export const WritePlanSchema = z.object({
  values: z.array(
    z.object({
      sheet: z.string(),
      cell: z.string(),
      value: z.union([z.number(), z.string()]),
      numberFormat: z.string().optional(),
      /** Set only when the user asked to overwrite: the text the cell held. A writer replaces the cell only if it still holds it. */
      replaces: z.string().optional(),
    }),
  ),
  fills: z.array(z.object({ sheet: z.string(), color: z.string().regex(/^#[0-9A-F]{6}$/), cells: z.array(z.string()) })),
  notes: z.array(z.object({ sheet: z.string(), cell: z.string(), text: z.string() })),
  results: z.object({
    sheetName: z.string(),
    /**
     * budget-check's own results sheets from earlier runs (told apart by their mark, results-sheet.ts): the only
     * sheets a host may delete. A user's sheet named 校验结果 is never listed; this run's sheet then takes 校验结果(n).
     */
    replaces: z.array(z.string()).optional(),
    rows: z.array(
      z.object({
        values: z.array(z.union([z.string(), z.number()])),
        style: z.enum(["title", "header", "error", "warning", "info", "plain"]).default("plain"),
        /** The cell this row points at; hosts make the row's 单元格 column a hyperlink to it. */
        link: z.object({ sheet: z.string(), cell: z.string(), column: z.number().int() }).optional(),
      }),
    ),
    columnWidths: z.array(z.number()),
  }),
});
export type WritePlan = z.infer<typeof WritePlanSchema>;

/** Fill colours by severity (Excel's own "bad / neutral" palette) and for cells budget-check computed. */
export const FILL_COLORS = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  computed: "#E2EFDA",
} as const;

const RANK = { error: 3, warning: 2, info: 1 } as const;

const UI: Record<Lang, Record<string, string>> = {
  zh: {
    title: RESULTS_SHEET_TITLES.zh,
    file: "文件",
    profile: "评分规则",
    summary: "错误 {{errors}} 项，警告 {{warnings}} 项，提示 {{info}} 项",
    forms: "识别到的表",
    form: "表",
    sheet: "工作表",
    range: "区域",
    score: "计算得分",
    entered: "填写得分",
    grade: "等级",
    findings: "发现的问题",
    no: "序号",
    severity: "严重程度",
    code: "代码",
    cell: "单元格",
    message: "说明",
    expected: "应为",
    actual: "表中为",
    none: "未发现问题",
    error: "错误",
    warning: "警告",
    info: "提示",
    assumed: "引擎的推断与假设",
    judged: "{{count}} 项为评审判断，规则无法计算，采用表中填写的得分：{{items}}",
    computed: "budget-check 计算值：{{value}}",
    replaced: "原值：{{value}}",
    reviewed: "已审核的问题（忽略 / 已核实，不计入错误）",
    status: "状态",
    reason: "理由",
    at: "时间",
    ignored: "已忽略",
    verified: "已核实",
  },
  en: {
    title: RESULTS_SHEET_TITLES.en,
    file: "File",
    profile: "Scoring rules",
    summary: "{{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}, {{info}} {{info|note|notes}}",
    forms: "Forms found",
    form: "Form",
    sheet: "Sheet",
    range: "Range",
    score: "Computed score",
    entered: "Entered score",
    grade: "Grade",
    findings: "Findings",
    no: "No.",
    severity: "Severity",
    code: "Code",
    cell: "Cell",
    message: "Message",
    expected: "Expected",
    actual: "Actual",
    none: "No findings",
    error: "Error",
    warning: "Warning",
    info: "Note",
    assumed: "What the engine assumed",
    judged: "{{count}} {{count|item is|items are}} a reviewer's judgement the rules cannot compute; the entered score is used: {{items}}",
    computed: "Computed by budget-check: {{value}}",
    replaced: "Previous value: {{value}}",
    reviewed: "Reviewed findings (ignored / verified; not counted)",
    status: "Status",
    reason: "Reason",
    at: "When",
    ignored: "Ignored",
    verified: "Verified",
  },
};


/** Scores as the forms print them, 2 decimals ("100.00"), so the results sheet reads like the form. */
function score2(x: number | null | undefined): string {
  return x === null || x === undefined ? "" : x.toFixed(2);
}

/**
 * What the engine assumed about a form rather than read or computed: the recogniser's notes (二级 inferred from the
 * names, hierarchy read from the indentation) and the items judged, not computed. The pane and the results sheet
 * show the same lines.
 */
export function formAssumptions(form: FormReport, lang: Lang): string[] {
  const judged = (form.score?.items ?? []).filter((i) => i.basis === "judged");
  const sep = lang === "zh" ? "、" : ", ";
  return [...form.notes, ...(judged.length ? [fillTemplate(UI[lang].judged, { count: judged.length, items: judged.map((i) => i.label).join(sep) })] : [])];
}

/** Note text of a flagged cell: every finding on it, with what was expected. */
function noteText(findings: Finding[], lang: Lang): string {
  const ui = UI[lang];
  return findings
    .map((f) => {
      // 应为 only where it corrects the cell (finding-values.ts: the pane, the results sheet and the CLI say the same).
      const shown = shownValues(f);
      const exp = shown ? `\n${ui.expected}: ${shown.expected}` : "";
      return `[${ui[f.severity]}] ${f.code}\n${f.message}${exp}`;
    })
    .join("\n\n");
}

export interface PlanOptions {
  lang?: Lang;
  /**
   * Write computed values over cells the user filled with a different value. Off by default: a filled cell is
   * flagged, never overwritten, unless the user asks; then the old value is kept in the cell's note.
   */
  overwrite?: boolean;
}

/** A finding about what was not read: its place may not exist in the workbook, so no cell is marked or linked. */
function notRead(f: Finding): boolean {
  return CATALOG[f.code].tags.includes("#read");
}

/** Plan the checked copy: computed values into empty cells, fills and notes on flagged cells, the results sheet. */
export function planWrites(
  snapshot: WorkbookSnapshot,
  result: Pick<ValidationResult, "report" | "outputs"> & Partial<Pick<ValidationResult, "profile">>,
  options: PlanOptions = {},
): WritePlan {
  const lang = options.lang ?? "zh";
  const ui = UI[lang];
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new SheetGrid(s)]));
  const { report, outputs } = result;

  // Data safety: a computed value goes only into a cell that is empty; a filled cell is compared, never overwritten.
  const values: WritePlan["values"] = [];
  const computedCells: { sheet: string; cell: string; value: number | string }[] = [];
  const replaced = new Map<string, string>();
  for (const o of outputs) {
    const g = grids.get(o.sheet);
    if (!g) continue;
    const { row, col } = parseCell(o.cell);
    if (!g.isEmptyCell(row, col)) {
      const old = g.raw(row, col);
      const same = typeof old === "number" && typeof o.value === "number" ? Math.abs(old - o.value) < 0.005 : String(old).trim() === String(o.value);
      // A formula that gives another value is a finding to fix, not a value to paste over.
      if (!options.overwrite || same || !g.isAnchor(row, col) || g.formula(row, col) !== null) continue;
      replaced.set(`${o.sheet}\u0000${o.cell}`, g.text(row, col));
    }
    const replaces = replaced.get(`${o.sheet}\u0000${o.cell}`);
    values.push({
      sheet: o.sheet,
      cell: o.cell,
      value: o.value,
      ...(o.numberFormat ? { numberFormat: o.numberFormat } : {}),
      ...(replaces !== undefined ? { replaces } : {}),
    });
    computedCells.push(o);
  }

  // One fill per cell: the most severe finding on it decides the colour.
  const byCell = new Map<string, Finding[]>();
  for (const f of report.findings) {
    // What was not read (a cell past the grid, a merged area over the whole sheet) is listed, not marked.
    if (notRead(f)) continue;
    // A finding that names other cells showing the same (`also`) marks them as well.
    for (const cell of [f.cell, ...(f.also ?? [])]) {
      const key = `${f.sheet}\u0000${cell}`;
      byCell.set(key, [...(byCell.get(key) ?? []), f]);
    }
  }
  const groups = new Map<string, { sheet: string; color: string; cells: string[] }>();
  const addFill = (sheet: string, color: string, cell: string) => {
    const k = `${sheet}\u0000${color}`;
    if (!groups.has(k)) groups.set(k, { sheet, color, cells: [] });
    groups.get(k)!.cells.push(cell);
  };
  const notes: WritePlan["notes"] = [];
  const oldValueLine = (key: string) => (replaced.has(key) ? `\n${fillTemplate(ui.replaced, { value: replaced.get(key)! })}` : "");
  for (const [key, fs] of byCell) {
    const [sheet, cell] = key.split("\u0000");
    const worst = fs.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    addFill(sheet, FILL_COLORS[worst.severity], cell);
    notes.push({ sheet, cell, text: noteText(fs, lang) + oldValueLine(key) });
  }
  for (const c of computedCells) {
    const key = `${c.sheet}\u0000${c.cell}`;
    if (byCell.has(key)) continue;
    addFill(c.sheet, FILL_COLORS.computed, c.cell);
    notes.push({ sheet: c.sheet, cell: c.cell, text: fillTemplate(ui.computed, { value: c.value }) + oldValueLine(key) });
  }

  const rows: WritePlan["results"]["rows"] = [];
  rows.push({ values: [ui.title], style: "title" });
  rows.push({ values: [ui.file, report.file], style: "plain" });
  rows.push({ values: [ui.profile, result.profile ? `${result.profile.name[lang]}（${report.profile}）` : report.profile], style: "plain" });
  rows.push({ values: [fillTemplate(ui.summary, report.summary)], style: "plain" });
  rows.push({ values: [], style: "plain" });
  rows.push({ values: [ui.forms], style: "title" });
  rows.push({ values: [ui.no, ui.form, ui.sheet, ui.range, ui.score, ui.entered, ui.grade], style: "header" });
  report.forms.forEach((f, i) => {
    rows.push({
      values: [i + 1, f.title || formKindLabel(lang, f), f.sheet, f.range, score2(f.score?.computed), score2(f.score?.entered), f.score?.grade ?? ""],
      style: "plain",
      link: { sheet: f.sheet, cell: f.range.split(":")[0], column: 3 },
    });
  });
  // What the engine assumed (judged items, inferred categories) is for the reviewer to see, as in the pane and the CLI.
  const assumed = report.forms.map((f, i) => ({ f, i, lines: formAssumptions(f, lang) })).filter((a) => a.lines.length);
  if (assumed.length) {
    rows.push({ values: [], style: "plain" });
    rows.push({ values: [ui.assumed], style: "title" });
    rows.push({ values: [ui.no, ui.form, ui.sheet, ui.range, "", ui.message], style: "header" });
    for (const { f, i, lines } of assumed) {
      for (const line of lines) {
        rows.push({ values: [i + 1, f.title || formKindLabel(lang, f), f.sheet, f.range, "", line], style: "plain", link: { sheet: f.sheet, cell: f.range.split(":")[0], column: 3 } });
      }
    }
  }
  // What a reviewer ignored or verified (the workbook's review sheet): listed as reviewed, never counted or marked.
  // Before the findings: the findings table stays the last one (the checked copy's filter is on it).
  if (report.reviewed?.length) {
    rows.push({ values: [], style: "plain" });
    rows.push({ values: [ui.reviewed], style: "title" });
    rows.push({ values: [ui.no, ui.status, ui.code, ui.sheet, ui.cell, ui.message, ui.reason, ui.at], style: "header" });
    report.reviewed.forEach((f, i) => {
      rows.push({
        values: [i + 1, ui[f.review.status], f.code, f.sheet, f.cell, f.message, f.review.reason, f.review.at.slice(0, 10)],
        style: "plain",
        link: { sheet: f.sheet, cell: f.cell, column: 4 },
      });
    });
  }

  rows.push({ values: [], style: "plain" });
  rows.push({ values: [ui.findings], style: "title" });
  rows.push({ values: [ui.no, ui.severity, ui.code, ui.sheet, ui.cell, ui.message, ui.expected, ui.actual], style: "header" });
  if (report.findings.length === 0) rows.push({ values: [ui.none], style: "plain" });
  report.findings.forEach((f, i) => {
    const shown = shownValues(f);
    rows.push({
      values: [i + 1, ui[f.severity], f.code, f.sheet, f.cell, f.message, shown?.expected ?? "", shown?.actual ?? ""],
      style: f.severity,
      ...(notRead(f) ? {} : { link: { sheet: f.sheet, cell: f.cell, column: 4 } }),
    });
  });

  // One name in every language (scripts of reviewers look for it), unless a user's own sheet holds it.
  const resultsName = resultsSheetName(snapshot);
  return {
    values,
    fills: [...groups.values()],
    notes,
    results: { sheetName: resultsName, replaces: ownResultsSheets(snapshot), rows, columnWidths: [6, 28, 26, 16, 12, 70, 14, 14] },
  };
}
