/**
 * Text handling for the library's full-text index: normalisation, index tokens,
 * FTS5 query building and highlighted snippets. Pure functions, no SQLite here.
 *
 * ## Why character bigrams, and not segmenter words
 *
 * Chinese has no spaces, and SQLite's FTS5 tokenizers cannot be written in JS with
 * better-sqlite3, so we tokenize ourselves at write time and store space-separated
 * tokens in a contentless FTS5 table (tokenizer unicode61, which then only splits
 * on our spaces).
 *
 * Two candidates were measured on the five seed plans (1,043 paragraphs):
 *
 * 1. Words from `Intl.Segmenter('zh', {granularity:'word'})`, the query segmented the
 *    same way and matched as a phrase. The segmenter depends on context (区科委 is
 *    区|科委 but 区经委 is 区|经|委; the query 区商务 is 区|商务, which matched only
 *    27 of the 31 paragraphs containing it). On 256 random 2–4 character Han substrings of the seeds, word-phrase
 *    matching found 6,250 of 7,598 containing paragraphs (82.3 % recall); for our probe
 *    terms (养老, 一网通办, 区科委 …) it was 720/725, but "4G" only 7/12 (3G4G, 4GWiFi).
 *    Segmenting paragraph by paragraph took 146 ms for all seeds, whole files 10 s.
 * 2. Overlapping character bigrams. A query term of n ≥ 2 characters becomes a phrase
 *    of its n−1 bigrams; consecutive bigrams at consecutive positions ⇔ the term occurs
 *    as a substring, so recall and precision are exact (substring semantics after
 *    normalisation), whatever the segmenter would have done. Each run's last unit is
 *    also emitted alone, so positions map 1:1 to units and a one-character query works
 *    as a prefix query (`养*`).
 *
 * Chosen: (2) only. A third column with segmenter words (to rank whole-word hits such as
 * 居家养老 above 培养老师) was tried: it never changes the hit set, but doubled the bm25
 * set-up cost per query (bm25 counts every phrase's posting list: 区科委 2.5 → 8.4 ms,
 * 信息化 full ranking 45 → 84 ms at 2,000 plans) and added ~20 % to write time, so it was dropped. Write time: ~24 ms per 40 KB plan (tokenizing + insert).
 *
 * Speed (2,000 plans × ~41 KB = 28.5 M chars, 417,200 nodes, 300 MB file; AMD EPYC,
 * 2 vCPU; limit 50): p50 3.1 ms, p95 15.8 ms over 750 runs of 25 queries of two or
 * more characters, with and without filters. One-character queries (网, 的) are prefix
 * queries that merge hundreds of bigram lists: 25–100 ms; the UI should search from the
 * second character on. See library.ts for the ranking caps that keep frequent terms fast.
 *
 * "Units": after NFKC + lower-case, every letter or digit (\p{L}, \p{N}) is one unit,
 * Latin and digits included: scraped plans glue them ("3G4G用户", "4GWiFi网络"), so
 * whole-word matching of Latin runs would miss real hits. Anything else (spaces,
 * punctuation) separates runs; bigrams never cross a separator. A query is split the
 * same way into terms, all of which must occur (AND). So the semantics is: every term
 * of the query is a substring of the heading or body, after normalisation.
 */

import { nodeCrypto } from './node-crypto.js';
import { districtKey } from '../../shared/text/district-key.js';

const TOKEN_CHAR = /^[\p{L}\p{N}]$/u;

export interface Normalized {
  /** Normalised text (NFKC, lower case). */
  text: string;
  /** For each UTF-16 index of `text`, the UTF-16 index of the original character. */
  map: number[];
}

/**
 * Characters that NFKC + lower case leave as they are (ASCII but A–Z, CJK ideographs and extension A, 、。《》「」
 * 『』【】〔〕 ‘’“” —): copied in stretches. NFKC_STABLE in the tests checks every one of them.
 */
export const NFKC_STABLE_SOURCE = '\\x00-\\x40\\x5b-\\x7f\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3001\\u3002\\u300a-\\u3015\\u2014\\u2018\\u2019\\u201c\\u201d';
const UNSTABLE = new RegExp(`[^${NFKC_STABLE_SOURCE}]`, 'g');

/**
 * One character (code point) normalised: NFKC + lower case, never empty. Memoised: String.prototype.normalize is
 * a call into ICU per character, which made the snippet of a 6,000-character body ~1 ms (a filtered search whose
 * hits were long appendix tables spent 30 of its 35 ms making snippets).
 */
const charMemo = new Map<string, string>();
const CHAR_MEMO_MAX = 20_000;
function normChar(ch: string): string {
  let n = charMemo.get(ch);
  if (n === undefined) {
    n = ch.normalize('NFKC').toLowerCase();
    // NFKC turns U+00A0 / U+3000 into a plain space; keep them as separators anyway.
    if (n.length === 0) n = ' ';
    if (charMemo.size >= CHAR_MEMO_MAX) charMemo.clear();
    charMemo.set(ch, n);
  }
  return n;
}

/**
 * NFKC + lower case, character by character, keeping a map back to the original. Stretches of characters that
 * do not change are copied as they are; the others go one by one (the same result as normalising every character).
 */
export function normalize(original: string): Normalized {
  const parts: string[] = [];
  const map: number[] = [];
  let last = 0;
  UNSTABLE.lastIndex = 0;
  for (let m = UNSTABLE.exec(original); m; m = UNSTABLE.exec(original)) {
    const at = m.index;
    if (at > last) {
      parts.push(original.slice(last, at));
      for (let j = last; j < at; j++) map.push(j);
    }
    // one code point (a lone surrogate stays one unit, as for…of gives it)
    const c = original.charCodeAt(at);
    const len = c >= 0xd800 && c <= 0xdbff && at + 1 < original.length && (original.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const n = normChar(original.slice(at, at + len));
    for (let k = 0; k < n.length; k++) map.push(at);
    parts.push(n);
    last = at + len;
    UNSTABLE.lastIndex = last;
  }
  if (last < original.length) {
    parts.push(last ? original.slice(last) : original);
    for (let j = last; j < original.length; j++) map.push(j);
  }
  map.push(original.length);
  return { text: parts.join(''), map };
}

/** The text of normalize(original), without the map back to the original. */
export function normalizedText(original: string): string {
  return textAndShape(original).text;
}

/**
 * Where characters that NFKC + lower case change may stand, for counting a term (rankNarrow, search.ts): blocks of
 * punctuation, symbols, full-width forms and A–Z. Only looked through for characters that normalise to no term
 * character (below): which of them do is decided by normChar itself, not by this list.
 */
const TERM_SAFE_BLOCKS: Array<[number, number]> = [
  [0x41, 0x5a], [0xa0, 0xff], [0x2000, 0x206f], [0x2100, 0x27bf], [0x2e00, 0x2e7f], [0x3000, 0x303f],
  [0xfe10, 0xfe1f], [0xfe30, 0xfe6f], [0xff01, 0xffef],
];
let termUnsafe: { han: RegExp; any: RegExp } | null = null;

/** The regular expressions of termText, made on first use (a few thousand normChar calls). */
function termUnsafeRes(): { han: RegExp; any: RegExp } {
  if (termUnsafe) return termUnsafe;
  const stable = new RegExp(`^[${NFKC_STABLE_SOURCE}]$`);
  const han = /[\u3400-\u4dbf\u4e00-\u9fff]/;
  const unit = /[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]/;
  const safeHan: number[] = [];
  const safeAny: number[] = [];
  for (const [lo, hi] of TERM_SAFE_BLOCKS) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      if (stable.test(ch)) continue;
      const n = normChar(ch);
      if (n.length === 0) continue;
      if (!han.test(n)) safeHan.push(c);
      if (!unit.test(n)) safeAny.push(c);
    }
  }
  const cls = (codes: number[]) => {
    let out = '';
    for (let i = 0; i < codes.length; ) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
      const u = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
      out += j > i ? `${u(codes[i])}-${u(codes[j])}` : u(codes[i]);
      i = j + 1;
    }
    return out;
  };
  termUnsafe = {
    han: new RegExp(`[^${NFKC_STABLE_SOURCE}${cls(safeHan)}]`),
    any: new RegExp(`[^${NFKC_STABLE_SOURCE}${cls(safeAny)}]`),
  };
  return termUnsafe;
}

/**
 * A text in which a term of units — Han (BMP), ASCII digits and lower-case letters; Han only when `hanOnly` — occurs
 * exactly as often (overlapping occurrences too) as in normalizedText(original): the original itself when each of its
 * characters either normalises to itself or to something without any character a term can hold (full-width
 * punctuation, and A–Z for Han terms; never empty, see normChar), else normalizedText(original). Runs of term
 * characters are then the same in both and separated alike, so counting a term in the original is counting it in the
 * normalised text, without building it (most bodies hold a full-width comma: normalising one cost ~4 µs of the
 * ~15 µs rankNarrow spent on a match).
 */
export function termText(original: string, hanOnly: boolean): string {
  const res = termUnsafeRes();
  return (hanOnly ? res.han : res.any).test(original) ? normalizedText(original) : original;
}

/**
 * normalize(original).text, and whether every character kept its length in UTF-16 units (then normalize's map is
 * the identity: offset i of the text is offset i of the original).
 */
function textAndShape(original: string): { text: string; sameOffsets: boolean } {
  UNSTABLE.lastIndex = 0;
  let m = UNSTABLE.exec(original);
  if (!m) return { text: original, sameOffsets: true };
  let out = '';
  let last = 0;
  let sameOffsets = true;
  for (; m; m = UNSTABLE.exec(original)) {
    const at = m.index;
    if (at > last) out += original.slice(last, at);
    const c = original.charCodeAt(at);
    const len = c >= 0xd800 && c <= 0xdbff && at + 1 < original.length && (original.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const n = normChar(original.slice(at, at + len));
    if (n.length !== len) sameOffsets = false;
    out += n;
    last = at + len;
    UNSTABLE.lastIndex = last;
  }
  return { text: last < original.length ? out + original.slice(last) : out, sameOffsets };
}

/** Split normalised text into runs of units (see header). */
export function unitRuns(normText: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const ch of normText) {
    if (TOKEN_CHAR.test(ch)) {
      run.push(ch);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Bigram tokens of one run, appended to `out`: u0u1 u1u2 … u(n-2)u(n-1) u(n-1).
 * Appends one by one: a run has no length limit (a 320,000-character paragraph without punctuation is one run),
 * and `out.push(...tokens)` passes every token as a call argument, which overflows the stack above ~120,000.
 */
function pushRunBigrams(run: string[], out: string[]): void {
  for (let i = 0; i < run.length - 1; i++) out.push(run[i] + run[i + 1]);
  if (run.length) out.push(run[run.length - 1]);
}

/** Index text for the bigram columns: space-separated tokens. */
export function bigramText(original: string): string {
  const out: string[] = [];
  for (const run of unitRuns(normalize(original).text)) pushRunBigrams(run, out);
  return out.join(' ');
}

/** Query terms: the query's runs (split on spaces and punctuation). */
export function queryTerms(query: string): string[][] {
  return unitRuns(normalize(query).text);
}

const quote = (s: string) => '"' + s.replace(/"/g, '""') + '"';

/** The FTS5 phrase (bigram tokens) for one query term, or a prefix query for one unit. */
function termPhrase(units: string[]): string {
  if (units.length === 1) return `${quote(units[0])} *`;
  const bigrams: string[] = [];
  for (let i = 0; i < units.length - 1; i++) bigrams.push(units[i] + units[i + 1]);
  return quote(bigrams.join(' '));
}

/**
 * FTS5 MATCH expressions for the query, or null when it has no searchable unit.
 * `all`: every term in heading or body (h, b columns); `heading`: additionally at
 * least one term in the heading; `phrases`: each term alone in heading or body (the phrases of `all`, in order).
 */
export function ftsQuery(query: string): { all: string; heading: string; phrases: string[] } | null {
  const terms = queryTerms(query);
  if (!terms.length) return null;
  const phrases = terms.map(termPhrase);
  const inText = phrases.map((p) => `{h b}: ${p}`);
  const all = inText.join(' AND ');
  // One term: in the heading implies in heading or body, and FTS5 would read the term's posting lists twice
  // (区科委, in 10,000 bodies and no heading of a 2,000-plan library: 2.8 → 1.0 ms)
  const heading = phrases.length === 1 ? `h: ${phrases[0]}` : `${all} AND h: (${phrases.join(' OR ')})`;
  return { all, heading, phrases: inText };
}

/**
 * Facet tokens, in FTS column `f`, so filters are posting-list intersections inside
 * FTS5 instead of joins over every match. Names are hashed into [0-9a-f] so any
 * district or department name becomes one unicode61 token. A district is hashed by its key
 * (shared/text/district-key.ts: 南嶼縣 and 南屿县 are one token), in the index and in the filter alike.
 */
export const facet = {
  kind: (k: string) => 'k' + k,
  status: (s: string) => 's' + s,
  plan: (id: string) => 'p' + hash(id),
  district: (d: string) => 'd' + districtHash(d),
  department: (d: string) => 'e' + hash(d),
  year: (y: number) => 'y' + String(Math.trunc(y)),
};

/** Most years of a period that are indexed as facet tokens (guards against a garbled period). */
export const MAX_PERIOD_YEARS = 60;

/** Districts hashed so far (a library names a few dozen; a plan's nodes and every filtered search ask again). */
const districtHashes = new Map<string, string>();
function districtHash(d: string): string {
  let h = districtHashes.get(d);
  if (h === undefined) {
    if (districtHashes.size >= 1024) districtHashes.clear();
    h = hash(districtKey(d));
    districtHashes.set(d, h);
  }
  return h;
}

function hash(s: string): string {
  return nodeCrypto().createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 16);
}

export interface Segment {
  text: string;
  hit: boolean;
}

/** Normalised needles of a query (one per term), for highlighting. */
export function needles(query: string): string[] {
  return queryTerms(query).map((units) => units.join(''));
}

/**
 * Find all occurrences of the needles in `original` (compared after normalisation);
 * returns merged [start, end) ranges in original UTF-16 indices.
 */
export function findRanges(original: string, ndls: string[]): Array<[number, number]> {
  if (!original || !ndls.length) return [];
  // the map back only when some character changed its length (full-width punctuation, A–Z, Ａ–Ｚ do not): building it
  // for a 6,000-character appendix body was most of its snippet's cost
  const shape = textAndShape(original);
  const { text, map } = shape.sameOffsets ? { text: shape.text, map: null } : normalize(original);
  const ranges: Array<[number, number]> = [];
  for (const n of ndls) {
    if (!n) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(n, from);
      if (at < 0) break;
      const a = map ? map[at] : at;
      const b = map ? map[at + n.length] ?? original.length : at + n.length;
      ranges.push([a, b]);
      from = at + 1;
    }
  }
  ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * A snippet of about `width` characters around the first hit, as segments.
 * Returns null when the text has no hit.
 *
 * A long text (appendix tables run to 6,000 characters) is searched from its start in growing prefixes: the
 * snippet only shows the ranges near the first hit, and normalising and searching the whole text for the rest was
 * most of a hit's cost (a district's 50 hits of 区科委: ~6 ms). A prefix's ranges are the whole text's as long as the
 * window ends well before the cut (a match is at most two UTF-16 units per needle unit long in the original), so the
 * result is the same as snippetOf(original, findRanges(original, ndls), width).
 */
export function snippet(original: string, ndls: string[], width = 80): Segment[] | null {
  if (!ndls.length) return null;
  const margin = 2 * Math.max(...ndls.map((n) => n.length)) + 2;
  for (let cut = Math.max(8 * width, 512); cut < original.length; cut *= 4) {
    // do not cut a surrogate pair
    const k = isLowSurrogate(original.charCodeAt(cut)) ? cut + 1 : cut;
    const prefix = original.slice(0, k);
    const ranges = findRanges(prefix, ndls);
    if (!ranges.length) continue;
    const { end } = snippetWindow(original, ranges, width);
    // every range the window shows ends before it, and any range not found (crossing the cut) starts after it
    if (end + margin < k) return snippetOf(original, ranges, width);
  }
  return snippetOf(original, findRanges(original, ndls), width);
}

/**
 * The snippet of a field of which `prefix` is the start (cut at a code point), when the prefix decides it: its first
 * hit's window ends well before the cut. Else undefined (no hit in the prefix, or too near its end): read it all.
 */
export function prefixSnippet(prefix: string, ndls: string[], width = 80): Segment[] | undefined {
  if (!ndls.length) return undefined;
  const margin = 2 * Math.max(...ndls.map((n) => n.length)) + 2;
  const ranges = findRanges(prefix, ndls);
  if (!ranges.length || snippetWindow(prefix, ranges, width).end + margin >= prefix.length) return undefined;
  return snippetOf(prefix, ranges, width) ?? undefined;
}

/** Where the snippet of these ranges (findRanges's: sorted, merged) starts and ends in `original`. */
function snippetWindow(original: string, ranges: Array<[number, number]>, width: number): { start: number; end: number } {
  const first = ranges[0];
  const hitLen = first[1] - first[0];
  let start = Math.max(0, first[0] - Math.floor((width - hitLen) / 3));
  let end = Math.min(original.length, start + Math.max(width, hitLen));
  start = Math.max(0, Math.min(start, end - width));
  // Never cut a hit in two: extend the window to the end of a hit it starts.
  for (const [a, b] of ranges) if (a < end && b > end) end = b;
  // Do not cut a surrogate pair.
  if (start > 0 && isLowSurrogate(original.charCodeAt(start))) start--;
  if (end < original.length && isLowSurrogate(original.charCodeAt(end))) end++;
  return { start, end };
}

/** The snippet of `original` around the first of `ranges` (findRanges's), or null when there is none. */
export function snippetOf(original: string, ranges: Array<[number, number]>, width = 80): Segment[] | null {
  if (!ranges.length) return null;
  const { start, end } = snippetWindow(original, ranges, width);
  const segs: Segment[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = segs[segs.length - 1];
    if (last && last.hit === hit) last.text += text;
    else segs.push({ text, hit });
  };
  if (start > 0) push('…', false);
  let pos = start;
  for (const [a0, b0] of ranges) {
    if (b0 <= start || a0 >= end) continue;
    const a = Math.max(a0, start);
    const b = Math.min(b0, end);
    push(original.slice(pos, a), false);
    push(original.slice(a, b), true);
    pos = b;
  }
  push(original.slice(pos, end), false);
  if (end < original.length) push('…', false);
  return segs;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
