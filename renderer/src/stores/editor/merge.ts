/**
 * After a save conflict: merge the plan here with the one someone else saved (shared/compare/merge.ts). `start`
 * reads the stored plan (plan.get) and compares three trees — base (the plan as this editor last loaded or saved
 * it: `saved`), mine (the plan now), theirs (stored) — node by node. Changes of one side merge by themselves; the
 * planner picks mine or theirs for each conflict; `apply` puts the merged plan in the editor as one undoable step
 * and saves it on the stored revision. A third writer in between makes that save a conflict again, and the merge
 * starts over from the newer plan — never a silent overwrite.
 *
 * When the newer revision is the app's own change (a suggestion accepted here while the planner typed: autosave
 * conflictOwn), `auto` merges without asking when no field of a node was changed on both sides; otherwise the session is kept
 * for the merge view and the banner says what happened. It is the app's own only while the library still holds that
 * revision: a colleague's save after the accept makes it an ordinary conflict (never merged silently). The accept's
 * answer may come after the typing's save already met its revision (the view open on an ordinary comparison): `auto`
 * then compares again, field by field, and merges by itself all the same. A merge with the app's own change is no
 * undo step: the undo history starts afresh after it, as after an accept without typing (an undo would take the
 * accepted text out of the plan while the suggestion stays accepted).
 *
 * In review mode (`readOnly`) the merge is refused like every edit (h-ui44): `apply` saves nothing and the planner's
 * version stays in the editor for later (the view says why and offers to leave review mode). Before, the merged plan's
 * commit was refused silently and the save that followed put the planner's own version over theirs. The plan that
 * entered review since this editor loaded it (the stored plan 审阅中, ours not: a colleague submitted it, a round
 * opened) puts the editor into review mode when the merge reads it, as opening a plan under review does.
 */
import { computed, ref, shallowRef } from 'vue';
import { useApi } from '../../api/client';
import { mergePlans, type MergeResult, type MergeSide } from '../../../../shared/compare/merge';
import type { useAutosave } from './autosave';
import type { EditorDocument } from './document';
import type { UndoStack } from './undoStack';
import { errMessage, type Snapshot } from './types';

export interface MergeSession {
  base: Snapshot;
  mine: Snapshot;
  theirs: Snapshot;
  /** The stored plan's revision (what the merged plan is saved on). */
  revision: number;
  /** Conflicts and automatic changes (without picks). */
  result: MergeResult;
}

export function useMerge(doc: EditorDocument, autosave: ReturnType<typeof useAutosave>, history: UndoStack) {
  const { planId, saved, meta, nodes } = doc;
  const { readOnly } = history;
  /** The stored revision whose entering review put the editor into review mode (once: the planner may leave it). */
  let reviewFrom: number | null = null;
  const session = shallowRef<MergeSession | null>(null);
  const picks = ref<Record<string, MergeSide>>({});
  /** The merge view is shown (Esc hides it; the conflict stays until merged or reloaded). */
  const open = ref(false);
  const busy = ref(false);
  const error = ref<string | null>(null);
  /** `auto` is reading and merging the app's own change (the banner waits for its outcome). */
  const merging = ref(false);

  const unpicked = computed(() => session.value?.result.conflicts.filter((c) => !picks.value[c.id]).length ?? 0);

  /** With the app's own change, a node the two changed in different fields merges field by field (shared/compare/merge.ts). */
  const byField = () => ({ byField: autosave.conflictOwn.value });

  let starting: Promise<boolean> | null = null;
  /** Read the stored plan and compare (one read at a time: the view and `apply` may both ask). */
  function start(show = true): Promise<boolean> {
    if (show) open.value = true;
    starting ??= begin().finally(() => { starting = null; });
    return starting;
  }

  async function begin(): Promise<boolean> {
    const id = planId.value;
    if (!id || autosave.saveState.value !== 'conflict' || !saved.value || !meta.value) return false;
    busy.value = true;
    error.value = null;
    try {
      const stored = await useApi().call('plan.get', { id });
      if (planId.value !== id) return false;
      // saved again since the app's own revision (a colleague, another window): an ordinary conflict
      if (autosave.conflictOwn.value && stored.revision !== autosave.conflictRevision.value) autosave.conflictOwn.value = false;
      const mine: Snapshot = { meta: meta.value, nodes: nodes.value };
      const theirs: Snapshot = { meta: stored.meta, nodes: stored.nodes };
      if (stored.meta.status === 'review' && saved.value.meta.status !== 'review' && reviewFrom !== stored.revision) {
        reviewFrom = stored.revision;
        readOnly.value = true;
      }
      session.value = { base: saved.value, mine, theirs, revision: stored.revision, result: mergePlans(saved.value, mine, theirs, {}, byField()) };
      picks.value = {};
      return true;
    } catch (e) {
      error.value = errMessage(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  function pick(id: string, side: MergeSide) {
    picks.value = { ...picks.value, [id]: side };
  }

  function pickAll(side: MergeSide) {
    const s = session.value;
    if (!s) return;
    picks.value = Object.fromEntries(s.result.conflicts.map((c) => [c.id, side]));
  }

  /**
   * Put the merged plan in the editor and save it on the stored revision. False when a conflict has no pick, in
   * review mode (nothing saved, nothing changed here: the view says why), or when the save met yet another version
   * (then the merge starts again from that one).
   */
  async function apply(): Promise<boolean> {
    const s = session.value;
    if (!s || busy.value || unpicked.value > 0 || readOnly.value) return false;
    // edits made here while the view was hidden are part of "mine"
    const mine: Snapshot = meta.value && (meta.value !== s.mine.meta || nodes.value !== s.mine.nodes) ? { meta: meta.value, nodes: nodes.value } : s.mine;
    const r = mergePlans(s.base, mine, s.theirs, picks.value, byField());
    if (r.unresolved.length) {
      session.value = { ...s, mine, result: mergePlans(s.base, mine, s.theirs, {}, byField()) };
      return false;
    }
    busy.value = true;
    error.value = null;
    try {
      if (autosave.conflictOwn.value) history.rebase(r.merged);
      else history.commit('合并修改', r.merged);
      await autosave.saveOn(s.revision, s.theirs);
    } finally {
      busy.value = false;
    }
    if (autosave.saveState.value === 'conflict') {
      await start();
      return false;
    }
    if (autosave.saveState.value === 'error') {
      error.value = autosave.saveError.value;
    }
    close();
    return true;
  }

  /**
   * The conflict is with the app's own change (autosave conflictOwn): merge and save without the view when no field
   * of a node was changed on both sides. True when merged; false leaves the conflict (and the session) for the
   * planner. Also when the view is already open on this conflict (the accept's answer came after the save's
   * conflict, `start` compared node by node): compared again, field by field, and the planner's picks kept.
   */
  async function auto(): Promise<boolean> {
    if (merging.value) return false;
    merging.value = true;
    try {
      if (starting) await starting; // a comparison begun before the conflict was known as the app's own
      const kept = picks.value;
      if (!(await start(false)) || !autosave.conflictOwn.value) return false;
      const conflicts = session.value?.result.conflicts ?? [];
      if (conflicts.length) {
        picks.value = Object.fromEntries(conflicts.filter((c) => kept[c.id]).map((c) => [c.id, kept[c.id]]));
        return false;
      }
      return await apply();
    } finally {
      merging.value = false;
    }
  }

  /** Hide the view (the conflict and the changes here stay; the banner offers the merge again). */
  function hide() {
    open.value = false;
  }

  function close() {
    open.value = false;
    session.value = null;
    picks.value = {};
  }

  /** Another plan, or the plan loaded again. */
  function reset() {
    close();
    reviewFrom = null;
    busy.value = false;
    error.value = null;
  }

  return { session, picks, open, busy, error, merging, unpicked, start, auto, pick, pickAll, apply, hide, reset };
}
