/**
 * A segmenter of our own for runs of Han characters, in place of Intl.Segmenter (tokens.ts): ICU's word segmenter costs
 * about 1 µs a segment (the API's object per segment and its dictionary), about half of comparing two plans from
 * scratch, while plan language is formulaic — most clauses are made of a few thousand words. The word list
 * (lexicon-data.ts, made by tests/tools/build-lexicon.ts) is ICU's own segmentation of the importer corpus, each word
 * with a cost from its frequency there, plus the words of OpenCC's phrase table that ICU gives as one segment (at the
 * cost of a word seen once); a run is cut into listed words at the least total cost (a unigram model, as ICU's
 * dictionary engine does with its own costs), a character the list does not have being a word of its own.
 *
 * Until 2026-12-07 (h-cmp44) the cut was in doubt where the list has a character only inside words or two
 * one-character words stand side by side that ICU was never seen to give side by side (a word the list lacks: 始终 cut
 * 始|终), and such spans went to Intl.Segmenter: a quarter of the segments, ~24 % of a compare from scratch. Now nothing
 * goes there. Measured on the seeds, which the list was not made from (docs/compare.md › Score): 1,247 of their 36,446
 * segments are not ICU's (118 with the doubtful spans left to ICU) — mostly a word the list lacks cut into characters
 * or shorter words (上海市 → 上|海|市, 始终 → 始|终, 新兴 → 新|兴), which terms (prepare.ts) join back into one term as
 * they join ICU's own one-character runs; no task pair of the seed and labelled compares moved.
 */
import { LEXICON_BY_COST } from './lexicon-data';

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
  return { single, first, keys, nodes, mask, shift, cost: costs, word: new Array<string | undefined>(count), maxLen };
}

const best = new Int32Array(MAX_RUN + 1);
const from = new Int32Array(MAX_RUN + 1);
/** Per word end: the trie node of the word ending there (0: a character the list does not have). */
const node = new Int32Array(MAX_RUN + 1);
const ends: number[] = [];
const NONE = 0x3fffffff;
/** Cost of a character the list does not have: a word of its own, taken only where no listed word covers it. */
const UNKNOWN = 64;

/**
 * The words of `run` (only characters U+4E00–U+9FFF), or null when it is longer than MAX_RUN: the run cut into listed
 * words at the least total cost, a character the list does not have standing alone.
 */
export function lexiconWords(run: string): string[] | null {
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
  // the word ends, first to last
  ends.length = 0;
  for (let j = n; j > 0; j = from[j]) ends.push(j);
  const out = new Array<string>(ends.length);
  for (let w = ends.length - 1, i = 0, o = 0; w >= 0; i = ends[w--]) out[o++] = wordAt(lx, run, i, ends[w]);
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
