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
 *     masked), items by position under paired parents, and then compared the same way.
 * Environment-free.
 */
import type { PlanDoc, PlanNode } from '../model/plan';
import { alignPlans } from './align';
import { diffTokens, fieldDiff, type DiffOp, type FieldDiff } from './diff';
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
  // items: by position under paired parents
  const fromFlat = flatten(from);
  const toFlat = flatten(to);
  const itemsOf = (flat: Map<string, Flat>, parentId: string) => [...flat.values()].filter((x) => x.at.parentId === parentId && x.node.kind === 'item').map((x) => x.node.id);
  const queue = [...map.entries()];
  while (queue.length) {
    const [fp, tp] = queue.shift()!;
    const fi = itemsOf(fromFlat, fp);
    const ti = itemsOf(toFlat, tp);
    for (let i = 0; i < Math.min(fi.length, ti.length); i++) {
      map.set(fi[i], ti[i]);
      queue.push([fi[i], ti[i]]);
    }
  }
  return map;
}

function maskText(s: string, names: string[]): string {
  let out = s;
  for (const n of [...names].sort((a, b) => b.length - a.length)) out = out.split(n).join('〈区〉');
  return out;
}

/** Indices (into seq) of a longest increasing subsequence. */
function lis(seq: number[]): Set<number> {
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
      // a template copy differs in its district name and unreviewed flag by construction; report real edits
      const same = (x: string, y: string) => maskText(x, masks) === maskText(y, masks);
      for (const k of ['heading', 'body'] as const) if (fields.includes(k) && same(a[k], b[k])) fields.splice(fields.indexOf(k), 1);
      const depts = (l: string[]) => JSON.stringify(l.map((d) => departmentKey(d, masks)));
      for (const k of ['lead', 'partners'] as const) if (fields.includes(k) && depts(a[k]) === depts(b[k])) fields.splice(fields.indexOf(k), 1);
      if (fields.includes('unreviewed')) fields.splice(fields.indexOf('unreviewed'), 1);
    }
    if (!fields.length) {
      if (!movedIds.has(b.id)) unchanged++;
      continue;
    }
    const c: VersionDiff['changed'][number] = { node: nodeRef(b), fromId: fid, fields };
    if (fields.includes('heading')) c.heading = diffTokens(tokenize(a.heading, masks), tokenize(b.heading, masks));
    if (fields.includes('body')) c.body = diffTokens(tokenize(a.body, masks), tokenize(b.body, masks));
    if (fields.some((k) => k === 'lead' || k === 'partners' || k === 'indicators' || k === 'milestones')) c.detail = fieldDiff(a, b, masks, masks);
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
