/**
 * Comparing plans: the entry points used by the core (compare.plans, compare.versions), the CLI and the bench.
 * Environment-free.
 */
import type { PlanDoc } from '../model/plan';
import { alignPlans, type AlignedPair, type AlignOptions, type AlignStats } from './align';
import { diffNodes, type PairDiff } from './diff';
import { preparePlan, type NodeRef } from './prepare';

export { alignPlans, DEFAULT_THRESHOLD, type Pin, type AlignedPair, type Alignment } from './align';
export { compareVersions, type VersionDiff } from './versions';
export type { NodeRef } from './prepare';
export type { DiffOp, PairDiff, FieldDiff } from './diff';

export interface ComparedPair extends AlignedPair {
  diff: PairDiff;
}

export interface PlanComparison {
  pairs: ComparedPair[];
  unmatchedLeft: NodeRef[];
  unmatchedRight: NodeRef[];
  stats: AlignStats & { changedPairs: number; identicalPairs: number };
}

/** Align two plans of different districts and diff every aligned pair. */
export function comparePlans(left: PlanDoc, right: PlanDoc, opts: AlignOptions = {}): PlanComparison {
  const a = alignPlans(left, right, opts);
  const L = preparePlan(left);
  const R = preparePlan(right);
  let identical = 0;
  const pairs = a.pairs.map((p) => {
    const diff = diffNodes(L.byId.get(p.left.id)!, R.byId.get(p.right.id)!, L.masks, R.masks);
    if (diff.summary.inserted === 0 && diff.summary.deleted === 0 && !diff.fields.changed) identical++;
    return { ...p, diff };
  });
  return {
    pairs,
    unmatchedLeft: a.unmatchedLeft,
    unmatchedRight: a.unmatchedRight,
    stats: { ...a.stats, changedPairs: pairs.length - identical, identicalPairs: identical },
  };
}

export interface ComparisonRow {
  left: NodeRef | null;
  right: NodeRef | null;
  pair: ComparedPair | null;
}

/**
 * Rows for a side-by-side view or the CLI: every aligned pair and every unmatched node once. Left nodes in the
 * left plan's reading order; an unmatched right node comes right after the row holding the nearest right node
 * before it that is in a pair (or first, when there is none).
 */
export function comparisonRows(c: PlanComparison, left: PlanDoc, right: PlanDoc): ComparisonRow[] {
  const L = preparePlan(left);
  const R = preparePlan(right);
  const byLeft = new Map(c.pairs.map((p) => [p.left.id, p]));
  const unL = new Set(c.unmatchedLeft.map((n) => n.id));
  const rows: ComparisonRow[] = [];
  const rowOfRight = new Map<string, number>();
  for (const n of L.nodes) {
    const p = byLeft.get(n.ref.id);
    if (p) {
      rowOfRight.set(p.right.id, rows.length);
      rows.push({ left: p.left, right: p.right, pair: p });
    } else if (unL.has(n.ref.id)) rows.push({ left: n.ref, right: null, pair: null });
  }
  // place unmatched right nodes: after[i] = right nodes to insert after row i (−1: before everything)
  const after = new Map<number, NodeRef[]>();
  let anchor = -1;
  const unR = new Set(c.unmatchedRight.map((n) => n.id));
  for (const n of R.nodes) {
    const at = rowOfRight.get(n.ref.id);
    if (at !== undefined) anchor = at;
    else if (unR.has(n.ref.id)) {
      const list = after.get(anchor) ?? [];
      list.push(n.ref);
      after.set(anchor, list);
    }
  }
  const out: ComparisonRow[] = [];
  for (const r of after.get(-1) ?? []) out.push({ left: null, right: r, pair: null });
  rows.forEach((row, i) => {
    out.push(row);
    for (const r of after.get(i) ?? []) out.push({ left: null, right: r, pair: null });
  });
  return out;
}
