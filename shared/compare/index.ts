/**
 * Comparing plans: the entry points used by the core (compare.plans, compare.versions), the CLI and the bench.
 * Environment-free.
 */
import type { PlanDoc } from '../model/plan';
import { alignPlans, type AlignedPair, type AlignOptions, type AlignStats } from './align';
import { diffNodes, type PairDiff } from './diff';
import { lis } from './items';
import { preparePlan, type NodeRef, type PreparedPlan } from './prepare';
import { orderRows } from './rows';
import { oneDistrict } from '../text/district-key';

export { alignPlans, DEFAULT_THRESHOLD, type Pin, type AlignedPair, type Alignment } from './align';
export { compareVersions, type VersionDiff } from './versions';
export { metaChanges, META_FIELDS, type MetaField } from './meta';
export type { NodeRef } from './prepare';
export type { DiffOp, PairDiff, FieldDiff, ItemDiff } from './diff';
export { orderRows, type RowIds } from './rows';

export interface ComparedPair extends AlignedPair {
  /** Paired, but under another node than its parent's counterpart or out of order among its siblings (as items: fields.ts). */
  moved: boolean;
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
  // Place is judged between plans of one lineage only — one district's plans (a previous cycle, a version) or a plan
  // and the template it was made from: between two districts the order of tasks is each office's own, and "moved"
  // would tag a quarter of the pairs for nothing.
  const moved = sameLineage(left, right) ? movedPairs(L, R, a.pairs) : new Set<string>();
  const pairs = a.pairs.map((p) => {
    const diff = diffNodes(L.byId.get(p.left.id)!, R.byId.get(p.right.id)!, L.masks, R.masks, { periods: [left.meta.period, right.meta.period] });
    if (diff.summary.inserted === 0 && diff.summary.deleted === 0 && !diff.fields.changed) identical++;
    return { ...p, moved: moved.has(p.left.id), diff };
  });
  return {
    pairs,
    unmatchedLeft: a.unmatchedLeft,
    unmatchedRight: a.unmatchedRight,
    stats: { ...a.stats, changedPairs: pairs.length - identical, identicalPairs: identical },
  };
}

/**
 * One district's plans (both name it, however written: 南嶼縣 and 南屿县 are one district, as in the library), or one
 * plan made from the other (meta.basedOn is the other's id).
 */
export function sameLineage(left: PlanDoc, right: PlanDoc): boolean {
  if (oneDistrict(left.meta.district, right.meta.district)) return true;
  return (!!left.id && right.meta.basedOn === left.id) || (!!right.id && left.meta.basedOn === right.id);
}

/**
 * The left ids of the pairs that moved — the rule of the items under a pair (fields.ts itemDiffs), for the compared
 * nodes: a pair whose left parent is paired with another node than the right one's parent (or one side at the top
 * level and the other not), or, among the pairs whose parents correspond, one outside the longest run of siblings
 * that kept their order (a task moved among its siblings: only the task(s) that left the run, not every later one).
 * A pair whose left parent has no counterpart is not judged by place (that parent is reported as only-left).
 */
export function movedPairs(L: PreparedPlan, R: PreparedPlan, pairs: ReadonlyArray<{ left: { id: string }; right: { id: string } }>): Set<string> {
  const rightOf = new Map(pairs.map((p) => [p.left.id, p.right.id]));
  const moved = new Set<string>();
  const groups = new Map<string, Array<{ l: number; r: number; id: string }>>();
  for (const p of pairs) {
    const l = L.byId.get(p.left.id);
    const r = R.byId.get(p.right.id);
    if (!l || !r) continue;
    const expected = l.parentId === null ? null : rightOf.get(l.parentId);
    if (expected === undefined) continue;
    if (expected !== r.parentId) {
      moved.add(p.left.id);
      continue;
    }
    const g = r.parentId ?? '';
    (groups.get(g) ?? groups.set(g, []).get(g)!).push({ l: l.order, r: r.order, id: p.left.id });
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.l - b.l);
    const keep = lis(list.map((x) => x.r));
    list.forEach((x, n) => {
      if (!keep.has(n)) moved.add(x.id);
    });
  }
  return moved;
}

export interface ComparisonRow {
  left: NodeRef | null;
  right: NodeRef | null;
  pair: ComparedPair | null;
}

/** Rows for a side-by-side view or the CLI: every aligned pair and every unmatched node once (order: rows.ts). */
export function comparisonRows(c: PlanComparison, left: PlanDoc, right: PlanDoc): ComparisonRow[] {
  const L = preparePlan(left);
  const R = preparePlan(right);
  const byLeft = new Map(c.pairs.map((p) => [p.left.id, p]));
  const refL = new Map(c.unmatchedLeft.map((n) => [n.id, n]));
  const refR = new Map(c.unmatchedRight.map((n) => [n.id, n]));
  const ids = orderRows(
    L.nodes.map((n) => n.ref.id),
    R.nodes.map((n) => n.ref.id),
    new Map(c.pairs.map((p) => [p.left.id, p.right.id])),
    new Set(refL.keys()),
    new Set(refR.keys()),
  );
  return ids.map(({ left: l, right: r }) => {
    const p = l !== null ? byLeft.get(l) : undefined;
    if (p) return { left: p.left, right: p.right, pair: p };
    return { left: l !== null ? refL.get(l)! : null, right: r !== null ? refR.get(r)! : null, pair: null };
  });
}
