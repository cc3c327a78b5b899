/**
 * The word diff inside an aligned pair: Myers on Intl.Segmenter tokens compared by key (静安区 ≡ 杨浦区, 三年 ≡ 3年),
 * merged into runs that show both surfaces; long texts paragraph by paragraph first. Plus the summary of a diff
 * and the folding of years shifted by a template copy. Environment-free.
 */
import type { Period } from '../model/plan';
import { myers, myersKeys } from './myers';
import type { Token } from './tokens';

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  /** Left text for 'equal' and 'delete', right text for 'insert'. */
  text: string;
  /** For 'equal' when the right side is written differently (杨浦区 for 静安区, 3 for 三). */
  right?: string;
}

/** Above this many tokens on the two sides together, paragraphs are diffed first (then words inside changed ones). */
export const WORD_DIFF_MAX_TOKENS = 1500;

function paragraphs(t: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  let para = out[0];
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    para.push(x);
    if (x.k === '\n') out.push((para = []));
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
    for (let q = 0; q < list.length; q++) {
      const o = list[q];
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
  for (let q = 0; q < ops.length; q++) {
    const op = ops[q];
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
  const endA = a.length - suf;
  const endB = b.length - suf;
  const out: DiffOp[] = [];
  for (let i = 0; i < pre; i++) pushOp(out, 'equal', a[i].s, b[i].s);
  const ops = myersKeys(a, pre, endA, b, pre, endB);
  if (ops === null) {
    for (let i = pre; i < endA; i++) pushOp(out, 'delete', a[i].s);
    for (let j = pre; j < endB; j++) pushOp(out, 'insert', b[j].s);
  } else {
    let i = pre;
    let j = pre;
    // deletions before insertions within one changed run reads better: the `pending` insertions since the last equal
    // key are b[j - pending…j) (a deletion does not move j), pushed at the next equal key or the end
    let pending = 0;
    for (let q = 0; q < ops.length; q++) {
      const op = ops[q];
      if (op === 0) {
        if (pending) pending = flushInserts(out, pending, b, j);
        pushOp(out, 'equal', a[i++].s, b[j++].s);
      } else if (op === -1) pushOp(out, 'delete', a[i++].s);
      else {
        pending++;
        j++;
      }
    }
    if (pending) flushInserts(out, pending, b, j);
  }
  for (let i = 0; i < suf; i++) pushOp(out, 'equal', a[a.length - suf + i].s, b[b.length - suf + i].s);
  return out;
}

/** Push the insertions b[j - pending…j) in order. Returns 0 (none pending). */
function flushInserts(out: DiffOp[], pending: number, b: readonly Token[], j: number): number {
  for (let x = j - pending; x < j; x++) pushOp(out, 'insert', b[x].s);
  return 0;
}

/** Append one token's op to a diff, merged into the last run when it has the same op ('equal' keeps both surfaces). */
function pushOp(out: DiffOp[], op: DiffOp['op'], s: string, r?: string): void {
  const last = out[out.length - 1];
  if (last && last.op === op) {
    if (op === 'equal' && (last.right !== undefined || (r !== undefined && r !== s))) last.right = (last.right ?? last.text) + (r ?? s);
    last.text += s;
    return;
  }
  const o: DiffOp = { op, text: s };
  if (op === 'equal' && r !== undefined && r !== s) o.right = r;
  out.push(o);
}

export interface DiffSummary {
  equal: number;
  inserted: number;
  deleted: number;
  /** Share of equal characters, 2·equal / (left + right). */
  similarity: number;
}

export function summarize(ops: readonly DiffOp[], more: readonly DiffOp[] = []): DiffSummary {
  let equal = 0;
  let inserted = 0;
  let deleted = 0;
  for (let l = 0; l < 2; l++) {
    const list = l === 0 ? ops : more;
    for (let q = 0; q < list.length; q++) {
      const o = list[q];
      if (o.op === 'equal') equal += o.text.length;
      else if (o.op === 'insert') inserted += o.text.length;
      else deleted += o.text.length;
    }
  }
  const total = 2 * equal + inserted + deleted;
  return { equal, inserted, deleted, similarity: total ? Math.round(((2 * equal) / total) * 1000) / 1000 : 1 };
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
