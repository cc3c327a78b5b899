/**
 * Pure helpers of the compare view (no Vue, no API): rows in reading order from an alignment, the place a
 * taken node goes to, the copy of a node with fresh ids, and the overview (theme coverage, indicator groups).
 */
import type { Output } from '../../../shared/api/contract';
import type { Indicator, PlanDoc, PlanNode } from '../../../shared/model/plan';
import { walk } from '../../../shared/model/plan';
import { orderRows } from '../../../shared/compare/rows';
import { fieldDiff } from '../../../shared/compare/diff';
import { districtNames } from '../../../shared/compare/normalize';
import { findNode, insertNode, isAllowed, kindUnder, locate, newId, updateNode } from '../../../shared/tree';
import { makeRewriter } from '../../../shared/template';
import { THEMES } from '../../../shared/importer/public';

export type PlanComparison = Output<'compare.plans'>;
export type VersionDiff = Output<'compare.versions'>;
export type ComparedPair = PlanComparison['pairs'][number];
export type NodeRef = PlanComparison['unmatchedLeft'][number];
export type FieldDiff = ComparedPair['diff']['fields'];
export type Pin = PlanComparison['pins'][number];

export type RowStatus = 'same' | 'changed' | 'left-only' | 'right-only';

export interface CompareRow {
  /** Unique in the view: left id | right id. */
  key: string;
  left: NodeRef | null;
  right: NodeRef | null;
  /** Depth in its own tree (0 = top level), for indentation. */
  leftDepth: number;
  rightDepth: number;
  score: number | null;
  reasons: string[];
  pinned: boolean;
  /** A version compare: the node sits elsewhere in the other version. */
  moved: boolean;
  status: RowStatus;
  /** Share of equal characters in heading + text (1 = identical), when known. */
  similarity: number | null;
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

/** The node's themes and those of the items under it (静安 2014 writes a task's content as items). */
export function themesWithItems(n: PlanNode): string[] {
  const set = new Set(n.themes);
  for (const { node } of walk(n.children)) if (node.kind === 'item') for (const t of node.themes) set.add(t);
  return [...set];
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
        const same = p.diff.summary.inserted === 0 && p.diff.summary.deleted === 0 && !p.diff.fields.changed;
        return {
          score: p.score,
          reasons: p.reasons,
          pinned: !!p.pinned,
          status: same ? 'same' : 'changed',
          similarity: p.diff.summary.similarity,
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

// --- take this ----------------------------------------------------------------------------------

export type Placement = { mode: 'after'; anchorId: string } | { mode: 'child'; parentId: string | null };

/**
 * Where a node of the right plan goes in the left plan "at the aligned place": after its own counterpart;
 * else after the counterpart of the nearest earlier sibling that has one; else as the last child of the
 * counterpart of the nearest ancestor that has one; else null (the planner chooses a parent).
 */
export function alignedPlacement(rightDoc: PlanDoc, rightId: string, counterpart: (rightId: string) => string | null, target: PlanDoc): Placement | null {
  const exists = (id: string | null) => !!id && !!findNode(target.nodes, id);
  const own = counterpart(rightId);
  if (exists(own)) return { mode: 'after', anchorId: own! };
  let id: string | null = rightId;
  while (id) {
    const loc = locate(rightDoc.nodes, id);
    if (!loc) return null;
    const siblings = loc.parent ? loc.parent.children : rightDoc.nodes;
    for (let i = loc.index - 1; i >= 0; i--) {
      const c = counterpart(siblings[i].id);
      if (exists(c)) return { mode: 'after', anchorId: c! };
    }
    if (!loc.parent) return null;
    const pc = counterpart(loc.parent.id);
    if (exists(pc)) return { mode: 'child', parentId: pc! };
    id = loc.parent.id;
  }
  return null;
}

/**
 * A copy of `node` (with its subtree) for another plan: every node a fresh id, marked unreviewed, the
 * written number of the copied node cleared (it takes its new siblings' numbering). With `adapt`, the
 * source plan's district and years are rewritten for the target plan (as a template copy does).
 */
export function copyForTarget(node: PlanNode, source: PlanDoc, target: PlanDoc, adapt: boolean): PlanNode {
  const rw = adapt && target.meta.district && target.meta.period
    ? makeRewriter(source, { district: target.meta.district, period: target.meta.period })
    : null;
  const txt = (s: string) => (rw ? rw.text(s) : s);
  const yr = (y: number | null) => (rw ? rw.year(y) : y);
  const ind = (i: Indicator): Indicator => ({ ...i, name: txt(i.name), text: txt(i.text), year: yr(i.year) });
  const copy = (n: PlanNode, root: boolean): PlanNode => ({
    ...n,
    id: newId(),
    number: root ? '' : n.number,
    heading: txt(n.heading),
    body: txt(n.body),
    lead: rw ? n.lead.map(rw.department) : [...n.lead],
    partners: rw ? n.partners.map(rw.department) : [...n.partners],
    indicators: n.indicators.map(ind),
    milestones: n.milestones.map((m) => ({ ...m, year: yr(m.year) ?? m.year, text: txt(m.text) })),
    themes: [...n.themes],
    children: n.children.map((c) => copy(c, false)),
    unreviewed: true,
  });
  return copy(node, true);
}

/** Insert a copied node at the placement; its kind follows the new parent when it is not allowed there. */
export function insertAt(nodes: PlanNode[], placement: Placement, node: PlanNode): PlanNode[] {
  let parentId: string | null;
  let index: number;
  if (placement.mode === 'after') {
    const loc = locate(nodes, placement.anchorId);
    if (!loc) throw Object.assign(new Error('anchor gone'), { code: 'not-found' });
    parentId = loc.parent?.id ?? null;
    index = loc.index + 1;
  } else {
    parentId = placement.parentId;
    index = -1; // append
  }
  const parent = parentId ? findNode(nodes, parentId) : null;
  if (parentId && !parent) throw Object.assign(new Error('parent gone'), { code: 'not-found' });
  const parentKind = parent?.kind ?? null;
  const siblings = parent ? parent.children : nodes;
  const kind = isAllowed(parentKind, node.kind) ? node.kind : kindUnder(parentKind, node, siblings);
  const inserted = insertNode(nodes, parentId, index, node);
  return kind === node.kind ? inserted : updateNode(inserted, node.id, { kind });
}

// --- overview -----------------------------------------------------------------------------------

export const THEME_NAMES: string[] = THEMES.map((t) => t.theme);

/** Tasks of a plan by theme (a task counts for a theme when it or an item under it has the theme). */
export function tasksByTheme(doc: PlanDoc): Map<string, PlanNode[]> {
  const out = new Map<string, PlanNode[]>();
  for (const { node } of walk(doc.nodes)) {
    if (node.kind !== 'task') continue;
    for (const t of themesWithItems(node)) (out.get(t) ?? out.set(t, []).get(t)!).push(node);
  }
  return out;
}

export const countTasks = (doc: PlanDoc) => [...walk(doc.nodes)].filter((x) => x.node.kind === 'task').length;

/** Indicator groups by keywords of the normalised name (and unit, for bandwidths). First match wins. */
export const INDICATOR_GROUPS = ['bandwidth', 'fibre', 'mobile', 'wireless', 'broadband', 'health', 'egov', 'other'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

const RATE_UNIT = /^(?:M|Mb|Mbps|M bps|兆|兆比特\/秒|兆比特每秒|兆bps|G|Gbps|千兆|百兆)$/i;

/** Units folded for charts: 兆比特/秒 ≡ Mbps ≡ M; 万家 ≡ 万户. */
export function unitKey(unit: string): string {
  const u = unit.normalize('NFKC').trim();
  if (RATE_UNIT.test(u)) return /^(G|Gbps|千兆)$/i.test(u) ? 'Gbps' : 'Mbps';
  if (u === '万家') return '万户';
  return u;
}

export function indicatorGroup(i: Pick<Indicator, 'name' | 'unit'>): IndicatorGroup {
  const name = i.name.normalize('NFKC');
  if (RATE_UNIT.test(i.unit.normalize('NFKC').trim()) || /带宽|速率/.test(name)) return 'bandwidth';
  if (/光纤|光网|光缆|FTTH/i.test(name)) return 'fibre';
  if (/基站|[2345]G|TD-?LTE|移动通信|移动宽带|手机/i.test(name)) return 'mobile';
  if (/无线|WiFi|WLAN|热点|i-Shanghai/i.test(name)) return 'wireless';
  if (/宽带|NGB|有线电视|互联网|信息点/.test(name)) return 'broadband';
  if (/健康档案|电子病历|医院|医疗/.test(name)) return 'health';
  if (/审批|网上|在线|办事|公文|行政许可|门户/.test(name)) return 'egov';
  return 'other';
}

export interface IndicatorEntry {
  planId: string;
  nodeId: string;
  name: string;
  value: number | null;
  unit: string;
  year: number | null;
  comparator: Indicator['comparator'];
  group: IndicatorGroup;
}

export function indicatorsOf(planId: string, doc: PlanDoc): IndicatorEntry[] {
  const out: IndicatorEntry[] = [];
  for (const { node } of walk(doc.nodes)) {
    for (const i of node.indicators) {
      out.push({ planId, nodeId: node.id, name: i.name, value: i.value, unit: i.unit, year: i.year, comparator: i.comparator, group: indicatorGroup(i) });
    }
  }
  return out;
}

/** ≥ ≤ for the comparator ('' for '=' and '~'). */
export function comparatorSign(c: Indicator['comparator']): string {
  return c === '>=' ? '≥' : c === '<=' ? '≤' : c === '>' ? '>' : c === '<' ? '<' : c === '~' ? '约' : '';
}

export interface ChartBar {
  /** Axis label (district and period). */
  label: string;
  value: number | null;
  /** Tooltip lines (the indicators behind the value). */
  lines: string[];
}

/** Labels of the theme list for the overview (the importer's theme ids, with the names planners use). */
export const THEME_LABELS: Record<string, string> = {
  政务服务: '政务服务/一网通办',
  城市管理: '城市管理/一网统管',
};
