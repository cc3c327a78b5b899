/**
 * The score of two prepared nodes (the formula is described at the top of align.ts and in docs/compare.md):
 * IDF tables over the compared nodes (by term id, prepare.ts), weighted term vectors as sorted typed arrays (a cosine is a merge), theme
 * vectors, department Jaccard, the mention component (how much of one node's name the other's text writes out)
 * and the shared terms shown as reasons (without function words: weak-words.ts). Environment-free.
 */
import { termCount, termKey, type PreparedNode, type PreparedPlan, type TermCounts } from './prepare';
import { isWeakReason } from './weak-words';

export interface ScoreParts {
  heading: number;
  content: number;
  themes: number | null;
  departments: number | null;
  /** How much of one node's name the other's text writes out (0..1). */
  mention: number;
  /** Score of the two parents (the actions or sections the tasks stand in); null when neither has one compared. */
  context?: number | null;
}

/** Weights of the score's components (see the top of this file). */
export interface ScoreWeights {
  heading: number;
  content: number;
  themes: number;
  departments: number;
  mention: number;
}
export const WEIGHTS: Readonly<ScoreWeights> = Object.freeze({ heading: 0.24, content: 0.36, themes: 0.24, departments: 0.08, mention: 0.08 });
const MAX_REASONS = 6;

/**
 * A weighted term vector. Terms are interned to integers per scorer, kept sorted, so a cosine is a merge of two
 * integer arrays; `w` (term → weight) is built only for reasons().
 */
interface Vec {
  ids: Int32Array;
  x: Float64Array;
  norm: number;
}

type Intern = (key: string) => number;

/**
 * Term ids (prepare.ts termKey) → this scorer's own ids, given in the order the scorer first meets each term (what
 * interning the keys gave before: a cosine sums its products in this order, so the sums are the same to the bit).
 */
class TermRemap {
  private local = new Int32Array(termCount() + 1);
  private size = 0;
  /** This scorer's id of a term id, given now when it has none. */
  of(id: number): number {
    if (id >= this.local.length) {
      const grown = new Int32Array(Math.max(this.local.length * 2, id + 1));
      grown.set(this.local);
      this.local = grown;
    }
    const v = this.local[id];
    if (v) return v - 1;
    this.local[id] = ++this.size;
    return this.size - 1;
  }
  /** This scorer's id of a term id, or -1 when it has none yet. */
  get(id: number): number {
    return id < this.local.length ? this.local[id] - 1 : -1;
  }
}

/**
 * Work arrays of vector(): packed keys and weights before sorting (sortedVec copies out what it keeps), reused —
 * a vector is built for every node side of a compare, and two short-lived typed arrays each were garbage.
 */
let scratchPacked = new Float64Array(256);
let scratchXs = new Float64Array(256);
function scratch(size: number): [Float64Array, Float64Array] {
  if (size > scratchPacked.length) {
    scratchPacked = new Float64Array(Math.max(size, scratchPacked.length * 2));
    scratchXs = new Float64Array(scratchPacked.length);
  }
  return [scratchPacked, scratchXs];
}

/** Weighted vector of term counts: (1 + ln tf) · idf, terms of weight 0 left out. */
function vector(tf: TermCounts, idf: ArrayLike<number>, remap: TermRemap): Vec {
  // parallel arrays sorted through packed keys (id · 2^16 + index): no pair arrays, no comparator calls
  const { ids, n } = tf;
  const [packed, xs] = scratch(ids.length);
  let m = 0;
  let sq = 0;
  for (let i = 0; i < ids.length; i++) {
    const x = (1 + Math.log(n[i])) * idf[ids[i]];
    if (x <= 0) continue;
    packed[m] = remap.of(ids[i]) * 65536 + m;
    xs[m++] = x;
    sq += x * x;
  }
  return sortedVec(packed, xs, m, Math.sqrt(sq));
}

/** The same over the keys of a map (heading bigrams). */
function keyVector<K>(tf: Map<K, number>, idf: (k: K) => number, intern: (k: K) => number): Vec {
  const [packed, xs] = scratch(tf.size);
  let m = 0;
  let sq = 0;
  // forEach, not for-of: no iterator result and entry array per bigram in code the JIT has not compiled yet
  tf.forEach((n, k) => {
    const x = (1 + Math.log(n)) * idf(k);
    if (x <= 0) return;
    packed[m] = intern(k) * 65536 + m;
    xs[m++] = x;
    sq += x * x;
  });
  return sortedVec(packed, xs, m, Math.sqrt(sq));
}

/** A Vec from the first m packed keys (id · 2^16 + index into xs) and their weights. */
function sortedVec(packed: Float64Array, xs: Float64Array, m: number, norm: number): Vec {
  if (m >= 65536) {
    // never for a plan node; kept exact for any size
    const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => Math.floor(packed[i] / 65536) - Math.floor(packed[j] / 65536));
    return { ids: Int32Array.from(order, (i) => Math.floor(packed[i] / 65536)), x: Float64Array.from(order, (i) => xs[i]), norm };
  }
  const keys = packed.subarray(0, m).sort();
  const ids = new Int32Array(m);
  const x = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const id = Math.floor(keys[i] / 65536);
    ids[i] = id;
    x[i] = xs[keys[i] - id * 65536];
  }
  return { ids, x, norm };
}

function cosine(a: Vec, b: Vec): number {
  if (!a.norm || !b.norm) return 0;
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const p = ai[i];
    const q = bi[j];
    if (p === q) dot += a.x[i++] * b.x[j++];
    else if (p < q) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

function themeVector(w: ReadonlyMap<string, number>, idf: (k: string) => number, intern: Intern): Vec {
  const [packed, xs] = scratch(w.size);
  let m = 0;
  let sq = 0;
  w.forEach((n, k) => {
    const x = Math.sqrt(n) * idf(k);
    if (x <= 0) return;
    packed[m] = intern(k) * 65536 + m;
    xs[m++] = x;
    sq += x * x;
  });
  return sortedVec(packed, xs, m, Math.sqrt(sq));
}

/**
 * The character bigrams of a node's text keys (word tokens joined, as bigrams() reads a heading), kept with the
 * prepared node: what the mention component looks names up in. A bigram is its two UTF-16 code units as one
 * 32-bit integer (first << 16 | second, negative from U+8000 on: a small integer for V8, where first · 65536 + second
 * was a heap number for most Han characters), the same pairs as bigrams()'s two-unit strings.
 */
const textBigramCache = new WeakMap<PreparedNode, Set<number>>();
function textBigrams(n: PreparedNode): Set<number> {
  let set = textBigramCache.get(n);
  if (!set) {
    set = new Set<number>();
    let prev = -1;
    for (const t of n.textTokens) {
      if (!t.w) continue;
      const k = t.k;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (prev >= 0) set.add((prev << 16) | c);
        prev = c;
      }
    }
    textBigramCache.set(n, set);
  }
  return set;
}

/**
 * The mention component's look-up table for the nodes of a compare (mentionIndex): every two-unit bigram of their names
 * (nameBigrams: the quoted core, else the heading) gets a slot, and a node's text is read once into a bitset of the
 * slots it writes out — instead of a Set of all its bigrams (tens of thousands of inserts per compare) probed by
 * each name. The same pairs as textBigrams, so the same hits, added in the same order: the same sums.
 */
export interface MentionIndex {
  /** Open addressing: a bigram code at keys[h], its slot + 1 at slots[h] (0: empty). */
  keys: Int32Array;
  slots: Int32Array;
  shift: number;
  /** Slots given (the union of the names' bigrams). */
  size: number;
  /** Nodes whose names are in the table. */
  names: WeakSet<PreparedNode>;
  /** A text's slots (bit s of word s >> 5), built when first asked for. */
  bits: WeakMap<PreparedNode, Uint32Array>;
  /** The code units that start a bigram of the table (bit c of word c >> 5): a text's other units are not looked up. */
  firsts: Uint32Array;
}

const hashCode = (code: number, shift: number) => Math.imul(code, 0x9e3779b1) >>> shift;

/** The mention table of these nodes' names (any node's text may then be looked up). */
export function mentionIndex(nodes: Iterable<PreparedNode>): MentionIndex {
  const codes: number[] = [];
  const names = new WeakSet<PreparedNode>();
  for (const n of nodes) {
    names.add(n);
    const list = n.core?.bigrams ?? n.headBigrams;
    for (let i = 0; i < list.length; i++) if (list[i] < 2 ** 32) codes.push(list[i]);
  }
  let bits = 4;
  while (1 << bits < codes.length * 2) bits++;
  const index: MentionIndex = { keys: new Int32Array(1 << bits), slots: new Int32Array(1 << bits), shift: 32 - bits, size: 0, names, bits: new WeakMap(), firsts: new Uint32Array(2048) };
  for (const c of codes) {
    mentionSlot(index, c, true);
    const first = c >>> 16;
    index.firsts[first >> 5] |= 1 << (first & 31);
  }
  return index;
}

/** The slot of a bigram code, or -1 (given one when `add`). */
function mentionSlot(index: MentionIndex, code: number, add: boolean): number {
  const { keys, slots } = index;
  const mask = keys.length - 1;
  for (let h = hashCode(code, index.shift); ; h = (h + 1) & mask) {
    const s = slots[h];
    if (s === 0) {
      if (!add) return -1;
      keys[h] = code;
      slots[h] = ++index.size;
      return index.size - 1;
    }
    if (keys[h] === code) return s - 1;
  }
}

/** The slots a node's text writes out (the pairs of textBigrams). */
function mentionBits(index: MentionIndex, n: PreparedNode): Uint32Array {
  let bits = index.bits.get(n);
  if (bits) return bits;
  bits = new Uint32Array((index.size + 31) >> 5);
  const { keys, slots, shift, firsts } = index;
  const mask = keys.length - 1;
  let prev = -1;
  const tokens = n.textTokens;
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q];
    if (!t.w) continue;
    const k = t.k;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (prev >= 0 && (firsts[prev >> 5] & (1 << (prev & 31))) !== 0) {
        const code = (prev << 16) | c;
        for (let h = hashCode(code, shift); ; h = (h + 1) & mask) {
          const s = slots[h];
          if (s === 0) break;
          if (keys[h] === code) {
            bits[(s - 1) >> 5] |= 1 << ((s - 1) & 31);
            break;
          }
        }
      }
      prev = c;
    }
  }
  index.bits.set(n, bits);
  return bits;
}

function jaccard(A: ReadonlySet<string>, B: ReadonlySet<string>): number | null {
  if (!A.size || !B.size) return null;
  let shared = 0;
  A.forEach((x) => {
    if (B.has(x)) shared++;
  });
  return shared / (A.size + B.size - shared);
}

/** The distinct bigrams of a node's heading and quoted name (what a heading bigram's document frequency counts). */
const headingBigramCache = new WeakMap<PreparedNode, number[]>();
function headingBigramSet(n: PreparedNode): number[] {
  let list = headingBigramCache.get(n);
  if (!list) headingBigramCache.set(n, (list = [...new Set([...n.headBigrams, ...(n.core?.bigrams ?? [])])]));
  return list;
}

/**
 * IDF over the compared nodes of the given plans: ln(1 + N / df) for content terms (by term id: `idf[id]`; a term
 * none of the nodes has counts as df 1), and the same over heading character bigrams (so 智慧 or 服务, in most
 * headings, count for little in a heading match).
 */
export function localIdf(plans: PreparedPlan[]): {
  idf: Float64Array;
  /** IDF of a heading bigram (normalize.ts bigramCodes). */
  bigramIdf: (k: number) => number;
  themeIdf: (k: string) => number;
  /** Document frequency by term id. */
  df: Int32Array;
  n: number;
} {
  const df = new Int32Array(termCount());
  const bdf = new Map<number, number>();
  const tdf = new Map<string, number>();
  let n = 0;
  const countTheme = (_: number, t: string) => void tdf.set(t, (tdf.get(t) ?? 0) + 1);
  for (let q = 0; q < plans.length; q++) {
    const nodes = plans[q].nodes;
    for (let o = 0; o < nodes.length; o++) {
      const node = nodes[o];
      n++;
      const ids = node.tf.ids;
      for (let i = 0; i < ids.length; i++) df[ids[i]]++;
      node.themeWeights.forEach(countTheme);
      const bigrams = headingBigramSet(node);
      for (let i = 0; i < bigrams.length; i++) bdf.set(bigrams[i], (bdf.get(bigrams[i]) ?? 0) + 1);
    }
  }
  const idf = new Float64Array(df.length).fill(Math.log(1 + n / 1));
  for (let id = 0; id < df.length; id++) if (df[id]) idf[id] = Math.log(1 + n / df[id]);
  return {
    idf,
    bigramIdf: (k) => Math.log(1 + n / (bdf.get(k) ?? 1)),
    themeIdf: (k) => Math.log(1 + n / (tdf.get(k) ?? 1)),
    df,
    n,
  };
}

function counts(list: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of list) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

interface NameBigrams {
  codes: Int32Array;
  w2: Float64Array;
  all: number;
  /** The codes' slots in the scorer's MentionIndex (null: the name is not in it). */
  slots: Int32Array | null;
}

/** A scorer's vectors and sets of one node (null until first asked for). */
interface Derived {
  cv: Vec | null;
  tv: Vec | null;
  hv: Vec | null;
  hb: Vec | null;
  coreV: Vec | null;
  coreB: Vec | null;
  dept: Set<string> | null;
  name: NameBigrams | null;
}

export interface Scored {
  l: PreparedNode;
  r: PreparedNode;
  score: number;
  parts: ScoreParts;
}

export interface Scorer {
  score(l: PreparedNode, r: PreparedNode): Scored;
  /** How much of b's name a's text writes out (0..1, IDF-weighted bigrams). */
  contains(a: PreparedNode, b: PreparedNode): number;
  reasons(l: PreparedNode, r: PreparedNode): string[];
}

export function makeScorer(
  /** IDF by term id (localIdf's idf). */
  idf: ArrayLike<number>,
  bigramIdf: (k: number) => number,
  themeIdf: (k: string) => number = () => 1,
  weights: Readonly<ScoreWeights> = WEIGHTS,
  /** The mention table of the compared nodes (mentionIndex); without it, or for a node not in it, texts' bigram sets. */
  mention?: MentionIndex,
): Scorer {
  const remap = new TermRemap();
  // bigrams in their own id space (a bigram and a two-character term are different dimensions)
  const bigramIds = new Map<number, number>();
  const internBigram = (k: number): number => {
    let id = bigramIds.get(k);
    if (id === undefined) bigramIds.set(k, (id = bigramIds.size));
    return id;
  };
  // what the scorer derives from a node, built when first needed (in the order the score asks for it: the order in
  // which terms get this scorer's ids) and found again with one look-up per node and score
  const derived = new WeakMap<PreparedNode, Derived>();
  const of = (n: PreparedNode): Derived => {
    let v = derived.get(n);
    if (v === undefined) derived.set(n, (v = { cv: null, tv: null, hv: null, hb: null, coreV: null, coreB: null, dept: null, name: null }));
    return v;
  };
  // themes: √hits × the theme's IDF (a theme nearly every node touches, such as 数据/大数据, says little)
  const themeIds = new Map<string, number>();
  const internTheme: Intern = (k) => {
    let id = themeIds.get(k);
    if (id === undefined) themeIds.set(k, (id = themeIds.size));
    return id;
  };
  const cv = (n: PreparedNode, v = of(n)) => (v.cv ??= vector(n.tf, idf, remap));
  const tv = (n: PreparedNode, v = of(n)) => (v.tv ??= themeVector(n.themeWeights, themeIdf, internTheme));
  const hv = (n: PreparedNode, v = of(n)) => (v.hv ??= vector(n.headTf, idf, remap));
  const hb = (n: PreparedNode, v = of(n)) => (v.hb ??= keyVector(counts(n.headBigrams), bigramIdf, internBigram));
  const coreV = (n: PreparedNode, v = of(n)) => (v.coreV ??= n.core ? vector(n.core.tf, idf, remap) : hv(n, v));
  const coreB = (n: PreparedNode, v = of(n)) => (v.coreB ??= n.core ? keyVector(counts(n.core.bigrams), bigramIdf, internBigram) : hb(n, v));
  const deptSet = (n: PreparedNode, v = of(n)) => (v.dept ??= new Set(n.departments.keys()));
  const nameBigrams = (n: PreparedNode, v = of(n)): NameBigrams => {
    if (v.name) return v.name;
    // distinct bigrams in order of first occurrence, their weights summed in that order (as a Set's values reduced)
    const src = n.core?.bigrams ?? n.headBigrams;
    const list = src.length > 1 ? [...new Set(src)] : src;
    // a one-character name has a one-character "bigram" (bigramCodes: 2^32 + the character): never in a text's set
    // of pairs, so only the two-unit bigrams are looked up (their weights added in the same order: the same sum)
    let all = 0;
    let two = 0;
    for (let i = 0; i < list.length; i++) if (list[i] < 2 ** 32) two++;
    const codes = new Int32Array(two);
    const w2 = new Float64Array(two);
    const inIndex = mention !== undefined && mention.names.has(n);
    const slots = inIndex ? new Int32Array(two) : null;
    for (let i = 0, j = 0; i < list.length; i++) {
      const w = bigramIdf(list[i]);
      all += w;
      if (list[i] < 2 ** 32) {
        codes[j] = list[i];
        w2[j] = w;
        if (slots) slots[j] = mentionSlot(mention!, list[i], false);
        j++;
      }
    }
    return (v.name = { codes, w2, all, slots });
  };
  /** How much of b's name (the quoted core of its heading, else its heading) a's text writes out, IDF-weighted. */
  const contains = (a: PreparedNode, b: PreparedNode, vb = of(b)): number => {
    const name = nameBigrams(b, vb);
    if (!name.all) return 0;
    const { codes, w2, slots } = name;
    let hit = 0;
    if (slots) {
      const bits = mentionBits(mention!, a);
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i];
        if (bits[s >> 5] & (1 << (s & 31))) hit += w2[i];
      }
      return hit / name.all;
    }
    const text = textBigrams(a);
    if (!text.size) return 0;
    for (let i = 0; i < codes.length; i++) if (text.has(codes[i])) hit += w2[i];
    return hit / name.all;
  };
  return {
    contains,
    score(l, r) {
      // heading: IDF-weighted cosine of words and of character bigrams (robust to different word cuts)
      const vl = of(l);
      const vr = of(r);
      let h = 0.6 * cosine(hv(l, vl), hv(r, vr)) + 0.4 * cosine(hb(l, vl), hb(r, vr));
      if (l.core || r.core) {
        // a quoted name in a heading is what the task is about: 深化完善“智慧养老” ~ 智慧养老
        h = Math.max(h, 0.6 * cosine(coreV(l, vl), coreV(r, vr)) + 0.4 * cosine(coreB(l, vl), coreB(r, vr)));
      }
      const c = cosine(cv(l, vl), cv(r, vr));
      const tl = tv(l, vl);
      const tr = tv(r, vr);
      const t = tl.norm && tr.norm ? cosine(tl, tr) : null;
      const d = jaccard(deptSet(l, vl), deptSet(r, vr));
      const m = weights.mention ? Math.max(contains(l, r, vr), contains(r, l, vl)) : 0;
      let sum = weights.heading * h + weights.content * c + weights.mention * m;
      let wsum = weights.heading + weights.content + weights.mention;
      if (t !== null) {
        sum += weights.themes * t;
        wsum += weights.themes;
      }
      if (d !== null) {
        sum += weights.departments * d;
        wsum += weights.departments;
      }
      return { l, r, score: sum / wsum, parts: { heading: h, content: c, themes: t, departments: d, mention: m } };
    },
    reasons(l, r) {
      const a = cv(l);
      const b = cv(r);
      const weight = new Map<number, number>();
      for (let j = 0; j < b.ids.length; j++) weight.set(b.ids[j], b.x[j]);
      const shared: Array<{ k: string; x: number; s: string }> = [];
      const ids = l.tf.ids;
      for (let t = 0; t < ids.length; t++) {
        const id = remap.get(ids[t]);
        if (id < 0) continue;
        const i = binarySearch(a.ids, id);
        const y = weight.get(id);
        if (i < 0 || !y) continue;
        const k = termKey(ids[t]);
        // numbers and function words (基于, 充分: weak-words.ts) are no reason to show; they still count in the score
        if (!/^[0-9.]+$/.test(k) && !isWeakReason(k)) shared.push({ k, x: a.x[i] * y, s: l.surfaces[t] });
      }
      shared.sort((p, q) => q.x - p.x || (p.k < q.k ? -1 : 1));
      return shared.slice(0, MAX_REASONS).map((s) => s.s);
    },
  };
}

function binarySearch(list: Int32Array, x: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === x) return mid;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
