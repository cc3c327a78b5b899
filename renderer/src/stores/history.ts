/**
 * History of the plan open in the editor: who changed what and when (history.list, per node or for the whole
 * plan), its version snapshots (versions.list), and restoring a node (history.restoreNode) or the whole plan
 * (history.restorePlan). On the office server also the plan's audit log (audit.list). Restores are changes the core makes: the editor saves first and reloads after
 * (review/serverChange.ts); a whole-plan restore returns the snapshot taken before it, which undoes it.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useApi } from '../api/client';
import type { HistoryEntry, NodeChange } from '../../../shared/review/model';
import type { VersionSummary } from '../../../shared/compare/schema';
import type { AuditEntry } from '../../../shared/api/contract';
import { withServerChange } from '../review/serverChange';

export const HISTORY_LIMIT = 200;

/** A node as a history entry records it (before / after): only what the panel shows is read. */
export interface NodeState { heading?: string; body?: string; number?: string }

/** The node fields of a change's before/after (the node may come flat or under `node`). */
export function nodeState(x: unknown): NodeState | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  const n = (o.node && typeof o.node === 'object' ? o.node : o) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { heading: str(n.heading), body: str(n.body), number: str(n.number) };
}

/** One side of a short diff: the unchanged context around the changed part. */
export interface DiffSide { pre: string; mid: string; post: string }

/**
 * A short "before → after" of a text: on each side the changed middle (`mid`, cut to about `max` characters)
 * with up to `context` unchanged characters around it ('…' where text is left out). Null when both are the same.
 */
export function shortDiff(before: string, after: string, context = 8, max = 60): { before: DiffSide; after: DiffSide } | null {
  if (before === after) return null;
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  const start = Math.max(0, p - context);
  const pre = (start > 0 ? '…' : '') + before.slice(start, p);
  const side = (text: string): DiffSide => {
    const end = text.length - s;
    const mid = text.slice(p, end);
    const postEnd = Math.min(text.length, end + context);
    return { pre, mid: mid.length > max ? mid.slice(0, max) + '…' : mid, post: text.slice(end, postEnd) + (postEnd < text.length ? '…' : '') };
  };
  return { before: side(before), after: side(after) };
}

/** The change of one node within an entry. */
export function changeOf(e: HistoryEntry, nodeId: string): NodeChange | null {
  return e.changes.find((c) => c.nodeId === nodeId) ?? null;
}

export const useHistoryStore = defineStore('history', () => {
  const api = () => useApi();
  const planId = ref<string | null>(null);
  /** The node whose history is listed (null: the whole plan's). */
  const nodeId = ref<string | null>(null);
  const entries = ref<HistoryEntry[]>([]);
  const versions = ref<VersionSummary[]>([]);
  /** The office server's audit log of the plan (audit.list), newest first. */
  const audit = ref<AuditEntry[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const busy = ref(false);
  let seq = 0;

  /** history.list for a node (or the whole plan), newest first. */
  async function load(id: string, node: string | null): Promise<void> {
    const my = ++seq;
    if (planId.value !== id || nodeId.value !== node) entries.value = [];
    planId.value = id;
    nodeId.value = node;
    loading.value = true;
    error.value = null;
    try {
      const list = await api().call('history.list', node ? { planId: id, nodeId: node, limit: HISTORY_LIMIT } : { planId: id, limit: HISTORY_LIMIT });
      if (my === seq) entries.value = [...list].sort((a, b) => b.seq - a.seq);
    } catch (e) {
      if (my === seq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  async function loadVersions(id: string): Promise<void> {
    const my = ++seq;
    planId.value = id;
    loading.value = true;
    error.value = null;
    try {
      const list = await api().call('versions.list', { planId: id });
      if (my === seq) versions.value = list;
    } catch (e) {
      if (my === seq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  /** audit.list for the plan (the office server's record of who did what; empty elsewhere). */
  async function loadAudit(id: string): Promise<void> {
    const my = ++seq;
    planId.value = id;
    loading.value = true;
    error.value = null;
    try {
      const list = await api().call('audit.list', { planId: id, limit: HISTORY_LIMIT });
      if (my === seq) audit.value = list;
    } catch (e) {
      if (my === seq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    busy.value = true;
    try {
      return await fn();
    } finally {
      busy.value = false;
    }
  }

  /** Put a node back as it was before / after a history entry, or in a version. */
  async function restoreNode(id: string, node: string, source: { seq: number; side: 'before' | 'after' } | { versionId: number }) {
    return run(() => withServerChange(id, (baseRevision) => api().call('history.restoreNode', { planId: id, nodeId: node, source, baseRevision })));
  }

  /** The whole plan back to a version; returns the snapshot that undoes it. */
  async function restorePlan(id: string, versionId: number) {
    return run(() => withServerChange(id, (baseRevision) => api().call('history.restorePlan', { planId: id, versionId, baseRevision })));
  }

  return { planId, nodeId, entries, versions, audit, loading, error, busy, load, loadVersions, loadAudit, restoreNode, restorePlan };
});
