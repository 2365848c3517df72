import { CATALOG } from "../../src/engine/findings/catalog";
import { FindingDraftSchema, neutralFinding, type LooseDraft } from "../../src/engine/findings/finding";

/** What neutralFinding did before its fast path: every draft through the schema. Its output must not change. */
function throughSchema(input: LooseDraft) {
  const finite = (v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v);
  const d = FindingDraftSchema.parse({
    ...input,
    expected: finite(input.expected),
    actual: finite(input.actual),
    params: Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, finite(v)])),
  });
  return {
    code: d.code,
    severity: d.severity ?? CATALOG[d.code].severity,
    sheet: d.sheet,
    cell: d.cell,
    related: d.related,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.actual !== undefined ? { actual: d.actual } : {}),
    params: d.params,
    ...(d.context !== undefined ? { context: d.context } : {}),
    ...(d.also !== undefined ? { also: d.also } : {}),
    ...(d.form !== undefined ? { form: d.form } : {}),
  };
}

const drafts: LooseDraft[] = [
  { code: "MISSING_VALUE", sheet: "表1", cell: "C5", params: { label: "场次", field: { key: "field.target" } } },
  { code: "SCORE_MISMATCH", severity: "warning", sheet: "表1", cell: "H7", related: ["F7", "G7"], expected: 1.5, actual: 1.2, params: { label: "场次" }, form: 3 },
  { code: "SUM_MISMATCH", sheet: "s", cell: "B2", expected: Infinity, actual: NaN, params: { detail: -Infinity, list: ["a", 1, null, { list: ["x"], sep: "field.target" }] } },
  { code: "NEEDS_REVIEW", sheet: "s", cell: "A1", context: "x", also: ["A2"], params: { name: { zh: "甲", en: "A" }, ref: { key: "field.actual", params: { n: 2 } } } },
  { code: "MISSING_VALUE", sheet: "s", cell: "A1" },
  // Unusual drafts the schema strips: the fast path must hand them to it.
  { code: "MISSING_VALUE", sheet: "s", cell: "A1", params: { field: { key: "field.target", stray: 1 } as unknown as { key: "field.target" } } },
  { code: "MISSING_VALUE", sheet: "s", cell: "A1", params: { name: { zh: "甲", en: "A", fr: "A" } as unknown as { zh: string; en: string } } },
];

test.each(drafts.map((d, i) => [i, d] as const))("draft %i: neutralFinding gives what the schema's parse gave", (_i, d) => {
  expect(neutralFinding(d)).toStrictEqual(throughSchema(d));
});

test("a stray key inside a text parameter is stripped, as the schema does", () => {
  expect(neutralFinding(drafts[5]).params).toStrictEqual({ field: { key: "field.target" } });
});

test("drafts the schema rejects are still rejected: an unknown code, a NaN inside a list, an unknown engine key", () => {
  expect(() => neutralFinding({ code: "NO_SUCH_CODE", sheet: "s", cell: "A1" } as unknown as LooseDraft)).toThrow();
  expect(() => neutralFinding({ code: "MISSING_VALUE", sheet: "s", cell: "A1", params: { list: [1, NaN] } })).toThrow();
  expect(() => neutralFinding({ code: "MISSING_VALUE", sheet: "s", cell: "A1", params: { f: { key: "no.such.key" } as unknown as { key: "field.target" } } })).toThrow();
  expect(() => neutralFinding({ code: "MISSING_VALUE", sheet: "s", cell: "A1", form: -1 })).toThrow();
});

test("the neutral finding shares no list with its draft", () => {
  const related = ["B1"];
  const f = neutralFinding({ code: "MISSING_VALUE", sheet: "s", cell: "A1", related, also: related });
  expect(f.related).not.toBe(related);
  expect(f.also).not.toBe(related);
});
