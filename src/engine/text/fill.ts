/**
 * The one way a template becomes text outside the catalogue renderer (CLI lines, results sheet, pane, stamp notes).
 *
 * `{{name}}` is a parameter. `{{name|one|other}}` is the word that goes with a count: `one` when the parameter is 1,
 * else `other` — English needs it ("1 error", "2 errors"; "1 cell differs", "3 cells differ"), Chinese does not and
 * never uses it. The translator writes both forms in the template, so no English grammar is guessed in code.
 */
const COUNT_WORD = /\{\{\s*(\w+)\|([^|{}]*)\|([^|{}]*)\}\}/g;
const PARAMETER = /\{\{\s*(\w+)\s*\}\}/g;

/** Resolve the count words of a template; its `{{name}}` parameters are left for the caller's interpolation. */
export function chooseCountWords(text: string, params: Readonly<Record<string, unknown>>): string {
  if (!text.includes("|")) return text;
  return text.replace(COUNT_WORD, (_whole, name: string, one: string, other: string) => (Number(params[name]) === 1 ? one : other));
}

/** Fill a template: count words chosen, parameters replaced, a missing parameter as "". */
export function fillTemplate(text: string, params: Readonly<Record<string, unknown>>): string {
  return chooseCountWords(text, params).replace(PARAMETER, (_whole, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? "" : String(v);
  });
}
