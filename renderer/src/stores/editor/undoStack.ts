/**
 * Undo / redo. Plan trees are immutable (shared/tree.ts copies only the path to a change), so an undo step is
 * simply the pair of snapshots (meta, nodes) before and after the command — cheap, and exact for structure and
 * text alike. Typing in the same field within COALESCE_MS of the previous keystroke extends the last step
 * instead of adding one. Review mode (`readOnly`) refuses every command, undo and redo.
 */
import { computed, ref, shallowRef, triggerRef } from 'vue';
import type { EditorDocument } from './document';
import type { OutlineView } from './outlineView';
import { COALESCE_MS, type Command, type Snapshot } from './types';

export type UndoStack = ReturnType<typeof useUndoStack>;

/** `changed` runs after every command, undo and redo (autosave and lint follow the plan). */
export function useUndoStack(doc: EditorDocument, view: OutlineView, changed: () => void) {
  const { meta, nodes, loaded, info } = doc;
  const { selectedId, expandTo } = view;
  const undoStack = shallowRef<Command[]>([]);
  const redoStack = shallowRef<Command[]>([]);
  /** The key and time of the last coalescable edit; null after anything else. */
  let openGroup: { key: string; at: number } | null = null;
  /** Time source (tests may replace it). */
  let now = () => Date.now();

  /**
   * Counts the times the history started afresh (another plan or a reload: reset; the merge with the app's own
   * change: rebase). The body editor (MonacoBody historyKey) then drops its own undo too, so that neither undo
   * reaches back across it.
   */
  const epoch = ref(0);

  /** Review mode (审阅模式): the plan is read-only; every edit, undo and redo is refused. */
  const readOnly = ref(false);

  const canUndo = computed(() => !readOnly.value && undoStack.value.length > 0);
  const canRedo = computed(() => !readOnly.value && redoStack.value.length > 0);

  function snapshot(): Snapshot {
    return { meta: meta.value!, nodes: nodes.value };
  }

  function restore(s: Snapshot) {
    meta.value = s.meta;
    nodes.value = s.nodes;
  }

  /** Apply a change as one command (or extend the last one when `key` matches within COALESCE_MS). */
  function commit(label: string, next: Snapshot, opts: { key?: string | null; select?: string | null } = {}) {
    if (!loaded.value || readOnly.value) return;
    const before = snapshot();
    if (next.meta === before.meta && next.nodes === before.nodes) return;
    const key = opts.key ?? null;
    const t = now();
    const selAfter = opts.select !== undefined ? opts.select : selectedId.value;
    const top = undoStack.value[undoStack.value.length - 1];
    if (key && top && openGroup && openGroup.key === key && top.key === key && t - openGroup.at <= COALESCE_MS) {
      top.after = next;
      top.selAfter = selAfter;
      openGroup.at = t;
    } else {
      undoStack.value.push({ label, before, after: next, selBefore: selectedId.value, selAfter, key });
      if (undoStack.value.length > 500) undoStack.value.shift();
      openGroup = key ? { key, at: t } : null;
    }
    triggerRef(undoStack);
    if (redoStack.value.length) redoStack.value = [];
    restore(next);
    if (opts.select !== undefined) {
      selectedId.value = opts.select;
      if (opts.select) expandTo(opts.select);
    }
    changed();
  }

  /**
   * A change that is not the planner's to take back — the merge with the app's own change (a suggestion accepted here
   * while the planner typed, ./merge.ts): the plan becomes `next` and the history starts afresh, as after the reload
   * that follows an accept without typing. An undo across it would drop the accepted text from the plan while the
   * review record keeps it accepted. Also in review mode (it is no edit).
   */
  function rebase(next: Snapshot) {
    if (!loaded.value) return;
    undoStack.value = [];
    redoStack.value = [];
    openGroup = null;
    epoch.value++;
    const before = snapshot();
    if (next.meta === before.meta && next.nodes === before.nodes) return;
    restore(next);
    changed();
  }

  /** End the current typing group: the next keystroke starts a new undo step. */
  function sealGroup() {
    openGroup = null;
  }

  function undo(): boolean {
    if (readOnly.value) return false;
    const cmd = undoStack.value.pop();
    if (!cmd) return false;
    triggerRef(undoStack);
    redoStack.value = [...redoStack.value, cmd];
    openGroup = null;
    restore(cmd.before);
    reselect(cmd.selBefore);
    changed();
    return true;
  }

  function redo(): boolean {
    if (readOnly.value) return false;
    const cmd = redoStack.value.pop();
    if (!cmd) return false;
    triggerRef(redoStack);
    undoStack.value = [...undoStack.value, cmd];
    openGroup = null;
    restore(cmd.after);
    reselect(cmd.selAfter);
    changed();
    return true;
  }

  function reselect(id: string | null) {
    if (id && info.value.has(id)) {
      selectedId.value = id;
      expandTo(id);
    } else if (selectedId.value && !info.value.has(selectedId.value)) {
      selectedId.value = id;
    }
  }

  /** Another plan: no history. */
  function reset() {
    undoStack.value = [];
    redoStack.value = [];
    openGroup = null;
    epoch.value++;
  }

  /** For tests: replace the clock used for coalescing. */
  function _setClock(fn: () => number) {
    now = fn;
  }

  return { readOnly, undoStack, redoStack, canUndo, canRedo, epoch, commit, rebase, undo, redo, sealGroup, reset, _setClock };
}
