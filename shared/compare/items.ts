/**
 * The items (事项) under two compared nodes: flattened in reading order, paired by id or by content, and the
 * longest run that kept its order (what is not in it moved). The item diff itself is in fields.ts (it diffs the
 * fields of each pair). Environment-free.
 */
import type { PlanNode } from '../model/plan';
import { bigramCodes } from './normalize';
import { nodeRef, type NodeRef } from './prepare';
import { periodShift, textKey, type FieldDiffOptions } from './same-text';

/** Items (a bullet, a point written without a heading) are named by the start of their text when they have no heading. */
const ITEM_NAME_CHARS = 24;
export function itemRef(n: PlanNode): NodeRef {
  const ref = nodeRef(n);
  if (ref.heading.trim()) return ref;
  const chars = Array.from(n.body.replace(/\s+/g, ' ').trim()); // by code point: never half a surrogate pair
  return { ...ref, heading: chars.length > ITEM_NAME_CHARS ? `${chars.slice(0, ITEM_NAME_CHARS).join('')}…` : chars.join('') };
}

export interface ItemFlat {
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

import { itemText } from './item-text';

export { itemText };

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
  // bigrams only of the items left to pair by similarity (most items of a version or a draft are paired above)
  const lb: Array<Float64Array | undefined> = [];
  const rb: Array<Float64Array | undefined> = [];
  const cand: Array<[number, number, number]> = [];
  // similar texts: every left item against every right one that is left — bounded (a long annex table of items)
  const open = (L.length - out.size) * (R.length - usedR.size);
  for (let i = 0; i < L.length && open <= MAX_ITEM_CANDIDATES; i++) {
    if (out.has(i) || !lk[i]) continue;
    for (let j = 0; j < R.length; j++) {
      if (usedR.has(j) || !rk[j]) continue;
      const s = diceSorted((lb[i] ??= sortedBigrams(lk[i])), (rb[j] ??= sortedBigrams(rk[j])));
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

/**
 * A text key's bigrams (normalize.ts bigrams) as numbers (bigramCodes: the same pairs of code units, a lone character
 * apart from every pair), sorted: the Dice of two such lists is a merge — the count diceOfLists makes with a Map for
 * each of the (left item × right item) combinations, so the same value.
 */
export function sortedBigrams(key: string): Float64Array {
  return Float64Array.from(bigramCodes(key)).sort();
}
/** Dice of two sorted bigram lists (sortedBigrams) as multisets: text/similarity.ts diceOfLists of the bigram lists. */
export function diceSorted(a: Float64Array, b: Float64Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Above this many (left item × right item) combinations left after exact matches, items are not paired by similarity. */
export const MAX_ITEM_CANDIDATES = 250_000;

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
