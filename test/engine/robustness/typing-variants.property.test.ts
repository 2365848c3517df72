import { parseCell, parseRange, rangeAddress } from "../../../src/engine/address";
import type { Report } from "../../../src/engine/report";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/engine/snapshot";
import { FUNDS_HEADERS } from "../../../src/engine/forms/self-evaluation/headers";
import { normalizeHeader } from "../../../src/engine/text/normalize";
import { HEADER_WORDS } from "./header-words";
import { CASES, mapTexts, rebuildSheet, rng, run, view, type Case, type Move } from "./variant-harness";

/**
 * Real templates type the same form in many ways. Each variant below is one seen in published forms (or named in
 * issue 10); applied to every example and corpus form it changes no recognised form, score or finding — only the
 * addresses of cells that move. The smallest grid of each bug these found is in variant-fixes.test.ts.
 *
 * Header words are the cells whose normalised text is a word of a recogniser's vocabulary (column heads and row
 * labels alike), unless the same text repeats along the row (a target and an actual both reading 预算数 are data). Positions are drawn with a fixed seed, so every run checks the same cases.
 */
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
const HEADER_VARIANTS: Record<string, (t: string, i: number) => string> = {
  // 项目\n名称, 一级\n指标 (hb-langfang-2019, hn-hengshan-2020)
  "line break inside the word": (t) => t.slice(0, Math.ceil(t.length / 2)) + "\n" + t.slice(Math.ceil(t.length / 2)),
  // 项 目 名 称 (city-dept-2019, gx-guilin-2015: 项   目, 合   计)
  "spaces between the characters": (t) => [...t].join(" "),
  "ideographic spaces between the characters": (t) => [...t].join("\u3000"),
  "full-width brackets and colons": (t) => t.replace(/\(/g, "（").replace(/\)/g, "）").replace(/:/g, "："),
  "half-width brackets and colons": (t) => t.replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":"),
  // 年度资金总额：, 当年资金总额: (ah-xiaoxian-2023, hubei-wuhan-qingshan-2020-jiaoyu)
  "a trailing colon": (t) => (/[:：]$/.test(t) ? t : `${t}：`),
  "a leading * (required field)": (t) => `*${t}`,
  // 一、部门决策 (seed004), 1.、一、 numbering (issue 10)
  "numbering 一、": (t, i) => `${NUMERALS[i % 9]}、${t}`,
  "numbering 1.": (t, i) => `${(i % 9) + 1}.${t}`,
  "numbering （一）": (t, i) => `（${NUMERALS[i % 9]}）${t}`,
};

const WEIGHT = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;
const WEIGHT_VARIANTS: Record<string, (t: string) => string> = {
  "(50分) half-width": (t) => t.replace(WEIGHT, "($1分)"),
  "（50分） full-width": (t) => t.replace(WEIGHT, "（$1分）"),
  "(50分) on its own line": (t) => t.replace(/\s*([（(]\s*\d+(?:\.\d+)?\s*分\s*[)）])/, "\n$1"),
  "50分 without brackets": (t) => t.replace(WEIGHT, "$1分"),
};

const LABEL_VARIANTS: Record<string, (t: string) => string> = {
  // two ideographic spaces before 2.事业单位经营收入 (seed001): indentation by leading spaces
  "leading ideographic spaces": (t) => `\u3000\u3000${t}`,
  "leading half-width spaces": (t) => `    ${t}`,
  "其中： ↔ 其中:": (t) => t.replace(/^其中\s*[:：]/, (m) => (m.includes("：") ? "其中:" : "其中：")),
  "其中 without a colon": (t) => t.replace(/^其中\s*[:：]\s*/, "其中"),
  "（一） ↔ (一)": (t) => t.replace(/^[（(]([一二三四五六七八九十\d]{1,2})[)）]/, (m, n: string) => (m.startsWith("（") ? `(${n})` : `（${n}）`)),
  "一、 → 一.": (t) => t.replace(/^([一二三四五六七八九十]+)、/, "$1."),
  // 本年收入合计： (issue 10: 年度资金总额：, 指标1:)
  "a colon after a total": (t) => (/(合计|总计|小计)$/.test(t.trim()) ? `${t.trim()}：` : t),
};

/** Indicator names numbered as some templates print them (1、 （1） 1.), or indented. */
const NAME_VARIANTS: Record<string, (t: string, i: number) => string> = {
  "numbering 1、": (t, i) => `${(i % 9) + 1}、${t}`,
  "numbering （1）": (t, i) => `（${(i % 9) + 1}）${t}`,
  "numbering 1.": (t, i) => `${(i % 9) + 1}.${t}`,
  "leading ideographic spaces": (t) => `\u3000\u3000${t}`,
};

/** The name cell of each scored item: the leftmost cell of its row holding its label. */
function nameVariant(snap: WorkbookSnapshot, report: Report, f: (t: string, i: number) => string): { snap: WorkbookSnapshot; changed: number } {
  let changed = 0;
  const done = new Set<string>();
  const out = mapTexts(snap, (t, sh, r) => {
    const row = r + sh.origin.row;
    const key = `${sh.name}!${row}`;
    if (done.has(key)) return t;
    const isName = report.forms.some((fm) => fm.sheet === sh.name && fm.score?.items.some((it) => it.label === t.trim() && parseCell(it.cell).row === row));
    if (!isName) return t;
    done.add(key);
    return f(t, changed++);
  });
  return { snap: out, changed };
}

function rowHasNumber(sh: SheetSnapshot, r: number): boolean {
  return sh.values[r].some((v) => typeof v === "number");
}

function isHeaderWord(t: string): boolean {
  const n = normalizeHeader(t);
  return HEADER_WORDS.has(n) || HEADER_WORDS.has(n.replace(/\((万元|元)\)$/, ""));
}

function headerVariant(snap: WorkbookSnapshot, f: (t: string, i: number) => string): { snap: WorkbookSnapshot; changed: number } {
  let i = 0;
  // A word repeated along its row is data (年度指标值 and 实际完成值 both reading 预算数), not a header or label.
  const out = mapTexts(snap, (t, sh, r) => (isHeaderWord(t) && sh.values[r].filter((v) => v === t).length === 1 ? f(t.trim(), i++) : t));
  return { snap: out, changed: i };
}

/** Labels: the left columns of budget tables and the names of scored indicators. */
function labelVariant(snap: WorkbookSnapshot, report: Report, f: (t: string) => string): { snap: WorkbookSnapshot; changed: number } {
  let changed = 0;
  const out = mapTexts(snap, (t, sh, r, c) => {
    const row = r + sh.origin.row;
    const col = c + sh.origin.col;
    const isLabel = report.forms.some((fm) => {
      if (fm.sheet !== sh.name) return false;
      if (fm.kind === "budget-table") {
        const g = parseRange(fm.range);
        return row > g.top && row <= g.bottom && col >= g.left && col <= g.left + 3;
      }
      return fm.score?.items.some((it) => it.label === t.trim() && parseCell(it.cell).row === row) ?? false;
    });
    if (!isLabel || isHeaderWord(t)) return t;
    const v = f(t);
    if (v !== t) changed++;
    return v;
  });
  return { snap: out, changed };
}

function replaceSheet(snap: WorkbookSnapshot, sheet: SheetSnapshot): WorkbookSnapshot {
  return { ...snap, sheets: snap.sheets.map((s) => (s.name === sheet.name ? sheet : s)) };
}

const widthOf = (sh: SheetSnapshot) => Math.max(0, ...sh.values.map((r) => r.length));
const indices = (n: number) => Array.from({ length: n }, (_, i) => i as number | null);

/** The same view, forms' ranges compared by their rows only (a column inserted at a form's edge may widen it). */
const rowsOnly = (v: ReturnType<typeof view>) => ({
  ...v,
  forms: v.forms.map((f) => ({ ...f, range: f.range.replace(/✗?[A-Z]+(\d+)/g, "$1") })),
});

interface Loaded {
  base: WorkbookSnapshot;
  report: Report;
}
const loaded = new Map<string, Promise<Loaded>>();
function load(c: Case): Promise<Loaded> {
  let p = loaded.get(c.name);
  if (!p) {
    p = c.snapshot().then((base) => ({ base, report: run(c, base) }));
    loaded.set(c.name, p);
  }
  return p;
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(Object.keys(HEADER_VARIANTS))("header words typed with %s read the same", async (name) => {
    const { base, report } = await load(c);
    const { snap, changed } = headerVariant(base, HEADER_VARIANTS[name]);
    if (changed === 0) return;
    expect(view(run(c, snap))).toEqual(view(report));
  });

  test.each(Object.keys(WEIGHT_VARIANTS))("weights in headers typed as %s read the same", async (name) => {
    const { base, report } = await load(c);
    const snap = mapTexts(base, (t) => (WEIGHT.test(t) && t.length <= 20 ? WEIGHT_VARIANTS[name](t) : t));
    expect(view(run(c, snap))).toEqual(view(report));
  });

  test.each(Object.keys(LABEL_VARIANTS))("labels typed with %s read the same", async (name) => {
    const { base, report } = await load(c);
    const { snap, changed } = labelVariant(base, report, LABEL_VARIANTS[name]);
    if (changed === 0) return;
    expect(view(run(c, snap))).toEqual(view(report));
  });

  test.each(Object.keys(NAME_VARIANTS))("indicator names typed with %s read the same", async (name) => {
    const { base, report } = await load(c);
    const { snap, changed } = nameVariant(base, report, NAME_VARIANTS[name]);
    if (changed === 0) return;
    expect(view(run(c, snap))).toEqual(view(report));
  });

  test("an empty sheet and a notes sheet (填表说明) before or after the forms change nothing", async () => {
    const { base, report } = await load(c);
    const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, origin: { row: 0, col: 0 }, visibility: "visible", protected: false, merged: [], values });
    const notes = sheet("填表说明", [["填表说明："], ["1.一级指标、二级指标按模板填写，三级指标由单位自行设定。"], ["2.分值合计为100分，得分保留两位小数。"], ["3.金额单位：万元。"]]);
    const empty = sheet("Sheet3", []);
    for (const sheets of [[...base.sheets, notes, empty], [notes, ...base.sheets], [empty, ...base.sheets]])
      expect(view(run(c, { ...base, sheets }))).toEqual(view(report));
  });

  test("a form's sheet duplicated (Sheet1 (2)) reads as the original, twice", async () => {
    const { base, report } = await load(c);
    const sheet = report.forms[0]?.sheet;
    if (sheet === undefined) return;
    const copyName = `${sheet}(2)`;
    const copy = { ...base.sheets.find((s) => s.name === sheet)!, name: copyName };
    const after = view(run(c, { ...base, sheets: [...base.sheets, copy] }));
    const before = view(report);
    const on = (v: ReturnType<typeof view>, s: string) => ({
      forms: v.forms.filter((f) => f.sheet === s).map((f) => ({ ...f, sheet: "" })),
      findings: v.findings.filter((f) => f.includes(` ${s} `)).map((f) => f.replace(` ${s} `, " ")),
    });
    expect(on(after, copyName)).toEqual(on(before, sheet));
    expect({ forms: after.forms.filter((f) => f.sheet !== copyName), findings: after.findings.filter((f) => !f.includes(` ${copyName} `)) }).toEqual(before);
  });

  test("a 序号 column left of each form changes nothing but the addresses", async () => {
    const { base, report } = await load(c);
    let snap = base;
    const moves: Move[] = [];
    for (const sheetName of new Set(report.forms.map((f) => f.sheet))) {
      const sh = snap.sheets.find((s) => s.name === sheetName)!;
      const hr = sh.values.findIndex((row) => row.some((v) => typeof v === "string" && /^(三级指标|指标名称|项目|科目名称|项目名称|三级指标内容|指标内容)$/.test(normalizeHeader(v))));
      if (hr < 0) continue;
      const cols = indices(widthOf(sh));
      cols.unshift(null);
      let n = 0;
      const { sheet, move } = rebuildSheet(sh, indices(sh.values.length), cols, (r, col) => (col !== 0 || r < hr ? null : r === hr ? "序号" : rowHasNumber(sh, r) ? ++n : null));
      snap = replaceSheet(snap, sheet);
      moves.push(move);
    }
    expect(rowsOnly(view(run(c, snap)))).toEqual(rowsOnly(view(report, moves)));
  });

  test("a blank row among the data rows of a budget table changes nothing but the addresses", async () => {
    const { base, report } = await load(c);
    const random = rng(10);
    for (const f of report.forms.filter((x) => x.kind === "budget-table").slice(0, 4)) {
      const sh = base.sheets.find((s) => s.name === f.sheet)!;
      const g = parseRange(f.range);
      // Between two rows that both hold a number: inside the data, never inside the header band.
      const spots: number[] = [];
      for (let r = g.top + 1; r <= g.bottom; r++) {
        const i = r - sh.origin.row;
        if (i > 0 && i < sh.values.length && rowHasNumber(sh, i) && rowHasNumber(sh, i - 1)) spots.push(i);
      }
      if (!spots.length) continue;
      const at = spots[Math.floor(random() * spots.length)];
      const rows = indices(sh.values.length);
      rows.splice(at, 0, null);
      const { sheet, move } = rebuildSheet(sh, rows, indices(widthOf(sh)));
      expect([f.sheet, at + 1, view(run(c, replaceSheet(base, sheet)))]).toEqual([f.sheet, at + 1, view(report, [move])]);
    }
  });
});

/** Self-evaluations: 分值 before 年度指标值 (as in 安徽 萧县 and 四川 templates' 权重 | 指标值 order). */
describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("self-evaluation: 分值 and 年度指标值 columns swapped change nothing but the addresses", async () => {
    const { base, report } = await load(c);
    const moves: Move[] = [];
    let snap = base;
    for (const f of report.forms.filter((x) => x.kind === "self-evaluation")) {
      const sh = snap.sheets.find((s) => s.name === f.sheet)!;
      const hr = sh.values.findIndex((row) => row.some((v) => typeof v === "string" && normalizeHeader(v) === "分值") && row.some((v) => typeof v === "string" && /^(年度)?指标值$/.test(normalizeHeader(v))));
      if (hr < 0) continue;
      const wc = sh.values[hr].findIndex((v) => typeof v === "string" && normalizeHeader(v) === "分值");
      const tc = sh.values[hr].findIndex((v) => typeof v === "string" && /^(年度)?指标值$/.test(normalizeHeader(v)));
      const cols = indices(widthOf(sh));
      cols[wc] = tc;
      cols[tc] = wc;
      const { sheet, move } = rebuildSheet(sh, indices(sh.values.length), cols);
      snap = replaceSheet(snap, sheet);
      moves.push(move);
    }
    if (!moves.length) return;
    expect(view(run(c, snap))).toEqual(view(report, moves));
  });

  test("goal table: without its 目标值来源 column, the same findings", async () => {
    const { base, report } = await load(c);
    const moves: Move[] = [];
    let snap = base;
    for (const f of report.forms.filter((x) => x.kind === "goal-table")) {
      const sh = snap.sheets.find((s) => s.name === f.sheet)!;
      const hr = sh.values.findIndex((row) => row.some((v) => typeof v === "string" && /^(目标值来源|指标值来源|目标值依据)$/.test(normalizeHeader(v))));
      if (hr < 0) continue;
      const sc = sh.values[hr].findIndex((v) => typeof v === "string" && /^(目标值来源|指标值来源|目标值依据)$/.test(normalizeHeader(v)));
      const cols = indices(widthOf(sh));
      cols.splice(sc, 1);
      const { sheet, move } = rebuildSheet(sh, indices(sh.values.length), cols);
      snap = replaceSheet(snap, sheet);
      moves.push(move);
    }
    if (!moves.length) return;
    // The form's right edge was the dropped column: compare forms by their rows.
    expect(rowsOnly(view(run(c, snap)))).toEqual(rowsOnly(view(report, moves)));
  });

  test("a hidden (blank) column inside an indicator table changes nothing but the addresses", async () => {
    const { base, report } = await load(c);
    const random = rng(20);
    for (const f of report.forms.filter((x) => x.kind !== "budget-table").slice(0, 2)) {
      const sh = base.sheets.find((s) => s.name === f.sheet)!;
      const g = parseRange(f.range);
      const at = g.left + 1 + Math.floor(random() * Math.max(1, g.right - g.left)) - sh.origin.col;
      const cols = indices(widthOf(sh));
      cols.splice(at, 0, null);
      const { sheet, move } = rebuildSheet(sh, indices(sh.values.length), cols);
      expect([f.sheet, at, view(run(c, replaceSheet(base, sheet)))]).toEqual([f.sheet, at, view(report, [move])]);
    }
  });
});

const headerWords = (sh: SheetSnapshot, r: number) => (sh.values[r] ?? []).filter((v) => typeof v === "string" && isHeaderWord(v)).length;

/**
 * A table printed over two pages and typed (or converted from PDF) as one: its header rows appear again among the
 * data rows. Copied in the middle of each form's data (between two rows holding numbers), with their merges.
 */
function repeatHeader(sh: SheetSnapshot, form: { range: string }): { sheet: SheetSnapshot; move: Move } | null {
  const g = parseRange(form.range);
  const hasNumber = (r: number) => r >= 0 && r < sh.values.length && rowHasNumber(sh, r);
  let anchor = -1;
  for (let r = g.top - sh.origin.row; r <= g.bottom - sh.origin.row; r++) if (headerWords(sh, r) >= 2 && !hasNumber(r)) anchor = r;
  if (anchor < 0) return null;
  let top = anchor;
  let bottom = anchor;
  while (top > 0 && !hasNumber(top - 1) && headerWords(sh, top - 1) >= 2 && anchor - top < 2) top--;
  while (bottom + 1 < sh.values.length && !hasNumber(bottom + 1) && headerWords(sh, bottom + 1) >= 2 && bottom - top < 2) bottom++;
  const spots: number[] = [];
  for (let r = bottom + 2; r <= g.bottom - sh.origin.row; r++) if (hasNumber(r) && hasNumber(r - 1)) spots.push(r);
  if (!spots.length) return null;
  const at = spots[Math.floor(spots.length / 2)];
  const band = bottom - top + 1;
  const rows = indices(sh.values.length);
  rows.splice(at, 0, ...Array<null>(band).fill(null));
  const { sheet, move } = rebuildSheet(sh, rows, indices(widthOf(sh)), (r, c) => (r >= at && r < at + band ? (sh.values[top + r - at][c] ?? null) : null));
  const copies = sh.merged
    .map(parseRange)
    .filter((m) => m.top >= top + sh.origin.row && m.bottom <= bottom + sh.origin.row)
    .map((m) => rangeAddress({ ...m, top: m.top - top + at + sh.origin.row, bottom: m.bottom - top + at + sh.origin.row }));
  return { sheet: { ...sheet, merged: [...sheet.merged, ...copies] }, move };
}

const FUNDS_AMOUNT_WORDS = new Set([...FUNDS_HEADERS.initial, ...FUNDS_HEADERS.adjusted, ...FUNDS_HEADERS.executed]);

/** A self-evaluation's funds block in 元 where it was in 万元: the unit in its label and every amount ×10,000. */
function fundsInYuan(sh: SheetSnapshot): SheetSnapshot | null {
  const hr = sh.values.findIndex((row) => row.some((v) => typeof v === "string" && /[（(]万元[)）]/.test(v) && /资金|预算/.test(v)));
  if (hr < 0) return null;
  const amountCols = sh.values[hr].flatMap((v, c) => (typeof v === "string" && FUNDS_AMOUNT_WORDS.has(normalizeHeader(v)) ? [c] : []));
  if (!amountCols.length) return null;
  let end = hr + 1;
  while (end < sh.values.length && !sh.values[end].some((v) => typeof v === "string" && /总体目标|绩效指标/.test(v))) end++;
  return {
    ...sh,
    values: sh.values.map((row, r) =>
      row.map((v, c) => {
        if (r === hr && typeof v === "string") return v.replace("万元", "元");
        if (r > hr && r < end && amountCols.includes(c) && typeof v === "number") return Math.round(v * 1_000_000) / 100;
        return v;
      }),
    ),
  };
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test("a header repeated after a page break changes nothing but the addresses", async () => {
    const { base, report } = await load(c);
    const sheets = new Set<string>();
    for (const f of report.forms) {
      if (sheets.has(f.sheet)) continue;
      sheets.add(f.sheet);
      const repeated = repeatHeader(base.sheets.find((s) => s.name === f.sheet)!, f);
      if (!repeated) continue;
      expect([f.sheet, view(run(c, replaceSheet(base, repeated.sheet)))]).toEqual([f.sheet, view(report, [repeated.move])]);
    }
  });

  test("self-evaluation funds in 元 instead of 万元: the same scores and findings, amounts ×10,000", async () => {
    const { base, report } = await load(c);
    const sheets = new Set(report.forms.filter((f) => f.kind === "self-evaluation").map((f) => f.sheet));
    let snap = base;
    for (const sh of base.sheets) {
      const yuan = sheets.has(sh.name) ? fundsInYuan(sh) : null;
      if (yuan) snap = replaceSheet(snap, yuan);
    }
    if (snap === base) return;
    // Findings compared by code, severity, sheet and cell: their amounts are now in 元.
    const key = (v: ReturnType<typeof view>) => ({ forms: v.forms, findings: v.findings.map((f) => f.split(" ").slice(0, 4).join(" ")) });
    expect(key(view(run(c, snap)))).toEqual(key(view(report)));
  });
});
