/**
 * Remember a pure function of a string. Cell texts repeat across the forms of a workbook (the same header words,
 * indicator names and targets in every form), so the engine's text folding and parsing are asked the same question
 * thousands of times. Bounded: the cache starts afresh past `limit` entries, so memory stays flat on any workbook.
 */
export function memoByText<R>(f: (text: string) => R, limit = 50_000): (text: string) => R {
  const cache = new Map<string, R>();
  return (text: string): R => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const value = f(text);
    cache.set(text, value);
    return value;
  };
}
