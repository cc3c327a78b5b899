/**
 * Every change the planner makes to the plan: fields of a node or of the metadata, 复核 confirmations, and the
 * structure (add, remove, indent, outdent, move, change kind). Each is one command of the undo stack; a refused
 * structural change leaves the plan as it was and says why in `lastError`.
 */
import { ref } from 'vue';
import type { NodeKind, PlanMeta, PlanNode } from '../../../../shared/model/plan';
import { sameValue } from '../../../../shared/model/same-value';
import { ALLOWED, indent as treeIndent, insertNode, kindForNewChild, markAllReviewed, markReviewed, moveNode, newNode, outdent as treeOutdent, removeNode, updateNode as treeUpdateNode, type EditOrigin } from '../../../../shared/tree';
import type { EditorDocument } from './document';
import type { OutlineView } from './outlineView';
import { errMessage, type NodeEditable } from './types';
import type { UndoStack } from './undoStack';

export function useEdits(doc: EditorDocument, view: OutlineView, history: UndoStack) {
  const { meta, nodes, info } = doc;
  const { selectedId, selected, collapsed, toggleCollapse, isDescendant } = view;
  const { commit, readOnly } = history;

  const lastError = ref<string | null>(null);

  /**
   * Change fields of a node. `origin` (shared/tree.ts EditOrigin, default 'content': the planner typed it) decides
   * the 未复核 flag: a content edit clears it, a mechanical one (renumbering, fixes) keeps it.
   * `key` makes consecutive edits of the same field one undo step (default: per node and field).
   * A patch that changes nothing (a field's change event with the value it shows, e.g. after an undo put another
   * node's value in it) is no command: no undo step, the redo list kept.
   */
  function updateNode(id: string, patch: NodeEditable, opts: { key?: string | null; label?: string; origin?: EditOrigin } = {}) {
    const cur = info.value.get(id)?.node;
    if (!cur) return;
    const fields = Object.keys(patch);
    if (fields.every((f) => sameValue(cur[f as keyof PlanNode], patch[f as keyof NodeEditable]))) return;
    const key = opts.key !== undefined ? opts.key : `node:${id}:${fields.join(',')}`;
    const next = treeUpdateNode(nodes.value, id, patch, opts.origin ?? 'content');
    commit(opts.label ?? 'edit', { meta: meta.value!, nodes: next }, { key });
  }

  function updateMeta(patch: Partial<PlanMeta>, opts: { key?: string | null } = {}) {
    if (!meta.value) return;
    const cur = meta.value;
    if (Object.keys(patch).every((f) => sameValue(cur[f as keyof PlanMeta], patch[f as keyof PlanMeta]))) return;
    const key = opts.key !== undefined ? opts.key : `meta:${Object.keys(patch).join(',')}`;
    commit('meta', { meta: { ...meta.value, ...patch }, nodes: nodes.value }, { key });
  }

  /** Mark a node (and with `deep`, its whole subtree) as reviewed without changing its content. */
  function confirmReviewed(id: string, deep = false) {
    if (!info.value.has(id)) return;
    commit('confirm', { meta: meta.value!, nodes: markReviewed(nodes.value, id, deep) });
  }

  /** Confirm every unreviewed node of the plan. */
  function confirmAll() {
    commit('confirm-all', { meta: meta.value!, nodes: markAllReviewed(nodes.value) });
  }

  function tryTree(label: string, fn: () => PlanNode[], select?: string | null): boolean {
    if (readOnly.value) { lastError.value = 'read-only'; return false; }
    let next: PlanNode[];
    try {
      next = fn();
    } catch (e) {
      lastError.value = errMessage(e);
      return false;
    }
    commit(label, { meta: meta.value!, nodes: next }, select === undefined ? {} : { select });
    return true;
  }

  /** Add a node after the selected one (same parent, same kind); at the end of the top level if none. */
  function addSibling(kind?: NodeKind): string | null {
    const sel = selectedId.value ? info.value.get(selectedId.value) : null;
    if (!sel) {
      const n = newNode(kind ?? 'part');
      return tryTree('add', () => insertNode(nodes.value, null, nodes.value.length, n), n.id) ? n.id : null;
    }
    const parent = sel.parentId ? info.value.get(sel.parentId)!.node : null;
    const k = kind && ALLOWED[parent?.kind ?? 'root'].includes(kind) ? kind : sel.node.kind;
    const n = newNode(k);
    return tryTree('add', () => insertNode(nodes.value, sel.parentId, sel.index + 1, n), n.id) ? n.id : null;
  }

  /** Add a node as the last child of the selected one (or of `parentId`). */
  function addChild(kind?: NodeKind, parentId: string | null = selectedId.value): string | null {
    const parent = parentId ? info.value.get(parentId)?.node ?? null : null;
    const k = kind && ALLOWED[parent?.kind ?? 'root'].includes(kind) ? kind : kindForNewChild(parent);
    const n = newNode(k);
    if (parentId && collapsed.value.has(parentId)) toggleCollapse(parentId, false);
    return tryTree('add', () => insertNode(nodes.value, parentId, Number.POSITIVE_INFINITY, n), n.id) ? n.id : null;
  }

  /** Add a task (under the selected action/section/part, or after the selected task, or under an item's task). */
  function addTask(): string | null {
    const sel = selected.value;
    if (!sel) return null;
    if (sel.kind === 'task') return addSibling('task');
    if (sel.kind === 'action' || sel.kind === 'section' || sel.kind === 'part') return addChild('task');
    // item or 专栏: go up to its task (or to the box, when the box stands where a task may), add after it
    const after = (id: string) => {
      const x = info.value.get(id)!;
      if (x.node.kind === 'task') return true;
      const parentKind = x.parentId ? info.value.get(x.parentId)!.node.kind : 'root';
      return x.node.kind === 'box' && ALLOWED[parentKind].includes('task');
    };
    let p: string | null = sel.id;
    while (p && !after(p)) p = info.value.get(p)!.parentId;
    if (!p) return null;
    const t = info.value.get(p)!;
    const n = newNode('task');
    return tryTree('add', () => insertNode(nodes.value, t.parentId, t.index + 1, n), n.id) ? n.id : null;
  }

  /**
   * Add a 专栏 (box): as the last child of the selected part, section, action or task; else after the selected
   * node, or after the nearest ancestor of it, where a box may stand (after the box that holds a selected project);
   * at the end of the top level when nothing is selected.
   */
  function addBox(): string | null {
    const n = newNode('box');
    const sel = selectedId.value ? info.value.get(selectedId.value) : null;
    if (!sel) return tryTree('add', () => insertNode(nodes.value, null, nodes.value.length, n), n.id) ? n.id : null;
    if (ALLOWED[sel.node.kind].includes('box')) return addChild('box', sel.node.id);
    let cur = sel;
    for (;;) {
      const parentKind = cur.parentId ? info.value.get(cur.parentId)!.node.kind : 'root';
      if (ALLOWED[parentKind].includes('box')) break;
      if (!cur.parentId) return null;
      cur = info.value.get(cur.parentId)!;
    }
    const at = cur;
    return tryTree('add', () => insertNode(nodes.value, at.parentId, at.index + 1, n), n.id) ? n.id : null;
  }

  /** The kinds the node may take where it stands (its parent's allowed kinds, and its own). */
  function kindsFor(id: string): NodeKind[] {
    const i = info.value.get(id);
    if (!i) return [];
    const parentKind = i.parentId ? info.value.get(i.parentId)!.node.kind : 'root';
    const allowed = [...ALLOWED[parentKind]];
    return allowed.includes(i.node.kind) ? allowed : [i.node.kind, ...allowed];
  }

  /** Change a node's kind (one undo step); its children follow (shared/tree.ts). Refused where the kind is not allowed. */
  function setKind(id: string, kind: NodeKind): boolean {
    const i = info.value.get(id);
    if (!i || i.node.kind === kind) return false;
    if (!kindsFor(id).includes(kind)) { lastError.value = 'invalid-kind'; return false; }
    return tryTree('kind', () => treeUpdateNode(nodes.value, id, { kind }), id);
  }

  function remove(id: string | null = selectedId.value): boolean {
    const i = id ? info.value.get(id) : null;
    if (!i || !id) return false;
    const siblings = i.parentId ? info.value.get(i.parentId)!.node.children : nodes.value;
    const nextSel = siblings[i.index + 1]?.id ?? siblings[i.index - 1]?.id ?? i.parentId;
    return tryTree('remove', () => removeNode(nodes.value, id), nextSel ?? null);
  }

  function indent(id: string | null = selectedId.value): boolean {
    if (!id) return false;
    const i = info.value.get(id);
    if (!i) return false;
    if (i.index === 0) { lastError.value = 'first-child'; return false; }
    const prev = (i.parentId ? info.value.get(i.parentId)!.node.children : nodes.value)[i.index - 1];
    if (collapsed.value.has(prev.id)) toggleCollapse(prev.id, false);
    return tryTree('indent', () => treeIndent(nodes.value, id), id);
  }

  function outdent(id: string | null = selectedId.value): boolean {
    if (!id) return false;
    const i = info.value.get(id);
    if (!i) return false;
    if (!i.parentId) { lastError.value = 'top-level'; return false; }
    return tryTree('outdent', () => treeOutdent(nodes.value, id), id);
  }

  /**
   * Move a node to child number `index` (counted after the move) of `parentId`.
   */
  function move(id: string, parentId: string | null, index: number): boolean {
    if (parentId && collapsed.value.has(parentId)) toggleCollapse(parentId, false);
    return tryTree('move', () => moveNode(nodes.value, id, parentId, index), id);
  }

  /** Drag and drop: put `id` before / after / into `targetId`. */
  function dropOn(id: string, targetId: string, where: 'before' | 'after' | 'into'): boolean {
    if (id === targetId) return false;
    if (isDescendant(targetId, id)) return false;
    const t = info.value.get(targetId);
    const s = info.value.get(id);
    if (!t || !s) return false;
    if (where === 'into') return move(id, targetId, t.node.children.length - (s.parentId === targetId ? 1 : 0));
    let index = t.index + (where === 'after' ? 1 : 0);
    if (s.parentId === t.parentId && s.index < t.index) index -= 1;
    if (s.parentId === t.parentId && index === s.index) return false;
    return move(id, t.parentId, index);
  }

  /** Move among siblings (Alt+↑ / Alt+↓). */
  function moveBy(delta: -1 | 1, id: string | null = selectedId.value): boolean {
    if (!id) return false;
    const i = info.value.get(id);
    if (!i) return false;
    const count = i.parentId ? info.value.get(i.parentId)!.node.children.length : nodes.value.length;
    const j = i.index + delta;
    if (j < 0 || j >= count) return false;
    return move(id, i.parentId, j);
  }

  return {
    lastError, updateNode, updateMeta, confirmReviewed, confirmAll, addSibling, addChild, addTask, addBox, kindsFor, setKind,
    remove, indent, outdent, move, dropOn, moveBy,
  };
}
