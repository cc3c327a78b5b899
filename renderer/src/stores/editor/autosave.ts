/**
 * Autosave: SAVE_DEBOUNCE_MS after the last change the plan is sent with plan.save and the revision it was
 * loaded (or last saved) at. A 'conflict' stops autosaving and keeps the local changes until the planner
 * chooses (merge them with the stored plan, ./merge.ts, or reload); other failures keep the changes and retry
 * with back-off — but a refusal ('forbidden': a share lowered to read or ended while the plan was open, the
 * account's role changed) is not retried: a retry cannot succeed. The changes are kept in localStorage and the bar says
 * why (saveRefused); each further change tries once more. While the library cannot be reached the plan is also kept in localStorage (./localCopy.ts), so
 * closing the window or a crash loses nothing; the next successful save removes that copy. So is a save left
 * unanswered for SAVE_SLOW_MS (`slow`): the request is not abandoned (the library may still answer), but what is on
 * screen is kept, and leaving does not wait for it (editor/useSaveOnLeave.ts).
 */
import { computed, ref } from 'vue';
import { ApiError, useApi } from '../../api/client';
import { isOwnAccount } from '../../api/session';
import type { PlanMeta, PlanNode } from '../../../../shared/model/plan';
import type { EditorDocument } from './document';
import { clearCopy, UNREACHABLE, writeCopy } from './localCopy';
import { errMessage, RETRY_MS, SAVE_DEBOUNCE_MS, SAVE_SLOW_MS, type SaveState, type Snapshot } from './types';

/** Equal as JSON with keys in any order (the library may hand back an object's keys in another order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function useAutosave(doc: EditorDocument) {
  const { planId, revision, saved, loaded, currentDoc } = doc;
  const saveState = ref<SaveState>('saved');
  const saveError = ref<string | null>(null);
  const lastSavedAt = ref<string | null>(null);
  /** The revision found in the library when a save was refused. */
  const conflictRevision = ref<number | null>(null);
  /**
   * Who saved that revision, when the office server knows (details.savedBy, the display name); null: unknown, or this
   * account itself in another window (details.savedByUserId is the session's own id — ids are compared, not names).
   */
  const conflictBy = ref<string | null>(null);
  /**
   * The revision found in the library is the app's own change (a suggestion accepted here, noteOwnChange) that was
   * made while the planner went on typing: not someone else's save. The editor then merges by itself (./merge.ts
   * auto) and, when both touched the same node, the banner says so instead of naming another window or colleague.
   */
  const conflictOwn = ref(false);
  /** Revisions of this plan the app itself made since it was loaded (noteOwnChange). */
  let ownRevisions = new Set<number>();
  let changeSeq = 0;
  let savedSeq = 0;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let inflight: Promise<void> | null = null;
  /**
   * Which plan (load) the saves belong to: reset() starts another. A save still unanswered when the planner leaves
   * (kept in localStorage after SAVE_SLOW_MS) is detached: the next plan's saves do not wait for it, and when it
   * finally answers it changes nothing here.
   */
  let generation = 0;
  let retryCount = 0;
  /** The last save failed because the library could not be reached: the plan is kept in localStorage. */
  const offline = ref(false);
  /** While offline: the plan as it is now is in localStorage (false when localStorage refused it). */
  const keptLocal = ref(false);
  /** The last save was refused ('forbidden'): no retries; the plan as it is now is in localStorage. */
  const saveRefused = ref(false);
  let copyTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * Saves that failed without an answer from the library (unreachable, timed out, an internal error): each may have
   * been stored all the same (the connection dropped after the commit). A later save on the same revision is then
   * refused as a conflict with the page's own save; `ownSave` recognises it, so the planner is not told a colleague
   * changed the plan.
   */
  let unanswered: Array<{ seq: number; baseRevision: number; doc: { meta: PlanMeta; nodes: PlanNode[] } }> = [];
  /** The save in flight has had no answer for SAVE_SLOW_MS: the plan as it is now is kept in localStorage. */
  const slow = ref(false);
  let slowTimer: ReturnType<typeof setTimeout> | null = null;

  /** Keep the plan as it is now in localStorage (with its base revision and the plan at that revision). */
  function keepLocal() {
    if (copyTimer) { clearTimeout(copyTimer); copyTimer = null; }
    const id = planId.value;
    if (!id || !doc.meta.value) return;
    keptLocal.value = writeCopy({ planId: id, at: new Date().toISOString(), baseRevision: revision.value, doc: { meta: doc.meta.value, nodes: doc.nodes.value }, base: saved.value });
  }

  /** True when leaving would lose changes (pending, failing or in conflict). */
  const hasUnsaved = computed(() => saveState.value !== 'saved');

  /** The plan changed: save it after SAVE_DEBOUNCE_MS (unless in conflict). */
  function markChanged() {
    changeSeq++;
    if (saveState.value !== 'conflict' && saveState.value !== 'saving') saveState.value = 'unsaved';
    if (offline.value || slow.value) {
      keptLocal.value = false; // until the copy is written again
      if (!copyTimer) copyTimer = setTimeout(keepLocal, 500);
    }
    scheduleSave(SAVE_DEBOUNCE_MS);
  }

  function scheduleSave(ms: number) {
    if (saveState.value === 'conflict') return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => { saveTimer = null; void flush(); }, ms);
  }

  /**
   * Save now if there are unsaved changes (waits for a save in flight first). Also what leaving the route or
   * hiding the window calls.
   */
  async function flush(): Promise<void> {
    if (saveTimer) { clearTimeout(saveTimer); saveTimer = null; }
    if (inflight) {
      const waitedIn = generation;
      await inflight;
      if (generation !== waitedIn) return; // another plan since: its own saves are its own
      if (changeSeq !== savedSeq && saveState.value !== 'conflict') return flush();
      return;
    }
    if (!loaded.value || changeSeq === savedSeq || saveState.value === 'conflict') return;
    const sentSeq = changeSeq;
    const id = planId.value!;
    const gen = generation;
    const sent = currentDoc();
    saveState.value = 'saving';
    slowTimer = setTimeout(() => {
      slowTimer = null;
      if (generation !== gen) return;
      slow.value = true;
      keepLocal();
    }, SAVE_SLOW_MS);
    const request = (async () => {
      try {
        const r = await useApi().call('plan.save', { id, doc: sent, baseRevision: revision.value });
        if (generation !== gen) return; // left (and detached) before the answer
        revision.value = r.revision;
        saved.value = { meta: sent.meta, nodes: sent.nodes };
        lastSavedAt.value = r.updatedAt;
        savedSeq = sentSeq;
        unanswered = [];
        saveError.value = null;
        saveRefused.value = false;
        retryCount = 0;
        if (offline.value || slow.value) { offline.value = false; keptLocal.value = false; if (copyTimer) { clearTimeout(copyTimer); copyTimer = null; } }
        clearCopy(id);
        if (changeSeq === savedSeq) saveState.value = 'saved';
        else { saveState.value = 'unsaved'; scheduleSave(SAVE_DEBOUNCE_MS); }
      } catch (e) {
        if (generation !== gen) return;
        if (e instanceof ApiError && e.code === 'conflict' && (await ownSave(id, gen, e))) return;
        if (generation !== gen) return;
        if (e instanceof ApiError && e.code === 'conflict') {
          saveState.value = 'conflict';
          const rev = (e.details as { revision?: unknown } | undefined)?.revision;
          conflictRevision.value = typeof rev === 'number' ? rev : null;
          const { savedBy: by, savedByUserId: byId } = (e.details ?? {}) as { savedBy?: unknown; savedByUserId?: unknown };
          conflictOwn.value = conflictRevision.value !== null && ownRevisions.has(conflictRevision.value);
          conflictBy.value = typeof by === 'string' && by.trim() && !isOwnAccount(byId) && !conflictOwn.value ? by.trim() : null;
          saveError.value = e.message;
        } else if (e instanceof ApiError && e.code === 'forbidden') {
          // not retried (it cannot succeed); nothing is lost: the changes stay here and in localStorage
          saveState.value = 'error';
          saveError.value = e.message;
          saveRefused.value = true;
          keepLocal();
        } else {
          if (unanswered.length < 20) unanswered.push({ seq: sentSeq, baseRevision: revision.value, doc: { meta: sent.meta, nodes: sent.nodes } });
          saveState.value = 'error';
          saveError.value = errMessage(e);
          if (e instanceof ApiError && UNREACHABLE.includes(e.code)) {
            offline.value = true;
            keepLocal();
          }
          const delay = RETRY_MS[Math.min(retryCount, RETRY_MS.length - 1)];
          retryCount++;
          if (saveTimer) clearTimeout(saveTimer);
          saveTimer = setTimeout(() => { saveTimer = null; void flush(); }, delay);
        }
      }
    })();
    inflight = request;
    try {
      await request;
    } finally {
      if (generation === gen) {
        inflight = null;
        if (slowTimer) { clearTimeout(slowTimer); slowTimer = null; }
        slow.value = false;
      }
    }
  }

  /**
   * A conflict after saves that got no answer: when the library holds, at the revision after theirs, exactly what one
   * of them sent, it is this page's own save — go on from it (the revision, the saved plan, the changes it carried)
   * and save what came after. True when so; false for a real conflict (or when the plan cannot be read: then the
   * conflict is shown as before).
   */
  async function ownSave(id: string, gen: number, e: ApiError): Promise<boolean> {
    const rev = (e.details as { revision?: unknown } | undefined)?.revision;
    const candidates = unanswered.filter((u) => u.baseRevision === revision.value && typeof rev === 'number' && rev === u.baseRevision + 1);
    if (!candidates.length) return false;
    let stored: { meta: PlanMeta; nodes: PlanNode[]; revision: number };
    try {
      stored = await useApi().call('plan.get', { id });
    } catch {
      return false;
    }
    if (generation !== gen || stored.revision !== rev) return false;
    const same = candidates.find((u) => sameJson(u.doc.meta, stored.meta) && sameJson(u.doc.nodes, stored.nodes));
    if (!same) return false;
    revision.value = stored.revision;
    saved.value = same.doc;
    savedSeq = same.seq;
    unanswered = [];
    saveError.value = null;
    retryCount = 0;
    if (offline.value || slow.value) { offline.value = false; keptLocal.value = false; if (copyTimer) { clearTimeout(copyTimer); copyTimer = null; } }
    if (changeSeq === savedSeq) {
      saveState.value = 'saved';
      clearCopy(id);
    } else {
      saveState.value = 'unsaved';
      scheduleSave(0);
    }
    return true;
  }

  /**
   * For the window closing: start a save of everything now, synchronously up to the transport (over IPC
   * the request reaches the main process even if this page is gone a moment later). True when such a
   * request carrying every change was sent; false when that cannot be promised (a save already in
   * flight, a conflict, a failing connection) and the caller should ask before closing.
   */
  function saveBeacon(): boolean {
    if (!loaded.value || changeSeq === savedSeq) return true;
    if (offline.value || slow.value) keepLocal();
    if (saveState.value === 'conflict' || inflight) return false;
    const failing = saveState.value === 'error';
    void flush();
    return !failing;
  }

  /**
   * The app itself stored revision `rev` of the plan (review.accept) while edits here may be pending: a conflict
   * against it is the app's own change (conflictOwn), also when the conflict came back before this note.
   */
  function noteOwnChange(rev: number) {
    ownRevisions.add(rev);
    if (saveState.value === 'conflict' && conflictRevision.value === rev) {
      conflictOwn.value = true;
      conflictBy.value = null;
    }
  }

  /**
   * Out of a conflict: the library holds `stored` at `rev`, and the plan here (merged with it, ./merge.ts) is to be
   * saved on that revision now. Another save in between is a conflict again.
   */
  async function saveOn(rev: number, stored: { meta: PlanMeta; nodes: PlanNode[] }): Promise<void> {
    if (saveState.value !== 'conflict') return;
    revision.value = rev;
    saved.value = stored;
    conflictRevision.value = null;
    conflictBy.value = null;
    conflictOwn.value = false;
    saveState.value = 'unsaved';
    if (changeSeq === savedSeq) changeSeq++;
    await flush();
  }

  /**
   * A kept local copy (./localCopy.ts) goes back into the editor: the plan at `rev` was `base`; `apply` puts the
   * copy in (one undoable step) and it is saved on `rev` at once — a conflict when the library has moved on.
   */
  async function restoreOn(rev: number, base: Snapshot, apply: () => void): Promise<void> {
    revision.value = rev;
    saved.value = base;
    apply();
    await flush();
  }

  /**
   * Another plan: nothing pending, nothing failed. A save still in flight is detached (it was kept in localStorage
   * if it hung, see `slow`): it is not waited for, and its answer is ignored.
   */
  function reset() {
    generation++;
    inflight = null;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    if (copyTimer) { clearTimeout(copyTimer); copyTimer = null; }
    if (slowTimer) { clearTimeout(slowTimer); slowTimer = null; }
    offline.value = false;
    slow.value = false;
    keptLocal.value = false;
    saveRefused.value = false;
    changeSeq = savedSeq = 0;
    unanswered = [];
    retryCount = 0;
    saveState.value = 'saved';
    saveError.value = null;
    conflictRevision.value = null;
    conflictBy.value = null;
    conflictOwn.value = false;
    ownRevisions = new Set();
  }

  return { saveState, saveError, lastSavedAt, conflictRevision, conflictBy, conflictOwn, noteOwnChange, hasUnsaved, offline, slow, keptLocal, saveRefused, markChanged, flush, saveBeacon, saveOn, restoreOn, reset };
}
