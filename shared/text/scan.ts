/**
 * Regular-expression scans for text read many times in small pieces (the importer's paragraphs and sentences).
 * `String.prototype.matchAll` copies its expression on every call (about 0.3 µs, more than the search itself in a
 * short sentence), and a split at a lookbehind tries the lookbehind at every offset; these give the same results
 * without either.
 */

/**
 * The matches `s.matchAll(re)` gives, as an array. `re` must be global and is left with lastIndex 0 (as every exec
 * loop to its end leaves it); matching starts at offset `from` (0: the whole text; a caller that knows no match starts
 * before an offset passes it — lookbehinds still see the text before it).
 */
export function execAll(re: RegExp, s: string, from = 0): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll: the regular expression must be global');
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    // an empty match moves on by one character, as matchAll does
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

const ENDS = new Map<string, RegExp>();

/**
 * `s.split(/(?<=[ends])/)` for a set of single characters `ends`: the pieces of `s`, each ending right after one of
 * them (the last piece may end otherwise); '' gives [''].
 */
export function splitAfter(s: string, ends: string): string[] {
  let re = ENDS.get(ends);
  if (!re) ENDS.set(ends, (re = new RegExp(`[${ends.replace(/[\\\]^-]/g, '\\$&')}]`, 'g')));
  const out: string[] = [];
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const at = m.index + 1;
    if (at < s.length) { out.push(s.slice(from, at)); from = at; }
  }
  out.push(s.slice(from));
  return out;
}

/**
 * An empty list of strings already of the elements kind a filled one has (V8: PACKED_ELEMENTS; a `[]` starts as small
 * integers and changes kind at its first string). Code that V8 optimised on filled lists then reads an empty one
 * without throwing that code away: the importer's department lists (departments.ts) were empty in the first seeds of
 * the benchmark and filled in a later one, and `enrich` (~30 % of an import) ran unoptimised for 20–50 imports after.
 */
export function stringList(): string[] {
  const list = [''];
  list.pop();
  return list;
}

/**
 * `s` without one 等 at its end: what `s.replace(/等$/, '')` gives, without the expression's search for 等 (a common
 * character) over the whole text.
 */
export function withoutTrailingDeng(s: string): string {
  return s.endsWith('等') ? s.slice(0, -1) : s;
}
