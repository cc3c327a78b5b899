/**
 * Inside an aligned pair: a word-level diff (Myers O(ND) on Intl.Segmenter tokens, compared by key so
 * 静安区 ≡ 杨浦区 and 三年 ≡ 3年 count as equal) of heading and text, and a field diff: departments added /
 * removed, indicators compared by name (value, unit, year, comparator), milestones by year (by plan year when
 * the two periods start in different years), and the items (事项) under the pair matched and compared the same way.
 * Environment-free.
 */
import type { Indicator, Milestone, Period, PlanNode } from '../model/plan';
import { bigrams, departmentKey } from './normalize';
import { diceOfLists as dice } from '../text/similarity';
import { nameKey, nodeRef, type NodeRef, type PreparedNode } from './prepare';

import { orderRows } from './rows';
import { tokenize, type Token } from './tokens';

/** Items (a bullet, a point written without a heading) are named by the start of their text when they have no heading. */
const ITEM_NAME_CHARS = 24;
function itemRef(n: PlanNode): NodeRef {
  const ref = nodeRef(n);
  if (ref.heading.trim()) return ref;
  const chars = Array.from(n.body.replace(/\s+/g, ' ').trim()); // by code point: never half a surrogate pair
  return { ...ref, heading: chars.length > ITEM_NAME_CHARS ? `${chars.slice(0, ITEM_NAME_CHARS).join('')}…` : chars.join('') };
}

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
  // intern the keys (a table kept between calls: the same words come back pair after pair) so that the inner
  // loop compares integers, not strings; mark which side(s) each key occurs on (stamps: no clearing per call)
  if (KEY_IDS.size > MAX_KEY_IDS || stampNow > 0x3fffffff) {
    KEY_IDS.clear();
    stampNow = 0;
    seenA = new Int32Array(1024);
    seenB = new Int32Array(1024);
  }
  const stamp = ++stampNow;
  const a = new Int32Array(sa.length);
  const b = new Int32Array(sb.length);
  for (let i = 0; i < sa.length; i++) a[i] = keyId(sa[i]);
  if (seenA.length < KEY_IDS.size) grow();
  for (let i = 0; i < a.length; i++) seenA[a[i]] = stamp;
  for (let j = 0; j < sb.length; j++) b[j] = keyId(sb[j]);
  if (seenA.length < KEY_IDS.size) grow();
  for (let j = 0; j < b.length; j++) seenB[b[j]] = stamp;
  const inA = (id: number) => seenA[id] === stamp;
  const inB = (id: number) => seenB[id] === stamp;
  // keep only keys on both sides
  let n = 0;
  for (let i = 0; i < a.length; i++) if (inB(a[i])) n++;
  let m = 0;
  for (let j = 0; j < b.length; j++) if (inA(b[j])) m++;
  const discarded = a.length - n + (b.length - m);
  if (discarded > maxCost) return null;
  if (discarded === 0) return myersCore(a, b, maxCost);
  const ra = new Int32Array(n);
  const rb = new Int32Array(m);
  n = 0;
  for (let i = 0; i < a.length; i++) if (inB(a[i])) ra[n++] = a[i];
  m = 0;
  for (let j = 0; j < b.length; j++) if (inA(b[j])) rb[m++] = b[j];
  const core = myersCore(ra, rb, maxCost - discarded);
  if (core === null) return null;
  // put the discarded keys back: between two equal keys, deletions then insertions
  const ops: Array<-1 | 0 | 1> = [];
  let i = 0;
  let j = 0;
  const keptA = (x: number) => inB(a[x]);
  const keptB = (y: number) => inA(b[y]);
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

/** Key → integer, shared by every call of myers (cleared when it grows past MAX_KEY_IDS). */
const KEY_IDS = new Map<string, number>();
const MAX_KEY_IDS = 200_000;
/** seenA[id] / seenB[id] === stampNow: the key occurs on that side in the current call. */
let seenA = new Int32Array(1024);
let seenB = new Int32Array(1024);
let stampNow = 0;

function keyId(k: string): number {
  let id = KEY_IDS.get(k);
  if (id === undefined) KEY_IDS.set(k, (id = KEY_IDS.size));
  return id;
}
function grow(): void {
  const size = Math.max(KEY_IDS.size, seenA.length * 2);
  const a = new Int32Array(size);
  a.set(seenA);
  const b = new Int32Array(size);
  b.set(seenB);
  seenA = a;
  seenB = b;
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

export type Role = 'lead' | 'partner';

export interface FieldDiff {
  /** Lead and partner departments together, by key; `roles`: on both sides, lead on one and partner on the other. */
  departments: { added: string[]; removed: string[]; same: string[]; roles?: Array<{ name: string; left: Role; right: Role }> };
  indicators: Array<{ name: string; left: IndicatorValue | null; right: IndicatorValue | null; changed: Array<keyof IndicatorValue> }>;
  /**
   * Milestones by year; when the two plans' periods start in different years, by plan year: `slot` 1 = the
   * first year of each plan (2015 ≡ 2027 for 2015–2017 against 2027–2029), `leftYear` / `rightYear` the
   * calendar years, `year` = leftYear. `changed`: stage or text differ (district names and years in the text
   * compared as written for the plan's own district and period).
   */
  milestones: Array<{ year: number; slot?: number; leftYear?: number; rightYear?: number; changed?: boolean; left: Array<Pick<Milestone, 'stage' | 'text'>>; right: Array<Pick<Milestone, 'stage' | 'text'>> }>;
  /** Items (事项) under the two nodes that differ: only on one side, moved, or with changed fields. */
  items?: ItemDiff[];
  /** Any difference above, items included. */
  changed: boolean;
}

export type ItemField = 'heading' | 'body' | 'lead' | 'partners' | 'indicators' | 'milestones';

export interface ItemDiff {
  left: NodeRef | null;
  right: NodeRef | null;
  /** 0 = a child of the compared node, 1 = an item under such an item … */
  depth: number;
  /** Paired, but under another item or out of order among its siblings. */
  moved: boolean;
  fields: ItemField[];
  /** Word diff of "heading body" when heading or body changed. */
  text?: DiffOp[];
  /** Departments, indicators and milestones when one of them changed. */
  detail?: FieldDiff;
}

export interface FieldDiffOptions {
  /** The two plans' periods: when their starts differ, milestones and years are compared by plan year. */
  periods?: readonly [Period | null | undefined, Period | null | undefined];
  /** How the items under the two nodes are paired: by id, by content, 'auto' (id when they share ids; the default), or not at all. */
  items?: 'id' | 'content' | 'auto' | false;
}

const value = (i: Indicator): IndicatorValue => ({ value: i.value, unit: i.unit, year: i.year, comparator: i.comparator });

/** The two periods when they start in different years (then years are compared by plan year), else null. */
export function periodShift(periods: FieldDiffOptions['periods']): { left: Period; right: Period } | null {
  const [l, r] = periods ?? [];
  return l && r && l.start !== r.start ? { left: l, right: r } : null;
}

const YEAR_IN_TEXT = /(?<![0-9０-９])((?:19|20)\d{2})(?![0-9０-９])/g;
const YEAR_KEY = '〈年〉';

/**
 * A key of a short text for "is it the same": tokens compared by key (width, numerals, the district masked),
 * spaces ignored; with `years: false`, every year (19xx, 20xx) written as one placeholder.
 */
export function textKey(s: string, masks: readonly string[], opts: { years?: boolean } = {}): string {
  const t = opts.years === false ? s.replace(YEAR_IN_TEXT, YEAR_KEY) : s;
  let out = '';
  for (const x of tokenize(t, masks)) if (x.k.trim()) out += x.k;
  return out;
}

/**
 * The same text for a compare: equal keys, where a year is the same year or — when the periods differ — the
 * same plan year (a template copy shifts "2015年" to "2027年" but leaves a bare "2016" or a far year alone).
 */
export function sameText(a: string, b: string, leftMasks: readonly string[], rightMasks: readonly string[], shift: { left: Period; right: Period } | null): boolean {
  if (a === b) return true;
  if (!shift) return textKey(a, leftMasks) === textKey(b, rightMasks);
  if (textKey(a, leftMasks, { years: false }) !== textKey(b, rightMasks, { years: false })) return false;
  const ya = [...a.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
  const yb = [...b.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
  return ya.length === yb.length && ya.every((y, i) => y === yb[i] || y - shift.left.start === yb[i] - shift.right.start);
}

export function fieldDiff(left: PlanNode, right: PlanNode, leftMasks: readonly string[] = [], rightMasks: readonly string[] = [], opts: FieldDiffOptions = {}): FieldDiff {
  const shift = periodShift(opts.periods);
  // departments, by key (区科委(信息委) ≡ 区科委, 公安静安分局 ≡ 区公安分局)
  const depts = (n: PlanNode, masks: readonly string[]) => {
    const m = new Map<string, { name: string; role: Role }>();
    for (const [list, role] of [[n.lead, 'lead'], [n.partners, 'partner']] as const) {
      for (const d of list) {
        const k = departmentKey(d, masks);
        if (k && !m.has(k)) m.set(k, { name: d, role });
      }
    }
    return m;
  };
  const dl = depts(left, leftMasks);
  const dr = depts(right, rightMasks);
  const roles = [...dl].filter(([k, v]) => dr.has(k) && dr.get(k)!.role !== v.role).map(([k, v]) => ({ name: v.name, left: v.role, right: dr.get(k)!.role }));
  const departments: FieldDiff['departments'] = {
    added: [...dr].filter(([k]) => !dl.has(k)).map(([, v]) => v.name),
    removed: [...dl].filter(([k]) => !dr.has(k)).map(([, v]) => v.name),
    same: [...dl].filter(([k]) => dr.has(k)).map(([, v]) => v.name),
  };
  if (roles.length) departments.roles = roles;

  // indicators, by name: exact key first, then the closest name (bigram Dice ≥ 0.5)
  const indicators: FieldDiff['indicators'] = [];
  const row = (l: Indicator, r: Indicator) => indicatorRow(l, r, shift);
  const rightLeft = right.indicators.map((i) => ({ i, k: nameKey(i.name, rightMasks), used: false }));
  const unmatched: Indicator[] = [];
  for (const li of left.indicators) {
    const k = nameKey(li.name, leftMasks);
    const hit = rightLeft.find((r) => !r.used && r.k === k);
    if (hit) {
      hit.used = true;
      indicators.push(row(li, hit.i));
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
      indicators.push(row(li, best.i));
    } else indicators.push({ name: li.name, left: value(li), right: null, changed: [] });
  }
  for (const r of rightLeft) if (!r.used) indicators.push({ name: r.i.name, left: null, right: value(r.i), changed: [] });

  // milestones, by year — or by plan year when the periods start in different years
  type Cell = Pick<Milestone, 'stage' | 'text'>;
  const msSame = (l: Cell[], r: Cell[]) => l.length === r.length && l.every((m, i) => m.stage === r[i].stage && sameText(m.text, r[i].text, leftMasks, rightMasks, shift));
  const cell = (m: Milestone) => ({ stage: m.stage, text: m.text });
  let milestones: FieldDiff['milestones'];
  if (shift) {
    const slotOf = (y: number, p: Period) => y - p.start + 1;
    const slots = [...new Set([...left.milestones.map((m) => slotOf(m.year, shift.left)), ...right.milestones.map((m) => slotOf(m.year, shift.right))])].sort((a, b) => a - b);
    milestones = slots.map((slot) => {
      const l = left.milestones.filter((m) => slotOf(m.year, shift.left) === slot).map(cell);
      const r = right.milestones.filter((m) => slotOf(m.year, shift.right) === slot).map(cell);
      const leftYear = shift.left.start + slot - 1;
      return { year: leftYear, slot, leftYear, rightYear: shift.right.start + slot - 1, changed: !msSame(l, r), left: l, right: r };
    });
  } else {
    const years = [...new Set([...left.milestones, ...right.milestones].map((m) => m.year))].sort((a, b) => a - b);
    milestones = years.map((year) => {
      const l = left.milestones.filter((m) => m.year === year).map(cell);
      const r = right.milestones.filter((m) => m.year === year).map(cell);
      return { year, changed: !msSame(l, r), left: l, right: r };
    });
  }

  const out: FieldDiff = { departments, indicators, milestones, changed: false };
  const mode = opts.items ?? 'auto';
  if (mode !== false) {
    const items = itemDiffs(left, right, leftMasks, rightMasks, { ...opts, items: mode });
    if (items.length) out.items = items;
  }
  out.changed =
    departments.added.length > 0 ||
    departments.removed.length > 0 ||
    roles.length > 0 ||
    indicators.some((i) => !i.left || !i.right || i.changed.length > 0) ||
    milestones.some((m) => m.changed) ||
    (out.items?.length ?? 0) > 0;
  return out;
}

function indicatorRow(l: Indicator, r: Indicator, shift: { left: Period; right: Period } | null): FieldDiff['indicators'][number] {
  const a = value(l);
  const b = value(r);
  const sameYear = (x: number | null, y: number | null) =>
    x === y || (!!shift && x !== null && y !== null && x - shift.left.start === y - shift.right.start);
  const changed = (Object.keys(a) as Array<keyof IndicatorValue>).filter((k) => (k === 'year' ? !sameYear(a.year, b.year) : a[k] !== b[k]));
  return { name: l.name === r.name ? l.name : `${l.name} / ${r.name}`, left: a, right: b, changed };
}

// --- items (事项) under two compared nodes ---------------------------------------------------------

interface ItemFlat {
  node: PlanNode;
  /** The item above it, or null for a child of the compared node. */
  parent: string | null;
  /** Position among its sibling items. */
  pos: number;
  depth: number;
}

/** The items under a node (and items under those), in reading order; what prepare.nodeText folds into its text. */
export function itemsUnder(n: PlanNode): ItemFlat[] {
  const out: ItemFlat[] = [];
  const rec = (list: readonly PlanNode[], parent: string | null, depth: number) => {
    let pos = 0;
    for (const c of list) {
      if (c.kind !== 'item') continue;
      out.push({ node: c, parent, pos: pos++, depth });
      rec(c.children, c.id, depth + 1);
    }
  };
  rec(n.children, null, 0);
  return out;
}

const itemText = (n: PlanNode) => [n.heading, n.body].filter(Boolean).join(' ');

/**
 * Pairs of items (left index → right index). By id when asked (or 'auto' and they share one); else by content:
 * the same text first (district and years as in fieldDiff), then the most similar text (bigram Dice ≥ 0.5,
 * best first), then items without text in order.
 */
export function matchItems(L: readonly ItemFlat[], R: readonly ItemFlat[], leftMasks: readonly string[], rightMasks: readonly string[], opts: FieldDiffOptions = {}): Map<number, number> {
  const out = new Map<number, number>();
  let mode = opts.items || 'auto';
  if (mode === 'auto') {
    const ids = new Set(L.map((x) => x.node.id));
    mode = R.some((x) => ids.has(x.node.id)) ? 'id' : 'content';
  }
  if (mode === 'id') {
    const at = new Map(R.map((x, j) => [x.node.id, j]));
    L.forEach((x, i) => {
      const j = at.get(x.node.id);
      if (j !== undefined) out.set(i, j);
    });
    return out;
  }
  const shift = periodShift(opts.periods);
  const years = shift ? false : true; // years shifted by a template copy do not keep an item from its match
  const lk = L.map((x) => textKey(itemText(x.node), leftMasks, { years }));
  const rk = R.map((x) => textKey(itemText(x.node), rightMasks, { years }));
  const usedR = new Set<number>();
  const byKey = new Map<string, number[]>();
  rk.forEach((k, j) => {
    if (k) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(j);
  });
  lk.forEach((k, i) => {
    const j = k ? byKey.get(k)?.find((x) => !usedR.has(x)) : undefined;
    if (j !== undefined) {
      out.set(i, j);
      usedR.add(j);
    }
  });
  const lb = lk.map((k) => bigrams(k));
  const rb = rk.map((k) => bigrams(k));
  const cand: Array<[number, number, number]> = [];
  // similar texts: every left item against every right one that is left — bounded (a long annex table of items)
  const open = (L.length - out.size) * (R.length - usedR.size);
  for (let i = 0; i < L.length && open <= MAX_ITEM_CANDIDATES; i++) {
    if (out.has(i) || !lk[i]) continue;
    for (let j = 0; j < R.length; j++) {
      if (usedR.has(j) || !rk[j]) continue;
      const s = dice(lb[i], rb[j]);
      if (s >= 0.5) cand.push([s, i, j]);
    }
  }
  cand.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of cand) {
    if (out.has(i) || usedR.has(j)) continue;
    out.set(i, j);
    usedR.add(j);
  }
  const emptyR = R.map((_, j) => j).filter((j) => !rk[j] && !usedR.has(j));
  for (let i = 0; i < L.length && emptyR.length; i++) {
    if (out.has(i) || lk[i]) continue;
    const j = emptyR.shift()!;
    out.set(i, j);
    usedR.add(j);
  }
  return out;
}

/** Above this many (left item × right item) combinations left after exact matches, items are not paired by similarity. */
export const MAX_ITEM_CANDIDATES = 250_000;

/** Items under two compared nodes that differ (left-only, right-only, moved or changed), in row order (rows.ts). */
export function itemDiffs(left: PlanNode, right: PlanNode, leftMasks: readonly string[], rightMasks: readonly string[], opts: FieldDiffOptions = {}): ItemDiff[] {
  const L = itemsUnder(left);
  const R = itemsUnder(right);
  if (!L.length && !R.length) return [];
  const pairs = matchItems(L, R, leftMasks, rightMasks, opts);
  const shift = periodShift(opts.periods);
  const rightOfLeftId = new Map([...pairs].map(([i, j]) => [L[i].node.id, R[j].node.id]));
  // moved: under another (paired) item, or outside the longest run of siblings that kept their order
  const moved = new Set<number>();
  const groups = new Map<string, Array<{ i: number; j: number }>>();
  for (const [i, j] of pairs) {
    const expected = L[i].parent === null ? null : rightOfLeftId.get(L[i].parent!) ?? '\u0000gone';
    if (expected !== R[j].parent) {
      moved.add(i);
      continue;
    }
    const g = R[j].parent ?? '';
    (groups.get(g) ?? groups.set(g, []).get(g)!).push({ i, j });
  }
  for (const list of groups.values()) {
    // in left order, the right positions that keep their order (as versions.ts, with the draft on the left)
    list.sort((a, b) => L[a.i].pos - L[b.i].pos);
    const keep = lis(list.map((x) => R[x.j].pos));
    list.forEach((x, n) => {
      if (!keep.has(n)) moved.add(x.i);
    });
  }
  const byRow = new Map<string, ItemDiff>();
  const key = (l: string | null, r: string | null) => `${l ?? ''}|${r ?? ''}`;
  for (const [i, j] of pairs) {
    const a = L[i].node;
    const b = R[j].node;
    const fields: ItemField[] = [];
    if (!sameText(a.heading, b.heading, leftMasks, rightMasks, shift)) fields.push('heading');
    if (!sameText(a.body, b.body, leftMasks, rightMasks, shift)) fields.push('body');
    const deptSet = (l: string[], masks: readonly string[]) => JSON.stringify([...new Set(l.map((d) => departmentKey(d, masks)).filter(Boolean))].sort());
    if (deptSet(a.lead, leftMasks) !== deptSet(b.lead, rightMasks)) fields.push('lead');
    if (deptSet(a.partners, leftMasks) !== deptSet(b.partners, rightMasks)) fields.push('partners');
    const detail = fieldDiff(a, b, leftMasks, rightMasks, { ...opts, items: false });
    if (detail.indicators.some((x) => !x.left || !x.right || x.changed.length)) fields.push('indicators');
    if (detail.milestones.some((m) => m.changed)) fields.push('milestones');
    if (!fields.length && !moved.has(i)) continue;
    const d: ItemDiff = { left: itemRef(a), right: itemRef(b), depth: R[j].depth, moved: moved.has(i), fields };
    if (fields.includes('heading') || fields.includes('body')) d.text = foldShiftedYears(diffTokens(tokenize(itemText(a), leftMasks), tokenize(itemText(b), rightMasks)), shift);
    if (fields.some((f) => f === 'lead' || f === 'partners' || f === 'indicators' || f === 'milestones')) d.detail = detail;
    byRow.set(key(a.id, b.id), d);
  }
  const pairedL = new Set(pairs.keys());
  const pairedR = new Set(pairs.values());
  const onlyL = new Set(L.filter((_, i) => !pairedL.has(i)).map((x) => x.node.id));
  const onlyR = new Set(R.filter((_, j) => !pairedR.has(j)).map((x) => x.node.id));
  const infoL = new Map(L.map((x) => [x.node.id, x]));
  const infoR = new Map(R.map((x) => [x.node.id, x]));
  const out: ItemDiff[] = [];
  for (const row of orderRows(L.map((x) => x.node.id), R.map((x) => x.node.id), rightOfLeftId, onlyL, onlyR)) {
    if (row.left !== null && row.right !== null) {
      const d = byRow.get(key(row.left, row.right));
      if (d) out.push(d);
    } else if (row.left !== null) {
      const x = infoL.get(row.left)!;
      out.push({ left: itemRef(x.node), right: null, depth: x.depth, moved: false, fields: [] });
    } else if (row.right !== null) {
      const x = infoR.get(row.right)!;
      out.push({ left: null, right: itemRef(x.node), depth: x.depth, moved: false, fields: [] });
    }
  }
  return out;
}

/** Indices (into seq) of a longest increasing subsequence. */
export function lis(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

const ONE_YEAR = /^\s*((?:19|20)\d{2})\s*$/;

/**
 * With periods that differ, a year deleted and a year inserted in its place that are the same plan year (2014 in
 * 2015–2017, 2026 in 2027–2029) are written differently, not changed: they become one 'equal' op with `right`.
 */
export function foldShiftedYears(ops: DiffOp[], shift: { left: Period; right: Period } | null): DiffOp[] {
  if (!shift) return ops;
  const out: DiffOp[] = [];
  const push = (o: DiffOp) => {
    const last = out[out.length - 1];
    if (last && last.op === 'equal' && o.op === 'equal') {
      if (last.right !== undefined || o.right !== undefined) last.right = (last.right ?? last.text) + (o.right ?? o.text);
      last.text += o.text;
    } else out.push({ ...o });
  };
  for (let i = 0; i < ops.length; i++) {
    const a = ops[i];
    const b = ops[i + 1];
    const ya = a.op === 'delete' ? ONE_YEAR.exec(a.text) : null;
    const yb = ya && b?.op === 'insert' ? ONE_YEAR.exec(b.text) : null;
    if (ya && yb && Number(ya[1]) - shift.left.start === Number(yb[1]) - shift.right.start) {
      push({ op: 'equal', text: a.text, right: b.text });
      i++;
    } else push(a);
  }
  return out;
}

export interface PairDiff {
  heading: DiffOp[];
  /** Body with items folded in (prepare.nodeText). */
  text: DiffOp[];
  fields: FieldDiff;
  summary: DiffSummary;
}

/** Diff of two prepared nodes (their tokens are reused). */
export function diffNodes(l: PreparedNode, r: PreparedNode, leftMasks: readonly string[], rightMasks: readonly string[], opts: FieldDiffOptions = {}): PairDiff {
  const shift = periodShift(opts.periods);
  const heading = foldShiftedYears(diffTokens(l.headTokens, r.headTokens), shift);
  const text = foldShiftedYears(diffTokens(l.textTokens, r.textTokens), shift);
  return { heading, text, fields: fieldDiff(l.node, r.node, leftMasks, rightMasks, opts), summary: summarize([...heading, ...text]) };
}
