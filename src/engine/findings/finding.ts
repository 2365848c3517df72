import { z } from "zod";
import { CATALOG, CATALOG_TEMPLATES, FINDING_CODES, type FindingCode } from "./catalog";
import { ENGINE_KEYS } from "./engine-strings";
import { TextParamSchema, type Placeholders, type TextParam } from "./text";

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export const FindingCodeSchema = z.enum(FINDING_CODES);

const Scalar = z.union([z.number(), z.string()]);

/** A finding as the report carries it (contract.md). */
export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  related: z.array(z.string()),
  expected: Scalar.nullable().optional(),
  actual: Scalar.nullable().optional(),
  message: z.string(),
  /** Other cells showing the same finding (a rounding tail in several columns of a row): marked in the copy too. */
  also: z.array(z.string()).optional(),
  /** The form the finding belongs to: its index in the report's `forms` (added); absent for workbook-level findings. */
  form: z.number().int().nonnegative().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * What a check yields: the code, the place and the data, never words. Parameters are data or language-neutral text
 * (findings/text.ts); the message is rendered from the catalogue at the edge; severity defaults to the catalogue's.
 */
export const FindingDraftSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema.optional(),
  sheet: z.string(),
  cell: z.string(),
  related: z.array(z.string()).default([]),
  expected: Scalar.nullable().optional(),
  actual: Scalar.nullable().optional(),
  /** Template parameters (label, detail, …): data, or text to render ({ key, params }, lists, { zh, en }). */
  params: z.record(z.string(), TextParamSchema).default({}),
  /** Message variant (i18next context). */
  context: z.string().optional(),
  /** Other cells showing the same finding; marked like `cell` (added, issue 12). */
  also: z.array(z.string()).optional(),
  /** Index of the form in the report's `forms`, set by validate for the findings of a form's own checks. */
  form: z.number().int().nonnegative().optional(),
});
export type LooseDraft = z.input<typeof FindingDraftSchema>;

/**
 * A finding of the language-neutral report: the contract's finding (FindingSchema) without its message, with the
 * code, variant and parameters the message is rendered from (i18n.ts renderFinding) in any language at the edge.
 */
export const NeutralFindingSchema = FindingSchema.omit({ message: true }).extend({
  params: z.record(z.string(), TextParamSchema),
  context: z.string().optional(),
});
export type NeutralFinding = z.infer<typeof NeutralFindingSchema>;

/** Infinity and NaN are not JSON numbers: a check that divides by a near-zero cell must not break the report. */
function finite<T>(v: T): T | string {
  return typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
}

/** A check's draft as the neutral report holds it: validated, severity from the catalogue unless the check set one. */
export function neutralFinding(input: LooseDraft): NeutralFinding {
  const expected = finite(input.expected);
  const actual = finite(input.actual);
  const params = finiteParams(input.params);
  // Drafts come from typed checks and are almost always plain: those are taken as they are, with exactly what the
  // schema would yield. Anything unusual (an unknown code, a stray key in a text parameter, a NaN deep in a list) goes
  // through the schema as before, which throws or strips: the schema stays the one rule, this only skips re-checking
  // (parsing every draft with zod was ~5 % of the engine on a 1,000-form workbook).
  if (isPlainDraft(input, expected, actual, params)) return neutralOf(input, expected, actual, params);
  const d = FindingDraftSchema.parse({ ...input, expected, actual, params });
  return neutralOf(d, d.expected, d.actual, d.params);
}

/** A draft's parameters with Infinity and NaN as text (finite), keys in their order. */
function finiteParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (params) for (const k of Object.keys(params)) out[k] = finite(params[k]);
  return out;
}

function neutralOf(
  d: Pick<LooseDraft, "code" | "severity" | "sheet" | "cell" | "related" | "context" | "also" | "form">,
  expected: string | number | null | undefined,
  actual: string | number | null | undefined,
  params: Record<string, TextParam>,
): NeutralFinding {
  return {
    code: d.code,
    severity: d.severity ?? CATALOG[d.code].severity,
    sheet: d.sheet,
    cell: d.cell,
    // A copy, as the schema's parse made one: a check may hand the same list to several drafts.
    related: d.related ? d.related.slice() : [],
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
    params,
    ...(d.context !== undefined ? { context: d.context } : {}),
    ...(d.also !== undefined ? { also: d.also.slice() } : {}),
    ...(d.form !== undefined ? { form: d.form } : {}),
  };
}

const CODES: ReadonlySet<string> = new Set(FINDING_CODES);
const SEVERITIES: ReadonlySet<string> = new Set(SeveritySchema.options);
const KEYS: ReadonlySet<string> = new Set(ENGINE_KEYS);

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function isScalarOrNull(v: unknown): boolean {
  return v === undefined || v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}

/** A plain object whose own keys are exactly `required`, plus any of `optional`, each holding a value. */
function hasExactKeys(v: object, required: readonly string[], optional: readonly string[] = []): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(v);
  let present = 0;
  for (const k of keys) {
    if ((v as Record<string, unknown>)[k] === undefined) return false;
    if (required.includes(k)) present++;
    else if (!optional.includes(k)) return false;
  }
  return present === required.length;
}

function isParamRecord(v: unknown): v is Record<string, TextParam> {
  if (typeof v !== "object" || v === null || Array.isArray(v) || !hasExactKeys(v, [], Object.keys(v))) return false;
  return Object.values(v).every(isPlainTextParam);
}

/** A text parameter the schema would take unchanged (TextParamSchema): no key it would strip, no NaN or Infinity. */
function isPlainTextParam(v: unknown): boolean {
  if (v === null || typeof v === "string") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "object") return false;
  if (Array.isArray(v)) return v.every(isPlainTextParam);
  const o = v as Record<string, unknown>;
  if ("key" in o) return hasExactKeys(o, ["key"], ["params"]) && typeof o.key === "string" && KEYS.has(o.key) && (o.params === undefined || isParamRecord(o.params));
  if ("zh" in o) return hasExactKeys(o, ["zh", "en"]) && typeof o.zh === "string" && typeof o.en === "string";
  if ("list" in o) return hasExactKeys(o, ["list"], ["sep"]) && Array.isArray(o.list) && o.list.every(isPlainTextParam) && (o.sep === undefined || (typeof o.sep === "string" && KEYS.has(o.sep)));
  return false;
}

/**
 * Whether FindingDraftSchema.parse would return this draft's fields unchanged (defaults aside), its expected, actual and
 * parameters being the finite ones given.
 */
function isPlainDraft(d: LooseDraft, expected: unknown, actual: unknown, params: Record<string, unknown>): params is Record<string, TextParam> {
  return (
    CODES.has(d.code) &&
    (d.severity === undefined || SEVERITIES.has(d.severity)) &&
    typeof d.sheet === "string" &&
    typeof d.cell === "string" &&
    (d.related === undefined || isStringList(d.related)) &&
    isScalarOrNull(expected) &&
    isScalarOrNull(actual) &&
    isParamRecord(params) &&
    (d.context === undefined || typeof d.context === "string") &&
    (d.also === undefined || isStringList(d.also)) &&
    (d.form === undefined || (Number.isSafeInteger(d.form) && d.form >= 0))
  );
}

// --- The typed catalogue: variants and parameters derived from the templates (catalog.ts `as const`).

type Messages<C extends FindingCode> = (typeof CATALOG_TEMPLATES)[C]["message"];
/** The message variants of a code (its `context` values), besides "default". */
export type Variant<C extends FindingCode> = Exclude<keyof Messages<C>["zh"] & keyof Messages<C>["en"], "default"> & string;
type Template<C extends FindingCode, V extends string> =
  | (V extends keyof Messages<C>["zh"] ? Messages<C>["zh"][V] : never)
  | (V extends keyof Messages<C>["en"] ? Messages<C>["en"][V] : never);
/** Every placeholder of a variant's zh and en templates. */
export type MessageParams<C extends FindingCode, V extends string = "default"> = Placeholders<Template<C, V> & string>;
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Shared<C extends FindingCode> = keyof Messages<C>["zh"] & keyof Messages<C>["en"] & string;
/** true when zh and en have the same variants of a code and each variant the same placeholders in both. */
type InStep<C extends FindingCode> =
  Equal<keyof Messages<C>["zh"], keyof Messages<C>["en"]> extends true
    ? { [V in Shared<C>]: Equal<Placeholders<Messages<C>["zh"][V] & string>, Placeholders<Messages<C>["en"][V] & string>> }[Shared<C>]
    : false;
type Assert<T extends true> = T;
/** The compiler holds zh and en in step: this does not compile if a variant or a placeholder is in one language only. */
export type CatalogInStep = Assert<{ [C in FindingCode]: InStep<C> }[FindingCode]>;

/** Filled by the renderer when a check gives none: expected and actual from the finding's own, detail empty. */
type Defaulted = "expected" | "actual" | "detail";
type Needed<C extends FindingCode, V extends string> = Exclude<MessageParams<C, V>, Defaulted>;
type ParamsField<C extends FindingCode, V extends string> = [Needed<C, V>] extends [never]
  ? { params?: Partial<Record<MessageParams<C, V>, TextParam>> }
  : { params: Record<Needed<C, V>, TextParam> & Partial<Record<MessageParams<C, V> & Defaulted, TextParam>> };

/** A draft whose variant is one of its code's and whose parameters are exactly its templates' placeholders. */
export type TypedDraft<C extends FindingCode, V extends Variant<C> | "default" = "default"> = Omit<LooseDraft, "code" | "context" | "params"> & {
  code: C;
  context?: V;
} & ParamsField<C, V>;

/**
 * A finding draft checked by the compiler against the catalogue: a misspelt code or variant, a missing or unknown
 * parameter does not compile (test/engine/typed-catalog.ts holds the proof).
 */
export function draft<C extends FindingCode, V extends Variant<C> | "default" = "default">(d: TypedDraft<C, V>): FindingDraft {
  const { context, ...rest } = d;
  return (context === undefined || context === "default" ? rest : { ...rest, context }) as FindingDraft;
}

type LenientParams<C extends FindingCode, V extends string> = [Needed<C, V>] extends [never]
  ? { params?: Record<string, TextParam> }
  : { params: Record<Needed<C, V>, TextParam> & Record<string, TextParam> };
type DraftOf<C extends FindingCode, V extends Variant<C> | "default"> = Omit<LooseDraft, "code" | "context" | "params"> & {
  code: C;
  context?: V extends "default" ? undefined : V;
} & LenientParams<C, V>;

/**
 * What a check yields (see FindingDraftSchema for the fields), typed by the catalogue: a union over every code and
 * variant, so a draft whose variant its code does not have, or that lacks a parameter its templates need, does not
 * compile — wherever a check builds one. Extra parameters are let through here (a draft that may be one of two codes
 * carries both codes' parameters); `draft()` is stricter and rejects those too.
 */
export type FindingDraft = { [C in FindingCode]: { [V in Variant<C> | "default"]: DraftOf<C, V> }[Variant<C> | "default"] }[FindingCode];
