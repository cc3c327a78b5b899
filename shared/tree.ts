/**
 * Immutable operations on a plan's node tree, for the structured editor.
 *
 * Every operation returns a new top-level array and never mutates its input. Only the nodes on the
 * path to the change are copied; untouched subtrees are shared (so `===` tells the editor what changed).
 * Ids are never changed by these operations: annotations and version diffs hang on them.
 * Errors are `AppError`s: 'not-found', 'invalid-move', 'duplicate-id'.
 *
 * Kinds when a node changes level (indent, outdent, move):
 *
 * | new parent        | the node becomes                                                           |
 * |-------------------|----------------------------------------------------------------------------|
 * | top level         | part (an appendix stays an appendix)                                       |
 * | part              | action if it was an action or has task children;                           |
 * |                   | task if it was a task and the part's other children are tasks (浦东 2011:   |
 * |                   | tasks straight under parts); an appendix stays an appendix; else section   |
 * | section / action  | task                                                                       |
 * | task / item       | item                                                                       |
 * | appendix / box    | item                                                                       |
 *
 * A box (专栏) keeps its kind wherever a box is allowed (top level, part, section, action, task), like an
 * appendix; elsewhere (under an item or an appendix) it becomes an item, its projects items below it.
 *
 * indent/outdent apply the table to the node itself ("kind follows the parent's kind");
 * moveNode keeps the node's kind when it is allowed under the new parent (see ALLOWED: e.g. items may
 * sit under a section, as 静安 2014's 推进原则 1、…5、 do) and applies the table otherwise, so that
 * reordering siblings never changes a kind.
 * In both cases the descendants keep their kind when it is allowed under their (possibly re-kinded)
 * parent and follow the table otherwise: outdenting a task with items out of its action gives a section
 * that still holds items; indenting a part under the previous part gives a section whose sections
 * become tasks and whose tasks become items.
 */
import { AppError } from './errors';
import { emptyNode, type NodeKind, type PlanNode } from './model/plan';

/** Kinds allowed as children of each kind (`root` = top level). */
export const ALLOWED: Record<NodeKind | 'root', readonly NodeKind[]> = {
  root: ['part', 'appendix', 'box'],
  part: ['section', 'action', 'task', 'appendix', 'box'],
  section: ['task', 'item', 'box'],
  action: ['task', 'item', 'box'],
  task: ['item', 'box'],
  item: ['item'],
  appendix: ['item'],
  box: ['item'],
};

export function isAllowed(parentKind: NodeKind | null, kind: NodeKind): boolean {
  return ALLOWED[parentKind ?? 'root'].includes(kind);
}

/**
 * The kind a node takes under a parent of `parentKind` (null = top level), per the table above.
 * `siblings`: the other children of the new parent (used for parts that hold tasks directly).
 */
export function kindUnder(parentKind: NodeKind | null, node: PlanNode, siblings: readonly PlanNode[] = []): NodeKind {
  if (node.kind === 'box' && isAllowed(parentKind, 'box')) return 'box';
  switch (parentKind) {
    case null:
      return node.kind === 'appendix' ? 'appendix' : 'part';
    case 'part': {
      if (node.kind === 'appendix') return 'appendix';
      if (node.kind === 'action' || node.children.some((c) => c.kind === 'task')) return 'action';
      const others = siblings.filter((s) => s.id !== node.id && s.kind !== 'appendix' && s.kind !== 'box');
      if (node.kind === 'task' && others.length > 0 && others.every((s) => s.kind === 'task')) return 'task';
      return 'section';
    }
    case 'section':
    case 'action':
      return 'task';
    case 'task':
    case 'item':
    case 'appendix':
    case 'box':
      return 'item';
  }
}

/**
 * The kind a new child of `parent` (null = top level) gets: the kind of its last child (专栏 boxes and appendices
 * left out: they do not say what comes next) when allowed, else what kindUnder gives a plain node.
 */
export function kindForNewChild(parent: PlanNode | null): NodeKind {
  if (!parent) return kindUnder(null, PROBE);
  const last = [...parent.children].reverse().find((c) => c.kind !== 'appendix' && c.kind !== 'box');
  if (last && isAllowed(parent.kind, last.kind)) return last.kind;
  return kindUnder(parent.kind, PROBE);
}
const PROBE: PlanNode = emptyNode('', 'item');

/** Re-kind the children of a node (recursively) so that each kind is allowed under its parent. */
function fitChildren(node: PlanNode): PlanNode {
  let changed = false;
  const children = node.children.map((c) => {
    const kind = isAllowed(node.kind, c.kind) ? c.kind : kindUnder(node.kind, c, node.children);
    const withKind = kind === c.kind ? c : { ...c, kind };
    const fitted = fitChildren(withKind);
    if (fitted !== c) changed = true;
    return fitted;
  });
  return changed ? { ...node, children } : node;
}

/** Give `node` the kind `kind` and fit its descendants. */
function rekind(node: PlanNode, kind: NodeKind): PlanNode {
  return fitChildren(kind === node.kind ? node : { ...node, kind });
}

// --- lookup ----------------------------------------------------------------------------------

/** The node with this id, or null. */
export function findNode(nodes: readonly PlanNode[], id: string): PlanNode | null {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = findNode(n.children, id);
    if (found) return found;
  }
  return null;
}

/** The chain of nodes from the top level down to the node (inclusive), or null if absent. */
export function pathOf(nodes: readonly PlanNode[], id: string): PlanNode[] | null {
  for (const n of nodes) {
    if (n.id === id) return [n];
    const sub = pathOf(n.children, id);
    if (sub) return [n, ...sub];
  }
  return null;
}

/** The child indices from the top level down to the node, or null if absent. */
export function indexPathOf(nodes: readonly PlanNode[], id: string): number[] | null {
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i].id === id) return [i];
    const sub = indexPathOf(nodes[i].children, id);
    if (sub) return [i, ...sub];
  }
  return null;
}

/** Parent of the node (null at the top level) and its index among its siblings. */
export function locate(nodes: readonly PlanNode[], id: string): { parent: PlanNode | null; index: number; node: PlanNode } | null {
  const path = indexPathOf(nodes, id);
  if (!path) return null;
  const chain = pathOf(nodes, id)!;
  return { parent: chain.length > 1 ? chain[chain.length - 2] : null, index: path[path.length - 1], node: chain[chain.length - 1] };
}

function mustLocate(nodes: readonly PlanNode[], id: string): { parent: PlanNode | null; index: number; node: PlanNode } {
  const loc = locate(nodes, id);
  if (!loc) throw new AppError('not-found', `找不到节点 ${id}`, { id });
  return loc;
}

function collectIds(nodes: readonly PlanNode[], into: Set<string> = new Set()): Set<string> {
  for (const n of nodes) {
    into.add(n.id);
    collectIds(n.children, into);
  }
  return into;
}

// --- primitive rewrite -----------------------------------------------------------------------

/** Replace the children list of `parentId` (null = top level) via `fn`, copying only the path to it. */
function withChildren(nodes: readonly PlanNode[], parentId: string | null, fn: (children: readonly PlanNode[]) => PlanNode[]): PlanNode[] {
  if (parentId === null) return fn(nodes);
  let hit = false;
  const rec = (list: readonly PlanNode[]): readonly PlanNode[] => {
    let changed = false;
    const out = list.map((n) => {
      if (hit) return n;
      if (n.id === parentId) {
        hit = true;
        changed = true;
        return { ...n, children: fn(n.children) };
      }
      const children = rec(n.children);
      if (children === n.children) return n;
      changed = true;
      return { ...n, children: children as PlanNode[] };
    });
    return changed ? out : list;
  };
  const result = rec(nodes);
  if (!hit) throw new AppError('not-found', `找不到节点 ${parentId}`, { id: parentId });
  return result as PlanNode[];
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index) || index < 0 || index > length) return length;
  return Math.trunc(index);
}

// --- operations ------------------------------------------------------------------------------

/**
 * Insert `node` (with its subtree) as child number `index` of `parentId` (null = top level).
 * An index out of range (negative, too large) appends. The node's kind is taken as given.
 */
export function insertNode(nodes: readonly PlanNode[], parentId: string | null, index: number, node: PlanNode): PlanNode[] {
  const existing = collectIds(nodes);
  for (const id of collectIds([node])) {
    if (existing.has(id)) throw new AppError('duplicate-id', `节点编号重复:${id}`, { id });
  }
  return withChildren(nodes, parentId, (children) => {
    const at = clampIndex(index, children.length);
    return [...children.slice(0, at), node, ...children.slice(at)];
  });
}

/** Remove the node and its subtree. */
export function removeNode(nodes: readonly PlanNode[], id: string): PlanNode[] {
  const { parent } = mustLocate(nodes, id);
  return withChildren(nodes, parent?.id ?? null, (children) => children.filter((c) => c.id !== id));
}

/**
 * Move the node (with its subtree, ids unchanged) to child number `index` of `newParentId`.
 * `index` is the node's position among the new parent's children *after* the move (as drag-and-drop
 * lists report it), so `children[index]` is the moved node; out of range appends.
 * The node keeps its kind when allowed under the new parent; otherwise it follows kindUnder.
 * Moving a node into itself or its own subtree throws 'invalid-move'.
 */
export function moveNode(nodes: readonly PlanNode[], id: string, newParentId: string | null, index: number): PlanNode[] {
  const loc = mustLocate(nodes, id);
  let newParent: PlanNode | null = null;
  if (newParentId !== null) {
    if (newParentId === id || findNode(loc.node.children, newParentId)) {
      throw new AppError('invalid-move', '不能把节点移到它自己或它的下级中', { id, newParentId });
    }
    newParent = findNode(nodes, newParentId);
    if (!newParent) throw new AppError('not-found', `找不到节点 ${newParentId}`, { id: newParentId });
  }
  const oldParentId = loc.parent?.id ?? null;
  const siblings = newParent ? newParent.children : nodes;
  const parentKind = newParent?.kind ?? null;
  const kind = isAllowed(parentKind, loc.node.kind) ? loc.node.kind : kindUnder(parentKind, loc.node, siblings);
  const moved = rekind(loc.node, kind);
  const without = withChildren(nodes, oldParentId, (children) => children.filter((c) => c.id !== id));
  return withChildren(without, newParentId, (children) => {
    const i = clampIndex(index, children.length);
    return [...children.slice(0, i), moved, ...children.slice(i)];
  });
}

/** The node becomes the last child of its previous sibling. Throws 'invalid-move' for a first child. */
export function indent(nodes: readonly PlanNode[], id: string): PlanNode[] {
  const loc = mustLocate(nodes, id);
  if (loc.index === 0) throw new AppError('invalid-move', '第一个节点不能降级(没有前一个同级节点)', { id });
  const siblings = loc.parent ? loc.parent.children : nodes;
  const target = siblings[loc.index - 1];
  const moved = rekind(loc.node, kindUnder(target.kind, loc.node, target.children));
  const without = withChildren(nodes, loc.parent?.id ?? null, (children) => children.filter((c) => c.id !== id));
  return withChildren(without, target.id, (children) => [...children, moved]);
}

/** The node becomes the next sibling of its parent. Throws 'invalid-move' at the top level. */
export function outdent(nodes: readonly PlanNode[], id: string): PlanNode[] {
  const loc = mustLocate(nodes, id);
  if (!loc.parent) throw new AppError('invalid-move', '顶层节点不能升级', { id });
  const parentLoc = mustLocate(nodes, loc.parent.id);
  const grand = parentLoc.parent;
  const grandSiblings = grand ? grand.children : nodes;
  const moved = rekind(loc.node, kindUnder(grand?.kind ?? null, loc.node, grandSiblings));
  const without = withChildren(nodes, loc.parent.id, (children) => children.filter((c) => c.id !== id));
  return withChildren(without, grand?.id ?? null, (children) => {
    const i = children.findIndex((c) => c.id === loc.parent!.id);
    return [...children.slice(0, i + 1), moved, ...children.slice(i + 1)];
  });
}

export type NodePatch = Partial<Omit<PlanNode, 'id' | 'children'>>;

/**
 * Shallow-merge `patch` into the node. `id` and `children` cannot be patched (use the structural
 * operations). A patched `kind` also fits the descendants (kinds not allowed under it follow kindUnder).
 *
 * `origin` says who made the change, and decides the 未复核 (`unreviewed`) flag — the one rule for the editor and
 * the core (see EditOrigin). A patch may also set `unreviewed` itself.
 */
export function updateNode(nodes: readonly PlanNode[], id: string, patch: NodePatch, origin: EditOrigin = 'mechanical'): PlanNode[] {
  const { parent } = mustLocate(nodes, id);
  const { id: _id, children: _children, ...rest } = patch as NodePatch & { id?: unknown; children?: unknown };
  return withChildren(nodes, parent?.id ?? null, (children) =>
    children.map((c) => {
      if (c.id !== id) return c;
      let next: PlanNode = { ...c, ...rest };
      if (origin === 'content' && !('unreviewed' in rest) && changesContent(c, next)) next = withoutUnreviewed(next);
      return rest.kind && rest.kind !== c.kind ? fitChildren(next) : next;
    }),
  );
}

// --- 未复核 (unreviewed) ------------------------------------------------------------------------

/**
 * Who changed a node, for the 未复核 flag a template copy carries:
 *   - 'content': the planner's own edit of what the node says — heading, body, lead/partner departments,
 *     indicators, milestones, themes (typing, or accepting a reviewer's suggestion). It clears the flag: the
 *     planner has looked at the node.
 *   - 'mechanical': everything the program does for the planner — lint quick fixes and fix-all (half-width
 *     punctuation, number format), renumbering (the written number, 用推导编号), kind changes, moves. It never
 *     clears the flag: the node says the same as the template did.
 * Marking a node reviewed explicitly (markReviewed, markAllReviewed) is the other way to clear it.
 */
export type EditOrigin = 'content' | 'mechanical';

/** The fields whose change by the planner counts as reviewing the node. */
export const CONTENT_FIELDS = ['heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes'] as const;

function changesContent(before: PlanNode, after: PlanNode): boolean {
  return CONTENT_FIELDS.some((f) => before[f] !== after[f] && JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** The node without the `unreviewed` key (absent, not false: absent ≠ false in the exchange format). */
export function withoutUnreviewed(n: PlanNode): PlanNode {
  if (!('unreviewed' in n)) return n;
  const { unreviewed: _u, ...rest } = n;
  return rest as PlanNode;
}

/** Mark the node (with `deep`, its whole subtree) as reviewed without changing its content. */
export function markReviewed(nodes: readonly PlanNode[], id: string, deep = false): PlanNode[] {
  const { parent } = mustLocate(nodes, id);
  const clear = (n: PlanNode): PlanNode => {
    const m = withoutUnreviewed(n);
    if (!deep) return m;
    const children = n.children.map(clear);
    return children.every((c, i) => c === n.children[i]) ? m : { ...m, children };
  };
  return withChildren(nodes, parent?.id ?? null, (children) => children.map((c) => (c.id === id ? clear(c) : c)));
}

/** Mark every node as reviewed (untouched subtrees are shared; the input itself when nothing was unreviewed). */
export function markAllReviewed(nodes: readonly PlanNode[]): PlanNode[] {
  const rec = (list: readonly PlanNode[]): readonly PlanNode[] => {
    let changed = false;
    const out = list.map((n) => {
      const children = rec(n.children) as PlanNode[];
      const m = withoutUnreviewed(n);
      if (m === n && children === n.children) return n;
      changed = true;
      return { ...m, children };
    });
    return changed ? out : list;
  };
  return rec(nodes) as PlanNode[];
}

/** How many nodes are still 未复核 (for the export dialog and 提交审阅). */
export function countUnreviewed(nodes: readonly PlanNode[]): number {
  let c = 0;
  const rec = (list: readonly PlanNode[]) => { for (const n of list) { if (n.unreviewed) c++; rec(n.children); } };
  rec(nodes);
  return c;
}

function freshId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Fallback for old runtimes without randomUUID (not expected in Node 20 or current browsers).
  return 'n-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
}

/** A new empty node of `kind` with a fresh unique id; `overrides` may set any field but the id. */
export function newNode(kind: NodeKind, overrides: Partial<Omit<PlanNode, 'id' | 'kind'>> = {}): PlanNode {
  const { id: _id, kind: _kind, ...rest } = overrides as Partial<PlanNode>;
  return { ...emptyNode(freshId(), kind), ...rest };
}

/** A fresh id (exported for template copying and tests). */
export const newId = freshId;
