/**
 * Two versions of one plan, compared by node id: added, removed, moved, changed, with a word diff of the
 * heading and body of changed nodes.
 *
 *   - moved: the parent changed, or the node's order among the siblings it shares with the other version
 *     changed (nodes outside the longest run that kept its order) — so inserting or deleting a sibling does
 *     not make every later sibling "moved";
 *   - changed: any of kind, number, heading, body, lead, partners, indicators, milestones, themes, unreviewed.
 *     A moved node can also be changed.
 *   - A draft against its template (meta.basedOn): planFromTemplate gives every node a new id, so when few ids
 *     are shared (matchBy 'auto' → 'content') nodes are first paired by content (align.ts, both district names
 *     masked), items by content under paired parents (diff.ts matchItems), and then compared the same way, with
 *     district names masked and years compared by plan year (2015 in 2015–2017 ≡ 2027 in 2027–2029).
 * Environment-free.
 */
import type { PlanDoc, PlanNode } from '../model/plan';
import { alignPlans } from './align';
import { diffTokens, fieldDiff, foldShiftedYears, itemsUnder, lis, matchItems, periodShift, sameText, type DiffOp, type FieldDiff } from './diff';
import { departmentKey, districtNames } from './normalize';
import { nodeRef, type NodeRef } from './prepare';
import { tokenize } from './tokens';

export interface Place {
  parentId: string | null;
  position: number;
}

export type VersionField = 'kind' | 'number' | 'heading' | 'body' | 'lead' | 'partners' | 'indicators' | 'milestones' | 'themes' | 'unreviewed';
const FIELDS: VersionField[] = ['kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes', 'unreviewed'];

export interface VersionDiff {
  /** Nodes only in `to`, in its reading order. */
  added: Array<{ node: NodeRef; at: Place }>;
  /** Nodes only in `from`, in its reading order. */
  removed: Array<{ node: NodeRef; at: Place }>;
  moved: Array<{ node: NodeRef; from: Place; to: Place }>;
  changed: Array<{ node: NodeRef; fromId: string; fields: VersionField[]; heading?: DiffOp[]; body?: DiffOp[]; detail?: FieldDiff }>;
  stats: { added: number; removed: number; moved: number; changed: number; unchanged: number; matchedBy: 'id' | 'content' };
}

interface Flat {
  node: PlanNode;
  at: Place;
  order: number;
}

function flatten(doc: PlanDoc): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const visit = (list: PlanNode[], parentId: string | null) => {
    list.forEach((node, position) => {
      out.set(node.id, { node, at: { parentId, position }, order: out.size });
      visit(node.children, node.id);
    });
  };
  visit(doc.nodes, null);
  return out;
}

/** Pairs from-id → to-id by content (for a draft against its template). */
function contentMap(from: PlanDoc, to: PlanDoc): Map<string, string> {
  // both district names masked on both sides: a template copy replaced one with the other
  const names = [...new Set([...districtNames(from.meta.district), ...districtNames(to.meta.district)])];
  const f = { ...from, meta: { ...from.meta, district: null } };
  const t = { ...to, meta: { ...to.meta, district: null } };
  const mask = (d: PlanDoc): PlanDoc => ({ ...d, nodes: d.nodes.map(function m(n: PlanNode): PlanNode { return { ...n, heading: maskText(n.heading, names), body: maskText(n.body, names), children: n.children.map(m) }; }) });
  const a = alignPlans(mask(f), mask(t), { threshold: 0.3 });
  const map = new Map(a.pairs.map((p) => [p.left.id, p.right.id]));
  const fromById = new Map([...flatten(from).values()].map((x) => [x.node.id, x.node]));
  const toById = new Map([...flatten(to).values()].map((x) => [x.node.id, x.node]));
  // items: by content under paired parents (the same matching as a pair's item list, diff.ts matchItems)
  const masks = names;
  const periods = [from.meta.period, to.meta.period] as const;
  const queue = [...map.entries()];
  while (queue.length) {
    const [fp, tp] = queue.shift()!;
    const a = fromById.get(fp);
    const b = toById.get(tp);
    if (!a || !b || a.kind === 'item') continue;
    const L = itemsUnder(a);
    const R = itemsUnder(b);
    for (const [i, j] of matchItems(L, R, masks, masks, { periods, items: 'content' })) map.set(L[i].node.id, R[j].node.id);
  }
  return map;
}

function maskText(s: string, names: string[]): string {
  let out = s;
  for (const n of [...names].sort((a, b) => b.length - a.length)) out = out.split(n).join('〈区〉');
  return out;
}

export function compareVersions(from: PlanDoc, to: PlanDoc, opts: { matchBy?: 'id' | 'content' | 'auto' } = {}): VersionDiff {
  const F = flatten(from);
  const T = flatten(to);
  let matchBy = opts.matchBy ?? 'auto';
  if (matchBy === 'auto') {
    let shared = 0;
    for (const id of F.keys()) if (T.has(id)) shared++;
    matchBy = F.size === 0 || shared >= 0.5 * Math.min(F.size, T.size) ? 'id' : 'content';
  }
  // fromId → toId
  const map = matchBy === 'id' ? new Map([...F.keys()].filter((id) => T.has(id)).map((id) => [id, id])) : contentMap(from, to);
  const back = new Map([...map].map(([a, b]) => [b, a]));
  const mapParent = (p: string | null) => (p === null ? null : map.get(p) ?? `\u0000gone:${p}`);
  const masks = [...new Set([...districtNames(from.meta.district), ...districtNames(to.meta.district)])];
  const periods = [from.meta.period, to.meta.period] as const;
  const shift = periodShift(periods);

  const added = [...T.values()].filter((t) => !back.has(t.node.id)).map((t) => ({ node: nodeRef(t.node), at: t.at }));
  const removed = [...F.values()].filter((f) => !map.has(f.node.id)).map((f) => ({ node: nodeRef(f.node), at: f.at }));

  // moved: parent changed, or out of order among the siblings kept under the same parent
  const movedIds = new Set<string>();
  const byParent = new Map<string | null, Array<{ toId: string; fromPos: number }>>();
  for (const [fid, tid] of map) {
    const f = F.get(fid)!;
    const t = T.get(tid)!;
    if (mapParent(f.at.parentId) !== t.at.parentId) {
      movedIds.add(tid);
      continue;
    }
    const list = byParent.get(t.at.parentId) ?? [];
    list.push({ toId: tid, fromPos: f.at.position });
    byParent.set(t.at.parentId, list);
  }
  for (const list of byParent.values()) {
    list.sort((a, b) => T.get(a.toId)!.at.position - T.get(b.toId)!.at.position);
    const keep = lis(list.map((x) => x.fromPos));
    list.forEach((x, i) => {
      if (!keep.has(i)) movedIds.add(x.toId);
    });
  }
  const moved = [...T.values()]
    .filter((t) => movedIds.has(t.node.id))
    .map((t) => ({ node: nodeRef(t.node), from: F.get(back.get(t.node.id)!)!.at, to: t.at }));

  const changed: VersionDiff['changed'] = [];
  let unchanged = 0;
  for (const t of T.values()) {
    const fid = back.get(t.node.id);
    if (fid === undefined) continue;
    const a = F.get(fid)!.node;
    const b = t.node;
    const fields = FIELDS.filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));
    if (matchBy === 'content') {
      // a template copy differs in its district name, its years (shifted to the new period) and unreviewed
      // flag by construction; report real edits
      const same = (x: string, y: string) => sameText(x, y, masks, masks, shift);
      for (const k of ['heading', 'body'] as const) if (fields.includes(k) && same(a[k], b[k])) fields.splice(fields.indexOf(k), 1);
      const depts = (l: string[]) => JSON.stringify(l.map((d) => departmentKey(d, masks)));
      for (const k of ['lead', 'partners'] as const) if (fields.includes(k) && depts(a[k]) === depts(b[k])) fields.splice(fields.indexOf(k), 1);
      if (fields.includes('unreviewed')) fields.splice(fields.indexOf('unreviewed'), 1);
      if (fields.includes('indicators') || fields.includes('milestones')) {
        const own = fieldDiff(a, b, masks, masks, { periods, items: false });
        if (fields.includes('indicators') && !own.indicators.some((x) => !x.left || !x.right || x.changed.length)) fields.splice(fields.indexOf('indicators'), 1);
        if (fields.includes('milestones') && !own.milestones.some((m) => m.changed)) fields.splice(fields.indexOf('milestones'), 1);
      }
    }
    if (!fields.length) {
      if (!movedIds.has(b.id)) unchanged++;
      continue;
    }
    const c: VersionDiff['changed'][number] = { node: nodeRef(b), fromId: fid, fields };
    if (fields.includes('heading')) c.heading = foldShiftedYears(diffTokens(tokenize(a.heading, masks), tokenize(b.heading, masks)), shift);
    if (fields.includes('body')) c.body = foldShiftedYears(diffTokens(tokenize(a.body, masks), tokenize(b.body, masks)), shift);
    if (fields.some((k) => k === 'lead' || k === 'partners' || k === 'indicators' || k === 'milestones')) c.detail = fieldDiff(a, b, masks, masks, { periods, items: matchBy === 'id' ? 'id' : 'content' });
    changed.push(c);
  }
  return {
    added,
    removed,
    moved,
    changed,
    stats: { added: added.length, removed: removed.length, moved: moved.length, changed: changed.length, unchanged, matchedBy: matchBy },
  };
}
