import { cellAddress, parseCell } from "../address";
import type { FindingDraft } from "../findings/finding";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { TemplateMeta } from "./layout";
import { TEMPLATE_VERSIONS, readTemplateMeta } from "./index";

/**
 * TEMPLATE_CHANGED: a workbook made from a template (it carries the template's record) whose structure no longer
 * matches it — a column deleted or moved, columns swapped, a header word edited, a fixed row removed — or that was
 * made from an older version of the template. Each difference is named at the cell the template put it in; the
 * checks still run on whatever the recognisers can read.
 */

type Anchor = TemplateMeta["anchors"][number];

const key = (v: unknown) => (v === null || v === undefined ? "" : String(v).replace(/\s+/g, ""));

function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  const i = row - sheet.origin.row;
  const j = col - sheet.origin.col;
  return key(sheet.values[i]?.[j]);
}

/** Where each text stands on the sheet: text → cells, row-major. */
function positions(sheet: SheetSnapshot): Map<string, { row: number; col: number }[]> {
  const out = new Map<string, { row: number; col: number }[]>();
  sheet.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const k = key(v);
      if (!k) return;
      const list = out.get(k) ?? [];
      list.push({ row: sheet.origin.row + i, col: sheet.origin.col + j });
      out.set(k, list);
    }),
  );
  return out;
}

const WHAT = { title: "Title", header: "Header", row: "Row" } as const;

export function templateDrift(snapshot: WorkbookSnapshot, current: Record<string, number> = TEMPLATE_VERSIONS): FindingDraft[] {
  const meta = readTemplateMeta(snapshot);
  if (!meta) return [];
  const drafts: FindingDraft[] = [];
  const visible = snapshot.sheets.filter((s) => s.visibility !== "veryHidden");
  const sheet = visible.find((s) => s.name === meta.sheet);
  const at = (cell: string) => ({ sheet: sheet?.name ?? visible[0]?.name ?? meta.sheet, cell });
  const base = { template: meta.templateId, version: meta.version };
  const now = current[meta.kind];
  if (now !== undefined && meta.version < now) {
    drafts.push({ code: "TEMPLATE_CHANGED", ...at("A1"), context: "older", expected: now, actual: meta.version, params: { ...base, current: now } });
  }
  if (!sheet) {
    drafts.push({ code: "TEMPLATE_CHANGED", ...at("A1"), context: "sheet", params: { ...base, sheetName: meta.sheet } });
    return drafts;
  }
  const where = positions(sheet);
  const anchorTexts = new Set(meta.anchors.map((a) => key(a.text)));
  const found = new Map<Anchor, { row: number; col: number } | null>();
  for (const a of meta.anchors) {
    const p = parseCell(a.cell);
    const list = where.get(key(a.text)) ?? [];
    // The occurrence nearest to where the template put it (a header word may repeat: 分值 / 得分 in two blocks).
    let best: { row: number; col: number } | null = null;
    let bestDistance = Infinity;
    for (const q of list) {
      const d = Math.abs(q.row - p.row) * 100 + Math.abs(q.col - p.col);
      if (d < bestDistance) {
        bestDistance = d;
        best = q;
      }
    }
    found.set(a, best);
  }
  // A text found at one anchor's place may be claimed once only: two anchors of the same words (分值 in the funds
  // block and in the indicator table) each keep their own.
  const moved: { a: Anchor; to: string }[] = [];
  for (const a of meta.anchors) {
    const p = parseCell(a.cell);
    const q = found.get(a) ?? null;
    if (q && q.row === p.row && q.col === p.col) continue;
    if (q) {
      moved.push({ a, to: cellAddress(q.row, q.col) });
      continue;
    }
    const now = textAt(sheet, p.row, p.col);
    const edited = now && !anchorTexts.has(now);
    drafts.push({
      code: "TEMPLATE_CHANGED",
      ...at(a.cell),
      context: `${edited ? "edited" : "removed"}${WHAT[a.role]}`,
      expected: a.text.replace(/\s+/g, ""),
      ...(edited ? { actual: now } : {}),
      params: { ...base, text: a.text.replace(/\s+/g, "") },
    });
  }
  // Columns swapped: header words of one template row whose order on the sheet is not the template's.
  const swapped = new Set<Anchor>();
  const headerRows = new Map<number, Anchor[]>();
  for (const a of meta.anchors) if (a.role === "header" && found.get(a)) headerRows.set(parseCell(a.cell).row, [...(headerRows.get(parseCell(a.cell).row) ?? []), a]);
  for (const list of headerRows.values()) {
    const sorted = [...list].sort((x, y) => parseCell(x.cell).col - parseCell(y.cell).col);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const x = found.get(sorted[i])!;
        const y = found.get(sorted[j])!;
        if (x.row === y.row && x.col > y.col && !swapped.has(sorted[i]) && !swapped.has(sorted[j])) {
          swapped.add(sorted[i]).add(sorted[j]);
          drafts.push({
            code: "TEMPLATE_CHANGED",
            ...at(cellAddress(x.row, x.col)),
            related: [cellAddress(y.row, y.col)],
            context: "swapped",
            params: { ...base, text: sorted[i].text, other: sorted[j].text },
          });
        }
      }
    }
  }
  // Anything else that moved (a column or row inserted or deleted before it): one finding listing the moves.
  const rest = moved.filter((m) => !swapped.has(m.a));
  if (rest.length) {
    const detail = rest
      .slice(0, 6)
      .map((m) => `「${m.a.text.replace(/\s+/g, "")}」${m.a.cell} → ${m.to}`)
      .join("; ");
    drafts.push({
      code: "TEMPLATE_CHANGED",
      ...at(rest[0].a.cell),
      related: rest.slice(0, 6).map((m) => m.to),
      context: "moved",
      params: { ...base, detail: rest.length > 6 ? `${detail} … (${rest.length})` : detail, count: rest.length },
    });
  }
  return drafts;
}
