// @vitest-environment happy-dom
/**
 * The editor's local copy (renderer/src/stores/editor/localCopy.ts): while saves fail because the library cannot be
 * reached the plan is kept in localStorage, retried with back-off, offered again when the plan is reopened, and
 * restored through the merge when someone saved meanwhile. A fake library (./helpers.ts) on the 静安 2014 seed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { setApi } from '../../renderer/src/api/client';
import { SAVE_DEBOUNCE_MS, SAVE_SLOW_MS, useEditorStore } from '../../renderer/src/stores/editor';
import { fakeLibrary, flat, seedDoc, type FakeLibrary } from './helpers';
import type { PlanDoc } from '../../shared/model/plan';

let lib: FakeLibrary;

beforeEach(() => {
  setActivePinia(createPinia());
  lib = fakeLibrary({ p1: seedDoc() });
  setApi(lib.client);
});
afterEach(() => {
  useEditorStore().unload();
  vi.useRealTimers();
  setApi(null);
});

async function loaded() {
  const s = useEditorStore();
  expect(await s.load('p1')).toBe(true);
  return s;
}
const task = (s: ReturnType<typeof useEditorStore>, i = 0) => flat(s.nodes).filter((n) => n.kind === 'task')[i];
/** Someone else saves the plan: `edit` changes the stored tree, the revision goes up. */
function theirSave(edit: (nodes: PlanDoc['nodes']) => PlanDoc['nodes']) {
  const p = lib.plans.get('p1')!;
  lib.plans.set('p1', { ...p, nodes: edit(structuredClone(p.nodes)), revision: p.revision + 1 });
}
const stored = (id: string) => flat(lib.plans.get('p1')!.nodes).find((n) => n.id === id)!;

describe('editor store: the local copy while the library cannot be reached', () => {
  const KEY = 'editor.unsaved.p1';
  const kept = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));
  /** Open the plan again in a fresh editor (a reload of the page). */
  async function reopen() {
    useEditorStore().unload();
    setActivePinia(createPinia());
    return loaded();
  }

  it('keeps the plan in localStorage while saves fail as offline, retries with back-off, and drops it after a save', async () => {
    vi.useFakeTimers();
    const s = await loaded();
    const [a, b] = [task(s, 0), task(s, 1)];
    lib.failSaves.push('offline', 'offline');
    s.updateNode(a.id, { heading: '离线时的修改' });
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(s.saveState).toBe('error');
    expect(s.offline).toBe(true);
    const c = kept();
    expect(c.baseRevision).toBe(1);
    expect(flat(c.doc.nodes).find((n: { id: string }) => n.id === a.id)!.heading).toBe('离线时的修改');
    expect(flat(c.base.nodes).find((n: { id: string }) => n.id === a.id)!.heading).toBe(a.heading);
    // an edit while offline reaches the copy too
    s.updateNode(b.id, { body: '离线时的正文' });
    await vi.advanceTimersByTimeAsync(600);
    expect(flat(kept().doc.nodes).find((n: { id: string }) => n.id === b.id)!.body).toBe('离线时的正文');
    // retries: 2 s (fails again), 5 s (succeeds)
    await vi.advanceTimersByTimeAsync(2000 + 10);
    expect(s.saveState).toBe('error');
    await vi.advanceTimersByTimeAsync(5000 + 10);
    expect(s.saveState).toBe('saved');
    expect(s.offline).toBe(false);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(stored(a.id).heading).toBe('离线时的修改');
  });

  it('a save left unanswered for SAVE_SLOW_MS keeps the plan in localStorage (and later edits); the answer drops the copy (walk 5)', async () => {
    vi.useFakeTimers();
    const s = await loaded();
    const [a, b] = [task(s, 0), task(s, 1)];
    lib.hold = true;
    s.updateNode(a.id, { heading: '慢保存' });
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(s.saveState).toBe('saving');
    expect(localStorage.getItem(KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(SAVE_SLOW_MS);
    expect(s.saveSlow).toBe(true);
    expect(s.keptLocal).toBe(true);
    expect(kept().baseRevision).toBe(1);
    expect(flat(kept().doc.nodes).find((n: { id: string }) => n.id === a.id)!.heading).toBe('慢保存');
    // an edit while the save hangs reaches the copy too
    s.updateNode(b.id, { body: '等待时的正文' });
    await vi.advanceTimersByTimeAsync(600);
    expect(flat(kept().doc.nodes).find((n: { id: string }) => n.id === b.id)!.body).toBe('等待时的正文');
    // the library answers at last: saved, and the next save carries the later edit; no copy is left
    lib.hold = false;
    lib.release();
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 10);
    expect(s.saveSlow).toBe(false);
    expect(s.saveState).toBe('saved');
    expect(stored(b.id).body).toBe('等待时的正文');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('a refused save (not a connection failure) keeps no copy', async () => {
    const s = await loaded();
    lib.failSaves.push('invalid-input');
    s.updateNode(task(s).id, { heading: 'X' });
    await s.flush();
    expect(s.saveState).toBe('error');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('offers the kept copy when the plan is opened again; restoring saves it on its revision', async () => {
    const s = await loaded();
    const a = task(s, 0);
    lib.failSaves.push('offline');
    s.updateNode(a.id, { heading: '关窗前没保存上' });
    await s.flush();
    expect(kept()).not.toBeNull();
    const s2 = await reopen();
    expect(s2.info.get(a.id)!.node.heading).toBe(a.heading);
    expect(s2.localCopyOffered!.baseRevision).toBe(1);
    await s2.restoreLocalCopy();
    expect(s2.saveState).toBe('saved');
    expect(s2.info.get(a.id)!.node.heading).toBe('关窗前没保存上');
    expect(stored(a.id).heading).toBe('关窗前没保存上');
    expect(s2.localCopyOffered).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    // undo takes the restore back
    expect(s2.undoStack.at(-1)!.label).toBe('恢复本地修改');
  });

  it('restoring over a plan someone saved meanwhile goes through the merge', async () => {
    const s = await loaded();
    const [a, b] = [task(s, 0), task(s, 1)];
    lib.failSaves.push('offline');
    s.updateNode(a.id, { heading: '本地A' });
    await s.flush();
    theirSave((nodes) => { for (const n of flat(nodes)) if (n.id === b.id) n.heading = '别人B'; return nodes; });
    const s2 = await reopen();
    expect(s2.info.get(b.id)!.node.heading).toBe('别人B');
    await s2.restoreLocalCopy();
    expect(s2.saveState).toBe('conflict');
    expect(await s2.startMerge()).toBe(true);
    expect(s2.mergeSession!.result.conflicts).toEqual([]);
    expect(await s2.applyMerge()).toBe(true);
    expect(stored(a.id).heading).toBe('本地A');
    expect(stored(b.id).heading).toBe('别人B');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('discarding forgets the copy; a damaged copy is never offered', async () => {
    const s = await loaded();
    lib.failSaves.push('offline');
    s.updateNode(task(s).id, { heading: '不要了' });
    await s.flush();
    const s2 = await reopen();
    expect(s2.localCopyOffered).not.toBeNull();
    s2.discardLocalCopy();
    expect(localStorage.getItem(KEY)).toBeNull();
    localStorage.setItem(KEY, '{"planId":"p1","at":"x","baseRevision":1,"doc":{"meta":{},"nodes":[]},"base":null}');
    const s3 = await reopen();
    expect(s3.localCopyOffered).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

