/**
 * Inside an aligned pair: a word-level diff (Myers O(ND) on Intl.Segmenter tokens, compared by key so
 * 静安区 ≡ 杨浦区 and 三年 ≡ 3年 count as equal) of heading and text, and a field diff: departments added /
 * removed, indicators compared by name (value, unit, year, comparator), milestones by year.
 * Environment-free.
 */
import type { Indicator, Milestone, PlanNode } from '../model/plan';
import { bigrams, departmentKey, dice } from './normalize';
import { nameKey, type PreparedNode } from './prepare';
import type { Token } from './tokens';

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  /** Left text for 'equal' and 'delete', right text for 'insert'. */
  text: string;
  /** For 'equal' when the right side is written differently (杨浦区 for 静安区, 3 for 三). */
  right?: string;
}

/** Edits beyond this many token operations fall back to "delete all, insert all" (like a diff time-out). */
export const MAX_EDIT_COST = 4000;

/**
 * Myers' greedy O(ND) shortest edit script on two key arrays: 0 equal, -1 delete (from a), 1 insert (from b);
 * null when the shortest script costs more than `maxCost`.
 *
 * Keys that occur on one side only can never be equal, so they are taken out first and Myers runs on what is
 * left (GNU diff's "discard" step): two tasks of different districts share a minority of their words, and the
 * search is O((N + M)·D) in time and O(D²) in the trace. The script stays a shortest one.
 */
export function myers(sa: readonly string[], sb: readonly string[], maxCost = MAX_EDIT_COST): Array<-1 | 0 | 1> | null {
  // intern the keys: the inner loop compares integers, not strings; mark which side(s) each key occurs on
  const ids = new Map<string, number>();
  const a = new Int32Array(sa.length);
  const b = new Int32Array(sb.length);
  for (let i = 0; i < sa.length; i++) {
    let id = ids.get(sa[i]);
    if (id === undefined) ids.set(sa[i], (id = ids.size));
    a[i] = id;
  }
  const inA = ids.size;
  const inB = new Uint8Array(inA);
  for (let j = 0; j < sb.length; j++) {
    let id = ids.get(sb[j]);
    if (id === undefined) ids.set(sb[j], (id = ids.size));
    else if (id < inA) inB[id] = 1;
    b[j] = id;
  }
  // keep only keys on both sides
  let n = 0;
  for (let i = 0; i < a.length; i++) if (inB[a[i]]) n++;
  let m = 0;
  for (let j = 0; j < b.length; j++) if (b[j] < inA && inB[b[j]]) m++;
  const discarded = a.length - n + (b.length - m);
  if (discarded > maxCost) return null;
  if (discarded === 0) return myersCore(a, b, maxCost);
  const ra = new Int32Array(n);
  const rb = new Int32Array(m);
  n = 0;
  for (let i = 0; i < a.length; i++) if (inB[a[i]]) ra[n++] = a[i];
  m = 0;
  for (let j = 0; j < b.length; j++) if (b[j] < inA && inB[b[j]]) rb[m++] = b[j];
  const core = myersCore(ra, rb, maxCost - discarded);
  if (core === null) return null;
  // put the discarded keys back: between two equal keys, deletions then insertions
  const ops: Array<-1 | 0 | 1> = [];
  let i = 0;
  let j = 0;
  const keptA = (x: number) => inB[a[x]] === 1;
  const keptB = (y: number) => b[y] < inA && inB[b[y]] === 1;
  for (const op of core) {
    if (op === 0) {
      while (!keptA(i)) (ops.push(-1), i++);
      while (!keptB(j)) (ops.push(1), j++);
      ops.push(0);
      i++;
      j++;
    } else if (op === -1) {
      while (!keptA(i)) (ops.push(-1), i++);
      ops.push(-1);
      i++;
    } else {
      while (!keptB(j)) (ops.push(1), j++);
      ops.push(1);
      j++;
    }
  }
  while (i < a.length) (ops.push(-1), i++);
  while (j < b.length) (ops.push(1), j++);
  return ops;
}

/** The trace of myersCore, reused between calls (grown on demand; a very large one is not kept). */
let traceBuf = new Int32Array(1 << 16);
const KEEP_TRACE = 1 << 22;

function myersCore(a: Int32Array, b: Int32Array, maxCost: number): Array<-1 | 0 | 1> | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const limit = Math.min(max, maxCost);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace: the window [-d-1, d+1] of v before step d starts at d·(d+2) (sizes 3, 5, 7 …)
  let trace = traceBuf;
  let found = -1;
  for (let d = 0; d <= limit; d++) {
    const base = d * (d + 2);
    const need = base + 2 * d + 3;
    if (need > trace.length) {
      const grown = new Int32Array(Math.max(need, trace.length * 2));
      grown.set(trace.subarray(0, base));
      trace = grown;
      if (trace.length <= KEEP_TRACE) traceBuf = trace;
    }
    trace.set(v.subarray(offset - d - 1, offset + d + 2), base);
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return null;
  // backtrack
  const ops: Array<-1 | 0 | 1> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const base = d * (d + 2) + d + 1; // index of k = 0 in the window of step d
    const at = (k: number) => trace[base + k];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(0);
      x--;
      y--;
    }
    if (down) {
      ops.push(1);
      y--;
    } else {
      ops.push(-1);
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops.push(0);
    x--;
    y--;
  }
  return ops.reverse();
}

/** Above this many tokens on the two sides together, paragraphs are diffed first (then words inside changed ones). */
export const WORD_DIFF_MAX_TOKENS = 1500;

function paragraphs(t: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const x of t) {
    out[out.length - 1].push(x);
    if (x.k === '\n') out.push([]);
  }
  if (!out[out.length - 1].length) out.pop();
  return out;
}

/**
 * Word diff of two token lists (compared by key), merged into runs. Long texts (an annex table of 4,000 tokens
 * a side) are diffed paragraph by paragraph first; each run of changed paragraphs is then diffed word by word
 * when it is small enough, else shown as deleted and inserted.
 */
export function diffTokens(a: readonly Token[], b: readonly Token[]): DiffOp[] {
  if (a.length + b.length <= WORD_DIFF_MAX_TOKENS) return diffWords(a, b);
  const pa = paragraphs(a);
  const pb = paragraphs(b);
  const key = (p: Token[]) => p.map((t) => t.k).join('\u0001');
  const ops = myers(pa.map(key), pb.map(key));
  const out: DiffOp[] = [];
  const append = (list: DiffOp[]) => {
    for (const o of list) {
      const last = out[out.length - 1];
      if (last && last.op === o.op && (o.op !== 'equal' || (last.right === undefined && o.right === undefined))) last.text += o.text;
      else out.push({ ...o });
    }
  };
  if (ops === null) {
    append([{ op: 'delete', text: a.map((t) => t.s).join('') }, { op: 'insert', text: b.map((t) => t.s).join('') }]);
    return out;
  }
  let i = 0;
  let j = 0;
  let delRun: Token[] = [];
  let insRun: Token[] = [];
  const flush = () => {
    if (!delRun.length && !insRun.length) return;
    if (delRun.length + insRun.length <= WORD_DIFF_MAX_TOKENS) append(diffWords(delRun, insRun));
    else {
      if (delRun.length) append([{ op: 'delete', text: delRun.map((t) => t.s).join('') }]);
      if (insRun.length) append([{ op: 'insert', text: insRun.map((t) => t.s).join('') }]);
    }
    delRun = [];
    insRun = [];
  };
  for (const op of ops) {
    if (op === 0) {
      flush();
      append(diffWords(pa[i++], pb[j++]));
    } else if (op === -1) delRun.push(...pa[i++]);
    else insRun.push(...pb[j++]);
  }
  flush();
  return out;
}

function diffWords(a: readonly Token[], b: readonly Token[]): DiffOp[] {
  // common prefix and suffix first: most version edits touch a few words
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre].k === b[pre].k) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf].k === b[b.length - 1 - suf].k) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], s: string, r?: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) {
      if (op === 'equal' && (last.right !== undefined || (r !== undefined && r !== s))) last.right = (last.right ?? last.text) + (r ?? s);
      last.text += s;
      return;
    }
    const o: DiffOp = { op, text: s };
    if (op === 'equal' && r !== undefined && r !== s) o.right = r;
    out.push(o);
  };
  for (let i = 0; i < pre; i++) push('equal', a[i].s, b[i].s);
  const ops = myers(midA.map((t) => t.k), midB.map((t) => t.k));
  if (ops === null) {
    for (const t of midA) push('delete', t.s);
    for (const t of midB) push('insert', t.s);
  } else {
    let i = 0;
    let j = 0;
    // deletions before insertions within one changed run reads better
    const pendingIns: string[] = [];
    const flushIns = () => {
      for (const s of pendingIns.splice(0)) push('insert', s);
    };
    for (const op of ops) {
      if (op === 0) {
        flushIns();
        push('equal', midA[i++].s, midB[j++].s);
      } else if (op === -1) push('delete', midA[i++].s);
      else pendingIns.push(midB[j++].s);
    }
    flushIns();
  }
  for (let i = 0; i < suf; i++) push('equal', a[a.length - suf + i].s, b[b.length - suf + i].s);
  return out;
}

export interface DiffSummary {
  equal: number;
  inserted: number;
  deleted: number;
  /** Share of equal characters, 2·equal / (left + right). */
  similarity: number;
}

export function summarize(ops: readonly DiffOp[]): DiffSummary {
  let equal = 0;
  let inserted = 0;
  let deleted = 0;
  for (const o of ops) {
    if (o.op === 'equal') equal += o.text.length;
    else if (o.op === 'insert') inserted += o.text.length;
    else deleted += o.text.length;
  }
  const total = 2 * equal + inserted + deleted;
  return { equal, inserted, deleted, similarity: total ? Math.round(((2 * equal) / total) * 1000) / 1000 : 1 };
}

export interface IndicatorValue {
  value: number | null;
  unit: string;
  year: number | null;
  comparator: Indicator['comparator'];
}

export interface FieldDiff {
  departments: { added: string[]; removed: string[]; same: string[] };
  indicators: Array<{ name: string; left: IndicatorValue | null; right: IndicatorValue | null; changed: Array<keyof IndicatorValue> }>;
  milestones: Array<{ year: number; left: Array<Pick<Milestone, 'stage' | 'text'>>; right: Array<Pick<Milestone, 'stage' | 'text'>> }>;
  changed: boolean;
}

const value = (i: Indicator): IndicatorValue => ({ value: i.value, unit: i.unit, year: i.year, comparator: i.comparator });

export function fieldDiff(left: PlanNode, right: PlanNode, leftMasks: readonly string[] = [], rightMasks: readonly string[] = []): FieldDiff {
  // departments, by key (区科委(信息委) ≡ 区科委, 公安静安分局 ≡ 区公安分局)
  const depts = (n: PlanNode, masks: readonly string[]) => {
    const m = new Map<string, string>();
    for (const d of [...n.lead, ...n.partners]) {
      const k = departmentKey(d, masks);
      if (k && !m.has(k)) m.set(k, d);
    }
    return m;
  };
  const dl = depts(left, leftMasks);
  const dr = depts(right, rightMasks);
  const departments = {
    added: [...dr].filter(([k]) => !dl.has(k)).map(([, v]) => v),
    removed: [...dl].filter(([k]) => !dr.has(k)).map(([, v]) => v),
    same: [...dl].filter(([k]) => dr.has(k)).map(([, v]) => v),
  };

  // indicators, by name: exact key first, then the closest name (bigram Dice ≥ 0.5)
  const indicators: FieldDiff['indicators'] = [];
  const rightLeft = right.indicators.map((i) => ({ i, k: nameKey(i.name, rightMasks), used: false }));
  const unmatched: Indicator[] = [];
  for (const li of left.indicators) {
    const k = nameKey(li.name, leftMasks);
    const hit = rightLeft.find((r) => !r.used && r.k === k);
    if (hit) {
      hit.used = true;
      indicators.push(indicatorRow(li, hit.i));
    } else unmatched.push(li);
  }
  for (const li of unmatched) {
    const lb = bigrams(nameKey(li.name, leftMasks));
    let best: (typeof rightLeft)[number] | null = null;
    let bestScore = 0.5;
    for (const r of rightLeft) {
      if (r.used) continue;
      const s = dice(lb, bigrams(r.k));
      if (s >= bestScore) {
        best = r;
        bestScore = s;
      }
    }
    if (best) {
      best.used = true;
      indicators.push(indicatorRow(li, best.i));
    } else indicators.push({ name: li.name, left: value(li), right: null, changed: [] });
  }
  for (const r of rightLeft) if (!r.used) indicators.push({ name: r.i.name, left: null, right: value(r.i), changed: [] });

  // milestones, by year
  const years = [...new Set([...left.milestones, ...right.milestones].map((m) => m.year))].sort((a, b) => a - b);
  const pick = (ms: Milestone[], y: number) => ms.filter((m) => m.year === y).map((m) => ({ stage: m.stage, text: m.text }));
  const milestones = years.map((year) => ({ year, left: pick(left.milestones, year), right: pick(right.milestones, year) }));

  const changed =
    departments.added.length > 0 ||
    departments.removed.length > 0 ||
    indicators.some((i) => !i.left || !i.right || i.changed.length > 0) ||
    milestones.some((m) => JSON.stringify(m.left) !== JSON.stringify(m.right));
  return { departments, indicators, milestones, changed };
}

function indicatorRow(l: Indicator, r: Indicator): FieldDiff['indicators'][number] {
  const a = value(l);
  const b = value(r);
  const changed = (Object.keys(a) as Array<keyof IndicatorValue>).filter((k) => a[k] !== b[k]);
  return { name: l.name === r.name ? l.name : `${l.name} / ${r.name}`, left: a, right: b, changed };
}

export interface PairDiff {
  heading: DiffOp[];
  /** Body with items folded in (prepare.nodeText). */
  text: DiffOp[];
  fields: FieldDiff;
  summary: DiffSummary;
}

/** Diff of two prepared nodes (their tokens are reused). */
export function diffNodes(l: PreparedNode, r: PreparedNode, leftMasks: readonly string[], rightMasks: readonly string[]): PairDiff {
  const heading = diffTokens(l.headTokens, r.headTokens);
  const text = diffTokens(l.textTokens, r.textTokens);
  return { heading, text, fields: fieldDiff(l.node, r.node, leftMasks, rightMasks), summary: summarize([...heading, ...text]) };
}
