/**
 * Tokens for comparing plans. Intl.Segmenter('zh', { granularity: 'word' }) cuts the text paragraph by paragraph
 * (one 97 KB string takes ~240 ms, the same text line by line ~30 ms). Before it, the text is pre-split on what
 * the segmenter would cut badly or what must compare equal across plans:
 *   - the plan's own district name (the segmenter gives 静|安|区) → one token, key 〈区〉;
 *   - numbers: Arabic (2015, 4.74) and Chinese numerals that count (三年 → 3 + 年, 二○一五年 → 2015 + 年), key Arabic.
 * Traditional script is compared as Simplified: each line is folded character by character (text/fold.ts
 * toSimplified, length-preserving) and cut and keyed on that view, while surfaces are sliced from the line as
 * written (資源 has key 资源 and surface 資源). Masks are matched on the Simplified view too.
 * Between punctuation (and where a Han character meets a letter, digit or space: unitClass), a run of Han characters alone is cut by a word list of our own (lexicon.ts: ICU's segmentation of
 * the importer corpus; since 2026-12-07 no span of such a run goes to ICU) — the segmenter's per-segment cost was half
 * of a compare from scratch; everything else (kana, marks, a run longer than lexicon.ts cuts) goes to Intl.Segmenter.
 * Every token keeps its surface text, so a diff on keys shows the original words; joining all surfaces of
 * `tokenize(text)` gives `text` back.
 * Environment-free (Node 20 and Chromium both have Intl.Segmenter).
 */
import { toSimplified } from '../text/fold';
import { LEXICON_HASH, lexiconWords } from './lexicon';
import { CN_NUMERAL_SOURCE, DISTRICT_KEY, districtPattern, foldKey, numeralKey } from './normalize';

export interface Token {
  /** Surface: the text as written. */
  s: string;
  /** Key: what is compared (folded, numerals Arabic, district masked). */
  k: string;
  /** Word-like (false for punctuation, spaces and line breaks). */
  w: boolean;
}

/**
 * Made on first use: creating it loads ICU's word-break data (~3 ms of a command-line process), which a compare of
 * library plans whose lines all come from stored tokens (electron/core/plan-tokens.ts) never needs.
 */
let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
const NUMBER_SOURCE = '(?<![A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])';

const splitterCache = new Map<string, RegExp>();
function splitter(masks: readonly string[]): RegExp {
  const key = masks.join('\u0000');
  let re = splitterCache.get(key);
  if (!re) {
    const d = districtPattern(masks);
    re = new RegExp(`${d ? `(${d})|` : '()'}(${NUMBER_SOURCE})|(${CN_NUMERAL_SOURCE})`, 'gu');
    if (splitterCache.size > 200) splitterCache.clear();
    splitterCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

function isSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // \t \n \v \f \r, space, NBSP, ideographic space, the U+2000 block, line/paragraph separators, BOM
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f)) return false;
  }
  return s.length > 0;
}

/**
 * Longest piece handed to the segmenter at once. ICU's dictionary segmentation of a run of Han characters is
 * quadratic in the run's length (measured in Node 20: 16,000 characters 83 ms, 64,000 760 ms, 320,000 about 150 s),
 * and a pasted or scraped paragraph may have no punctuation at all. Longer text is cut after the last separator
 * before the limit, or at the limit (a word straddling that cut becomes two tokens; real sentences are far shorter).
 */
export const SEGMENT_CHUNK = 1000;

/**
 * Punctuation that the segmenter always gives a one-character, non-word segment of its own, and that ends a run
 * of Han characters for its dictionary: cut off here in JS (a fifth of the segments of a plan) so that the
 * segmenter only sees the pieces between, and so that the same clause is segmented once (PIECE_CACHE). Not when
 * a neighbour is a letter or digit of an alphabetic script — UAX #29 joins a.b, 3,000, can't, Ａ：Ｂ — nor before a
 * combining mark or format character (it attaches to what precedes it). Never connector punctuation (\p{Pc}: _ ＿ ‿):
 * UAX #29 joins it to letters, digits and to itself (ExtendNumLet, ＿＿ is one segment). tests/compare/align.test.ts
 * checks the tokens against the segmenter run over whole lines.
 */
const CUT_PUNCT = /(?!\p{Pc})\p{P}/u;
const ALNUM_NOT_HAN = /[\p{L}\p{N}\p{M}\p{Cf}]/u;
const HAN = /\p{Script=Han}/u;

function isCut(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_CUT.charCodeAt(c) === 49 && !joins(text, i - 1) && !joins(text, i + 1);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let p = PUNCT_UNIT[c];
  if (p === 0) PUNCT_UNIT[c] = p = CUT_PUNCT.test(text[i]) ? 2 : 1;
  if (p === 1) return false;
  return !joins(text, i - 1) && !joins(text, i + 1);
}
/**
 * ASCII punctuation cut like the rest (one flag per code unit, '1' = cut: CUT_PUNCT, so not '_'), and like the rest
 * only between characters that cannot join it — in the plans mostly a half-width comma, semicolon or parenthesis
 * between Han characters (~1,800 of the ~22,000 segments of 静安 2014 ↔ 杨浦 2015); inside a number, a word or an
 * address (4.74, A-B, e.g.) it stays with the segmenter.
 */
const ASCII_CUT = Array.from({ length: 128 }, (_, c) => (CUT_PUNCT.test(String.fromCharCode(c)) ? '1' : '0')).join('');
/** CUT_PUNCT per BMP code unit, asked of the pattern once per process: 0 not asked yet, 1 no, 2 yes. */
const PUNCT_UNIT = new Uint8Array(65536);
/** May the character at i join a punctuation character next to it into one segment? */
function joins(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0x4e00 && c <= 0x9fff) return false; // the usual case: a Han character
  if (c >= 0xd800 && c <= 0xdfff) return true; // outside the BMP: not worth a closer look
  const ch = text[i];
  return ALNUM_NOT_HAN.test(ch) && !HAN.test(ch);
}

/**
 * Tokens of one piece without cut punctuation, keyed by its Simplified view; the surfaces are the view's (a
 * caller with a Traditional line makes tokens with its own surfaces). Shared: never mutate.
 */
const PIECE_CACHE_TOKENS = 200_000;
const pieceCache = new Map<string, Token[]>();
let pieceCacheTokens = 0;

/**
 * The segmenter over the text segmentInto is cutting (at most BATCH_CHARS long), made at its first piece that is not
 * cached: the pieces of one text are read from one segmenter call — a call costs about as much as a few segments, and
 * a text has a few pieces — with `containing` from the piece's start. A piece's ends are the segmenter's boundaries in
 * the whole text (cut marks and spaces are cut off only where UAX #29 breaks: the tokens are those of the segmenter over
 * the whole line, tests/compare/align.test.ts), so the segments inside are the piece's own; a segment that does not
 * start at the piece's start or ends past its end sends the piece to the segmenter alone.
 */
let batchText: string | null = null;
let batchSegments: Intl.Segments | null = null;
/**
 * Longest text read in one segmenter call (longer ones: piece by piece). Node 20's segmenter allocates in proportion
 * to the text's length for every segment it gives (measured: per 100,000 segments, texts of 16 / 64 / 256 / 1,024
 * characters caused 13 / 22 / 60 / 211 scavenges of a 1 MB young generation): a long text read in one call costs more
 * than its pieces read one by one.
 */
const BATCH_CHARS = 256;

function pieceTokens(view: string, from: number, to: number): Token[] {
  let hit = pieceCache.get(view);
  if (hit) return hit;
  hit = [];
  // a run of Han characters the word list can cut (lexicon.ts): no segmenter; a run of letters and digits, or of
  // spaces, between cuts (unitClass): one segment
  const run = unitRun(view);
  const words = run === 1 ? lexiconWords(view) : null;
  if (run === 2) hit.push(wordToken(view));
  else if (run === 3) hit.push(otherToken(view));
  else if (words !== null) for (let q = 0; q < words.length; q++) hit.push(wordToken(words[q]));
  else if (batchText === null || !readSegments(hit, (batchSegments ??= wordSegmenter().segment(batchText)), from, to)) {
    hit.length = 0;
    segmentLong(hit, view);
  }
  pieceCache.set(view, hit);
  pieceCacheTokens += hit.length;
  if (pieceCacheTokens > PIECE_CACHE_TOKENS) {
    for (const [k, v] of pieceCache) {
      if (pieceCacheTokens <= PIECE_CACHE_TOKENS * 0.75) break;
      pieceCache.delete(k);
      pieceCacheTokens -= v.length;
    }
  }
  return hit;
}

/** unitClass of every unit of `s` when they are all of one class, else 0. */
function unitRun(s: string): number {
  const k = unitClass(s.charCodeAt(0));
  for (let i = 1; i < s.length && k !== 0; i++) if (unitClass(s.charCodeAt(i)) !== k) return 0;
  return k;
}

/**
 * Class of a code unit for the cuts between pieces that need no punctuation: 1 a Han character (U+4E00–U+9FFF), 2 a
 * letter or digit of ASCII or its full-width form, 3 a space (U+0020), 0 anything else. Between two of the first three
 * classes UAX #29 always breaks (no rule joins a Han character to a letter, digit or space, nor a letter or digit to a
 * space; checked in Node 20's ICU for every BMP character next to Han ones — only combining marks, format characters and
 * scripts the dictionary reads with Han, kana or 々, are not cut — and by tests/compare/align.test.ts against the
 * segmenter over whole lines), so a piece is cut there too: a run of Han characters between letters or spaces
 * (掌上E助手, 区委办 区科委) goes to the word list like one between punctuation, and a run of letters and digits (4G,
 * IPv6, ＡＢ) or of spaces is one segment of its own.
 */
function unitClass(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 1;
  if (c < 0x80) return c === 32 ? 3 : (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 2 : 0;
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? 2 : 0;
}

/** `text` is the Simplified view of `orig` (same length); keys come from `text`, surfaces from `orig`. */
function segmentInto(out: Token[], text: string, orig: string): void {
  if (!text) return;
  const same = orig === text;
  batchText = text.length <= BATCH_CHARS ? text : null;
  batchSegments = null;
  let at = 0;
  let prev = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length) {
      const c = text.charCodeAt(i);
      const k = unitClass(c);
      if (k !== 0) {
        // a Han character, a letter or digit, a space: cut where the class changes (unitClass), else read on
        if (prev !== 0 && k !== prev && i > at) {
          piece(out, text, orig, same, at, i);
          at = i;
        }
        prev = k;
        continue;
      }
      prev = 0;
      if ((c < 0x80 && ASCII_CUT.charCodeAt(c) === 48) || !isCut(text, i)) continue;
    }
    // the piece [at, i) (no closure per call: this runs for every line)
    if (i > at) piece(out, text, orig, same, at, i);
    if (i === text.length) break;
    const k = text[i];
    // a cut mark is never a space: otherToken's key is foldKey(k)
    out.push(same || orig.charCodeAt(i) === k.charCodeAt(0) ? otherToken(k) : { s: orig[i], k: foldKey(k), w: false });
    at = i + 1;
  }
  batchText = null;
  batchSegments = null;
}

/** The tokens of the piece [from, to) of `text` (the Simplified view of `orig`) into out, with orig's surfaces. */
function piece(out: Token[], text: string, orig: string, same: boolean, from: number, to: number): void {
  const view = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens = pieceTokens(view, from, to);
  if (same || orig.slice(from, to) === view) for (let q = 0; q < tokens.length; q++) out.push(tokens[q]);
  else {
    let o = from;
    for (let q = 0; q < tokens.length; q++) {
      const t = tokens[q];
      out.push({ s: orig.substr(o, t.s.length), k: t.k, w: t.w });
      o += t.s.length;
    }
  }
}

/** The tokens of batchText's segments over [from, to) into out; false when a segment crosses from or to. */
function readSegments(out: Token[], segments: Intl.Segments, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const seg = segments.containing(i)!;
    const k = seg.segment;
    if (seg.index !== i || i + k.length > to) return false;
    out.push(seg.isWordLike ? wordToken(k) : otherToken(k));
    i += k.length;
  }
  return true;
}

/** The segmenter over one piece, in chunks of at most SEGMENT_CHUNK characters. */
function segmentLong(out: Token[], text: string): void {
  if (!text) return;
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + SEGMENT_CHUNK);
    if (end < text.length) {
      let cut = end;
      while (cut > at + SEGMENT_CHUNK / 2 && (/[\p{L}\p{N}]/u.test(text[cut - 1]) || isSurrogate(text.charCodeAt(cut - 1)))) cut--;
      if (cut > at + SEGMENT_CHUNK / 2) end = cut;
      else if (isHighSurrogate(text.charCodeAt(end - 1))) end--; // never split a surrogate pair
    }
    segmentPiece(out, at === 0 && end === text.length ? text : text.slice(at, end));
    at = end;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * The segments of one piece, read with `containing(i)` from each segment's end rather than with the iterator: the same
 * segments (checked over the seeds, the test corpus and random cuts of them with other scripts mixed in: UAX #29's
 * boundaries do not depend on where reading starts), ~20 % less time per segment in Node 20 (no iterator result object).
 */
function segmentPiece(out: Token[], text: string): void {
  const segments = wordSegmenter().segment(text);
  for (let i = 0; i < text.length; ) {
    const seg = segments.containing(i)!;
    const k = seg.segment;
    out.push(seg.isWordLike ? wordToken(k) : otherToken(k));
    i += k.length;
  }
}

/**
 * One Token per surface, word-like or not (its key follows from both): a plan's tens of thousands of segments are a
 * few thousand distinct words and marks, so the token caches hold a few thousand objects instead of one per segment,
 * and the garbage collector has that much less to copy. Bounded; emptied with the token caches. Shared: never mutate.
 */
const TOKENS_KEPT = 100_000;
const wordTokens = new Map<string, Token>();
const otherTokens = new Map<string, Token>();
function wordToken(s: string): Token {
  let t = wordTokens.get(s);
  if (t === undefined) {
    t = { s, k: foldKey(s), w: true };
    if (wordTokens.size >= TOKENS_KEPT) wordTokens.clear();
    wordTokens.set(s, t);
  }
  return t;
}
/** A non-word segment's token: spaces have key ' ', anything else its folded text. */
function otherToken(s: string): Token {
  let t = otherTokens.get(s);
  if (t === undefined) {
    t = { s, k: isSpace(s) ? ' ' : foldKey(s), w: false };
    if (otherTokens.size >= TOKENS_KEPT) otherTokens.clear();
    otherTokens.set(s, t);
  }
  return t;
}

/** The tokens of one line (no '\n'), uncached. `view`: the line's Simplified view (same length). */
function tokenizeLine(para: string, view: string, masks: readonly string[]): Token[] {
  const out: Token[] = [];
  const re = splitter(masks);
  // (the surfaces: the line as written; slices of the view itself when that is the same text)
  const orig = view === para ? view : para;
  let at = 0;
  for (let m = re.exec(view); m; m = re.exec(view)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    segmentInto(out, view.slice(at, m.index), orig.slice(at, m.index));
    const s = orig.slice(m.index, m.index + m[0].length);
    if (m[1]) out.push({ s, k: DISTRICT_KEY, w: true });
    else if (m[2]) out.push({ s, k: foldKey(m[0]).replace('．', '.'), w: true });
    else out.push({ s, k: numeralKey(m[0]), w: true });
    at = m.index + m[0].length;
  }
  if (at === 0) segmentInto(out, view, orig);
  else segmentInto(out, view.slice(at), orig.slice(at));
  return out;
}

/**
 * Tokens per distinct line (LRU, at most LINE_CACHE_TOKENS tokens): Intl.Segmenter is most of the cost of
 * preparing a plan, and the same lines come back — the same plan loaded again, its versions, a template and
 * the drafts made from it, headings tokenised once per node and once per ancestor. A line that contains none
 * of the masks tokenises the same whatever the masks are, so it is cached once for every district.
 * Cached tokens are shared: never mutate a Token.
 */
const LINE_CACHE_TOKENS = 400_000;
const lineCache = new Map<string, Token[]>();
let lineCacheTokens = 0;

/** masks.join('\u0000') of the masks last asked for (a plan's lines come with the same array, line after line). */
let joinedOf: readonly string[] | null = null;
let joined = '';
function joinMasks(masks: readonly string[]): string {
  if (masks !== joinedOf) {
    joined = masks.join('\u0000');
    joinedOf = masks;
  }
  return joined;
}

function lineTokens(para: string, masks: readonly string[]): Token[] {
  let key = para;
  const view = toSimplified(para);
  for (const m of masks) {
    if (m && view.includes(m)) {
      key = joinMasks(masks) + '\u0001' + para;
      break;
    }
  }
  let hit = lineCache.get(key);
  if (hit) {
    lineCache.delete(key);
    lineCache.set(key, hit);
    return hit;
  }
  const stored = primed.size ? primed.get(para) : undefined;
  if (stored) {
    primed.delete(para);
    // an entry cut with these masks; or a line that has no mask of its own here (key === para) and had none where it
    // was cut — a line of both plans of a compare (保障措施, a shared item heading), primed last by the other plan:
    // without a mask in it the line tokenises the same whatever the masks (the line cache's rule above)
    const table = stored.table;
    if (table.masks === joinMasks(masks) || (key === para && !table.maskList.some((m) => m && view.includes(m)))) hit = decodeLine(para, view, table, stored.at, stored.end) ?? undefined;
  }
  hit ??= tokenizeLine(para, view, masks);
  lineCache.set(key, hit);
  lineCacheTokens += hit.length;
  if (lineCacheTokens > LINE_CACHE_TOKENS) {
    for (const [k, v] of lineCache) {
      if (lineCacheTokens <= LINE_CACHE_TOKENS * 0.75) break;
      lineCache.delete(k);
      lineCacheTokens -= v.length;
    }
  }
  return hit;
}

/** Forget the cached line tokens (benchmarks: measure tokenising from scratch). */
export function clearTokenCache(): void {
  lineCache.clear();
  lineCacheTokens = 0;
  pieceCache.clear();
  pieceCacheTokens = 0;
  wordTokens.clear();
  otherTokens.clear();
  primed.clear();
}

/*
 * Stored tokens. The tokens of a plan's lines are kept with the plan when it is saved (electron/core/plan-tokens.ts,
 * table plan_tokens) so that reading it for a comparison need not run Intl.Segmenter again: encodeLines gives a
 * compact blob of the lines' token boundaries and kinds, primeLines hands such a blob back before the lines are
 * tokenised, and lineTokens rebuilds a primed line's tokens from it instead of segmenting (keys are derived from
 * the text exactly as tokenizeLine derives them). A line that is not in the blob, or is tokenised with other
 * masks, is segmented as before. Whether the segmenter would cut the same way is the caller's business: a blob is
 * only valid for the same TOKENS_FORMAT and the same ICU data (electron/core/plan-tokens.ts keys it by both).
 *
 * Blob: 'P' 'T' TOKENS_FORMAT, uint32 LE FNV-1a of the lines and masks, uint32 LE checksum of the payload, then the
 * payload: a table of the distinct tokens — a varint with their number, then per token one byte (kind << 5 | length;
 * length 31 = a varint with the length follows), most frequent first — and per line a varint with the byte length of
 * its entry (0 = no entry), the entry being one varint per token: its index in the table (one byte for the 128 most
 * frequent). A token's text is not stored: the first line decoded that uses an entry gives its surface (sliced from
 * the line where it stands) and its key, and every later use of the entry is that same token object, checked
 * against the text where it stands — so rebuilding a plan's tens of thousands of tokens makes a few thousand
 * objects (format 1 stored one byte per token, its length and kind, and sliced and keyed every token again).
 * Kinds: see keyOf. Priming skips from line to line (a plan has hundreds of lines, and this runs in a one-shot process
 * before the JIT has compiled it); an entry is checked when its line is decoded (indices in the table, surfaces that
 * are the line's text, lengths that add up to the line), and a line whose entry does not fit is segmented.
 */

/**
 * The format of stored tokens and the rules that make them: change it when either changes, or the lines stored
 * (prepare.ts planLines). 3: items' texts with their years masked are stored too.
 */
export const TOKENS_FORMAT = 3;

/**
 * A fingerprint of the cutting rules a stored entry depends on besides the segmenter (the chunk size, the punctuation
 * cut in JS, the number and numeral patterns, the word list of lexicon.ts by its precomputed hash): part of the stored tokens' tokenizer id (electron/core/plan-tokens.ts),
 * so that a release changing one of them without a format bump reads no row cut by the old rules. The district
 * pattern and the Simplified fold are not in it: a row is tied to the lines' Simplified view only through its hash.
 */
let rulesPrint: string | undefined;
export function tokenRulesFingerprint(): string {
  return (rulesPrint ??= (fnvString(0x811c9dc5, [SEGMENT_CHUNK, CUT_PUNCT.source, ALNUM_NOT_HAN.source, HAN.source, NUMBER_SOURCE, CN_NUMERAL_SOURCE, LEXICON_HASH].join('\u0000')) >>> 0).toString(16).padStart(8, '0'));
}

/**
 * The token table of one primed blob: each entry's kind and length from the blob, its token made by the first line
 * decoded that uses it (the Simplified fold is code unit by code unit, text/fold.ts, so a surface has the same key in
 * every line). Shared by the blob's primed lines; its tokens are shared: never mutate.
 */
interface TokenTable {
  /** The masks the blob was cut with, joined by U+0000, and as a list. */
  masks: string;
  maskList: readonly string[];
  bytes: Uint8Array;
  kinds: Uint8Array;
  lengths: Uint32Array;
  tokens: Array<Token | undefined>;
}

/** Lines primed from stored tokens, not yet asked for: their blob's table and where the line's entry starts and ends. */
const primed = new Map<string, { table: TokenTable; at: number; end: number }>();
const PRIMED_LINES = 100_000;

const KIND_OTHER = 0;
const KIND_WORD = 1;
const KIND_DISTRICT = 2;
const KIND_NUMBER = 3;
const KIND_NUMERAL = 4;

/** A token's key from its kind and its text in the Simplified view — as tokenizeLine and segmentPiece make them. */
function keyOf(kind: number, v: string): string {
  switch (kind) {
    case KIND_OTHER:
      return isSpace(v) ? ' ' : foldKey(v);
    case KIND_WORD:
      return foldKey(v);
    case KIND_DISTRICT:
      return DISTRICT_KEY;
    case KIND_NUMBER:
      return foldKey(v).replace('．', '.');
    default:
      return numeralKey(v);
  }
}

/** FNV-1a's step over pairs of UTF-16 code units (half the steps: this runs before the JIT has compiled it), continuing from h. */
function fnvString(h: number, s: string): number {
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ n, 0x01000193) >>> 0;
}
function linesHash(lines: readonly string[], masks: readonly string[]): number {
  let h = fnvString(0x811c9dc5, masks.join('\u0000'));
  for (const l of lines) h = fnvString(fnvString(h, '\u0001'), l);
  return h;
}
/** A checksum of bytes[from…]: FNV-1a's step over little-endian 32-bit words (a quarter of the steps of FNV-1a). */
function checksum(bytes: Uint8Array, from: number): number {
  const n = bytes.length - from;
  const words = new Uint32Array(n >> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(from, from + (words.length << 2)));
  let h = 0x811c9dc5 ^ n;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  for (let i = from + (words.length << 2); i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

const HEADER = 11;

function pushVarint(into: number[], n: number): void {
  while (n >= 0x80) {
    into.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  into.push(n);
}

/**
 * The stored form of the tokens of `lines` (distinct lines without '\n', as tokenize would see them) with these
 * masks. A line whose tokens the blob could not give back exactly gets no entry (it will be segmented).
 */
export function encodeLines(lines: readonly string[], masks: readonly string[]): Uint8Array {
  /** Distinct tokens by kind and surface: kind, length, uses, order of first use, index in the table. */
  const distinct = new Map<string, { kind: number; n: number; uses: number; first: number; index: number }>();
  /** Per line its tokens' entries in `distinct`, or null (no entry). */
  const perLine: Array<Array<{ index: number }> | null> = [];
  /**
   * The entry of a token object met before in a line that is its own Simplified view (its kind follows from its surface
   * and key alone then): tokens are shared, one object per surface (wordToken, otherToken), so most of a plan's tokens
   * are found here instead of being keyed again by every kind.
   */
  const seen = new Map<Token, { kind: number; n: number; uses: number; first: number; index: number }>();
  for (const para of lines) {
    const tokens = para && !para.includes('\n') ? lineTokens(para, masks) : null;
    const view = toSimplified(para);
    const same = view === para;
    const refs: Array<{ index: number }> = [];
    let o = 0;
    let ok = tokens !== null;
    for (const t of tokens ?? []) {
      const n = t.s.length;
      if (n === 0 || !para.startsWith(t.s, o)) {
        ok = false;
        break;
      }
      let d = same ? seen.get(t) : undefined;
      if (d !== undefined) {
        d.uses++;
        refs.push(d);
        o += n;
        continue;
      }
      const v = view.substr(o, n);
      let kind = -1;
      for (const c of t.w ? [KIND_WORD, KIND_DISTRICT, KIND_NUMBER, KIND_NUMERAL] : [KIND_OTHER]) {
        if (keyOf(c, v) === t.k) {
          kind = c;
          break;
        }
      }
      if (kind < 0) {
        ok = false;
        break;
      }
      const id = `${kind}\u0000${t.s}`;
      d = distinct.get(id);
      if (!d) distinct.set(id, (d = { kind, n, uses: 0, first: distinct.size, index: -1 }));
      if (same) seen.set(t, d);
      d.uses++;
      refs.push(d);
      o += n;
    }
    perLine.push(ok && o === para.length ? refs : null);
  }
  // most used first (one-byte indices for the 128 most frequent), then in order of first use
  const table = [...distinct.values()].sort((a, b) => b.uses - a.uses || a.first - b.first);
  const out: number[] = [];
  pushVarint(out, table.length);
  table.forEach((d, i) => {
    d.index = i;
    out.push((d.kind << 5) | Math.min(d.n, 31));
    if (d.n >= 31) pushVarint(out, d.n);
  });
  const entry: number[] = [];
  for (const refs of perLine) {
    entry.length = 0;
    for (const r of refs ?? []) pushVarint(entry, r.index);
    pushVarint(out, entry.length);
    for (const b of entry) out.push(b);
  }
  const bytes = new Uint8Array(HEADER + out.length);
  bytes.set(out, HEADER);
  bytes[0] = 0x50; // P
  bytes[1] = 0x54; // T
  bytes[2] = TOKENS_FORMAT;
  const view = new DataView(bytes.buffer);
  view.setUint32(3, linesHash(lines, masks), true);
  view.setUint32(7, checksum(bytes, HEADER), true);
  return bytes;
}

/**
 * Hand stored tokens (encodeLines of the same lines and masks) to the tokeniser: the next tokenising of one of these
 * lines with these masks rebuilds its tokens from the blob instead of running the segmenter. Returns false, and
 * primes nothing, when the blob is not for these lines and masks, of another format, or damaged.
 */
export function primeLines(lines: readonly string[], masks: readonly string[], bytes: Uint8Array): boolean {
  if (bytes.length < HEADER || bytes[0] !== 0x50 || bytes[1] !== 0x54 || bytes[2] !== TOKENS_FORMAT) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(3, true) !== linesHash(lines, masks) || view.getUint32(7, true) !== checksum(bytes, HEADER)) return false;
  let at = HEADER;
  const varint = (): number => {
    let n = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length || shift > 28) return -1;
      const b = bytes[at++];
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
  };
  const count = varint();
  if (count < 0 || count > bytes.length || count >= 1 << 21) return false; // decodeLine reads indices of at most three bytes
  const kinds = new Uint8Array(count);
  const lengths = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    if (at >= bytes.length) return false;
    const b = bytes[at++];
    const n = (b & 31) === 31 ? varint() : b & 31;
    if (b >> 5 > KIND_NUMERAL || n <= 0) return false;
    kinds[i] = b >> 5;
    lengths[i] = n;
  }
  const table: TokenTable = { masks: masks.join('\u0000'), maskList: [...masks], bytes, kinds, lengths, tokens: new Array<Token | undefined>(count).fill(undefined) };
  // (line index, start, end) flat, no array per line: the lines' entries are set only once every line is read
  const entries: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const n = varint();
    if (n < 0) return false;
    if (n === 0) continue;
    if (at + n > bytes.length) return false;
    entries.push(l, at, at + n);
    at += n;
  }
  if (at !== bytes.length) return false;
  if (primed.size + entries.length / 3 > PRIMED_LINES) primed.clear();
  for (let e = 0; e < entries.length; e += 3) primed.set(lines[entries[e]], { table, at: entries[e + 1], end: entries[e + 2] });
  return true;
}

/** The tokens of a primed line from its entry; null when the entry does not fit the line (the line is segmented). */
function decodeLine(para: string, view: string, table: TokenTable, at: number, end: number): Token[] | null {
  const { bytes, kinds, lengths, tokens } = table;
  // one token per byte below 0x80 (the last byte of each index): the array at its size, not grown push by push
  let count = 0;
  for (let b = at; b < end; b++) if (bytes[b] < 0x80) count++;
  const out = new Array<Token>(count);
  let o = 0;
  let q = 0;
  while (at < end) {
    let i = bytes[at++];
    if (i >= 0x80) {
      // at most three bytes: a table has fewer than 2^21 entries
      if (at >= end) return null;
      let c = bytes[at++];
      i = (i & 0x7f) | ((c & 0x7f) << 7);
      if (c >= 0x80) {
        if (at >= end) return null;
        c = bytes[at++];
        if (c >= 0x80) return null;
        i |= c << 14;
      }
    }
    if (i >= tokens.length) return null;
    let t = tokens[i];
    const n = lengths[i];
    if (o + n > para.length) return null;
    if (t === undefined) {
      const s = para.slice(o, o + n);
      const kind = kinds[i];
      t = { s, k: keyOf(kind, view === para ? s : view.slice(o, o + n)), w: kind !== KIND_OTHER };
      tokens[i] = t;
    } else {
      const ts = t.s;
      for (let k = 0; k < n; k++) if (ts.charCodeAt(k) !== para.charCodeAt(o + k)) return null;
    }
    out[q++] = t;
    o += n;
  }
  return o === para.length && q === count ? out : null;
}

/**
 * The line break's token, shared by every text (tokens are never mutated). Not frozen: a frozen object has a map of
 * its own, and every token array holding it made the token reads (t.k, t.w) of the compare polymorphic — optimised
 * code that had seen one map deoptimised ('wrong map') at the first line break.
 */
const NEWLINE: Token = { s: '\n', k: '\n', w: false };

/**
 * All tokens of `text` (surfaces concatenate back to `text`). `masks`: district names to mask (normalize.districtNames).
 * `onLine`: given each non-empty line's tokens, in order — the cached array of the line (the same array whenever the
 * line is tokenised again while it stays cached: a key for what callers derive from a line's tokens). Never mutate it.
 */
export function tokenize(text: string, masks: readonly string[] = [], onLine?: (tokens: readonly Token[]) => void): Token[] {
  if (!text.includes('\n')) {
    if (!text) return [];
    const tokens = lineTokens(text, masks);
    onLine?.(tokens);
    return tokens.slice();
  }
  // the lines' cached arrays first, then one array at its size (not grown push by push)
  const lines: Array<readonly Token[] | null> = [];
  let size = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const para = nl < 0 ? text.slice(start) : text.slice(start, nl);
    let tokens: readonly Token[] | null = null;
    if (para) {
      tokens = lineTokens(para, masks);
      size += tokens.length;
      onLine?.(tokens);
    }
    lines.push(tokens);
    if (nl < 0) break;
    size++;
    start = nl + 1;
  }
  const out = new Array<Token>(size);
  let o = 0;
  for (let l = 0; l < lines.length; l++) {
    if (l > 0) out[o++] = NEWLINE;
    const tokens = lines[l];
    if (tokens) for (let i = 0; i < tokens.length; i++) out[o++] = tokens[i];
  }
  return out;
}

/** Keys of the word-like tokens (what similarity is computed on). */
export function wordKeys(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.w) out.push(t.k);
  return out;
}
