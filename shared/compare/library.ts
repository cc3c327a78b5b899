/**
 * One plan against a whole library: which plans (districts) have tasks closest to this plan's tasks.
 *
 * Per plan, the term frequencies of its tasks are computed once (`taskVectors`, stored by the core in
 * plan_vectors when a plan is saved). An inverted index over all stored vectors is built once (LibraryIndex;
 * the core keeps it until the library changes); a query walks the postings of its own terms and scores with
 * BM25 (k1 1.2, b 0.75) — no norms of library vectors needed. A score is divided by the query task's score
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
/** Terms in more than this share of the library's tasks are not accumulated (see similarInLibrary). */
const MAX_DF_SHARE = 0.05;

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

/**
 * An inverted index over the task vectors of a library, built once (the core keeps it while the library does
 * not change) and queried per plan.
 */
export class LibraryIndex {
  private readonly postings = new Map<string, number[]>(); // term → [doc, tf, doc, tf …]
  private readonly docs: Array<{ entry: Omit<LibraryEntry, 'vectors'>; task: TaskVector }> = [];
  private totalLen = 0;

  constructor(entries: Iterable<LibraryEntry>) {
    for (const e of entries) {
      const entry = { planId: e.planId, title: e.title, district: e.district };
      for (const task of e.vectors.tasks) {
        const d = this.docs.length;
        this.docs.push({ entry, task });
        this.totalLen += task.len;
        for (const k in task.tf) {
          let list = this.postings.get(k);
          if (!list) this.postings.set(k, (list = []));
          list.push(d, task.tf[k]);
        }
      }
    }
  }

  get size(): number {
    return this.docs.length;
  }

  /** Tasks of `query` against every task of the index (tasks of query's own plan id are skipped). */
  similar(query: { planId: string | null; doc: PlanDoc }, opts: { perTask?: number; minScore?: number } = {}): SimilarResult {
    const perTask = opts.perTask ?? 5;
    const minScore = opts.minScore ?? 0.15;
    const q = taskVectors(query.doc);
    const N = this.docs.length;
    const avgdl = N ? this.totalLen / N : 1;
    // terms in more than MAX_DF_SHARE of all tasks (建设, 推进, 信息化 …) weigh little and would make every
    // task a candidate: they are left out (of the self-score too, so scores stay comparable)
    const maxDf = Math.max(5, MAX_DF_SHARE * N);
    const acc = new Float64Array(N);
    const p = preparePlan(query.doc);
    const tasks: SimilarResult['tasks'] = [];
    const perPlan = new Map<string, { entry: Omit<LibraryEntry, 'vectors'>; matched: number; score: number }>();
    for (const t of q.tasks) {
      const touched: number[] = [];
      let self = 0;
      for (const k in t.tf) {
        const list = this.postings.get(k);
        const df = list ? list.length / 2 : 0;
        if (df > maxDf) continue;
        const w = Math.log(1 + (N - df + 0.5) / (df + 0.5));
        const tf = t.tf[k];
        self += (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * t.len) / avgdl));
        if (!list) continue;
        for (let j = 0; j < list.length; j += 2) {
          const d = list[j];
          if (this.docs[d].entry.planId === query.planId) continue;
          if (acc[d] === 0) touched.push(d);
          const f = list[j + 1];
          acc[d] += (w * f * (K1 + 1)) / (f + K1 * (1 - B + (B * this.docs[d].task.len) / avgdl));
        }
      }
      const ranked: Array<{ d: number; s: number }> = [];
      for (const d of touched) {
        const sc = self ? acc[d] / self : 0;
        if (sc >= minScore) ranked.push({ d, s: sc });
        acc[d] = 0;
      }
      ranked.sort((a, b) => b.s - a.s || a.d - b.d);
      const matches = ranked.slice(0, perTask).map((r) => ({
        planId: this.docs[r.d].entry.planId,
        district: this.docs[r.d].entry.district,
        nodeId: this.docs[r.d].task.id,
        heading: this.docs[r.d].task.heading,
        score: Math.round(Math.min(1, r.s) * 1000) / 1000,
      }));
      // per plan: the best match of this task in each plan counts once
      const seen = new Set<string>();
      for (const r of ranked) {
        const e = this.docs[r.d].entry;
        if (seen.has(e.planId)) continue;
        seen.add(e.planId);
        const agg = perPlan.get(e.planId) ?? { entry: e, matched: 0, score: 0 };
        agg.matched++;
        agg.score += Math.min(1, r.s);
        perPlan.set(e.planId, agg);
      }
      tasks.push({ node: p.byId.get(t.id)!.ref, matches });
    }
    const plans = [...perPlan.values()]
      .sort((a, b) => b.matched - a.matched || b.score - a.score || (a.entry.planId < b.entry.planId ? -1 : 1))
      .map((a) => ({ planId: a.entry.planId, title: a.entry.title, district: a.entry.district, matched: a.matched, score: Math.round(a.score * 1000) / 1000 }));
    return { plans, tasks };
  }
}

/** One-off: build an index over `library` and query it. */
export function similarInLibrary(query: { planId: string | null; doc: PlanDoc }, library: Iterable<LibraryEntry>, opts: { perTask?: number; minScore?: number } = {}): SimilarResult {
  return new LibraryIndex(library).similar(query, opts);
}
