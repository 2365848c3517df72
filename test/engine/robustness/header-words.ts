import * as seHeaders from "../../../src/engine/forms/self-evaluation/headers";
import * as gtHeaders from "../../../src/engine/forms/goal-table/headers";
import * as btVocabulary from "../../../src/engine/forms/budget-table/vocabulary";
import * as deRecognise from "../../../src/engine/forms/department-evaluation/recognise";

/** Every header word and row label the recognisers list (strings in the exported arrays and records). */
function collect(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 3) return;
  if (typeof value === "string") out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, out, depth + 1));
  else if (value && typeof value === "object" && !(value instanceof RegExp)) Object.values(value).forEach((v) => collect(v, out, depth + 1));
}

export const HEADER_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const m of [seHeaders, gtHeaders, btVocabulary, deRecognise]) collect(Object.values(m), out);
  // Short one-character words (类 款 项) and role keys are not header texts a variant can be typed into.
  for (const w of [...out]) if (w.length < 2 || /^[a-zA-Z]+$/.test(w)) out.delete(w);
  return out;
})();
