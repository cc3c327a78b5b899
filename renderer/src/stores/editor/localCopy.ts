/**
 * The unsaved local copy: while saves fail because the library cannot be reached (no network, the server or the
 * bridge down), the plan being edited is kept in this browser's localStorage — the plan now, the revision it is
 * based on and the plan at that revision (the base of a merge) — and autosave keeps retrying with back-off. A
 * successful save removes it. When the plan is opened again and such a copy is there, the editor offers it
 * (LocalCopyBanner.vue): restoring puts it back as one undoable step on the revision it was based on, so if
 * someone saved meanwhile the save conflicts and the merge view (./merge.ts) sorts it out; discarding removes it.
 */
import { ref, shallowRef } from 'vue';
import type { ErrorCode } from '../../../../shared/errors';
import { PlanMeta, PlanNodeSchema } from '../../../../shared/model/plan';
import type { EditorDocument } from './document';
import type { Snapshot } from './types';
import type { UndoStack } from './undoStack';

/** Save failures that mean "not reachable now", not "refused". */
export const UNREACHABLE: readonly ErrorCode[] = ['offline', 'bad-response', 'unavailable', 'busy'];

export interface LocalCopy {
  planId: string;
  /** When it was written (ISO). */
  at: string;
  /** The revision the plan here was based on. */
  baseRevision: number;
  doc: Snapshot;
  /** The plan at baseRevision; null when localStorage had no room for it (then every difference is a conflict). */
  base: Snapshot | null;
}

const KEY = 'editor.unsaved.';
const keyOf = (planId: string) => KEY + planId;

/** Write the copy; false when localStorage refuses it even without the base. */
export function writeCopy(copy: LocalCopy): boolean {
  try {
    localStorage.setItem(keyOf(copy.planId), JSON.stringify(copy));
    return true;
  } catch {
    try {
      localStorage.setItem(keyOf(copy.planId), JSON.stringify({ ...copy, base: null }));
      return true;
    } catch {
      return false;
    }
  }
}

const snapshotOk = (s: unknown): s is Snapshot => {
  const x = s as Snapshot | null;
  return !!x && PlanMeta.safeParse(x.meta).success && Array.isArray(x.nodes) && x.nodes.every((n) => PlanNodeSchema.safeParse(n).success);
};

/** The copy kept for this plan, if any (a damaged one is dropped). */
export function readCopy(planId: string): LocalCopy | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keyOf(planId));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as LocalCopy;
    if (c.planId === planId && typeof c.at === 'string' && Number.isInteger(c.baseRevision) && snapshotOk(c.doc) && (c.base === null || snapshotOk(c.base))) return c;
  } catch { /* damaged */ }
  clearCopy(planId);
  return null;
}

export function clearCopy(planId: string) {
  try { localStorage.removeItem(keyOf(planId)); } catch { /* private mode */ }
}

/**
 * The offer when a plan is opened. `restore` needs the autosave's `restoreOn` (put a plan back on a revision and
 * save it).
 */
export function useLocalCopyOffer(doc: EditorDocument, history: UndoStack, restoreOn: (rev: number, base: Snapshot, plan: () => void) => Promise<void>) {
  const { planId, meta, nodes } = doc;
  const offered = shallowRef<LocalCopy | null>(null);
  const restoring = ref(false);

  /** After a load: offer a kept copy unless it is what the library has anyway. */
  function check() {
    const id = planId.value;
    if (!id || !meta.value) { offered.value = null; return; }
    const c = readCopy(id);
    if (c && JSON.stringify(c.doc) === JSON.stringify({ meta: meta.value, nodes: nodes.value })) {
      clearCopy(id);
      offered.value = null;
      return;
    }
    offered.value = c;
  }

  async function restore(): Promise<void> {
    const c = offered.value;
    if (!c || c.planId !== planId.value || restoring.value) return;
    restoring.value = true;
    offered.value = null;
    try {
      // without a base (no room for it), nothing counts as unchanged: every difference becomes a conflict to pick
      const base: Snapshot = c.base ?? { meta: {} as PlanMeta, nodes: [] };
      await restoreOn(c.baseRevision, base, () => history.commit('恢复本地修改', c.doc));
    } finally {
      restoring.value = false;
    }
  }

  function discard() {
    const id = planId.value;
    if (id) clearCopy(id);
    offered.value = null;
  }

  function reset() {
    offered.value = null;
  }

  return { offered, restoring, check, restore, discard, reset };
}
