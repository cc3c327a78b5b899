/**
 * Pure helpers of the compare view (no Vue, no API): rows in reading order from an alignment, the place a
 * taken node goes to, the copy of a node with fresh ids, and the overview (theme coverage, indicator groups).
 * The rows and pins are here; "take this" is in placement.ts and the overview in overview.ts (re-exported here).
 */
import type { Output } from '../../../shared/api/contract';
import type { PlanDoc, PlanNode } from '../../../shared/model/plan';
import { orderRows } from '../../../shared/compare/rows';
import { fieldDiff } from '../../../shared/compare/diff';
import { districtNames } from '../../../shared/compare/normalize';
import { pairStatus } from '../../../shared/compare/export';
import { themesWithItems } from './overview';

export { alignedPlacement, copyForTarget, insertAt, type Placement } from './placement';
export {
  THEME_NAMES, THEME_LABELS, INDICATOR_GROUPS, comparatorSign, countTasks, indicatorGroup, indicatorsOf, tasksByTheme, themesWithItems, unitKey,
  type ChartBar, type IndicatorEntry, type IndicatorGroup,
} from './overview';

export type PlanComparison = Output<'compare.plans'>;
export type VersionDiff = Output<'compare.versions'>;
export type ComparedPair = PlanComparison['pairs'][number];
export type NodeRef = PlanComparison['unmatchedLeft'][number];
/** A node of a row: `number` is the one the editor shows (derived); `written`, when it differs, the number in the text. */
export type RowNode = NodeRef & { written?: string };
export type FieldDiff = ComparedPair['diff']['fields'];
export type Pin = PlanComparison['pins'][number];

export type RowStatus = 'same' | 'changed' | 'left-only' | 'right-only';

export interface CompareRow {
  /** Unique in the view: left id | right id. */
  key: string;
  left: RowNode | null;
  right: RowNode | null;
  /** Depth in its own tree (0 = top level), for indentation. */
  leftDepth: number;
  rightDepth: number;
  score: number | null;
  reasons: string[];
  pinned: boolean;
  /** The node sits elsewhere in the other plan or version (under another parent, or out of order among its siblings). */
  moved: boolean;
  status: RowStatus;
  /** Share of equal characters in heading + text (1 = identical), when known. */
  similarity: number | null;
  /** What the score weighs (a cross-district compare): heading, text, themes, departments, mention, the parents' score. */
  parts?: { heading: number; content: number; themes: number | null; departments: number | null; mention?: number; context?: number | null } | null;
  fields: FieldDiff | null;
  /** Themes of either node (with the items under it). */
  themes: string[];
}

export const rowKey = (l: string | null | undefined, r: string | null | undefined) => `${l ?? ''}|${r ?? ''}`;

interface Flat { node: PlanNode; depth: number; parentId: string | null }

export function flatten(nodes: readonly PlanNode[]): Flat[] {
  const out: Flat[] = [];
  const rec = (list: readonly PlanNode[], depth: number, parentId: string | null) => {
    for (const n of list) {
      out.push({ node: n, depth, parentId });
      rec(n.children, depth + 1, n.id);
    }
  };
  rec(nodes, 0, null);
  return out;
}

/**
 * Rows for the side-by-side view, in the order of shared/compare/rows.ts (the CLI uses the same): left nodes in
 * the left plan's reading order (paired or unmatched), and each unmatched right node right after the row of the
 * nearest right node before it that is in a pair.
 * `pairs` gives left id → right id; nodes in neither `pairs` nor the unmatched sets are not shown (items,
 * which the alignment folds into their parent).
 */
export function buildRows(
  left: PlanDoc,
  right: PlanDoc,
  pairs: ReadonlyArray<{ left: string; right: string; make: () => Partial<CompareRow> }>,
  unmatchedLeft: ReadonlySet<string>,
  unmatchedRight: ReadonlySet<string>,
): CompareRow[] {
  const L = flatten(left.nodes);
  const R = flatten(right.nodes);
  const lInfo = new Map(L.map((x) => [x.node.id, x]));
  const rInfo = new Map(R.map((x) => [x.node.id, x]));
  const byLeft = new Map(pairs.filter((p) => rInfo.has(p.right)).map((p) => [p.left, p]));
  const ref = (n: PlanNode): NodeRef => ({ id: n.id, kind: n.kind, number: n.number, heading: n.heading });
  const order = orderRows(
    L.map((x) => x.node.id),
    R.map((x) => x.node.id),
    new Map([...byLeft].map(([l, p]) => [l, p.right])),
    unmatchedLeft,
    unmatchedRight,
  );
  return order.map(({ left: l, right: r }) => {
    if (l !== null && r !== null) {
      const x = lInfo.get(l)!;
      const y = rInfo.get(r)!;
      const extra = byLeft.get(l)!.make();
      return {
        key: rowKey(l, r),
        left: ref(x.node),
        right: ref(y.node),
        leftDepth: x.depth,
        rightDepth: y.depth,
        score: null,
        reasons: [],
        pinned: false,
        moved: false,
        status: 'changed',
        similarity: null,
        fields: null,
        themes: [...new Set([...themesWithItems(x.node), ...themesWithItems(y.node)])],
        ...extra,
      } satisfies CompareRow;
    }
    return l !== null ? single(lInfo.get(l)!, 'left') : single(rInfo.get(r!)!, 'right');
  });

  function single(x: Flat, side: 'left' | 'right'): CompareRow {
    const r = ref(x.node);
    return {
      key: side === 'left' ? rowKey(x.node.id, null) : rowKey(null, x.node.id),
      left: side === 'left' ? r : null,
      right: side === 'right' ? r : null,
      leftDepth: side === 'left' ? x.depth : 0,
      rightDepth: side === 'right' ? x.depth : 0,
      score: null,
      reasons: [],
      pinned: false,
      moved: false,
      status: side === 'left' ? 'left-only' : 'right-only',
      similarity: null,
      fields: null,
      themes: themesWithItems(x.node),
    };
  }
}

/** Rows of a cross-district comparison (compare.plans). */
export function rowsFromComparison(c: PlanComparison, left: PlanDoc, right: PlanDoc): CompareRow[] {
  return buildRows(
    left,
    right,
    c.pairs.map((p) => ({
      left: p.left.id,
      right: p.right.id,
      make: () => {
        return {
          score: p.score,
          reasons: p.reasons,
          pinned: !!p.pinned,
          moved: p.moved,
          status: pairStatus(p.diff),
          similarity: p.diff.summary.similarity,
          parts: p.parts,
          fields: p.diff.fields,
        } satisfies Partial<CompareRow>;
      },
    })),
    new Set(c.unmatchedLeft.map((n) => n.id)),
    new Set(c.unmatchedRight.map((n) => n.id)),
  );
}

/**
 * Rows of a plan (left, as it is now) against one of its versions (right), matched by node id.
 * `d` is compare.versions from the version to the current plan: its `changed` and `moved` lists name the
 * current plan's node ids. Items are folded into the node above them, as in a cross-district comparison (their
 * text is part of its diff): an item added, removed, changed or moved marks that node changed, and the row's field
 * diff (left = now, right = the version) lists those items.
 */
export function rowsFromVersions(d: VersionDiff, current: PlanDoc, version: PlanDoc): CompareRow[] {
  const L = flatten(current.nodes);
  const R = flatten(version.nodes);
  const holder = (list: Flat[]) => {
    // item id → the nearest non-item ancestor
    const byId = new Map(list.map((x) => [x.node.id, x]));
    const up = new Map<string, string>();
    for (const x of list) {
      if (x.node.kind !== 'item') continue;
      let p = x.parentId;
      while (p && byId.get(p)?.node.kind === 'item') p = byId.get(p)!.parentId;
      if (p) up.set(x.node.id, p);
    }
    return up;
  };
  const upL = holder(L);
  const upR = holder(R);
  const rightIds = new Set(R.filter((x) => x.node.kind !== 'item').map((x) => x.node.id));
  const leftIds = new Set(L.filter((x) => x.node.kind !== 'item').map((x) => x.node.id));
  const changed = new Map(d.changed.map((c) => [c.node.id, c]));
  const nodeL = new Map(L.map((x) => [x.node.id, x.node]));
  const nodeR = new Map(R.map((x) => [x.node.id, x.node]));
  const masksL = districtNames(current.meta.district);
  const masksR = districtNames(version.meta.district);
  const periods = [current.meta.period, version.meta.period] as const;
  const moved = new Set(d.moved.map((m) => m.node.id));
  // nodes whose items changed
  const itemsChanged = new Set<string>();
  for (const id of [...changed.keys(), ...moved]) if (upL.has(id)) itemsChanged.add(upL.get(id)!);
  for (const a of d.added) if (upL.has(a.node.id)) itemsChanged.add(upL.get(a.node.id)!);
  for (const r of d.removed) if (upR.has(r.node.id)) itemsChanged.add(upR.get(r.node.id)!);
  const pairs = [...leftIds].filter((id) => rightIds.has(id)).map((id) => ({
    left: id,
    right: id,
    make: () => {
      const c = changed.get(id);
      const reasons = [...(c?.fields.map(String) ?? []), ...(itemsChanged.has(id) ? ['items'] : [])];
      const isChanged = !!c || itemsChanged.has(id);
      // the field diff in the view's direction (left = the plan now, right = the version), items by id
      const fields = isChanged ? fieldDiff(nodeL.get(id)!, nodeR.get(id)!, masksL, masksR, { periods, items: 'id' }) : null;
      return { score: null, status: isChanged ? 'changed' : 'same', moved: moved.has(id), fields, reasons } satisfies Partial<CompareRow>;
    },
  }));
  return buildRows(
    current,
    version,
    pairs,
    new Set([...leftIds].filter((id) => !rightIds.has(id))),
    new Set([...rightIds].filter((id) => !leftIds.has(id))),
  );
}

// --- pins ---------------------------------------------------------------------------------------

/** Pin left ↔ right: drops other pins of either node and a break of this very pair. */
export function withPin(pins: readonly Pin[], left: string, right: string): Pin[] {
  const keep = pins.filter((p) => (p.mode === 'pin' ? p.left !== left && p.right !== right : !(p.left === left && p.right === right)));
  return [...keep, { left, right, mode: 'pin' }];
}

/** Break left ↔ right: they must not be paired (drops a pin of this pair). */
export function withBreak(pins: readonly Pin[], left: string, right: string): Pin[] {
  const keep = pins.filter((p) => !(p.left === left && p.right === right));
  return [...keep, { left, right, mode: 'break' }];
}

/** Forget what was said about left ↔ right (a pin or a break). */
export function withoutPin(pins: readonly Pin[], left: string, right: string): Pin[] {
  return pins.filter((p) => !(p.left === left && p.right === right));
}

