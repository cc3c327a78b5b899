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
 * The score is computed in scorer.ts, the Hungarian assignment in hungarian.ts (both re-exported here).
 * Environment-free.
 */
import type { PlanDoc } from '../model/plan';
import { preparePair, termCount, termKey, type KindClass, type NodeRef, type PreparedNode, type PreparedPlan } from './prepare';
import { hungarian } from './hungarian';
import { localIdf, makeScorer, mentionIndex, type MentionIndex, type Scored, type Scorer, type ScoreParts, type ScoreWeights } from './scorer';

export { hungarian } from './hungarian';
export { localIdf, makeScorer, WEIGHTS, type Scorer, type ScoreParts, type ScoreWeights } from './scorer';

export interface Pin {
  left: string;
  right: string;
  /** 'pin': this pair is forced; 'break': these two must not be paired. */
  mode: 'pin' | 'break';
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
/** Terms in more than this share of the compared nodes open no candidate (they still score). */
const CANDIDATE_MAX_DF = 0.35;

/**
 * The mention table of two prepared plans' names, kept while both are (a compare again after a pin, greedy and
 * Hungarian after mutual: the texts' bitsets are read once).
 */
const mentionTables = new WeakMap<PreparedPlan, WeakMap<PreparedPlan, MentionIndex>>();
function mentionOf(L: PreparedPlan, R: PreparedPlan): MentionIndex {
  let byR = mentionTables.get(L);
  if (!byR) mentionTables.set(L, (byR = new WeakMap()));
  let m = byR.get(R);
  if (!m) byR.set(R, (m = mentionIndex([...L.nodes, ...R.nodes])));
  return m;
}

const CLASS_INDEX: Record<KindClass, number> = { part: 0, mid: 1, task: 2, appendix: 3 };
/**
 * The candidate index's heads, by term id: valid where stampOf[id] is the current stamp (kept between compares and
 * never cleared: a compare takes the next stamp). A posting's right node, its class and the next posting of its term
 * are in `node`, `cls` and `next`.
 */
let head = new Int32Array(0);
let stampOf = new Int32Array(0);
let stamp = 0;
/**
 * The right plan's informative content terms (document frequency ≤ maxDf) → the right nodes that have them, per kind
 * class, each list in reading order — what a Map of term → node array per class held, in typed arrays: a compare
 * looks up every term of every left node.
 */
function candidateIndex(R: PreparedPlan, usedR: ReadonlySet<string>, df: Int32Array, maxDf: number): { head: Int32Array; next: Int32Array; node: Int32Array; cls: Uint8Array } {
  const size = termCount();
  if (head.length < size) {
    head = new Int32Array(Math.max(size, head.length * 2));
    stampOf = new Int32Array(head.length);
    stamp = 0;
  }
  if (stamp >= 0x3fffffff) {
    stampOf.fill(0);
    stamp = 0;
  }
  stamp++;
  let postings = 0;
  for (const r of R.nodes) postings += r.tf.ids.length;
  const next = new Int32Array(postings);
  const node = new Int32Array(postings);
  const cls = new Uint8Array(postings);
  let p = 0;
  // right nodes last to first, each posting put at the head of its list: every list in reading order (all classes
  // in one list; a left node skips the postings of other classes)
  for (let o = R.nodes.length - 1; o >= 0; o--) {
    const r = R.nodes[o];
    if (usedR.has(r.ref.id)) continue;
    const c = CLASS_INDEX[r.cls];
    const ids = r.tf.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (df[id] > maxDf) continue;
      next[p] = stampOf[id] === stamp ? head[id] : -1;
      node[p] = o;
      cls[p] = c;
      head[id] = p++;
      stampOf[id] = stamp;
    }
  }
  return { head, next, node, cls };
}

function countClasses(p: PreparedPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of p.nodes) out[n.cls] = (out[n.cls] ?? 0) + 1;
  return out;
}

/** Align two plans. Pure; the plans are prepared (tokenised) once per document object. */
export function alignPlans(leftDoc: PlanDoc, rightDoc: PlanDoc, opts: AlignOptions = {}): Alignment {
  const [L, R] = preparePair(leftDoc, rightDoc);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const method = opts.method ?? 'mutual';
  const second = opts.second ?? SECOND_THRESHOLD;
  const local = localIdf([L, R]);
  let idf = local.idf;
  if (opts.idf) {
    // a collection's document frequencies where it has the term (every term a node of the two plans holds)
    idf = Float64Array.from(local.idf);
    for (let id = 0; id < idf.length; id++) {
      if (!local.df[id]) continue;
      const v = opts.idf(termKey(id));
      if (v !== undefined) idf[id] = v;
    }
  }
  const base = makeScorer(idf, local.bigramIdf, local.themeIdf, opts.weights, mentionOf(L, R));
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

  // Candidates: inverted index over the right plan's informative content terms, per class (candidateIndex)
  const maxDf = Math.max(2, CANDIDATE_MAX_DF * local.n);
  const { head, next, node: posted, cls: postedCls } = candidateIndex(R, usedR, local.df, maxDf);
  const candidates: Scored[] = [];
  // each node's best score over every candidate it was scored with (the mutual rule compares against these)
  const bestOfL = new Float64Array(L.nodes.length);
  const bestOfR = new Float64Array(R.nodes.length);
  const seen = new Int32Array(R.nodes.length).fill(-1); // seen[r.order] = l.order when r was scored for l
  for (const l of L.nodes) {
    if (usedL.has(l.ref.id)) continue;
    const c = CLASS_INDEX[l.cls];
    const ids = l.tf.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id >= head.length || stampOf[id] !== stamp) continue;
      for (let p = head[id]; p >= 0; p = next[p]) {
        if (postedCls[p] !== c) continue;
        const r = R.nodes[posted[p]];
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
