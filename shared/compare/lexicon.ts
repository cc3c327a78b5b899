/**
 * A segmenter of our own for runs of Han characters, in front of Intl.Segmenter (tokens.ts): ICU's word segmenter costs
 * about 1 µs a segment (the API's object per segment and its dictionary), about half of comparing two plans from
 * scratch, while plan language is formulaic — most clauses are made of a few thousand words. The word list
 * (lexicon-data.ts, made by tests/tools/build-lexicon.ts) is ICU's own segmentation of the importer corpus, each word
 * with a cost from its frequency there, plus the words of OpenCC's phrase table that ICU gives as one segment (at the
 * cost of a word seen once); a run is cut into listed words at the least total cost (a unigram model, as ICU's
 * dictionary engine does with its own costs).
 *
 * Where that cut is in doubt — a character the list does not have, or two one-character words side by side that ICU
 * was never seen to give side by side (how a word missing from the list shows: 国务院 cut 国|务|院) — those words and one
 * word on each side go to Intl.Segmenter. Measured on the seeds, which the list was not made from (docs/benchmarks.md ›
 * Compare, tests/compare/lexicon.test.ts): about a quarter of the segments still come from ICU, and 19 of the 13,252
 * segments of the seeds' lines differ from ICU's (充分利用 → 充分|利用, 消防局 → 消防|局, 食用油 → 食用|油).
 */
import { LEXICON_BY_COST, LEXICON_SINGLE_PAIRS } from './lexicon-data';

const BASE = 0x4e00;
const SPAN = 0x9fff - BASE + 1;
/** Longest run cut here; longer ones go to ICU (tokens.ts cuts at punctuation first: runs are clause-long). */
const MAX_RUN = 128;

interface Lexicon {
  /** Cost of each character as a word of its own, 0 when it is not one. */
  single: Uint8Array;
  /** Two-character words by their pair code: cost (low byte, 0 = not a word) | 256 when longer words start with it. */
  two: Map<number, number>;
  /** Words of three and more characters: cost. */
  longer: Map<string, number>;
  maxLen: number;
  /** Pair codes of two one-character words ICU gave side by side. */
  pairs: Set<number>;
}

let lexicon: Lexicon | undefined;
const pairCode = (a: number, b: number): number => (a - BASE) * SPAN + (b - BASE);

function load(): Lexicon {
  const single = new Uint8Array(SPAN);
  const two = new Map<number, number>();
  const longer = new Map<string, number>();
  let maxLen = 1;
  // read by character codes, not split: a one-shot process (the command line) makes the list on its first compare
  // without stored tokens, and 20,000 substrings were most of that
  LEXICON_BY_COST.forEach((list, cost) => {
    for (let at = 0; at < list.length; ) {
      let end = list.indexOf(' ', at);
      if (end < 0) end = list.length;
      const len = end - at;
      if (len === 1) single[list.charCodeAt(at) - BASE] = cost;
      else if (len > 1) {
        const code = pairCode(list.charCodeAt(at), list.charCodeAt(at + 1));
        const had = two.get(code) ?? 0;
        if (len === 2) two.set(code, (had & 256) | cost);
        else {
          two.set(code, had | 256);
          longer.set(list.slice(at, end), cost);
          if (len > maxLen) maxLen = len;
        }
      }
      at = end + 1;
    }
  });
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < LEXICON_SINGLE_PAIRS.length; i += 2) pairs.add(pairCode(LEXICON_SINGLE_PAIRS.charCodeAt(i), LEXICON_SINGLE_PAIRS.charCodeAt(i + 1)));
  return { single, two, longer, maxLen: Math.max(2, maxLen), pairs };
}

const best = new Int32Array(MAX_RUN + 1);
const from = new Int32Array(MAX_RUN + 1);
/** Per word end: 1 when the word ending there is one character the list does not have, or one that must go to ICU. */
const doubt = new Uint8Array(MAX_RUN + 1);
const ends: number[] = [];
const NONE = 0x3fffffff;
/** Cost of a character the list does not have (the cut goes on; the span around it is left to ICU). */
const UNKNOWN = 64;

/**
 * The words of `run` (only characters U+4E00–U+9FFF), or null when it is longer than MAX_RUN. The run is cut into listed
 * words at the least cost; where that cut is in doubt — a character the list does not have, or two one-character
 * words side by side that ICU was never seen to give side by side (a word the list lacks: 国务院 cut 国|务|院) — the
 * doubtful words and one word on each side of them are handed to `icu` as one text, which pushes its segments.
 */
export function lexiconWords(run: string, icu: (text: string, out: string[]) => void): string[] | null {
  const n = run.length;
  if (n === 0 || n > MAX_RUN) return null;
  const lx = (lexicon ??= load());
  best[0] = 0;
  for (let j = 1; j <= n; j++) best[j] = NONE;
  for (let i = 0; i < n; i++) {
    const b = best[i];
    const c = run.charCodeAt(i);
    const s = lx.single[c - BASE] || UNKNOWN;
    if (b + s < best[i + 1]) {
      best[i + 1] = b + s;
      from[i + 1] = i;
    }
    if (i + 1 < n) {
      const t = lx.two.get(pairCode(c, run.charCodeAt(i + 1)));
      if (t !== undefined) {
        const tc = t & 255;
        if (tc !== 0 && b + tc < best[i + 2]) {
          best[i + 2] = b + tc;
          from[i + 2] = i;
        }
        if (t & 256) {
          for (let len = 3; len <= lx.maxLen && i + len <= n; len++) {
            const lc = lx.longer.get(run.slice(i, i + len));
            if (lc !== undefined && b + lc < best[i + len]) {
              best[i + len] = b + lc;
              from[i + len] = i;
            }
          }
        }
      }
    }
  }
  // the word ends, first to last, and which words are in doubt
  ends.length = 0;
  for (let j = n; j > 0; j = from[j]) ends.push(j);
  ends.reverse();
  let doubts = 0;
  for (let w = 0; w < ends.length; w++) {
    const j = ends[w];
    const i = w === 0 ? 0 : ends[w - 1];
    doubt[w] = 0;
    if (j - i !== 1) continue;
    if (lx.single[run.charCodeAt(i) - BASE] === 0) {
      doubt[w] = 1;
      doubts++;
    } else if (w > 0 && ends[w - 1] - (w === 1 ? 0 : ends[w - 2]) === 1 && !lx.pairs.has(pairCode(run.charCodeAt(i - 1), run.charCodeAt(i)))) {
      doubt[w] = doubt[w - 1] = 1;
      doubts++;
    }
  }
  const out: string[] = [];
  if (doubts === 0) {
    for (let w = 0, i = 0; w < ends.length; i = ends[w++]) out.push(ends.length === 1 ? run : run.slice(i, ends[w]));
    return out;
  }
  for (let w = 0, i = 0; w < ends.length; ) {
    // a doubtful word, or the word before one: from here to one word past the last doubtful word of this stretch
    if (doubt[w] || (w + 1 < ends.length && doubt[w + 1])) {
      let last = w;
      while (last + 1 < ends.length && (doubt[last + 1] || (last + 2 < ends.length && doubt[last + 2]))) last++;
      if (last + 1 < ends.length) last++;
      icu(run.slice(i, ends[last]), out);
      i = ends[last];
      w = last + 1;
    } else {
      out.push(run.slice(i, ends[w]));
      i = ends[w++];
    }
  }
  return out;
}

/** The word list's hash, written beside it by its generator: stored tokens cut with another list are not read (tokens.ts tokenRulesFingerprint). */
export { LEXICON_HASH } from './lexicon-data';
