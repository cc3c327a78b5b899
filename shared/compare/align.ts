/**
 * Aligning the nodes of two plans of different districts by content (no shared ids).
 *
 *   1. Prepare both plans (prepare.ts): tokens with the district masked, numerals Arabic, width folded.
 *   2. IDF over the compared nodes of both plans (or a library-wide table passed in): boilerplate that every
 *      node has (智慧, 建设, 推进, 信息化) weighs little, 养老 or 食品安全 a lot. Term weight (1 + ln tf) · idf.
 *   3. Candidates from an inverted index over the right plan's content terms, per kind class (part↔part,
 *      section/action↔section/action, task↔task — a task may align with a task under a differently named
 *      action). Only terms that are not in most nodes open a candidate.
 *   4. Score = 0.35 heading (0.6 TF-IDF cosine of heading words + 0.4 Dice of heading bigrams)
 *            + 0.45 content (TF-IDF cosine)
 *            + 0.10 themes (Jaccard, shared/importer/themes.ts)
 *            + 0.10 departments (Jaccard of department keys: 公安静安分局 ≡ 区公安分局)
 *      A component that one side cannot have (no departments, no themes) is left out and the rest rescaled.
 *   5. Pins first (forced pairs, then forbidden pairs), then a one-to-one matching over the candidates with
 *      score ≥ threshold: greedy by score (default — as good as Hungarian on the hand-labelled set, see
 *      tests/compare) or Hungarian (maximum total score).
 * Environment-free.
 */
import type { PlanDoc } from '../model/plan';
import { preparePlan, type KindClass, type NodeRef, type PreparedNode, type PreparedPlan } from './prepare';

export interface Pin {
  left: string;
  right: string;
  /** 'pin': this pair is forced; 'break': these two must not be paired. */
  mode: 'pin' | 'break';
}

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

export interface AlignedPair {
  left: NodeRef;
  right: NodeRef;
  score: number;
  /** Shared terms, most telling first. */
  reasons: string[];
  sharedThemes: string[];
  sharedDepartments: string[];
  parts: ScoreParts;
  pinned?: boolean;
}

export interface AlignStats {
  left: Record<string, number>;
  right: Record<string, number>;
  candidates: number;
  pairs: number;
  pinned: number;
  broken: number;
  pinsIgnored: number;
  unmatchedLeft: number;
  unmatchedRight: number;
  threshold: number;
  method: AlignMethod;
}

/**
 * 'mutual' (default): pairs whose two nodes are each other's best candidate, then confident second choices
 * (score ≥ SECOND_THRESHOLD) among the nodes left; 'greedy': best score first, each node once; 'hungarian':
 * maximum total score.
 */
export type AlignMethod = 'mutual' | 'greedy' | 'hungarian';

export interface Alignment {
  /** In the left plan's reading order. */
  pairs: AlignedPair[];
  unmatchedLeft: NodeRef[];
  unmatchedRight: NodeRef[];
  stats: AlignStats;
}

export interface AlignOptions {
  pins?: readonly Pin[];
  /** Lowest score kept (default DEFAULT_THRESHOLD). */
  threshold?: number;
  method?: AlignMethod;
  /** Component weights (tuning: tests/compare/tune.ts); default WEIGHTS. */
  weights?: Readonly<ScoreWeights>;
  /** Weight of the parents' score in a pair's score (default CONTEXT_WEIGHT; 0 = none). */
  context?: number;
  /** 'mutual': lowest score of a second-choice pair among the nodes the mutual pairs left (default SECOND_THRESHOLD). */
  second?: number;
  /** Document frequencies from a larger collection (library); default: the nodes of the two plans. */
  idf?: (key: string) => number | undefined;
}

export const DEFAULT_THRESHOLD = 0.1;

/** Weights of the score's components (see the top of this file). */
export interface ScoreWeights {
  heading: number;
  content: number;
  themes: number;
  departments: number;
  mention: number;
}
/**
 * A pair's score = (own score + CONTEXT_WEIGHT × its parents' score) / (1 + CONTEXT_WEIGHT): two tasks under
 * actions about the same thing (产业 ↔ 产业) are likelier counterparts than two tasks that only share words.
 */
export const CONTEXT_WEIGHT = 0.3;
/**
 * 'mutual' keeps the pairs of mutual best candidates, then pairs the nodes left (best score first) when their
 * score is at least this (0.22–0.30 all keep every label set at P and R ≥ 0.9; 0.28 is the best of them,
 * tests/compare/tune.ts second, docs/compare.md).
 */
export const SECOND_THRESHOLD = 0.28;
export const WEIGHTS: Readonly<ScoreWeights> = Object.freeze({ heading: 0.24, content: 0.36, themes: 0.24, departments: 0.08, mention: 0.08 });
/** Terms in more than this share of the compared nodes open no candidate (they still score). */
const CANDIDATE_MAX_DF = 0.35;
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

function vector(tf: Map<string, number>, idf: (k: string) => number, intern: Intern): Vec {
  // parallel arrays sorted through packed keys (id · 2^16 + index): no pair arrays, no comparator calls
  const packed = new Float64Array(tf.size);
  const xs = new Float64Array(tf.size);
  let m = 0;
  let sq = 0;
  for (const [k, n] of tf) {
    const x = (1 + Math.log(n)) * idf(k);
    if (x <= 0) continue;
    packed[m] = intern(k) * 65536 + m;
    xs[m++] = x;
    sq += x * x;
  }
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
  const packed = new Float64Array(w.size);
  const xs = new Float64Array(w.size);
  let m = 0;
  let sq = 0;
  for (const [k, n] of w) {
    const x = Math.sqrt(n) * idf(k);
    if (x <= 0) continue;
    packed[m] = intern(k) * 65536 + m;
    xs[m++] = x;
    sq += x * x;
  }
  return sortedVec(packed, xs, m, Math.sqrt(sq));
}

/**
 * The character bigrams of a node's text keys (word tokens joined, as bigrams() reads a heading), kept with the
 * prepared node: what the mention component looks names up in. A bigram is its two UTF-16 code units as one
 * number (first · 65536 + second), the same pairs as bigrams()'s two-unit strings.
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
        if (prev >= 0) set.add(prev * 65536 + c);
        prev = c;
      }
    }
    textBigramCache.set(n, set);
  }
  return set;
}
const bigramCode = (b: string) => b.charCodeAt(0) * 65536 + b.charCodeAt(1);

function jaccard(A: ReadonlySet<string>, B: ReadonlySet<string>): number | null {
  if (!A.size || !B.size) return null;
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  return shared / (A.size + B.size - shared);
}

/** The distinct bigrams of a node's heading and quoted name (what a heading bigram's document frequency counts). */
const headingBigramCache = new WeakMap<PreparedNode, string[]>();
function headingBigramSet(n: PreparedNode): string[] {
  let list = headingBigramCache.get(n);
  if (!list) headingBigramCache.set(n, (list = [...new Set([...n.headBigrams, ...(n.core?.bigrams ?? [])])]));
  return list;
}

/**
 * IDF over the compared nodes of the given plans: ln(1 + N / df) for content terms, and the same over heading
 * character bigrams (so 智慧 or 服务, in most headings, count for little in a heading match).
 */
export function localIdf(plans: PreparedPlan[]): {
  idf: (k: string) => number;
  bigramIdf: (k: string) => number;
  themeIdf: (k: string) => number;
  df: Map<string, number>;
  n: number;
} {
  const df = new Map<string, number>();
  const bdf = new Map<string, number>();
  const tdf = new Map<string, number>();
  let n = 0;
  for (const p of plans) {
    for (const node of p.nodes) {
      n++;
      for (const k of node.tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      for (const t of node.themeWeights.keys()) tdf.set(t, (tdf.get(t) ?? 0) + 1);
      for (const b of headingBigramSet(node)) bdf.set(b, (bdf.get(b) ?? 0) + 1);
    }
  }
  return {
    idf: (k) => Math.log(1 + n / (df.get(k) ?? 1)),
    bigramIdf: (k) => Math.log(1 + n / (bdf.get(k) ?? 1)),
    themeIdf: (k) => Math.log(1 + n / (tdf.get(k) ?? 1)),
    df,
    n,
  };
}

function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of list) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

interface Scored {
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
  idf: (k: string) => number,
  bigramIdf: (k: string) => number,
  themeIdf: (k: string) => number = () => 1,
  weights: Readonly<ScoreWeights> = WEIGHTS,
): Scorer {
  const termIds = new Map<string, number>();
  const intern: Intern = (k) => {
    let id = termIds.get(k);
    if (id === undefined) termIds.set(k, (id = termIds.size));
    return id;
  };
  // bigrams in their own id space (a bigram and a two-character term are different dimensions)
  const bigramIds = new Map<string, number>();
  const internBigram: Intern = (k) => {
    let id = bigramIds.get(k);
    if (id === undefined) bigramIds.set(k, (id = bigramIds.size));
    return id;
  };
  const memo = <T extends object, V>(f: (n: T) => V) => {
    const m = new WeakMap<T, V>();
    return (n: T) => {
      let v = m.get(n);
      if (v === undefined) m.set(n, (v = f(n)));
      return v;
    };
  };
  const cv = memo((n: PreparedNode) => vector(n.tf, idf, intern));
  // themes: √hits × the theme's IDF (a theme nearly every node touches, such as 数据/大数据, says little)
  const themeIds = new Map<string, number>();
  const internTheme: Intern = (k) => {
    let id = themeIds.get(k);
    if (id === undefined) themeIds.set(k, (id = themeIds.size));
    return id;
  };
  const tv = memo((n: PreparedNode) => themeVector(n.themeWeights, themeIdf, internTheme));
  const hv = memo((n: PreparedNode) => vector(n.headTf, idf, intern));
  const hb = memo((n: PreparedNode) => vector(counts(n.headBigrams), bigramIdf, internBigram));
  const coreV = memo((n: PreparedNode) => (n.core ? vector(n.core.tf, idf, intern) : hv(n)));
  const coreB = memo((n: PreparedNode) => (n.core ? vector(counts(n.core.bigrams), bigramIdf, internBigram) : hb(n)));
  const deptSet = memo((n: PreparedNode) => new Set(n.departments.keys()));
  const nameBigrams = memo((n: PreparedNode) => {
    const list = [...new Set(n.core?.bigrams ?? n.headBigrams)];
    const w = list.map(bigramIdf);
    // a one-character name has a one-character "bigram" (bigrams()): never in a text's set of pairs
    const codes = list.map((b) => (b.length === 2 ? bigramCode(b) : -1));
    return { list, codes, w, all: w.reduce((x, y) => x + y, 0) };
  });
  /** How much of b's name (the quoted core of its heading, else its heading) a's text writes out, IDF-weighted. */
  const contains = (a: PreparedNode, b: PreparedNode): number => {
    const name = nameBigrams(b);
    if (!name.all) return 0;
    const text = textBigrams(a);
    if (!text.size) return 0;
    let hit = 0;
    for (let i = 0; i < name.codes.length; i++) if (text.has(name.codes[i])) hit += name.w[i];
    return hit / name.all;
  };
  return {
    contains,
    score(l, r) {
      // heading: IDF-weighted cosine of words and of character bigrams (robust to different word cuts)
      let h = 0.6 * cosine(hv(l), hv(r)) + 0.4 * cosine(hb(l), hb(r));
      if (l.core || r.core) {
        // a quoted name in a heading is what the task is about: 深化完善“智慧养老” ~ 智慧养老
        h = Math.max(h, 0.6 * cosine(coreV(l), coreV(r)) + 0.4 * cosine(coreB(l), coreB(r)));
      }
      const c = cosine(cv(l), cv(r));
      const tl = tv(l);
      const tr = tv(r);
      const t = tl.norm && tr.norm ? cosine(tl, tr) : null;
      const d = jaccard(deptSet(l), deptSet(r));
      const m = weights.mention ? Math.max(contains(l, r), contains(r, l)) : 0;
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
      const shared: Array<{ k: string; x: number }> = [];
      for (const k of l.tf.keys()) {
        const id = termIds.get(k);
        if (id === undefined) continue;
        const i = binarySearch(a.ids, id);
        const y = weight.get(id);
        if (i >= 0 && y && !/^[0-9.]+$/.test(k)) shared.push({ k, x: a.x[i] * y });
      }
      shared.sort((p, q) => q.x - p.x || (p.k < q.k ? -1 : 1));
      return shared.slice(0, MAX_REASONS).map((s) => l.surface.get(s.k) ?? s.k);
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

function countClasses(p: PreparedPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of p.nodes) out[n.cls] = (out[n.cls] ?? 0) + 1;
  return out;
}

/** Maximum-weight assignment (Hungarian, O(n³)) on a rows × cols matrix of scores ≥ 0. Returns col per row or -1. */
export function hungarian(w: number[][]): number[] {
  const rows = w.length;
  const cols = rows ? w[0].length : 0;
  const n = Math.max(rows, cols);
  if (!n) return [];
  const max = Math.max(0, ...w.map((r) => Math.max(0, ...r)));
  // minimise cost = max − w on a square matrix (padding costs max, i.e. weight 0)
  const cost = (i: number, j: number) => (i < rows && j < cols ? max - w[i][j] : max);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j] && p[j] - 1 < rows && j - 1 < cols) out[p[j] - 1] = j - 1;
  return out;
}

/** Align two plans. Pure; the plans are prepared (tokenised) once per document object. */
export function alignPlans(leftDoc: PlanDoc, rightDoc: PlanDoc, opts: AlignOptions = {}): Alignment {
  const L = preparePlan(leftDoc);
  const R = preparePlan(rightDoc);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const method = opts.method ?? 'mutual';
  const second = opts.second ?? SECOND_THRESHOLD;
  const local = localIdf([L, R]);
  const idf = opts.idf ? (k: string) => opts.idf!(k) ?? local.idf(k) : local.idf;
  const base = makeScorer(idf, local.bigramIdf, local.themeIdf, opts.weights);
  const contextWeight = opts.context ?? CONTEXT_WEIGHT;
  const parentScores = new Map<number, number>();
  const scorer: Scorer = {
    ...base,
    score(l, r) {
      const s = base.score(l, r);
      if (!contextWeight) return s;
      const pl = l.parentId === null ? undefined : L.byId.get(l.parentId);
      const pr = r.parentId === null ? undefined : R.byId.get(r.parentId);
      if (!pl && !pr) return s;
      let c = 0;
      if (pl && pr && pl.cls === pr.cls) {
        const key = pl.order * R.nodes.length + pr.order;
        let v = parentScores.get(key);
        if (v === undefined) parentScores.set(key, (v = base.score(pl, pr).score));
        c = v;
      }
      // base.score returns a fresh object: adjust it in place (this runs for every candidate pair)
      s.score = (s.score + contextWeight * c) / (1 + contextWeight);
      s.parts.context = c;
      return s;
    },
  };

  // Pins
  const pinned: Scored[] = [];
  const usedL = new Set<string>();
  const usedR = new Set<string>();
  const forbidden = new Set<string>();
  let pinsIgnored = 0;
  let broken = 0;
  for (const pin of opts.pins ?? []) {
    const l = L.byId.get(pin.left);
    const r = R.byId.get(pin.right);
    if (!l || !r) {
      pinsIgnored++;
      continue;
    }
    if (pin.mode === 'break') {
      forbidden.add(l.ref.id + '\u0000' + r.ref.id);
      broken++;
    } else if (!usedL.has(l.ref.id) && !usedR.has(r.ref.id)) {
      pinned.push(scorer.score(l, r));
      usedL.add(l.ref.id);
      usedR.add(r.ref.id);
    } else pinsIgnored++;
  }

  // Candidates: inverted index over the right plan's informative content terms, per class.
  const index = new Map<KindClass, Map<string, PreparedNode[]>>();
  const maxDf = Math.max(2, CANDIDATE_MAX_DF * local.n);
  for (const r of R.nodes) {
    if (usedR.has(r.ref.id)) continue;
    let byTerm = index.get(r.cls);
    if (!byTerm) index.set(r.cls, (byTerm = new Map()));
    for (const k of r.tf.keys()) {
      if ((local.df.get(k) ?? 0) > maxDf) continue;
      let list = byTerm.get(k);
      if (!list) byTerm.set(k, (list = []));
      list.push(r);
    }
  }
  const candidates: Scored[] = [];
  // each node's best score over every candidate it was scored with (the mutual rule compares against these)
  const bestOfL = new Float64Array(L.nodes.length);
  const bestOfR = new Float64Array(R.nodes.length);
  const seen = new Int32Array(R.nodes.length).fill(-1); // seen[r.order] = l.order when r was scored for l
  for (const l of L.nodes) {
    if (usedL.has(l.ref.id)) continue;
    const byTerm = index.get(l.cls);
    if (!byTerm) continue;
    for (const k of l.tf.keys()) {
      const list = byTerm.get(k);
      if (!list) continue;
      for (const r of list) {
        if (seen[r.order] === l.order) continue;
        seen[r.order] = l.order;
        if (forbidden.size && forbidden.has(l.ref.id + '\u0000' + r.ref.id)) continue;
        const s = scorer.score(l, r);
        if (s.score > bestOfL[l.order]) bestOfL[l.order] = s.score;
        if (s.score > bestOfR[r.order]) bestOfR[r.order] = s.score;
        if (s.score >= threshold) candidates.push(s);
      }
    }
  }

  // One-to-one matching
  const chosen: Scored[] = [];
  if (method === 'mutual') {
    // keep a pair only when each node is the other's best candidate: a task that scores best with a node which
    // itself has a better partner stays unmatched rather than taking its second choice
    const mutual = candidates.filter((c) => c.score >= bestOfL[c.l.order] && c.score >= bestOfR[c.r.order]);
    mutual.sort((a, b) => b.score - a.score || a.l.order - b.l.order || a.r.order - b.r.order);
    for (const c of mutual) {
      if (usedL.has(c.l.ref.id) || usedR.has(c.r.ref.id)) continue; // ties
      usedL.add(c.l.ref.id);
      usedR.add(c.r.ref.id);
      chosen.push(c);
    }
    // then a confident second choice: among the nodes left, best score first, when the score is ≥ `second`
    const rest = candidates.filter((c) => c.score >= second && !usedL.has(c.l.ref.id) && !usedR.has(c.r.ref.id));
    rest.sort((a, b) => b.score - a.score || a.l.order - b.l.order || a.r.order - b.r.order);
    for (const c of rest) {
      if (usedL.has(c.l.ref.id) || usedR.has(c.r.ref.id)) continue;
      usedL.add(c.l.ref.id);
      usedR.add(c.r.ref.id);
      chosen.push(c);
    }
  } else if (method === 'greedy') {
    candidates.sort((a, b) => b.score - a.score || a.l.order - b.l.order || a.r.order - b.r.order);
    for (const c of candidates) {
      if (usedL.has(c.l.ref.id) || usedR.has(c.r.ref.id)) continue;
      usedL.add(c.l.ref.id);
      usedR.add(c.r.ref.id);
      chosen.push(c);
    }
  } else {
    const classes = new Set(candidates.map((c) => c.l.cls));
    for (const cls of classes) {
      const cs = candidates.filter((c) => c.l.cls === cls);
      const ls = [...new Set(cs.map((c) => c.l))];
      const rs = [...new Set(cs.map((c) => c.r))];
      const li = new Map(ls.map((n, i) => [n, i]));
      const ri = new Map(rs.map((n, i) => [n, i]));
      const m = ls.map(() => new Array<number>(rs.length).fill(0));
      const at = new Map<string, Scored>();
      for (const c of cs) {
        m[li.get(c.l)!][ri.get(c.r)!] = c.score;
        at.set(`${li.get(c.l)}:${ri.get(c.r)}`, c);
      }
      hungarian(m).forEach((j, i) => {
        const c = j >= 0 ? at.get(`${i}:${j}`) : undefined;
        if (!c) return;
        usedL.add(c.l.ref.id);
        usedR.add(c.r.ref.id);
        chosen.push(c);
      });
    }
  }

  const toPair = (s: Scored, isPinned: boolean): AlignedPair => {
    const pair: AlignedPair = {
      left: s.l.ref,
      right: s.r.ref,
      score: round(s.score),
      reasons: scorer.reasons(s.l, s.r),
      sharedThemes: s.l.themes.filter((t) => s.r.themes.includes(t)),
      sharedDepartments: [...s.l.departments.keys()].filter((k) => s.r.departments.has(k)).map((k) => s.l.departments.get(k)!),
      parts: {
        heading: round(s.parts.heading),
        content: round(s.parts.content),
        themes: s.parts.themes === null ? null : round(s.parts.themes),
        departments: s.parts.departments === null ? null : round(s.parts.departments),
        mention: round(s.parts.mention),
        ...(s.parts.context === undefined || s.parts.context === null ? {} : { context: round(s.parts.context) }),
      },
    };
    if (isPinned) pair.pinned = true;
    return pair;
  };
  const all = [...pinned.map((s) => ({ s, p: true })), ...chosen.map((s) => ({ s, p: false }))];
  all.sort((a, b) => a.s.l.order - b.s.l.order);
  const pairs = all.map(({ s, p }) => toPair(s, p));
  const unmatchedLeft = L.nodes.filter((n) => !usedL.has(n.ref.id)).map((n) => n.ref);
  const unmatchedRight = R.nodes.filter((n) => !usedR.has(n.ref.id)).map((n) => n.ref);
  return {
    pairs,
    unmatchedLeft,
    unmatchedRight,
    stats: {
      left: countClasses(L),
      right: countClasses(R),
      candidates: candidates.length,
      pairs: pairs.length,
      pinned: pinned.length,
      broken,
      pinsIgnored,
      unmatchedLeft: unmatchedLeft.length,
      unmatchedRight: unmatchedRight.length,
      threshold,
      method,
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
