import { parseCell, parseRange, contains } from "../address";
import { CATALOG, type FindingCode } from "../findings/catalog";
import type { Lang } from "../i18n";
import type { Report } from "../report";
import type { WorkbookSnapshot } from "../snapshot";
import { normalizeHeader } from "../text/normalize";

/**
 * The roll-up of many checked workbooks (validate --summary) as pure data: a row per form, finding counts per rule
 * and per unit, the files that could not be checked, the score distribution. Hosts write it (ExcelJS summary
 * workbook) and the CLI renders it as an HTML report; neither computes anything of its own.
 */

/** Labels whose value names the unit that filled a form, most specific first. */
const UNIT_LABELS = ["实施单位", "项目单位", "单位名称", "部门(单位)名称", "预算单位", "填报单位", "部门名称", "主管部门", "主管单位"];
const INLINE_UNIT = new RegExp(`(?:${UNIT_LABELS.map((l) => l.replace(/[()]/g, "\\$&")).join("|")})[:：]\\s*([^\\s　:：]+)`);

/** What an organisation's name ends with: a header word beside a 单位名称 column head is not a unit. */
const ORGANISATION = /(中心|局|委员会|协会|办公室|院|所|站|馆|队|部|厅|委|会|处|学校|校|医院|公司|政府|街道|镇|乡|村|单位|机关|集团|社|室|园|台|场)([(（]本级[)）])?$/;

function cellText(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/**
 * The unit a form belongs to: the value beside its 实施单位 / 单位名称 / 主管部门 label (or "实施单位：…" in one cell),
 * searched in the form's range and a few rows above it; "" when the form names none.
 */
export function unitOfForm(snapshot: WorkbookSnapshot, sheetName: string, range: string): string {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return "";
  const r = parseRange(range);
  const top = Math.max(sheet.origin.row, r.top - 4);
  let best: { rank: number; value: string } | null = null;
  for (let row = top; row <= r.bottom; row++) {
    const line = sheet.values[row - sheet.origin.row];
    if (!line) continue;
    for (let j = 0; j < line.length; j++) {
      const text = cellText(line[j]);
      if (!text) continue;
      const label = normalizeHeader(text).replace(/[:：]+$/, "");
      let rank = UNIT_LABELS.indexOf(label);
      let value = "";
      if (rank >= 0) {
        for (let k = j + 1; k < line.length && !value; k++) {
          const v = cellText(line[k]);
          if (v && ORGANISATION.test(v) && !UNIT_LABELS.includes(normalizeHeader(v).replace(/[:：]+$/, ""))) value = v;
        }
      } else {
        const m = INLINE_UNIT.exec(text);
        if (m && ORGANISATION.test(m[1])) {
          rank = UNIT_LABELS.findIndex((l) => text.includes(l));
          value = m[1];
        }
      }
      if (value && (!best || rank < best.rank)) best = { rank, value };
    }
  }
  return best?.value ?? "";
}

export interface SummaryFormRow {
  file: string;
  unit: string;
  /** The form's title (项目名称 for project forms). */
  project: string;
  kind: Report["forms"][number]["kind"];
  sheet: string;
  range: string;
  computed: number | null;
  entered: number | null;
  grade: string | null;
  errors: number;
  warnings: number;
  info: number;
  /** The checked copy, relative to the summary workbook; null when no copy was written. */
  checkedCopy: string | null;
}

export interface UnreadableFile {
  file: string;
  reason: string;
  message: string;
}

/** One checked file as the roll-up needs it (what a worker sends back). */
export interface FileSummary {
  file: string;
  forms: (Omit<SummaryFormRow, "file" | "checkedCopy" | "errors" | "warnings" | "info">)[];
  /** Each finding: its code, severity and the index of the form it lies in (-1: outside every form). */
  findings: [FindingCode, "error" | "warning" | "info", number][];
  checkedCopy: string | null;
}

/** Per form, its unit; per finding, the form it lies in. Pure: the worker calls it on the snapshot it checked. */
export function summariseFile(file: string, snapshot: WorkbookSnapshot, report: Report, checkedCopy: string | null): FileSummary {
  const boxes = report.forms.map((f) => ({ sheet: f.sheet, box: parseRange(f.range) }));
  const formOf = (sheet: string, cell: string) => {
    const c = parseCell(cell.split(":")[0]);
    return boxes.findIndex((b) => b.sheet === sheet && contains(b.box, c.row, c.col));
  };
  const units = report.forms.map((f) => unitOfForm(snapshot, f.sheet, f.range));
  // A form that names no unit (a budget table) belongs to the unit the file's other forms name most often.
  const tally = new Map<string, number>();
  for (const u of units) if (u) tally.set(u, (tally.get(u) ?? 0) + 1);
  const common = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return {
    file,
    checkedCopy,
    forms: report.forms.map((f, i) => ({
      unit: units[i] || common,
      project: f.title,
      kind: f.kind,
      sheet: f.sheet,
      range: f.range,
      computed: f.score?.computed ?? null,
      entered: f.score?.entered ?? null,
      grade: f.score?.grade ?? null,
    })),
    findings: report.findings.map((f) => [f.code, f.severity, formOf(f.sheet, f.cell)]),
  };
}

export interface SummaryModel {
  rows: SummaryFormRow[];
  /** Finding counts: per rule (code) over all files, and per unit and rule. */
  byRule: { code: FindingCode; title: string; severity: string; count: number; files: number }[];
  byUnit: { unit: string; forms: number; errors: number; warnings: number; info: number; codes: Partial<Record<FindingCode, number>> }[];
  unreadable: UnreadableFile[];
  /** Computed scores in bands of 10 (below 60 in one band): label → count. */
  scoreBands: { label: string; count: number }[];
  files: { checked: number; unreadable: number };
}

const NO_UNIT = { zh: "（未写明单位）", en: "(no unit named)" };

export function buildSummary(files: FileSummary[], unreadable: UnreadableFile[], lang: Lang): SummaryModel {
  const rows: SummaryFormRow[] = [];
  const rule = new Map<FindingCode, { count: number; files: Set<string> }>();
  const units = new Map<string, SummaryModel["byUnit"][number]>();
  const unitRow = (name: string) => {
    const key = name || NO_UNIT[lang];
    let u = units.get(key);
    if (!u) units.set(key, (u = { unit: key, forms: 0, errors: 0, warnings: 0, info: 0, codes: {} }));
    return u;
  };
  for (const f of files) {
    const counts = f.forms.map(() => ({ errors: 0, warnings: 0, info: 0 }));
    f.forms.forEach((form) => unitRow(form.unit).forms++);
    for (const [code, severity, index] of f.findings) {
      const r = rule.get(code) ?? { count: 0, files: new Set<string>() };
      r.count++;
      r.files.add(f.file);
      rule.set(code, r);
      // A finding outside every form (a header not recognised) counts for the file's first form's unit.
      const form = f.forms[index] ?? f.forms[0];
      const u = unitRow(form?.unit ?? "");
      u.codes[code] = (u.codes[code] ?? 0) + 1;
      const key = severity === "error" ? "errors" : severity === "warning" ? "warnings" : "info";
      u[key]++;
      if (index >= 0) counts[index][key]++;
    }
    f.forms.forEach((form, i) => rows.push({ file: f.file, ...form, ...counts[i], checkedCopy: f.checkedCopy }));
  }
  const byRule = [...rule.entries()]
    .map(([code, r]) => ({ code, title: CATALOG[code].title[lang], severity: CATALOG[code].severity, count: r.count, files: r.files.size }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const bands = [
    { label: "<60", min: -Infinity, max: 60 },
    { label: "60–70", min: 60, max: 70 },
    { label: "70–80", min: 70, max: 80 },
    { label: "80–90", min: 80, max: 90 },
    { label: "90–100", min: 90, max: Infinity },
  ];
  const scored = rows.filter((r) => r.computed !== null && (r.kind === "self-evaluation" || r.kind === "department-evaluation"));
  return {
    rows,
    byRule,
    byUnit: [...units.values()].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.unit.localeCompare(b.unit, "zh", { numeric: true })),
    unreadable,
    scoreBands: bands.map((b) => ({ label: b.label, count: scored.filter((r) => r.computed! >= b.min && r.computed! < b.max).length })),
    files: { checked: files.length, unreadable: unreadable.length },
  };
}
