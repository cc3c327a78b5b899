/**
 * Loading a plan into the editor (plan.get), reloading it after a conflict, unloading it; the library's
 * departments for autocomplete are fetched alongside.
 */
import { ApiError, useApi } from '../../api/client';
import type { EditorDocument } from './document';
import { clearCopy } from './localCopy';
import type { OutlineView } from './outlineView';
import { errMessage } from './types';

/** `reset` clears everything of the previous plan (history, autosave, lint, view); `lintNow` checks the new one. */
export function useLoading(doc: EditorDocument, view: OutlineView, hooks: { reset: () => void; lintNow: () => void; loaded?: () => void }) {
  const { planId, revision, base, saved, meta, nodes, loading, loadError, loadErrorCode, loadErrorDetails, departments, info } = doc;
  const { selectedId, collapseAll, select } = view;

  async function load(id: string, opts: { select?: string | null } = {}): Promise<boolean> {
    hooks.reset();
    planId.value = id;
    loading.value = true;
    loadError.value = null;
    loadErrorCode.value = null;
    loadErrorDetails.value = null;
    try {
      const p = await useApi().call('plan.get', { id });
      if (planId.value !== id) return false;
      base.value = p;
      saved.value = { meta: p.meta, nodes: p.nodes };
      meta.value = p.meta;
      nodes.value = p.nodes;
      revision.value = p.revision;
      // large plans open with items folded, so the outline shows the plan's shape first
      if (info.value.size > 300) collapseAll(2);
      const first = opts.select && info.value.has(opts.select) ? opts.select : nodes.value[0]?.id ?? null;
      select(first);
      hooks.lintNow();
      hooks.loaded?.();
      void loadDepartments();
      return true;
    } catch (e) {
      if (planId.value !== id) return false;
      loadError.value = errMessage(e);
      loadErrorCode.value = e instanceof ApiError ? e.code : null;
      loadErrorDetails.value = e instanceof ApiError ? e.details ?? null : null;
      meta.value = null;
      nodes.value = [];
      return false;
    } finally {
      if (planId.value === id) loading.value = false;
    }
  }

  async function loadDepartments() {
    try {
      departments.value = await useApi().call('library.departments', {});
    } catch {
      departments.value = [];
    }
  }

  /** After a conflict: throw the local changes away (a kept local copy too) and load what the library has. */
  async function reload(): Promise<boolean> {
    const id = planId.value;
    if (!id) return false;
    clearCopy(id);
    const sel = selectedId.value;
    return load(id, { select: sel });
  }

  function unload() {
    hooks.reset();
    planId.value = null;
    base.value = null;
    saved.value = null;
    meta.value = null;
    nodes.value = [];
  }

  return { load, reload, unload };
}
