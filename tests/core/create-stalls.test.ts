/**
 * A large plan imported or duplicated (plan.importCommit, plan.duplicate → createPlan) does not hold the host's
 * event loop, and the library stays whole (docs/reliability.md › The host never freezes): its rows are computed in
 * slices with a turn of the loop between them, outside any transaction, and written by one transaction. So other calls
 * are answered meanwhile and each sees the library before the plan or with all of it; an error in the middle of the
 * write leaves the library as it was. On SQLite and on a real PostgreSQL (skipped without one outside CI).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.js';
import { ADD_SLICE_NODES } from '../../electron/core/library.js';
import { ReviewStore } from '../../electron/core/review.js';
import type { PlanDoc } from '../../shared/model/plan.js';
import { bigPlan } from '../bench/stalls.js';
import { fails, ok } from '../helpers/core-call.js';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { tempDirs } from '../helpers/temp.js';

const tempDir = tempDirs('pw-create-stalls-');
const PG = postgresAvailable();
let cluster: PgCluster | null = null;
let dbs = 0;

beforeAll(async () => {
  if (PG) cluster = await startPostgres({ prefix: 'pw-pg-create-' });
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

/** A plan of 1,000 tasks (1,120 nodes: several slices), each task led by a department no other plan names. */
function marked(variant: number, dept: string): PlanDoc {
  const doc = bigPlan(1000, variant, `分步写入测试计划${variant}`);
  for (const part of doc.nodes) for (const action of part.children) for (const task of action.children) {
    task.lead = [dept];
    task.body += '榫卯测试词。';
  }
  return doc;
}

/** What the other calls see of the library. */
async function view(core: Core) {
  const list = await ok(core, 'library.list', {});
  return {
    list: list.map((p) => `${p.title} ${JSON.stringify(p.counts)}`).sort(),
    departments: await ok(core, 'library.departments', {}),
    hits: (await ok(core, 'library.search', { query: '榫卯测试词' })).map((h) => `${h.planId}/${h.nodeId}`).sort(),
  };
}

/** Each answer (the list, the departments, the hits: three calls, each one read of the library) is the one before or the one after. */
function beforeOrAfter(seen: Array<Awaited<ReturnType<typeof view>>>, before: Awaited<ReturnType<typeof view>>, after: Awaited<ReturnType<typeof view>>) {
  for (const v of seen) for (const k of ['list', 'departments', 'hits'] as const) expect([before[k], after[k]]).toContainEqual(v[k]);
}

/** Views asked one after the other while `work` runs; the loop's turns (setImmediate) counted meanwhile. */
async function viewsDuring<T>(core: Core, work: Promise<T>) {
  let done = false;
  let turns = 0;
  const tick = () => {
    turns++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const settled = work.finally(() => (done = true));
  const seen: Array<Awaited<ReturnType<typeof view>>> = [];
  // each view arrives on a turn of its own, as a request does (IPC, HTTP): calls answered from SQLite's synchronous
  // reads alone would otherwise never leave the microtask queue
  while (!done) {
    await new Promise((r) => setImmediate(r));
    if (!done) seen.push(await view(core));
  }
  return { value: await settled, seen, turns };
}

describe.each(['sqlite', 'postgres'] as const)('a large plan written on %s', (kind) => {
  const run = kind === 'postgres' && !PG ? it.skip : it;
  let core: Core;
  const open = async () =>
    (core = await createCore({ dataDir: tempDir(), seedsDir: null, host: 'test', logError: () => {}, ...(kind === 'postgres' ? { postgres: await cluster!.createDatabase(`create_${++dbs}`) } : {}) }));
  const close = () => core?.close();

  run('plan.importCommit: other calls are answered while it runs and see the library before or after, never between', async () => {
    await open();
    try {
      await ok(core, 'plan.importCommit', { doc: bigPlan(200, 1, '已有的计划') });
      const before = await view(core);
      expect(before.hits).toEqual([]);
      const { value, seen, turns } = await viewsDuring(core, ok(core, 'plan.importCommit', { doc: marked(2, '区分步测试局') }));
      const after = await view(core);
      // the plan is there whole: its 1,000 tasks found by its word, its department listed
      expect(after.hits.length).toBeGreaterThan(0);
      expect(after.hits.every((h) => h.startsWith(value.id + '/'))).toBe(true);
      expect(after.departments).toContain('区分步测试局');
      expect(after.list).toHaveLength(2);
      // the loop turned between the slices, and the other calls came back meanwhile
      expect(turns).toBeGreaterThanOrEqual(Math.floor(1120 / ADD_SLICE_NODES));
      expect(seen.length).toBeGreaterThan(0);
      beforeOrAfter(seen, before, after);
    } finally {
      close();
    }
  }, 120_000);

  run('plan.duplicate: the same — the copy appears whole or not at all', async () => {
    await open();
    try {
      const { id } = await ok(core, 'plan.importCommit', { doc: marked(3, '区复制测试局') });
      const before = await view(core);
      const { value, seen } = await viewsDuring(core, ok(core, 'plan.duplicate', { id }));
      const after = await view(core);
      expect(after.list).toHaveLength(2);
      expect(after.hits.some((h) => h.startsWith(value.id + '/'))).toBe(true);
      expect(seen.length).toBeGreaterThan(0);
      beforeOrAfter(seen, before, after);
    } finally {
      close();
    }
  }, 120_000);

  run('an error in the middle of the write (the history entry, after the node rows) leaves the library as it was', async () => {
    await open();
    const spy = vi.spyOn(ReviewStore.prototype, 'recordEvent');
    try {
      const { id } = await ok(core, 'plan.importCommit', { doc: bigPlan(200, 4, '已有的计划') });
      const before = await view(core);
      const trash = await ok(core, 'trash.list', {});
      spy.mockRejectedValue(new Error('disk full (test)'));
      expect((await fails(core, 'plan.importCommit', { doc: marked(5, '区失败测试局') })).code).toBe('internal');
      expect(await view(core)).toEqual(before);
      expect((await fails(core, 'plan.duplicate', { id })).code).toBe('internal');
      expect(await view(core)).toEqual(before);
      expect(await ok(core, 'trash.list', {})).toEqual(trash);
      expect(before.departments).not.toContain('区失败测试局');
      // and the next import, with the history working again, is stored whole
      spy.mockRestore();
      const { id: again } = await ok(core, 'plan.importCommit', { doc: marked(5, '区失败测试局') });
      const after = await view(core);
      expect(after.list).toHaveLength(2);
      expect(after.departments).toContain('区失败测试局');
      expect(after.hits.every((h) => h.startsWith(again + '/'))).toBe(true);
      expect((await ok(core, 'history.list', { planId: again })).length).toBe(1);
    } finally {
      spy.mockRestore();
      close();
    }
  }, 120_000);
});
