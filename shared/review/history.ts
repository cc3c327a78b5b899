/**
 * History of a plan: what changed between two states of it, node by node, and putting one node back.
 * Environment-free. Stored by electron/core/review/history.ts.
 */
import { walk, type PlanDoc, type PlanNode } from '../model/plan';
import type { NodeChange } from './model';
import { sameValue } from '../model/same-value';

/** A node without its children, plus where it sits. What a history entry keeps of each changed node. */
export interface NodeState {
  node: Omit<PlanNode, 'children'>;
  parentId: string | null;
  index: number;
}

export const NODE_FIELDS = ['kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes'] as const;
/** Plan-level changes (metadata) are recorded under this pseudo node id. */
export const META_NODE = '';

export function nodeStates(doc: Pick<PlanDoc, 'nodes'>): Map<string, NodeState> {
  const out = new Map<string, NodeState>();
  const visit = (nodes: PlanNode[], parentId: string | null) => {
    nodes.forEach((n, index) => {
      const { children, ...rest } = n;
      out.set(n.id, { node: rest, parentId, index });
      visit(children, n.id);
    });
  };
  visit(doc.nodes, null);
  return out;
}

export function nodeLabel(n: Pick<PlanNode, 'number' | 'heading' | 'body'>): string {
  const h = (n.heading || n.body.split('\n')[0] || '').trim();
  const s = [n.number, h].filter(Boolean).join(' ');
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/** Sibling order among the nodes present in both states. */
function orderKey(states: Map<string, NodeState>, keep: Set<string>): Map<string, string> {
  const byParent = new Map<string | null, Array<{ id: string; index: number }>>();
  for (const [id, s] of states) {
    if (!keep.has(id)) continue;
    const l = byParent.get(s.parentId) ?? [];
    l.push({ id, index: s.index });
    byParent.set(s.parentId, l);
  }
  const out = new Map<string, string>();
  for (const [, l] of byParent) {
    l.sort((a, b) => a.index - b.index);
    l.forEach((e, i) => out.set(e.id, `${i}:${l[i - 1]?.id ?? ''}`));
  }
  return out;
}

/** Node by node, what changed from `before` to `after` (and the metadata, as META_NODE). */
export function diffPlans(before: PlanDoc, after: PlanDoc): NodeChange[] {
  const a = nodeStates(before);
  const b = nodeStates(after);
  const common = new Set([...a.keys()].filter((id) => b.has(id)));
  const ordA = orderKey(a, common);
  const ordB = orderKey(b, common);
  const out: NodeChange[] = [];
  const metaFields = Object.keys({ ...before.meta, ...after.meta }).filter(
    (k) => !sameValue((before.meta as Record<string, unknown>)[k], (after.meta as Record<string, unknown>)[k]),
  );
  if (metaFields.length) {
    const pick = (m: PlanDoc['meta']) => Object.fromEntries(metaFields.map((k) => [k, (m as Record<string, unknown>)[k]]));
    out.push({ nodeId: META_NODE, label: '规划信息', change: 'changed', fields: metaFields, before: pick(before.meta), after: pick(after.meta) });
  }
  for (const [id, s] of a) {
    if (!b.has(id)) out.push({ nodeId: id, label: nodeLabel(s.node), change: 'removed', fields: [], before: s, after: null });
  }
  for (const [id, t] of b) {
    const s = a.get(id);
    if (!s) {
      out.push({ nodeId: id, label: nodeLabel(t.node), change: 'added', fields: [], before: null, after: t });
      continue;
    }
    const fields: string[] = NODE_FIELDS.filter((f) => !sameValue(s.node[f], t.node[f]));
    if (!sameValue(s.node.unreviewed ?? false, t.node.unreviewed ?? false)) fields.push('unreviewed');
    const moved = s.parentId !== t.parentId || ordA.get(id) !== ordB.get(id);
    if (moved) fields.push('position');
    if (fields.length) {
      const onlyMoved = fields.length === 1 && moved;
      out.push({ nodeId: id, label: nodeLabel(t.node), change: onlyMoved ? 'moved' : 'changed', fields, before: s, after: t });
    }
  }
  return out;
}

/**
 * Merge a new change of a node into an earlier one of the same coalesced entry: the earliest `before`, the
 * latest `after`. Returns null when the two cancel out (added then removed).
 */
export function mergeChange(first: NodeChange, next: NodeChange): NodeChange | null {
  const before = first.before;
  const after = next.after;
  if (before === null && after === null) return null;
  const change: NodeChange['change'] = before === null ? 'added' : after === null ? 'removed' : first.change === 'moved' && next.change === 'moved' ? 'moved' : 'changed';
  let fields = [...new Set([...first.fields, ...next.fields])];
  if (first.nodeId === META_NODE) {
    // Metadata: the earliest value of every field touched, the latest value of each.
    const b = { ...(next.before as object), ...(first.before as object) } as Record<string, unknown>;
    const a = { ...(first.after as object), ...(next.after as object) } as Record<string, unknown>;
    fields = fields.filter((f) => !sameValue(b[f], a[f]));
    return fields.length ? { ...next, change: 'changed', fields, before: b, after: a } : null;
  }
  if (change === 'changed' && before && after) {
    // Recompute against the earliest state: a field edited and edited back is no change.
    const s = before as NodeState;
    const t = after as NodeState;
    fields = NODE_FIELDS.filter((f) => !sameValue(s.node[f], t.node[f])) as string[];
    if (!sameValue(s.node.unreviewed ?? false, t.node.unreviewed ?? false)) fields.push('unreviewed');
    if (fields.length === 0) {
      const moved = s.parentId !== t.parentId || s.index !== t.index;
      if (!moved) return null;
      return { ...next, change: 'moved', fields: ['position'], before, after };
    }
    if (s.parentId !== t.parentId || s.index !== t.index) fields.push('position');
  }
  return { ...next, change, fields, before, after };
}

function removeNode(nodes: PlanNode[], id: string): PlanNode | null {
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i].id === id) return nodes.splice(i, 1)[0];
    const r = removeNode(nodes[i].children, id);
    if (r) return r;
  }
  return null;
}

function findNode(nodes: PlanNode[], id: string): PlanNode | null {
  for (const { node } of walk(nodes)) if (node.id === id) return node;
  return null;
}

/**
 * The plan with one node put back to `state` (its fields and its place; its current children stay with it).
 * `state` null: the node did not exist then — it is removed (with its children).
 * A node that is gone is re-created (without children) under its old parent, or at the end of the top level
 * when that parent is gone too.
 */
export function restoreNode(doc: PlanDoc, nodeId: string, state: NodeState | null): PlanDoc {
  const out: PlanDoc = structuredClone(doc);
  if (state === null) {
    removeNode(out.nodes, nodeId);
    return out;
  }
  const existing = removeNode(out.nodes, nodeId);
  const node: PlanNode = { ...structuredClone(state.node), id: nodeId, children: existing?.children ?? [] } as PlanNode;
  if (!('unreviewed' in state.node)) delete node.unreviewed;
  // Do not put a node under its own descendant.
  const parent = state.parentId && state.parentId !== nodeId ? findNode(out.nodes, state.parentId) : null;
  const underSelf = parent ? findNode(node.children, parent.id) !== null : false;
  const list = parent && !underSelf ? parent.children : out.nodes;
  const at = parent && !underSelf ? Math.min(state.index, list.length) : state.parentId === null ? Math.min(state.index, list.length) : list.length;
  list.splice(at, 0, node);
  return out;
}

/** A node's state in a document (for restoring from a version snapshot). */
export function stateIn(doc: Pick<PlanDoc, 'nodes'>, nodeId: string): NodeState | null {
  return nodeStates(doc).get(nodeId) ?? null;
}
