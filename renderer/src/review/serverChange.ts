/**
 * Changes the core makes to the plan open in the editor (submit / end a review round, restore a node or the
 * whole plan): the editor's pending edits are saved first, the change is sent with the revision just saved,
 * and the editor then reloads the plan from the library, keeping the selection and the folded outline.
 *
 * Nothing typed is lost: when the save fails (or is in conflict) the change is not made (UnsavedError); when
 * the planner types while the change is on its way, the plan is not reloaded over those edits — their
 * autosave then meets the new revision and the editor's conflict banner lets the planner choose.
 */
import { useApi } from '../api/client';
import { useEditorStore } from '../stores/editor';

export class UnsavedError extends Error {
  constructor(readonly state: string, message: string) {
    super(message);
    this.name = 'UnsavedError';
  }
}

/** Save the editor's pending edits of `planId` (when it is the open plan); throws UnsavedError if that fails. */
export async function saveFirst(planId: string): Promise<void> {
  const store = useEditorStore();
  if (store.planId !== planId || !store.loaded) return;
  await store.flush();
  if (store.hasUnsaved) throw new UnsavedError(store.saveState, store.saveError ?? store.saveState);
}

/** Reload the open plan from the library after a change the core made, keeping selection and folding. */
export async function refreshEditor(planId: string): Promise<boolean> {
  const store = useEditorStore();
  if (store.planId !== planId || !store.loaded || store.hasUnsaved) return false;
  const selected = store.selectedId;
  const panel = store.panel;
  const collapsed = store.collapsed;
  const ok = await store.load(planId, { select: selected });
  if (!ok || store.planId !== planId) return false;
  store.collapsed = new Set([...collapsed].filter((id) => store.info.has(id)));
  if (panel === 'meta') store.showMeta();
  return true;
}

/**
 * Run a change the core makes to the plan: save first, call `fn` with the revision the library now has,
 * reload the editor. Returns what `fn` returned.
 */
export async function withServerChange<T>(planId: string, fn: (baseRevision: number) => Promise<T>): Promise<T> {
  const store = useEditorStore();
  await saveFirst(planId);
  const open = store.planId === planId && store.loaded;
  const result = await fn(open ? store.revision : (await useApi().call('plan.get', { id: planId })).revision);
  if (open) await refreshEditor(planId);
  return result;
}

/**
 * The plan's shares changed (the office server's live event 'rights'): ask plan.get what this account may do with it
 * now and keep that, nothing else (the text on screen and what waits to be saved stay). Answers 'edit' or 'read' when
 * the right to edit changed, else null (also when the plan cannot be read any more: the stream's end says so).
 */
export async function refreshRights(planId: string): Promise<'edit' | 'read' | null> {
  const store = useEditorStore();
  if (store.planId !== planId || !store.loaded) return null;
  const before = store.rights?.edit;
  let plan;
  try {
    plan = await useApi().call('plan.get', { id: planId });
  } catch {
    return null;
  }
  if (store.planId !== planId) return null;
  store.setRights(planId, plan.may, plan.sharing);
  const after = store.rights?.edit;
  return before !== undefined && after !== undefined && before !== after ? (after ? 'edit' : 'read') : null;
}
