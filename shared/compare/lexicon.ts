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

/**
 * The list as a trie on character codes (no substrings made to look a word up): node 0 is the root, a word is the node
 * its last character reaches, and a node's child by a character is found under node · SPAN + the character's
 * offset (under 2^31: the list has some 25,000 nodes), in a table of typed arrays — a Map's look-up was most of the
 * cut's time. A node's word is made as a string the first time a cut
 * gives it and kept (`word`), so the same word is one string object everywhere (its hash computed once where
 * tokens.ts looks it up).
 */
interface Lexicon {
  /** Cost of each character as a word of its own, 0 when it is not one. */
  single: Uint8Array;
  /** The node of each character (0: the list has no word starting with it). */
  first: Int32Array;
  /** Open addressing, linear probing: key + 1 (0 = empty) and the child node, `mask` + 1 slots. */
  keys: Int32Array;
  nodes: Int32Array;
  mask: number;
  shift: number;
  /** Per node: the cost of its word, 0 when the node is only a prefix. */
  cost: Uint8Array;
  /** Per node: its word once a cut has given it. */
  word: Array<string | undefined>;
  maxLen: number;
  /** Pair codes of two one-character words ICU gave side by side. */
  pairs: Set<number>;
}

let lexicon: Lexicon | undefined;
/** Fibonacci hashing: the top bits of key · 2^32/φ, `shift` = 32 − log2 of the table's size. */
const slot = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;
/** The child of trie node `at` by the character offset c, 0 when the list has none. */
function childOf(lx: Lexicon, at: number, c: number): number {
  const key = at * SPAN + c + 1;
  for (let h = slot(key - 1, lx.shift); ; h = (h + 1) & lx.mask) {
    const k = lx.keys[h];
    if (k === key) return lx.nodes[h];
    if (k === 0) return 0;
  }
}
const pairCode = (a: number, b: number): number => (a - BASE) * SPAN + (b - BASE);

function load(): Lexicon {
  const single = new Uint8Array(SPAN);
  const first = new Int32Array(SPAN);
  // no more nodes than the list has characters: the table and the costs are made at their size once (no Map, no copy —
  // a process's first compare without stored tokens makes the list)
  let chars = 1;
  for (const list of LEXICON_BY_COST) chars += list.length;
  if (chars * SPAN >= 2 ** 31) throw new Error('word list too large for 32-bit trie keys');
  // (the list has fewer nodes than characters: some 25,000 of 68,000, so the table stays under half full)
  let shift = 22;
  while (1 << (32 - shift) < chars) shift--;
  const size = 1 << (32 - shift);
  const mask = size - 1;
  const keys = new Int32Array(size);
  const nodes = new Int32Array(size);
  const costs = new Uint8Array(chars);
  let count = 1;
  let maxLen = 1;
  // read by character codes, not split: 20,000 substrings were most of the list's making
  for (let cost = 0; cost < LEXICON_BY_COST.length; cost++) {
    const list = LEXICON_BY_COST[cost];
    for (let at = 0; at < list.length; ) {
      let end = list.indexOf(' ', at);
      if (end < 0) end = list.length;
      if (end > at) {
        const c0 = list.charCodeAt(at) - BASE;
        let node = first[c0];
        if (node === 0) node = first[c0] = count++;
        for (let k = at + 1; k < end; k++) {
          const key = node * SPAN + (list.charCodeAt(k) - BASE) + 1;
          let h = slot(key - 1, shift);
          while (keys[h] !== 0 && keys[h] !== key) h = (h + 1) & mask;
          if (keys[h] === 0) {
            keys[h] = key;
            nodes[h] = count++;
          }
          node = nodes[h];
        }
        costs[node] = cost;
        if (end - at === 1) single[c0] = cost;
        if (end - at > maxLen) maxLen = end - at;
      }
      at = end + 1;
    }
  }
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < LEXICON_SINGLE_PAIRS.length; i += 2) pairs.add(pairCode(LEXICON_SINGLE_PAIRS.charCodeAt(i), LEXICON_SINGLE_PAIRS.charCodeAt(i + 1)));
  return { single, first, keys, nodes, mask, shift, cost: costs, word: new Array<string | undefined>(count), maxLen, pairs };
}

const best = new Int32Array(MAX_RUN + 1);
const from = new Int32Array(MAX_RUN + 1);
/** Per word end: the trie node of the word ending there (0: a character the list does not have). */
const node = new Int32Array(MAX_RUN + 1);
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
    const c = run.charCodeAt(i) - BASE;
    const s = lx.single[c] || UNKNOWN;
    if (b + s < best[i + 1]) {
      best[i + 1] = b + s;
      from[i + 1] = i;
      node[i + 1] = s === UNKNOWN ? 0 : lx.first[c];
    }
    // the listed words starting at i, shortest first
    let at = lx.first[c];
    for (let len = 2; at !== 0 && len <= lx.maxLen && i + len <= n; len++) {
      at = childOf(lx, at, run.charCodeAt(i + len - 1) - BASE);
      const wc = lx.cost[at];
      if (wc !== 0 && b + wc < best[i + len]) {
        best[i + len] = b + wc;
        from[i + len] = i;
        node[i + len] = at;
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
    for (let w = 0, i = 0; w < ends.length; i = ends[w++]) out.push(wordAt(lx, run, i, ends[w]));
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
      out.push(wordAt(lx, run, i, ends[w]));
      i = ends[w++];
    }
  }
  return out;
}

/** The listed word run[i, j) of the cut (its node at node[j]), as the one string kept for it. */
function wordAt(lx: Lexicon, run: string, i: number, j: number): string {
  const at = node[j];
  if (at === 0) return run.slice(i, j);
  return (lx.word[at] ??= i === 0 && j === run.length ? run : run.slice(i, j));
}

/** The word list's hash, written beside it by its generator: stored tokens cut with another list are not read (tokens.ts tokenRulesFingerprint). */
export { LEXICON_HASH } from './lexicon-data';
