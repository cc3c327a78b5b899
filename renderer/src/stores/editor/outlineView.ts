/**
 * The outline as the planner sees it: the selected node, which panel the centre shows, collapsed subtrees,
 * the visible rows, focus requests. Nothing here changes the plan.
 */
import { computed, ref, shallowRef } from 'vue';
import type { PlanNode } from '../../../../shared/model/plan';
import type { EditorDocument } from './document';
import type { FocusRequest, OutlineRow } from './types';

export type OutlineView = ReturnType<typeof useOutlineView>;

/**
 * The focus requests a node panel has carried out. Kept here, not in the panel: the panel is mounted again when the plan
 * is loaded again, and a new panel must not carry out the last request once more (walk 12: after 提交审阅 the focus
 * jumped from the toolbar to the heading the plan's opening had asked for).
 */
export const handledFocusRequests = new WeakSet<FocusRequest>();

export function useOutlineView(doc: EditorDocument) {
  const { info, numbers, nodes } = doc;
  const selectedId = ref<string | null>(null);
  /** What the centre panel shows. */
  const panel = ref<'node' | 'meta'>('node');
  const focusRequest = shallowRef<FocusRequest | null>(null);
  let focusSeq = 0;
  const collapsed = shallowRef(new Set<string>());

  const selected = computed(() => (selectedId.value ? info.value.get(selectedId.value)?.node ?? null : null));

  const rows = computed<OutlineRow[]>(() => {
    const out: OutlineRow[] = [];
    const nums = numbers.value;
    const coll = collapsed.value;
    const rec = (list: PlanNode[], parentId: string | null, depth: number) => {
      for (const node of list) {
        const hasChildren = node.children.length > 0;
        const expanded = hasChildren && !coll.has(node.id);
        out.push({ node, depth, number: nums.get(node.id) ?? node.number, parentId, hasChildren, expanded });
        if (expanded) rec(node.children, node.id, depth + 1);
      }
    };
    rec(nodes.value, null, 0);
    return out;
  });

  function select(id: string | null, opts: { reveal?: boolean } = {}) {
    if (id !== null && !info.value.has(id)) return;
    selectedId.value = id;
    if (id !== null) panel.value = 'node';
    if (id !== null && opts.reveal !== false) expandTo(id);
  }

  function showMeta(field?: string) {
    panel.value = 'meta';
    if (field) requestFocus(null, field);
  }

  function requestFocus(nodeId: string | null, field: string, range?: { start: number; end: number }) {
    focusRequest.value = { nodeId, field, range, seq: ++focusSeq };
  }

  /** Expand every ancestor of the node so its row is visible. */
  function expandTo(id: string) {
    let p = info.value.get(id)?.parentId ?? null;
    let changed = false;
    const next = new Set(collapsed.value);
    while (p) {
      if (next.delete(p)) changed = true;
      p = info.value.get(p)?.parentId ?? null;
    }
    if (changed) collapsed.value = next;
  }

  function toggleCollapse(id: string, value?: boolean) {
    const next = new Set(collapsed.value);
    const shouldCollapse = value ?? !next.has(id);
    if (shouldCollapse) next.add(id); else next.delete(id);
    collapsed.value = next;
    // the selection must stay visible
    if (shouldCollapse && selectedId.value && selectedId.value !== id && isDescendant(selectedId.value, id)) selectedId.value = id;
  }

  function collapseAll(depth = 0) {
    const next = new Set<string>();
    for (const [id, i] of info.value) if (i.node.children.length && i.depth >= depth) next.add(id);
    collapsed.value = next;
    if (selectedId.value) {
      // select the visible ancestor
      let cur: string | null = selectedId.value;
      const chain: string[] = [];
      while (cur) { chain.unshift(cur); cur = info.value.get(cur)?.parentId ?? null; }
      const visible = chain.find((c) => next.has(c)) ?? selectedId.value;
      selectedId.value = visible;
    }
  }

  function expandAll() {
    collapsed.value = new Set();
  }

  function isDescendant(id: string, ancestor: string): boolean {
    let p = info.value.get(id)?.parentId ?? null;
    while (p) {
      if (p === ancestor) return true;
      p = info.value.get(p)?.parentId ?? null;
    }
    return false;
  }

  /** Move the selection by `delta` visible rows. */
  function selectRelative(delta: number) {
    const list = rows.value;
    if (!list.length) return;
    const i = selectedId.value ? list.findIndex((r) => r.node.id === selectedId.value) : -1;
    const j = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + delta));
    select(list[j].node.id);
  }

  /** Another plan: everything expanded, nothing selected, the node panel. */
  function reset() {
    collapsed.value = new Set();
    selectedId.value = null;
    panel.value = 'node';
  }

  return {
    selectedId, selected, panel, focusRequest, collapsed, rows, select, selectRelative, showMeta, requestFocus,
    toggleCollapse, collapseAll, expandAll, expandTo, isDescendant, reset,
  };
}
