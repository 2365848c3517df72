import { z } from "zod";
import { ENGINE_KEYS, ENGINE_STRINGS, type EngineKey } from "./engine-strings";

/**
 * Language-neutral text: what a finding's parameter or a form's note says, without the words. The engine yields these;
 * the one renderer (i18n.ts) turns them into zh or en at the edge (CLI, results sheet, cell notes, pane).
 *
 * - a string or a number: data as the workbook shows it (a label, a figure), the same in every language;
 * - `{ key, params }`: an engine string (engine-strings.ts) with its parameters, themselves text;
 * - `{ zh, en }`: words given in both languages by data the engine does not own (a scoring profile's name);
 * - an array: a list, joined by the language's list separator (、 / ", ");
 * - `{ list, sep }`: a list joined by another engine string (「甲」、「乙」 quotes each item).
 */
export interface TextRef {
  key: EngineKey;
  params?: Record<string, TextParam>;
}
export interface LocalText {
  zh: string;
  en: string;
}
export interface TextList {
  list: TextParam[];
  sep?: EngineKey;
}
export type TextParam = string | number | null | TextRef | LocalText | TextList | TextParam[];

export const TextParamSchema: z.ZodType<TextParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.null(),
    z.array(TextParamSchema),
    TextRefSchema,
    z.object({ zh: z.string(), en: z.string() }),
    z.object({ list: z.array(TextParamSchema), sep: z.enum(ENGINE_KEYS).optional() }),
  ]),
);
export const TextRefSchema: z.ZodType<TextRef> = z.lazy(() => z.object({ key: z.enum(ENGINE_KEYS), params: z.record(z.string(), TextParamSchema).optional() }));

/** The `{{name}}` placeholders of a template, as a union of names (template-literal types). */
/** A template's parameter names; a count word `{{n|one|other}}` (text/fill.ts) names the parameter n. */
export type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? (P extends `${infer N}|${string}` ? N : P) | Placeholders<Rest> : never;

type EngineParams<K extends EngineKey> = Placeholders<(typeof ENGINE_STRINGS)["zh"][K] | (typeof ENGINE_STRINGS)["en"][K]>;

/** The parameters an engine string needs: none, or every placeholder of its zh and en templates. */
export type TextArgs<K extends EngineKey> = [EngineParams<K>] extends [never] ? [] : [params: Record<EngineParams<K>, TextParam>];

/**
 * An engine string by key, with its parameters checked by the compiler: a misspelt key or a missing parameter does
 * not compile.
 */
export function text<K extends EngineKey>(key: K, ...args: TextArgs<K>): TextRef {
  const params = args[0] as Record<string, TextParam> | undefined;
  return params ? { key, params } : { key };
}

/** A form's kind as a reviewer names it, its variant included (表11 is a 部门整体支出绩效目标表, not a 项目绩效目标表). */
export function kindText(form: { kind: string; variant?: string }): TextRef {
  const specific = form.variant ? `kind.${form.kind}.${form.variant}` : null;
  return { key: (specific && specific in ENGINE_STRINGS.zh ? specific : `kind.${form.kind}`) as EngineKey };
}
