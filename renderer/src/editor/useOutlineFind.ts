/**
 * The outline's find box (Ctrl+F): the nodes whose heading or body contains the text, stepping through them
 * (Enter / Shift+Enter / F3), and with the filter on, the rows shown are the matches and their ancestors.
 */
import { computed, nextTick, ref, watch } from 'vue';
import type { PlanNode } from '../../../shared/model/plan';
import type { OutlineRow, useEditorStore } from '../stores/editor';

/** `focusTree` gives the focus back to the tree when the box closes. */
export function useOutlineFind(store: ReturnType<typeof useEditorStore>, focusTree: () => void) {
  const findOpen = ref(false);
  const findText = ref('');
  const findFilter = ref(false);
  const findIndex = ref(0);
  const findInput = ref<HTMLInputElement>();

  const matches = computed<string[]>(() => {
    const q = findText.value.trim().toLowerCase();
    if (!q) return [];
    const out: string[] = [];
    for (const [id, i] of store.info) {
      if (i.node.heading.toLowerCase().includes(q) || i.node.body.toLowerCase().includes(q)) out.push(id);
    }
    return out;
  });
  const matchSet = computed(() => new Set(matches.value));

  watch(findText, () => {
    findIndex.value = 0;
    if (matches.value.length) goToMatch(0);
  });

  function openFind() {
    findOpen.value = true;
    void nextTick(() => { findInput.value?.focus(); findInput.value?.select(); });
  }
  function closeFind() {
    findOpen.value = false;
    findFilter.value = false;
    findText.value = '';
    focusTree();
  }
  function goToMatch(i: number) {
    const n = matches.value.length;
    if (!n) return;
    findIndex.value = ((i % n) + n) % n;
    store.select(matches.value[findIndex.value]);
  }
  function onFindKey(e: KeyboardEvent) {
    if (e.key === 'Enter') { e.preventDefault(); goToMatch(findIndex.value + (e.shiftKey ? -1 : 1)); }
    else if (e.key === 'Escape') { e.preventDefault(); closeFind(); }
    else if (e.key === 'F3') { e.preventDefault(); goToMatch(findIndex.value + (e.shiftKey ? -1 : 1)); }
  }

  /** With the filter on: the matching nodes and their ancestors, whatever is collapsed. */
  const filteredRows = computed<OutlineRow[]>(() => {
    const hits = matchSet.value;
    const keep = new Set<string>();
    for (const id of hits) {
      let cur: string | null = id;
      while (cur && !keep.has(cur)) { keep.add(cur); cur = store.info.get(cur)?.parentId ?? null; }
    }
    const out: OutlineRow[] = [];
    const rec = (list: PlanNode[], parentId: string | null, depth: number) => {
      for (const node of list) {
        if (!keep.has(node.id)) continue;
        out.push({ node, depth, number: store.numbers.get(node.id) ?? node.number, parentId, hasChildren: node.children.length > 0, expanded: true });
        rec(node.children, node.id, depth + 1);
      }
    };
    rec(store.nodes, null, 0);
    return out;
  });

  /** The rows the outline shows: the filtered ones while filtering, else the store's visible rows. */
  const displayRows = computed(() => (findOpen.value && findFilter.value && findText.value.trim() ? filteredRows.value : store.rows));

  return { findOpen, findText, findFilter, findIndex, findInput, matches, matchSet, displayRows, openFind, closeFind, goToMatch, onFindKey };
}
