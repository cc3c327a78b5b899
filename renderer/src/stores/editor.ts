/**
 * The structured editor's state: the plan being edited, the selection, undo/redo, autosave and lint.
 *
 * A thin Pinia store over composables in ./editor/, each one concern:
 *   document.ts     the plan (meta, nodes, revision) and what is derived from it (numbers, node info, departments)
 *   outlineView.ts  selection, collapsed subtrees, visible rows, focus requests
 *   undoStack.ts    commands as before/after snapshots, coalesced typing, review mode's read-only
 *   edits.ts        node and metadata edits, structural changes (each one undoable command)
 *   lint.ts         debounced lint, findings per node, quick fixes
 *   autosave.ts     debounced plan.save with the base revision, conflicts, retries, flush / saveBeacon
 *   loading.ts      load, reload, unload
 *   merge.ts        after a save conflict: the three-way merge with the stored plan, picks, saving the result
 *   localCopy.ts    the plan kept in localStorage while the library cannot be reached, offered when opened again
 * Components and tests use only `useEditorStore()`; its members are listed below.
 */
import { defineStore } from 'pinia';
import { computed, watch } from 'vue';
import { findNode, kindForNewChild, locate } from '../../../shared/tree';
import type { PlanRights, PlanSharing } from '../../../shared/api/contract';
import { useAutosave } from './editor/autosave';
import { useDocument } from './editor/document';
import { useEdits } from './editor/edits';
import { useLint } from './editor/lint';
import { useLoading } from './editor/loading';
import { useLocalCopyOffer } from './editor/localCopy';
import { useMerge } from './editor/merge';
import { useOutlineView } from './editor/outlineView';
import { useUndoStack } from './editor/undoStack';

export { COALESCE_MS, LINT_DEBOUNCE_MS, RETRY_MS, SAVE_DEBOUNCE_MS, SAVE_SLOW_MS } from './editor/types';
export type { Command, FocusRequest, NodeEditable, NodeInfo, OutlineRow, SaveState, Snapshot } from './editor/types';

/** The kind a new child of `parent` (null = top level) should get (shared/tree.ts kindForNewChild). */
export const childKindFor = kindForNewChild;

export const useEditorStore = defineStore('editor', () => {
  const doc = useDocument();
  const view = useOutlineView(doc);
  const autosave = useAutosave(doc);
  // every command, undo and redo: save later, lint sooner (lint is created below; this runs only on a change)
  const history = useUndoStack(doc, view, () => {
    autosave.markChanged();
    lint.scheduleLint();
  });
  const lint = useLint(doc, history);
  const edits = useEdits(doc, view, history);
  const merge = useMerge(doc, autosave, history);
  const localCopy = useLocalCopyOffer(doc, history, autosave.restoreOn);
  // a conflict with the app's own change (a suggestion accepted here while the planner typed): merge it by itself
  // (synchronously flagged, so the views never show a conflict the merge is about to settle)
  watch(() => autosave.saveState.value === 'conflict' && autosave.conflictOwn.value, (own) => { if (own) void merge.auto(); }, { flush: 'sync' });

  /** Forget everything of the previous plan but the plan itself (load and unload replace that). */
  function reset() {
    merge.reset();
    localCopy.reset();
    autosave.reset();
    lint.reset();
    history.reset();
    view.reset();
    doc.resetDerived();
  }
  const { load, reload, unload } = useLoading(doc, view, { reset, lintNow: lint.lintNow, loaded: localCopy.check });

  const { planId, revision, meta, nodes, loading, loadError, loadErrorCode, loadErrorDetails, loaded, departments, allDepartments, currentDoc, nodeCount } = doc;
  /** What this account may do with the plan (the office server's answer with plan.get; null elsewhere: everything). */
  const rights = computed(() => doc.base.value?.may ?? null);
  /** Its owner and shares for this account (the office server's answer with plan.get; null elsewhere). */
  const sharing = computed(() => doc.base.value?.sharing ?? null);
  /** The server's answer about this plan's rights changed (its shares did): the text, revision and edits stay. */
  function setRights(id: string, may: PlanRights | undefined, share: PlanSharing | undefined) {
    const b = doc.base.value;
    if (!b || doc.planId.value !== id) return;
    doc.base.value = { ...b, may, sharing: share };
  }
  const { numbers, info, unreviewedCount } = doc;
  const { selectedId, selected, panel, focusRequest, collapsed, rows, select, selectRelative, showMeta, requestFocus } = view;
  const { toggleCollapse, collapseAll, expandAll, expandTo, isDescendant } = view;
  const { readOnly, undoStack, redoStack, canUndo, canRedo, undo, redo, sealGroup, _setClock } = history;
  /** Changes when the undo history starts afresh (a load, the merge with the app's own change): the body editor's own undo follows. */
  const historyEpoch = history.epoch;
  const { updateNode, updateMeta, confirmReviewed, confirmAll, addSibling, addChild, addTask, addBox, kindsFor, setKind } = edits;
  const { remove, indent, outdent, move, dropOn, moveBy, lastError } = edits;
  const { findings, listFindings, findingsByNode, lintNow, applyFix, applyAllFixes, dismissFinding, reviewGaps } = lint;
  const { saveState, saveError, lastSavedAt, conflictRevision, conflictBy, conflictOwn, noteOwnChange, hasUnsaved, saveBeacon, flush, offline, keptLocal, saveRefused } = autosave;
  const saveSlow = autosave.slow;
  const { offered: localCopyOffered, restoring: localCopyRestoring, restore: restoreLocalCopy, discard: discardLocalCopy } = localCopy;
  const { session: mergeSession, picks: mergePicks, open: mergeOpen, busy: mergeBusy, error: mergeError, merging: autoMerging, unpicked: mergeUnpicked } = merge;
  const { start: startMerge, pick: pickMerge, pickAll: pickAllMerge, apply: applyMerge, hide: hideMerge } = merge;

  return {
    // document
    planId, revision, meta, nodes, loading, loadError, loadErrorCode, loadErrorDetails, loaded, departments, allDepartments, currentDoc, nodeCount, rights, sharing, setRights,
    // derived
    numbers, info, rows, unreviewedCount,
    // selection
    selectedId, selected, panel, focusRequest, collapsed, select, selectRelative, showMeta, requestFocus,
    toggleCollapse, collapseAll, expandAll, expandTo, isDescendant,
    // undo
    readOnly, undoStack, redoStack, canUndo, canRedo, undo, redo, sealGroup, historyEpoch,
    // edits
    updateNode, updateMeta, confirmReviewed, confirmAll, addSibling, addChild, addTask, addBox, kindsFor, setKind, remove, indent, outdent, move,
    dropOn, moveBy, lastError,
    // lint
    findings, listFindings, findingsByNode, lintNow, applyFix, applyAllFixes, dismissFinding, reviewGaps,
    // save
    saveState, saveError, lastSavedAt, conflictRevision, conflictBy, conflictOwn, noteOwnChange, hasUnsaved, saveBeacon, flush, reload,
    // the local copy kept while the library was unreachable
    offline, saveSlow, keptLocal, saveRefused, localCopyOffered, localCopyRestoring, restoreLocalCopy, discardLocalCopy,
    // merge after a conflict
    mergeSession, mergePicks, mergeOpen, mergeBusy, mergeError, mergeUnpicked, startMerge, autoMerging, pickMerge, pickAllMerge, applyMerge, hideMerge,
    // lifecycle
    load, unload, findNode: (id: string) => findNode(nodes.value, id), locate: (id: string) => locate(nodes.value, id),
    /** For tests: replace the clock used for coalescing. */
    _setClock,
  };
});
