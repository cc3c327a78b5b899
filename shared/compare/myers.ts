/**
 * Myers' O(ND) shortest edit script on two key arrays, after GNU diff's "discard" step (keys on one side only are
 * taken out first). Used by the word diff (words.ts) and the version diff. Environment-free.
 */

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
  // loop compares integers, not strings
  startCall();
  const a = new Int32Array(sa.length);
  const b = new Int32Array(sb.length);
  for (let i = 0; i < sa.length; i++) a[i] = keyId(sa[i]);
  for (let j = 0; j < sb.length; j++) b[j] = keyId(sb[j]);
  return myersIds(a, b, maxCost);
}

/** A token-like item: what is compared is its key `k`. */
interface Keyed {
  readonly k: string;
}

/**
 * myers() of the keys of a[aFrom…aTo) and b[bFrom…bTo) (tokens compared by key), without the key arrays: the word
 * diff's runs are slices of a node's tokens.
 */
export function myersKeys(a: readonly Keyed[], aFrom: number, aTo: number, b: readonly Keyed[], bFrom: number, bTo: number, maxCost = MAX_EDIT_COST): Array<-1 | 0 | 1> | null {
  startCall();
  const ia = new Int32Array(aTo - aFrom);
  const ib = new Int32Array(bTo - bFrom);
  for (let i = aFrom; i < aTo; i++) ia[i - aFrom] = keyId(a[i].k);
  for (let j = bFrom; j < bTo; j++) ib[j - bFrom] = keyId(b[j].k);
  return myersIds(ia, ib, maxCost);
}

/** Before interning a call's keys: start again when the table or the stamps are used up. */
function startCall(): void {
  if (KEY_IDS.size > MAX_KEY_IDS || stampNow >= 0x3fffffff) {
    KEY_IDS.clear();
    stampNow = 0;
    seenA = new Int32Array(1024);
    seenB = new Int32Array(1024);
  }
}

/** myers() on interned keys (keyId, this call's: startCall first). */
function myersIds(a: Int32Array, b: Int32Array, maxCost: number): Array<-1 | 0 | 1> | null {
  // mark which side(s) each key occurs on (stamps: no clearing per call)
  if (seenA.length < KEY_IDS.size) grow();
  const stamp = ++stampNow;
  for (let i = 0; i < a.length; i++) seenA[a[i]] = stamp;
  for (let j = 0; j < b.length; j++) seenB[b[j]] = stamp;
  // (plain loops, no helper closures: in a one-shot process this runs before the JIT has compiled it)
  const inA = seenA;
  const inB = seenB;
  // keep only keys on both sides
  let n = 0;
  for (let i = 0; i < a.length; i++) if (inB[a[i]] === stamp) n++;
  let m = 0;
  for (let j = 0; j < b.length; j++) if (inA[b[j]] === stamp) m++;
  const discarded = a.length - n + (b.length - m);
  if (discarded > maxCost) return null;
  if (discarded === 0) return myersCore(a, b, maxCost);
  const ra = new Int32Array(n);
  const rb = new Int32Array(m);
  n = 0;
  for (let i = 0; i < a.length; i++) if (inB[a[i]] === stamp) ra[n++] = a[i];
  m = 0;
  for (let j = 0; j < b.length; j++) if (inA[b[j]] === stamp) rb[m++] = b[j];
  const core = myersCore(ra, rb, maxCost - discarded);
  if (core === null) return null;
  // put the discarded keys back: between two equal keys, deletions then insertions (the script at its size: every
  // key of a and b once, an equal pair once)
  let equal = 0;
  for (let c = 0; c < core.length; c++) if (core[c] === 0) equal++;
  const ops = new Array<-1 | 0 | 1>(a.length + b.length - equal);
  let p = 0;
  let i = 0;
  let j = 0;
  for (let c = 0; c < core.length; c++) {
    const op = core[c];
    if (op !== 1) {
      while (inB[a[i]] !== stamp) (ops[p++] = -1, i++);
      if (op === 0) while (inA[b[j]] !== stamp) (ops[p++] = 1, j++);
    } else while (inA[b[j]] !== stamp) (ops[p++] = 1, j++);
    ops[p++] = op;
    if (op !== 1) i++;
    if (op !== -1) j++;
  }
  while (i < a.length) (ops[p++] = -1, i++);
  while (j < b.length) (ops[p++] = 1, j++);
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

/** The trace and the V array of myersCore, reused between calls (grown on demand; a very large one is not kept). */
let traceBuf = new Int32Array(1 << 16);
let vBuf = new Int32Array(1 << 12);
const KEEP_TRACE = 1 << 22;

function myersCore(a: Int32Array, b: Int32Array, maxCost: number): Array<-1 | 0 | 1> | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  // v: kept between calls (zeroed over this call's size; a very large one is not kept)
  let v = vBuf;
  if (v.length < 2 * max + 3) {
    v = new Int32Array(Math.max(2 * max + 3, v.length * 2));
    if (v.length <= KEEP_TRACE) vBuf = v;
  } else v.fill(0, 0, 2 * max + 3);
  const found = search(a, b, v, offset, Math.min(max, maxCost));
  const trace = searchTrace;
  searchTrace = traceBuf; // (a trace too large to keep is not held until the next call)
  if (found < 0) return null;
  return backtrack(trace, found, n, m);
}

/** The trace search() wrote (traceBuf, or a larger one than is kept). */
let searchTrace = traceBuf;

/**
 * Myers' search: the step d at which the script is found (-1: none within `limit`); the furthest x of each diagonal
 * at each step in searchTrace. Its own function, as backtrack is: V8 optimises this loop on the stack (OSR) while it
 * runs, and code after the loop that had never run — in myersCore, its test of the result and the backtrack — would
 * have no type feedback in that code, which would leave it (deoptimise) at the end of every later call.
 */
function search(a: Int32Array, b: Int32Array, v: Int32Array, offset: number, limit: number): number {
  const n = a.length;
  const m = b.length;
  // trace: the furthest x of each diagonal step d reached (k = -d, -d + 2 … d), written as the step goes: step d's
  // d + 1 values start at d·(d+1)/2 — what the backtrack reads of step d - 1 (sizes 1, 2, 3 …)
  let trace = traceBuf;
  let found = -1;
  for (let d = 0; d <= limit; d++) {
    const base = (d * (d + 1)) / 2;
    const need = base + d + 1;
    if (need > trace.length) {
      const grown = new Int32Array(Math.max(need, trace.length * 2));
      grown.set(trace.subarray(0, base));
      trace = grown;
      if (trace.length <= KEEP_TRACE) traceBuf = trace;
    }
    // x = the further of diagonal k + 1's x (down) and diagonal k - 1's x + 1 (right) — Myers' choice, down when
    // v[k - 1] < v[k + 1], without a branch on it or on the ends: diagonal -d - 1 holds -1 here (right gives 0, never
    // further than down) and diagonal d + 1 is still 0 (zeroed by the caller, reached only at step d + 1)
    v[offset - d - 1] = -1;
    for (let k = -d, t = base; k <= d; k += 2, t++) {
      const right = v[offset + k - 1] + 1;
      const down = v[offset + k + 1];
      let x = right > down ? right : down;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      trace[t] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  searchTrace = trace;
  return found;
}

/**
 * The script of search()'s trace (found edits and (n + m - found) / 2 equal keys), filled from its end.
 */
function backtrack(trace: Int32Array, found: number, n: number, m: number): Array<-1 | 0 | 1> {
  const ops = new Array<-1 | 0 | 1>((n + m + found) / 2);
  let p = ops.length;
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    // step d - 1's value of diagonal k' (|k'| < d, the parity of d - 1) is at (d - 1)·d / 2 + (k' + d - 1) / 2
    const h = d - 1;
    const at = (h * d) / 2;
    const k = x - y;
    const down = k === -d || (k !== d && trace[at + ((k - 1 + h) >> 1)] < trace[at + ((k + 1 + h) >> 1)]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[at + ((prevK + h) >> 1)];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops[--p] = 0;
      x--;
      y--;
    }
    if (down) {
      ops[--p] = 1;
      y--;
    } else {
      ops[--p] = -1;
      x--;
    }
  }
  while (x > 0 && y > 0) {
    ops[--p] = 0;
    x--;
    y--;
  }
  return ops;
}
