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
  method: 'greedy' | 'hungarian';
}

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
  method?: 'greedy' | 'hungarian';
  /** Document frequencies from a larger collection (library); default: the nodes of the two plans. */
  idf?: (key: string) => number | undefined;
}

export const DEFAULT_THRESHOLD = 0.14;
export const WEIGHTS = { heading: 0.35, content: 0.45, themes: 0.1, departments: 0.1 } as const;
/** Terms in more than this share of the compared nodes open no candidate (they still score). */
const CANDIDATE_MAX_DF = 0.35;
const MAX_REASONS = 6;

interface Vec {
  w: Map<string, number>;
  norm: number;
}

function vector(tf: Map<string, number>, idf: (k: string) => number): Vec {
  const w = new Map<string, number>();
  let sq = 0;
  for (const [k, n] of tf) {
    const x = (1 + Math.log(n)) * idf(k);
    if (x <= 0) continue;
    w.set(k, x);
    sq += x * x;
  }
  return { w, norm: Math.sqrt(sq) };
}

function cosine(a: Vec, b: Vec): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.w.size <= b.w.size ? [a.w, b.w] : [b.w, a.w];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y) dot += x * y;
  }
  return dot / (a.norm * b.norm);
}

function jaccard(a: Iterable<string>, b: Iterable<string>): { j: number | null; shared: string[] } {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size || !B.size) return { j: null, shared: [] };
  const shared = [...A].filter((x) => B.has(x));
  return { j: shared.length / (A.size + B.size - shared.length), shared };
}

/**
 * IDF over the compared nodes of the given plans: ln(1 + N / df) for content terms, and the same over heading
 * character bigrams (so 智慧 or 服务, in most headings, count for little in a heading match).
 */
export function localIdf(plans: PreparedPlan[]): { idf: (k: string) => number; bigramIdf: (k: string) => number; df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  const bdf = new Map<string, number>();
  let n = 0;
  for (const p of plans) {
    for (const node of p.nodes) {
      n++;
      for (const k of node.tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
      for (const b of new Set([...node.headBigrams, ...(node.core?.bigrams ?? [])])) bdf.set(b, (bdf.get(b) ?? 0) + 1);
    }
  }
  return {
    idf: (k) => Math.log(1 + n / (df.get(k) ?? 1)),
    bigramIdf: (k) => Math.log(1 + n / (bdf.get(k) ?? 1)),
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
  reasons(l: PreparedNode, r: PreparedNode): string[];
  contentVec(n: PreparedNode): Vec;
}

export function makeScorer(idf: (k: string) => number, bigramIdf: (k: string) => number): Scorer {
  const memo = <T extends object>(f: (n: T) => Vec) => {
    const m = new WeakMap<T, Vec>();
    return (n: T) => {
      let v = m.get(n);
      if (!v) m.set(n, (v = f(n)));
      return v;
    };
  };
  const cv = memo((n: PreparedNode) => vector(n.tf, idf));
  const hv = memo((n: PreparedNode) => vector(n.headTf, idf));
  const hb = memo((n: PreparedNode) => vector(counts(n.headBigrams), bigramIdf));
  const coreV = memo((n: PreparedNode) => (n.core ? vector(n.core.tf, idf) : hv(n)));
  const coreB = memo((n: PreparedNode) => (n.core ? vector(counts(n.core.bigrams), bigramIdf) : hb(n)));
  return {
    contentVec: cv,
    score(l, r) {
      // heading: IDF-weighted cosine of words and of character bigrams (robust to different word cuts)
      let h = 0.6 * cosine(hv(l), hv(r)) + 0.4 * cosine(hb(l), hb(r));
      if (l.core || r.core) {
        // a quoted name in a heading is what the task is about: 深化完善“智慧养老” ~ 智慧养老
        h = Math.max(h, 0.6 * cosine(coreV(l), coreV(r)) + 0.4 * cosine(coreB(l), coreB(r)));
      }
      const c = cosine(cv(l), cv(r));
      const t = jaccard(l.themes, r.themes).j;
      const d = jaccard(l.departments.keys(), r.departments.keys()).j;
      let sum = WEIGHTS.heading * h + WEIGHTS.content * c;
      let wsum = WEIGHTS.heading + WEIGHTS.content;
      if (t !== null) {
        sum += WEIGHTS.themes * t;
        wsum += WEIGHTS.themes;
      }
      if (d !== null) {
        sum += WEIGHTS.departments * d;
        wsum += WEIGHTS.departments;
      }
      return { l, r, score: sum / wsum, parts: { heading: h, content: c, themes: t, departments: d } };
    },
    reasons(l, r) {
      const a = cv(l).w;
      const b = cv(r).w;
      const shared: Array<{ k: string; x: number }> = [];
      for (const [k, x] of a) {
        const y = b.get(k);
        if (y && !/^[0-9.]+$/.test(k)) shared.push({ k, x: x * y });
      }
      shared.sort((p, q) => q.x - p.x || (p.k < q.k ? -1 : 1));
      return shared.slice(0, MAX_REASONS).map((s) => l.surface.get(s.k) ?? s.k);
    },
  };
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
  const method = opts.method ?? 'greedy';
  const local = localIdf([L, R]);
  const idf = opts.idf ? (k: string) => opts.idf!(k) ?? local.idf(k) : local.idf;
  const scorer = makeScorer(idf, local.bigramIdf);

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
  const index = new Map<string, PreparedNode[]>();
  const maxDf = Math.max(2, CANDIDATE_MAX_DF * local.n);
  for (const r of R.nodes) {
    if (usedR.has(r.ref.id)) continue;
    for (const k of r.tf.keys()) {
      if ((local.df.get(k) ?? 0) > maxDf) continue;
      const key = r.cls + '\u0000' + k;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(r);
    }
  }
  const candidates: Scored[] = [];
  for (const l of L.nodes) {
    if (usedL.has(l.ref.id)) continue;
    const seen = new Set<PreparedNode>();
    for (const k of l.tf.keys()) {
      for (const r of index.get(l.cls + '\u0000' + k) ?? []) {
        if (seen.has(r)) continue;
        seen.add(r);
        if (forbidden.has(l.ref.id + '\u0000' + r.ref.id)) continue;
        const s = scorer.score(l, r);
        if (s.score >= threshold) candidates.push(s);
      }
    }
  }

  // One-to-one matching
  const chosen: Scored[] = [];
  if (method === 'greedy') {
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
