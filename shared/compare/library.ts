/**
 * One plan against a whole library: which plans (districts) have tasks closest to this plan's tasks.
 *
 * Per plan, the term frequencies of its tasks are computed once (`taskVectors`, stored by the core in
 * plan_vectors when a plan is saved). A query makes one pass over the stored vectors, keeping only the terms
 * the query plan has (document frequencies for those terms come from the same pass), and scores with BM25
 * (k1 1.2, b 0.75) — no norms of library vectors needed. A score is divided by the query task's score
 * against itself, so 1 means "as close as the task to itself".
 * Environment-free.
 */
import type { PlanDoc } from '../model/plan';
import { preparePlan, type NodeRef } from './prepare';

export interface TaskVector {
  id: string;
  heading: string;
  /** term → tf, the most frequent MAX_TERMS terms. */
  tf: Record<string, number>;
  /** Number of terms before trimming (document length for BM25). */
  len: number;
}

export interface PlanVectors {
  district: string | null;
  tasks: TaskVector[];
}

const MAX_TERMS = 80;
const K1 = 1.2;
const B = 0.75;

export function taskVectors(doc: PlanDoc): PlanVectors {
  const p = preparePlan(doc);
  const tasks: TaskVector[] = [];
  for (const n of p.nodes) {
    if (n.cls !== 'task') continue;
    const entries = [...n.tf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let len = 0;
    for (const [, c] of entries) len += c;
    tasks.push({ id: n.ref.id, heading: n.ref.heading, tf: Object.fromEntries(entries.slice(0, MAX_TERMS)), len });
  }
  return { district: doc.meta.district, tasks };
}

export interface LibraryEntry {
  planId: string;
  title: string;
  district: string | null;
  vectors: PlanVectors;
}

export interface SimilarResult {
  plans: Array<{ planId: string; title: string; district: string | null; matched: number; score: number }>;
  tasks: Array<{ node: NodeRef; matches: Array<{ planId: string; district: string | null; nodeId: string; heading: string; score: number }> }>;
}

/** Tasks of `query` against every task in `library` (entries of query's own plan id are skipped). */
export function similarInLibrary(query: { planId: string | null; doc: PlanDoc }, library: Iterable<LibraryEntry>, opts: { perTask?: number; minScore?: number } = {}): SimilarResult {
  const perTask = opts.perTask ?? 5;
  const minScore = opts.minScore ?? 0.15;
  const q = taskVectors(query.doc);
  const qTerms = new Map<string, number>(); // term → index
  for (const t of q.tasks) for (const k of Object.keys(t.tf)) if (!qTerms.has(k)) qTerms.set(k, qTerms.size);
  const df = new Int32Array(qTerms.size);
  // postings: term index → list of (doc index, tf)
  const postings: Array<number[]> = Array.from({ length: qTerms.size }, () => []);
  const docs: Array<{ entry: LibraryEntry; task: TaskVector }> = [];
  let totalLen = 0;
  for (const entry of library) {
    if (entry.planId === query.planId) continue;
    for (const task of entry.vectors.tasks) {
      const d = docs.length;
      docs.push({ entry, task });
      totalLen += task.len;
      for (const k in task.tf) {
        const i = qTerms.get(k);
        if (i === undefined) continue;
        df[i]++;
        postings[i].push(d, task.tf[k]);
      }
    }
  }
  const N = docs.length;
  const avgdl = N ? totalLen / N : 1;
  const idf = (i: number) => Math.log(1 + (N - df[i] + 0.5) / (df[i] + 0.5));
  const bm = (tf: number, len: number) => (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avgdl));

  const tasks: SimilarResult['tasks'] = [];
  const perPlan = new Map<string, { entry: LibraryEntry; matched: number; score: number }>();
  const acc = new Float64Array(N);
  const p = preparePlan(query.doc);
  for (const t of q.tasks) {
    const touched: number[] = [];
    let self = 0;
    for (const [k, tf] of Object.entries(t.tf)) {
      const i = qTerms.get(k)!;
      const w = idf(i);
      self += w * bm(tf, t.len);
      const list = postings[i];
      for (let j = 0; j < list.length; j += 2) {
        const d = list[j];
        if (acc[d] === 0) touched.push(d);
        acc[d] += w * bm(list[j + 1], docs[d].task.len);
      }
    }
    const ranked = touched.map((d) => ({ d, s: self ? acc[d] / self : 0 })).sort((a, b) => b.s - a.s);
    for (const d of touched) acc[d] = 0;
    const matches = ranked
      .filter((r) => r.s >= minScore)
      .slice(0, perTask)
      .map((r) => ({ planId: docs[r.d].entry.planId, district: docs[r.d].entry.district, nodeId: docs[r.d].task.id, heading: docs[r.d].task.heading, score: Math.round(r.s * 1000) / 1000 }));
    // per plan: the best match of this task in each plan counts once
    const seen = new Set<string>();
    for (const r of ranked) {
      if (r.s < minScore) break;
      const e = docs[r.d].entry;
      if (seen.has(e.planId)) continue;
      seen.add(e.planId);
      const agg = perPlan.get(e.planId) ?? { entry: e, matched: 0, score: 0 };
      agg.matched++;
      agg.score += r.s;
      perPlan.set(e.planId, agg);
    }
    tasks.push({ node: p.byId.get(t.id)!.ref, matches });
  }
  const plans = [...perPlan.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map((a) => ({ planId: a.entry.planId, title: a.entry.title, district: a.entry.district, matched: a.matched, score: Math.round(a.score * 1000) / 1000 }));
  return { plans, tasks };
}
