/**
 * One plan against a whole library: which plans (districts) have tasks closest to this plan's tasks.
 *
 * Per plan, the term frequencies of its tasks are computed once (`taskVectors`) and stored packed by the core
 * (plan_vectors: term ids from a dictionary table, Int32 pairs (term id, tf) in a blob) when a plan is saved.
 * LibraryIndex inverts them into flat typed arrays (term id → documents, tfs: two sequential passes, no strings),
 * tens of milliseconds at 2,000 plans / 3 M postings; the core keeps it until the library changes and then
 * rebuilds it from the packed vectors it already holds, reading only the rows that changed. A query maps its
 * own terms to ids, walks their postings and scores with BM25 (k1 1.2, b 0.75) — no norms of library vectors
 * needed. A score is divided by the query task's score against itself,
 * so 1 means "as close as the task to itself".
 * Environment-free.
 */
import type { PlanDoc } from '../model/plan';
import { preparePlan, termKey, type NodeRef } from './prepare';

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
    const entries = Array.from(n.tf.ids, (id, i): [string, number] => [termKey(id), n.tf.n[i]]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
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

/** A task of a packed plan (its terms are in PackedVectors.terms). */
export interface PackedTask {
  id: string;
  heading: string;
  len: number;
}

/** Task vectors with term ids: `terms` holds, per task in order, n then n × (term id, tf). */
export interface PackedVectors {
  tasks: PackedTask[];
  terms: Int32Array;
}

export interface PackedEntry extends PackedVectors {
  planId: string;
  title: string;
  district: string | null;
}

/** Term ids of the given terms (unknown terms are left out). */
export type TermIds = (terms: readonly string[]) => Map<string, number>;

/** Pack a plan's vectors; `ids` gives the id of every term of `v`. */
export function packVectors(v: PlanVectors, ids: ReadonlyMap<string, number>): PackedVectors {
  let size = 0;
  for (const t of v.tasks) size += 1 + 2 * Object.keys(t.tf).length;
  const terms = new Int32Array(size);
  let p = 0;
  for (const t of v.tasks) {
    const at = p++;
    let n = 0;
    for (const k in t.tf) {
      const id = ids.get(k);
      if (id === undefined) throw new Error(`packVectors: no id for term ${k}`);
      terms[p++] = id;
      terms[p++] = t.tf[k];
      n++;
    }
    terms[at] = n;
  }
  return { tasks: v.tasks.map((t) => ({ id: t.id, heading: t.heading, len: t.len })), terms };
}

/** Every term of some vectors, each once. */
export function vectorTerms(v: PlanVectors): string[] {
  const out = new Set<string>();
  for (const t of v.tasks) for (const k in t.tf) out.add(k);
  return [...out];
}

export interface SimilarResult {
  plans: Array<{ planId: string; title: string; district: string | null; matched: number; score: number }>;
  tasks: Array<{ node: NodeRef; matches: Array<{ planId: string; district: string | null; nodeId: string; heading: string; score: number }> }>;
}

/**
 * An inverted index over the packed task vectors of a library: postings of term id t are
 * postDoc/postTf[start[t] … start[t + 1]), in document order, counted then filled in two sequential passes
 * over the packed vectors (no strings, no per-term arrays). Built once per library state and queried per plan.
 */
export class LibraryIndex {
  private readonly entries: PackedEntry[];
  private readonly termIds: TermIds;
  /** Per document (a task of some plan): its entry, its index among the entry's tasks, its length. */
  private readonly docEntry: Int32Array;
  private readonly docTask: Int32Array;
  private readonly docLen: Float64Array;
  private readonly start: Int32Array;
  private readonly postDoc: Int32Array;
  private readonly postTf: Int32Array;
  private readonly totalLen: number;

  /** `entries[i].terms` should be plain Int32Arrays (not views into Buffers: element access on those is slow). */
  constructor(entries: Iterable<PackedEntry>, termIds: TermIds) {
    this.entries = [...entries];
    this.termIds = termIds;
    const built = invert(this.entries);
    this.docEntry = built.docEntry;
    this.docTask = built.docTask;
    this.docLen = built.docLen;
    this.start = built.start;
    this.postDoc = built.postDoc;
    this.postTf = built.postTf;
    this.totalLen = built.totalLen;
  }

  get size(): number {
    return this.docEntry.length;
  }

  /** Tasks of `query` against every task of the index (tasks of query's own plan id are skipped). */
  similar(query: { planId: string | null; doc: PlanDoc }, opts: { perTask?: number; minScore?: number } = {}): SimilarResult {
    const perTask = opts.perTask ?? 5;
    const minScore = opts.minScore ?? 0.15;
    const q = taskVectors(query.doc);
    const ids = this.termIds(vectorTerms(q));
    const N = this.docEntry.length;
    const avgdl = N ? this.totalLen / N : 1;
    // terms in more than MAX_DF_SHARE of all tasks (建设, 推进, 信息化 …) weigh little and would make every
    // task a candidate: they are left out (of the self-score too, so scores stay comparable)
    const maxDf = Math.max(5, MAX_DF_SHARE * N);
    const own = new Uint8Array(this.entries.length);
    this.entries.forEach((e, i) => (own[i] = e.planId === query.planId ? 1 : 0));
    const { docEntry, docTask, docLen, start, postDoc, postTf } = this;
    const acc = new Float64Array(N);
    const p = preparePlan(query.doc);
    const tasks: SimilarResult['tasks'] = [];
    const perPlan = new Map<number, { entry: PackedEntry; matched: number; score: number }>();
    for (const t of q.tasks) {
      const touched: number[] = [];
      let self = 0;
      for (const k in t.tf) {
        const id = ids.get(k);
        const known = id !== undefined && id + 1 < start.length;
        const from = known ? start[id] : 0;
        const to = known ? start[id + 1] : 0;
        const df = to - from;
        if (df > maxDf) continue;
        const w = Math.log(1 + (N - df + 0.5) / (df + 0.5));
        const tf = t.tf[k];
        self += (w * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * t.len) / avgdl));
        for (let j = from; j < to; j++) {
          const d = postDoc[j];
          if (own[docEntry[d]]) continue;
          if (acc[d] === 0) touched.push(d);
          const f = postTf[j];
          acc[d] += (w * f * (K1 + 1)) / (f + K1 * (1 - B + (B * docLen[d]) / avgdl));
        }
      }
      const ranked: Array<{ d: number; s: number }> = [];
      for (const d of touched) {
        const sc = self ? acc[d] / self : 0;
        if (sc >= minScore) ranked.push({ d, s: sc });
        acc[d] = 0;
      }
      ranked.sort((a, b) => b.s - a.s || a.d - b.d);
      const matches = ranked.slice(0, perTask).map((r) => {
        const entry = this.entries[docEntry[r.d]];
        const task = entry.tasks[docTask[r.d]];
        return { planId: entry.planId, district: entry.district, nodeId: task.id, heading: task.heading, score: Math.round(Math.min(1, r.s) * 1000) / 1000 };
      });
      // per plan: the best match of this task in each plan counts once
      const seen = new Set<number>();
      for (const r of ranked) {
        const ei = docEntry[r.d];
        if (seen.has(ei)) continue;
        seen.add(ei);
        const agg = perPlan.get(ei) ?? { entry: this.entries[ei], matched: 0, score: 0 };
        agg.matched++;
        agg.score += Math.min(1, r.s);
        perPlan.set(ei, agg);
      }
      tasks.push({ node: p.byId.get(t.id)!.ref, matches });
    }
    const plans = [...perPlan.values()]
      .sort((a, b) => b.matched - a.matched || b.score - a.score || (a.entry.planId < b.entry.planId ? -1 : 1))
      .map((a) => ({ planId: a.entry.planId, title: a.entry.title, district: a.entry.district, matched: a.matched, score: Math.round(a.score * 1000) / 1000 }));
    return { plans, tasks };
  }
}

/** Documents and CSR postings of packed entries (see LibraryIndex). */
function invert(entries: readonly PackedEntry[]) {
  let docs = 0;
  let maxId = -1;
  let postings = 0;
  for (const e of entries) {
    docs += e.tasks.length;
    const t = e.terms;
    for (let p = 0; p < t.length; ) {
      const n = t[p++];
      postings += n;
      for (let i = 0; i < n; i++, p += 2) if (t[p] > maxId) maxId = t[p];
    }
  }
  const start = new Int32Array(maxId + 2);
  for (const e of entries) {
    const t = e.terms;
    for (let p = 0; p < t.length; ) {
      const n = t[p++];
      for (let i = 0; i < n; i++, p += 2) start[t[p] + 1]++;
    }
  }
  for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
  const fill = start.slice(0, maxId + 1);
  const postDoc = new Int32Array(postings);
  const postTf = new Int32Array(postings);
  const docEntry = new Int32Array(docs);
  const docTask = new Int32Array(docs);
  const docLen = new Float64Array(docs);
  let totalLen = 0;
  let d = 0;
  for (let ei = 0; ei < entries.length; ei++) {
    const e = entries[ei];
    const t = e.terms;
    for (let p = 0, task = 0; p < t.length; task++, d++) {
      docEntry[d] = ei;
      docTask[d] = task;
      docLen[d] = e.tasks[task].len;
      totalLen += e.tasks[task].len;
      const n = t[p++];
      for (let i = 0; i < n; i++, p += 2) {
        const at = fill[t[p]]++;
        postDoc[at] = d;
        postTf[at] = t[p + 1];
      }
    }
  }
  return { docEntry, docTask, docLen, start, postDoc, postTf, totalLen };
}

/** One-off: pack `library` with a dictionary of its own, build an index and query it. */
export function similarInLibrary(query: { planId: string | null; doc: PlanDoc }, library: Iterable<LibraryEntry>, opts: { perTask?: number; minScore?: number } = {}): SimilarResult {
  const dict = new Map<string, number>();
  const packed: PackedEntry[] = [];
  for (const e of library) {
    for (const k of vectorTerms(e.vectors)) if (!dict.has(k)) dict.set(k, dict.size);
    packed.push({ planId: e.planId, title: e.title, district: e.district, ...packVectors(e.vectors, dict) });
  }
  const termIds: TermIds = (terms) => {
    const out = new Map<string, number>();
    for (const k of terms) {
      const id = dict.get(k);
      if (id !== undefined) out.set(k, id);
    }
    return out;
  };
  return new LibraryIndex(packed, termIds).similar(query, opts);
}
