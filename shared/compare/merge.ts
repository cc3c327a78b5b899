/**
 * Three-way merge of one plan edited in two places: `base` (the plan as this editor last loaded or saved it),
 * `mine` (the editor's plan now) and `theirs` (what the library holds now, saved by someone else meanwhile).
 * Nodes are matched by id (ids survive edits, moves and renumbering).
 *
 *   - a node's content (every field but its children: kind, number, heading, body, lead, partners, indicators,
 *     milestones, themes, unreviewed) and its place (parent, and order among the siblings it shares with the
 *     base — the longest run that kept its order stays put, as in versions.ts) are merged separately: what one
 *     side changed is taken; what both changed the same way is taken once;
 *   - a conflict is a node whose content both sides changed differently, that both moved under different
 *     parents, or that both added with the same id differently; the pick (mine / theirs) takes that side's
 *     content and place. The 未复核 flag (`unreviewed`) is merged on its own and never makes a conflict (全部确认
 *     on one side, an edit on the other). Both reordering the same siblings: theirs' order;
 *   - a deletion: one side deleted a node (with its subtree) that the other side kept. When the other side changed
 *     nothing in that subtree (no edit, no move, nothing added or moved into it) the deletion is taken; otherwise
 *     the deletion's topmost node is one conflict: keep (the subtree as the other side has it) or delete;
 *   - plan metadata (title, period, 文号 …) is merged field by field; fields both changed differently are one
 *     conflict (id META_ID) and its pick takes those fields from one side;
 *   - sibling order: theirs' order, with the nodes placed by mine inserted after their nearest preceding sibling
 *     in mine.
 * A conflict without a pick is resolved as theirs in `merged` and listed in `unresolved` (the editor saves only
 * when that list is empty). Inputs are never mutated. Environment-free.
 */
import type { PlanMeta, PlanNode } from '../model/plan';
import { lis } from './items';
import { deriveNumbers } from '../numbering';

export type MergeSide = 'mine' | 'theirs';
/** The editable part of a plan (what the editor holds). */
export interface MergeDoc { meta: PlanMeta; nodes: PlanNode[] }

export const META_ID = '#meta';

export const CONTENT_FIELDS = ['kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes', 'unreviewed'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/**
 * edited: both changed the node's content (or moved it under different parents) differently;
 * deleted-by-mine / deleted-by-theirs: one side deleted the node, the other changed it or something inside it;
 * added-both: both sides have a new node with this id, differently; meta: plan metadata fields changed on both sides.
 */
export type ConflictKind = 'edited' | 'deleted-by-mine' | 'deleted-by-theirs' | 'added-both' | 'meta';

/** One side's version of a conflicting node: the node without its children, and where it sits. */
export interface NodeVersion {
  node: Omit<PlanNode, 'children'>;
  parentId: string | null;
  /** Its number as the outline shows it on this side (derived from its place, shared/numbering.ts). */
  number: string;
  /** The ancestors as number (as the outline shows it) and heading ("行动三 立足民生服务…"), outermost first. */
  path: string[];
  /** Descendants it has on this side. */
  descendants: number;
}

export interface MergeConflict {
  id: string;
  kind: ConflictKind;
  base: NodeVersion | null;
  mine: NodeVersion | null;
  theirs: NodeVersion | null;
  /** Content fields that differ between mine and theirs, plus 'place' when the parents differ. */
  fields: Array<ContentField | 'place'>;
  /** For 'meta': the fields both changed differently, with each side's value. */
  meta?: Array<{ field: keyof PlanMeta; base: unknown; mine: unknown; theirs: unknown }>;
}

/** A change of one side taken without asking. */
export interface AutoChange {
  id: string;
  side: MergeSide | 'both';
  change: 'edited' | 'moved' | 'added' | 'deleted';
  heading: string;
  /** For 'edited': the fields that side changed (metadata field names for META_ID). */
  fields?: string[];
}

export interface MergeResult {
  conflicts: MergeConflict[];
  auto: AutoChange[];
  /** The merged plan, conflicts resolved by `picks` (unpicked ones as theirs). */
  merged: MergeDoc;
  /** Conflicts without a pick. */
  unresolved: string[];
}

interface Flat {
  node: PlanNode;
  parentId: string | null;
  children: string[];
  order: number;
}
type Tree = Map<string, Flat>;

function flatten(nodes: PlanNode[]): { map: Tree; top: string[]; numbers: Map<string, string> } {
  const map: Tree = new Map();
  const visit = (list: PlanNode[], parentId: string | null) => {
    for (const node of list) {
      map.set(node.id, { node, parentId, children: node.children.map((c) => c.id), order: map.size });
      visit(node.children, node.id);
    }
  };
  visit(nodes, null);
  return { map, top: nodes.map((n) => n.id), numbers: deriveNumbers(nodes) };
}

/** JSON with sorted keys: field values compared regardless of key order. */
function stable(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(stable).join(',') + ']';
  const o = v as Record<string, unknown>;
  return '{' + Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + stable(o[k])).join(',') + '}';
}

function fieldValue(n: PlanNode, f: ContentField): unknown {
  return f === 'unreviewed' ? n.unreviewed === true : n[f];
}

function changedFields(a: PlanNode, b: PlanNode): ContentField[] {
  return CONTENT_FIELDS.filter((f) => stable(fieldValue(a, f)) !== stable(fieldValue(b, f)));
}

function withoutChildren(n: PlanNode): Omit<PlanNode, 'children'> {
  const { children: _children, ...rest } = n;
  return rest;
}

/** Nodes whose order among the siblings they share with the base changed (outside the longest kept run). */
function reordered(base: { map: Tree; top: string[] }, side: { map: Tree; top: string[] }): Set<string> {
  const out = new Set<string>();
  const lists: Array<[string | null, string[]]> = [[null, side.top], ...[...side.map.entries()].map(([id, f]) => [id, f.children] as [string, string[]])];
  for (const [parentId, kids] of lists) {
    const baseKids = parentId === null ? base.top : base.map.get(parentId)?.children;
    if (!baseKids || kids.length < 2) continue;
    const pos = new Map(baseKids.map((id, i) => [id, i]));
    const shared = kids.filter((id) => pos.has(id));
    const keep = lis(shared.map((id) => pos.get(id)!));
    shared.forEach((id, i) => { if (!keep.has(i)) out.add(id); });
  }
  return out;
}

function version(side: { map: Tree; numbers: Map<string, string> }, id: string): NodeVersion | null {
  const tree = side.map;
  const f = tree.get(id);
  if (!f) return null;
  const numberOf = (n: PlanNode) => side.numbers.get(n.id) ?? n.number;
  const path: string[] = [];
  for (let p = f.parentId; p !== null; p = tree.get(p)?.parentId ?? null) {
    const a = tree.get(p)?.node;
    path.unshift(a ? [numberOf(a), a.heading].filter(Boolean).join(' ') : '');
  }
  let descendants = 0;
  const count = (ids: string[]) => { for (const c of ids) { descendants++; count(tree.get(c)?.children ?? []); } };
  count(f.children);
  return { node: withoutChildren(f.node), parentId: f.parentId, number: numberOf(f.node), path, descendants };
}

/** Where a kept node's content and place come from. */
interface Keep { content: PlanNode; parentId: string | null; placeSide: MergeSide }

export interface MergeOptions {
  /**
   * A node both sides changed in different fields (mine its 标题, theirs its 正文) is no conflict: each side's fields
   * are taken. Only fields both changed differently clash. The editor merges so with the app's own change (a suggestion
   * accepted while the planner typed: renderer/src/stores/editor/merge.ts); a colleague's save keeps the whole node
   * as the unit.
   */
  byField?: boolean;
}

export function mergePlans(base: MergeDoc, mine: MergeDoc, theirs: MergeDoc, picks: Record<string, MergeSide> = {}, options: MergeOptions = {}): MergeResult {
  const B = flatten(base.nodes);
  const M = flatten(mine.nodes);
  const T = flatten(theirs.nodes);
  const trees: Record<MergeSide, { map: Tree; top: string[] }> = { mine: M, theirs: T };
  const movedIn: Record<MergeSide, Set<string>> = { mine: reordered(B, M), theirs: reordered(B, T) };
  const conflicts: MergeConflict[] = [];
  const auto: AutoChange[] = [];
  const keep = new Map<string, Keep>();
  const pickOf = (id: string): MergeSide => picks[id] ?? 'theirs';
  const other = (s: MergeSide): MergeSide => (s === 'mine' ? 'theirs' : 'mine');

  const contentChanged = (side: MergeSide, id: string) => changedFields(B.map.get(id)!.node, trees[side].map.get(id)!.node);
  const placeChanged = (side: MergeSide, id: string) =>
    trees[side].map.get(id)!.parentId !== B.map.get(id)!.parentId || movedIn[side].has(id);
  /** Changed on this side in any way: content, place, or new. */
  const touched = (side: MergeSide, id: string) => !B.map.has(id) || contentChanged(side, id).length > 0 || placeChanged(side, id);
  const take = (side: MergeSide, id: string, contentSide: MergeSide = side) => {
    keep.set(id, { content: trees[contentSide].map.get(id)!.node, parentId: trees[side].map.get(id)!.parentId, placeSide: side });
  };

  // ── deletions: one side deleted a node the other kept. Grouped by the topmost such node in the keeping side.
  const decided = new Set<string>();
  for (const deleter of ['mine', 'theirs'] as MergeSide[]) {
    const keeper = other(deleter);
    const K = trees[keeper];
    const D = trees[deleter];
    const gone = (id: string) => B.map.has(id) && !D.map.has(id) && K.map.has(id);
    for (const [id, f] of K.map) {
      if (!gone(id) || (f.parentId !== null && gone(f.parentId))) continue;
      // the group: the keeper's subtree of this node
      const members: string[] = [];
      const collect = (x: string) => { members.push(x); for (const c of K.map.get(x)!.children) collect(c); };
      collect(id);
      const changed = members.some((x) => touched(keeper, x));
      if (!changed) {
        for (const x of members) if (gone(x)) decided.add(x);
        auto.push({ id, side: deleter, change: 'deleted', heading: B.map.get(id)!.node.heading });
        continue;
      }
      const kind: ConflictKind = deleter === 'mine' ? 'deleted-by-mine' : 'deleted-by-theirs';
      const fields = changedFields(B.map.get(id)!.node, K.map.get(id)!.node) as MergeConflict['fields'];
      if (K.map.get(id)!.parentId !== B.map.get(id)!.parentId) fields.push('place');
      conflicts.push({ id, kind, base: version(B, id), mine: version(M, id), theirs: version(T, id), fields });
      const kept = pickOf(id) === keeper;
      for (const x of members) {
        if (gone(x) || !B.map.has(x)) {
          decided.add(x);
          if (kept) take(keeper, x);
        } else if (!kept) {
          // moved into the deleted subtree by the keeper and still present at the deleter: stays where the deleter has it
          decided.add(x);
          take(deleter, x, contentChanged(keeper, x).length && !contentChanged(deleter, x).length ? keeper : deleter);
        }
      }
    }
  }

  // ── every other node
  const seen = new Set<string>();
  const ids = [...T.map.keys(), ...M.map.keys(), ...B.map.keys()].filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
  for (const id of ids) {
    if (decided.has(id)) continue;
    const inB = B.map.has(id);
    const inM = M.map.has(id);
    const inT = T.map.has(id);
    if (inB && !inM && !inT) {
      if (B.map.get(id)!.parentId === null || M.map.has(B.map.get(id)!.parentId!) || T.map.has(B.map.get(id)!.parentId!)) {
        auto.push({ id, side: 'both', change: 'deleted', heading: B.map.get(id)!.node.heading });
      }
      continue;
    }
    if (!inB) {
      if (inM && inT) {
        const same = changedFields(M.map.get(id)!.node, T.map.get(id)!.node).length === 0 && M.map.get(id)!.parentId === T.map.get(id)!.parentId;
        if (same) { take('theirs', id); continue; }
        const fields = changedFields(M.map.get(id)!.node, T.map.get(id)!.node) as MergeConflict['fields'];
        if (M.map.get(id)!.parentId !== T.map.get(id)!.parentId) fields.push('place');
        conflicts.push({ id, kind: 'added-both', base: null, mine: version(M, id), theirs: version(T, id), fields });
        take(pickOf(id), id);
        continue;
      }
      const side: MergeSide = inM ? 'mine' : 'theirs';
      take(side, id);
      const parent = trees[side].map.get(id)!.parentId;
      if (parent === null || B.map.has(parent)) { // the top of an added subtree only
        auto.push({ id, side, change: 'added', heading: trees[side].map.get(id)!.node.heading });
      }
      continue;
    }
    // in the base and on both sides
    const cM = contentChanged('mine', id);
    const cT = contentChanged('theirs', id);
    const pM = placeChanged('mine', id);
    const pT = placeChanged('theirs', id);
    // the 未复核 flag alone never makes a clash: 全部确认 on one side and an edit on the other merge
    const rM = cM.filter((f) => f !== 'unreviewed');
    const rT = cT.filter((f) => f !== 'unreviewed');
    const differ = changedFields(M.map.get(id)!.node, T.map.get(id)!.node).filter((f) => f !== 'unreviewed');
    const contentClash = rM.length > 0 && rT.length > 0 && (options.byField ? differ.some((f) => rM.includes(f) && rT.includes(f)) : differ.length > 0);
    const placeClash = pM && pT && M.map.get(id)!.parentId !== T.map.get(id)!.parentId;
    if (contentClash || placeClash) {
      const fields = changedFields(M.map.get(id)!.node, T.map.get(id)!.node) as MergeConflict['fields'];
      if (M.map.get(id)!.parentId !== T.map.get(id)!.parentId) fields.push('place');
      conflicts.push({ id, kind: 'edited', base: version(B, id), mine: version(M, id), theirs: version(T, id), fields });
      take(pickOf(id), id);
      continue;
    }
    const placeSide: MergeSide = pM && !pT ? 'mine' : 'theirs';
    const contentSide: MergeSide = rM.length && !rT.length ? 'mine' : rT.length ? 'theirs' : cM.length && !cT.length ? 'mine' : 'theirs';
    take(placeSide, id, contentSide);
    // (byField) both changed it in different fields: theirs with the fields mine changed
    if (rM.length && rT.length) {
      const k = keep.get(id)!;
      const mineNode = M.map.get(id)!.node;
      keep.set(id, { ...k, content: { ...k.content, ...Object.fromEntries(rM.map((f) => [f, mineNode[f]])) } });
    }
    // the flag merged on its own: whichever side changed it
    const flagM = M.map.get(id)!.node.unreviewed === true;
    const flagB = B.map.get(id)!.node.unreviewed === true;
    const flag = flagM !== flagB ? flagM : T.map.get(id)!.node.unreviewed === true;
    const k = keep.get(id)!;
    if ((k.content.unreviewed === true) !== flag) {
      const { unreviewed: _u, ...rest } = k.content;
      keep.set(id, { ...k, content: flag ? { ...rest, unreviewed: true } : rest });
    }
    const heading = trees[contentSide].map.get(id)!.node.heading;
    if (cM.length && cT.length && changedFields(M.map.get(id)!.node, T.map.get(id)!.node).length === 0) {
      auto.push({ id, side: 'both', change: 'edited', heading, fields: cM });
    } else {
      if (cM.length) auto.push({ id, side: 'mine', change: 'edited', heading, fields: cM });
      if (cT.length) auto.push({ id, side: 'theirs', change: 'edited', heading, fields: cT });
    }
    if (pM || pT) auto.push({ id, side: pM && pT ? 'both' : placeSide, change: 'moved', heading });
  }

  repairParents(keep, trees);
  const merged: MergeDoc = { meta: mergeMeta(base.meta, mine.meta, theirs.meta, picks, conflicts, auto), nodes: build(keep, M, T) };
  const unresolved = conflicts.filter((c) => !picks[c.id]).map((c) => c.id);
  return { conflicts, auto, merged, unresolved };
}

/**
 * A kept node whose parent is not kept (a conflict's pick put it under a node the merge deleted) brings the parent
 * back as the side it came from has it; a cycle (mine moved a under b, theirs b under a) is broken by theirs' place.
 */
function repairParents(keep: Map<string, Keep>, trees: Record<MergeSide, { map: Tree }>) {
  for (let guard = 0; guard < 10_000; guard++) {
    let fixed = false;
    for (const [id, k] of keep) {
      if (k.parentId !== null && !keep.has(k.parentId)) {
        const src = trees[k.placeSide].map.get(k.parentId)!;
        keep.set(k.parentId, { content: src.node, parentId: src.parentId, placeSide: k.placeSide });
        fixed = true;
        break;
      }
      // cycle check
      let p = k.parentId;
      let steps = 0;
      while (p !== null && p !== id && steps++ <= keep.size) p = keep.get(p)?.parentId ?? null;
      if (p === id) {
        const t = trees.theirs.map.get(id) ?? trees.mine.map.get(id)!;
        const side: MergeSide = trees.theirs.map.has(id) ? 'theirs' : 'mine';
        if (k.placeSide === side && k.parentId === t.parentId) continue;
        keep.set(id, { ...k, parentId: t.parentId, placeSide: side });
        fixed = true;
        break;
      }
    }
    if (!fixed) return;
  }
}

function build(keep: Map<string, Keep>, M: { map: Tree; top: string[] }, T: { map: Tree; top: string[] }): PlanNode[] {
  const byParent = new Map<string | null, string[]>();
  for (const [id, k] of keep) {
    const list = byParent.get(k.parentId) ?? [];
    list.push(id);
    byParent.set(k.parentId, list);
  }
  const childrenOf = (parentId: string | null): string[] => {
    const here = new Set(byParent.get(parentId) ?? []);
    if (!here.size) return [];
    const tKids = parentId === null ? T.top : T.map.get(parentId)?.children ?? [];
    const mKids = parentId === null ? M.top : M.map.get(parentId)?.children ?? [];
    const out = tKids.filter((id) => here.has(id) && keep.get(id)!.placeSide === 'theirs');
    let anchor: string | null = null;
    for (const id of mKids) {
      if (out.includes(id)) { anchor = id; continue; }
      if (!here.has(id) || keep.get(id)!.placeSide !== 'mine') continue;
      out.splice(anchor === null ? 0 : out.indexOf(anchor) + 1, 0, id);
      anchor = id;
    }
    for (const id of here) if (!out.includes(id)) out.push(id); // a parent brought back: its kept children, whatever side
    return out;
  };
  const make = (id: string): PlanNode => ({ ...keep.get(id)!.content, children: childrenOf(id).map(make) });
  return childrenOf(null).map(make);
}

function mergeMeta(b: PlanMeta, m: PlanMeta, t: PlanMeta, picks: Record<string, MergeSide>, conflicts: MergeConflict[], auto: AutoChange[]): PlanMeta {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)])] as Array<keyof PlanMeta>;
  const out: Record<string, unknown> = {};
  const clash: NonNullable<MergeConflict['meta']> = [];
  const changed: Record<MergeSide, string[]> = { mine: [], theirs: [] };
  for (const k of keys) {
    const cM = stable(m[k]) !== stable(b[k]);
    const cT = stable(t[k]) !== stable(b[k]);
    let v: unknown = cM && !cT ? m[k] : t[k];
    if (cM) changed.mine.push(k);
    if (cT) changed.theirs.push(k);
    if (cM && cT && stable(m[k]) !== stable(t[k])) {
      clash.push({ field: k, base: b[k], mine: m[k], theirs: t[k] });
      v = (picks[META_ID] ?? 'theirs') === 'mine' ? m[k] : t[k];
    }
    if (v !== undefined) out[k] = v;
  }
  if (clash.length) {
    conflicts.unshift({ id: META_ID, kind: 'meta', base: null, mine: null, theirs: null, fields: [], meta: clash });
  }
  const clashed = new Set(clash.map((c) => c.field as string));
  for (const side of ['mine', 'theirs'] as MergeSide[]) {
    const f = changed[side].filter((k) => !clashed.has(k) && !(side === 'theirs' && changed.mine.includes(k)));
    if (f.length) auto.unshift({ id: META_ID, side, change: 'edited', heading: t.title, fields: f });
  }
  return out as PlanMeta;
}
