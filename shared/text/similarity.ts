/**
 * Character-bigram Dice similarity, the one measure of "how alike are two short texts" used by the importer
 * (matching table rows to tasks, repeated running headers), the compare engine and review anchors. Callers
 * normalise their text first (fold width, drop spaces and punctuation, as their domain needs) and decide what
 * texts shorter than two characters mean; the counting lives here once.
 */

/** The character bigrams of `s` with their counts ('规划' → {规划: 1}; a 1-character string has none). */
export function bigramCounts(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of two bigram multisets: 2·|shared| / (|a| + |b|), 0 when both are empty. */
export function diceOfCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const total = sum(a) + sum(b);
  return total ? (2 * sharedCount(a, b)) / total : 0;
}

/** How many bigrams two multisets share (each counted as often as it is in both). */
function sharedCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  small.forEach((n, g) => {
    const m = large.get(g);
    if (m !== undefined) shared += n < m ? n : m;
  });
  return shared;
}

/**
 * The same Dice for bigrams given as lists (a multiset: a bigram twice in both counts twice), 0 when either is empty.
 * For lists made once and compared many times (the compare engine's item pairing).
 */
export function diceOfLists(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of b) {
    const c = counts.get(x);
    if (c) {
      shared++;
      counts.set(x, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

function sum(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/**
 * A normalised text with its bigrams, for texts compared many times (the importer's table rows against every task
 * heading): the bigrams as one sorted list of codes (first code unit × 65536 + second), so two profiles share what
 * a merge of the two lists counts — the same multiset intersection as sharedCount, without a Map or a string per
 * bigram.
 */
export interface TextProfile { norm: string; grams: Uint32Array }

export function textProfile(norm: string): TextProfile {
  const n = norm.length - 1;
  const grams = new Uint32Array(n > 0 ? n : 0);
  for (let i = 0; i < n; i++) grams[i] = norm.charCodeAt(i) * 65536 + norm.charCodeAt(i + 1);
  return { norm, grams: grams.sort() };
}

/** Dice similarity of two profiles: 1 for the same text, 0 when either is empty. */
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (!a.norm || !b.norm) return 0;
  if (a.norm === b.norm) return 1;
  // (a text of n code units has n − 1 bigrams: the totals need no count)
  const total = a.norm.length - 1 + (b.norm.length - 1);
  return total ? (2 * sharedSorted(a.grams, b.grams)) / total : 0;
}

/** How many codes two ascending lists share, each counted as often as it is in both. */
function sharedSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i], y = b[j];
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
  }
  return shared;
}
